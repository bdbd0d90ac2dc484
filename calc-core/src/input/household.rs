//! The validated household (`validate` makes it): every field checked, defaults filled in, situations the engine does
//! not model refused. The calculations take only this type, so they never see an impossible value.

use rust_decimal::Decimal;

use crate::date::Date;
use crate::input::*;
use crate::money::Money;

#[derive(Clone, Debug, PartialEq)]
pub struct Household {
    pub nation: Nation,
    pub in_london: bool,
    /// One or two adults; the second is the first's partner.
    pub adults: Vec<Adult>,
    pub children: Vec<Child>,
    pub housing: Housing,
    pub council_tax: CouncilTax,
    pub non_dependants: Vec<NonDependant>,
    pub childcare_costs_monthly: Money,
    /// The children the childcare is paid for (at most those of an age for it).
    pub children_in_childcare: usize,
    pub savings: Money,
    pub other_unearned_income_monthly: Money,
    pub benefit_cap_grace_period: bool,
    /// The day the calculation is for (the rule set's first day when only a rule year is given).
    pub date: Date,
    /// The day of the month the Universal Credit claim began, 1 to 31.
    pub assessment_period_day: u8,
    /// The rules were picked by the date: Universal Credit then takes the rule set in force on the first day of each
    /// assessment period (`uc::rules_for`). False for a rule year or a rule set given by the caller, used throughout.
    pub rules_by_date: bool,
    /// What a school lunch is worth, where given.
    pub school_meal_value: Option<Money>,
}

/// The council tax bill for the year, the home's band where known, and how the Council Tax Reduction is had.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CouncilTax {
    pub bill_annual: Money,
    pub band: Option<Band>,
    pub reduction: Reduction,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub enum Reduction {
    #[default]
    None,
    /// The reduction the household gets now, a year (at most the bill), held as it is.
    Held(Money),
    /// Worked out from the council's scheme (boxed: it is large, and most households have none).
    Scheme(Box<CtrScheme>),
}

/// A council's working-age Council Tax Reduction scheme, checked, with the figures that apply to this household.
#[derive(Clone, Debug, PartialEq)]
pub struct CtrScheme {
    pub name: String,
    pub source: String,
    /// In percent of the bill.
    pub maximum_percent: Decimal,
    /// The bill the reduction is worked out on, where the scheme caps it at a band's and the home is above it: the
    /// band, and that band's bill for the year.
    pub band_cap: Option<(Band, Money)>,
    pub capital_limit: Money,
    pub minimum_award_weekly: Money,
    pub non_dependant_deduction_weekly: Money,
    pub award: CtrAward,
}

#[derive(Clone, Debug, PartialEq)]
pub enum CtrAward {
    Taper { percent: Decimal, without_uc: ApplicableAmounts },
    IncomeBands(IncomeBands),
}

/// A means-tested scheme's weekly figures for this household when it has no Universal Credit: its applicable amount
/// and its earnings disregard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ApplicableAmounts {
    pub personal_allowance: Money,
    pub children: Money,
    pub family_premium: Money,
    pub earnings_disregard: Money,
}

impl ApplicableAmounts {
    pub fn total(&self) -> Money {
        self.personal_allowance + self.children + self.family_premium
    }
}

/// An income-banded scheme, with the grid's column for this household.
#[derive(Clone, Debug, PartialEq)]
pub struct IncomeBands {
    pub income: BandedIncome,
    pub uc_left_out: Vec<UcPart>,
    pub earnings_disregard_weekly: Money,
    /// The column taken, as the scheme names it (for example "couple with 2 children").
    pub column: String,
    /// From the lowest band up: the band's percentage, and its top edge of weekly income (none for the last).
    pub bands: Vec<(Decimal, Option<Money>)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Adult {
    pub age: u8,
    /// Hours of zero mean not working.
    pub job: Job,
    pub uc_health: UcHealth,
    pub cares_35_hours: bool,
    pub claims_carers_allowance: bool,
    pub esa: EsaStatus,
    pub supported_permitted_work: bool,
    pub disability_benefits: RawDisabilityBenefits,
    pub pension: Pension,
    pub pregnant: bool,
    pub prescription_items_monthly: u8,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Job {
    pub hours_per_week: Decimal,
    pub hourly_wage: Money,
    pub pay_frequency: PayFrequency,
    pub travel_costs_weekly: Money,
    pub apprentice: bool,
    pub payday: Option<Date>,
}

impl Job {
    /// In paid work: some hours, for some pay. The one test of working, wherever a rule or a cost of working asks.
    pub fn in_paid_work(&self) -> bool {
        self.hours_per_week > Decimal::ZERO && self.hourly_wage.is_positive()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pension {
    AutoEnrolment { relief: PensionRelief },
    Custom { employee_percent: Decimal, basis: PensionBasis, relief: PensionRelief },
    OptedOut,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Child {
    pub age: u8,
    pub born_before_6_april_2017: bool,
    /// What settled `born_before_6_april_2017`, for the working.
    pub born_before_from: BornBeforeFrom,
    pub disability: ChildDisability,
    pub two_child_limit_exception: bool,
    pub disability_benefits: RawDisabilityBenefits,
    pub sex: Option<Sex>,
    pub school: School,
    /// Has free school meals now (`RawChild::has_free_school_meals`).
    pub has_free_school_meals: bool,
}

/// The school years a child can be in, counted from the first year of school (0: Reception in England and Wales, P1
/// in Scotland; below 0 not yet at school, above the last year left school): one where the school year or the date of
/// birth is given, the years a child of their age can be in otherwise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct School {
    pub years: (i8, i8),
    pub from: SchoolFrom,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SchoolFrom {
    Given,
    DateOfBirth,
    Age,
}

impl School {
    /// The school year of a child aged `age` on `date`, born on `birth` if known, in `nation`'s schools: England's and
    /// Wales's school year begins on 1 September and a child starts Reception in the one in which they turn 5;
    /// Scotland's begins in August (taken from 1 August) and a child starts P1 in the August after they turn 4½ (born
    /// March to February), unless their start is deferred.
    pub fn of(given: Option<SchoolYear>, birth: Option<Date>, age: u8, date: Date, nation: Nation) -> School {
        if let Some(year) = given {
            let at = year.stage().map_or(-1, |(i, _)| i as i8);
            return School { years: (at, at), from: SchoolFrom::Given };
        }
        let scotland = nation == Nation::Scotland;
        let starts_month = if scotland { 8 } else { 9 };
        if let Some(birth) = birth {
            let school_year = i64::from(date.year()) - i64::from(date.month() < starts_month);
            let (born, month) = (i64::from(birth.year()), birth.month());
            // A child starts Reception in the school year beginning 4 years after `cohort` (P1 in Scotland: 5 years).
            let cohort = if scotland { born - i64::from(month < 3) } else { born + i64::from(month >= 9) };
            let at = (school_year - cohort - if scotland { 5 } else { 4 }).clamp(-1, 20) as i8;
            return School { years: (at, at), from: SchoolFrom::DateOfBirth };
        }
        let age = age as i8;
        let years = if scotland { (age - 6, age - 4) } else { (age - 5, age - 4) };
        School { years, from: SchoolFrom::Age }
    }
}

/// How a child's birth before or after 6 April 2017 is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BornBeforeFrom {
    /// Their age on the calculation date allows only one.
    Age,
    DateOfBirth,
    /// The age fits both, and the caller said which.
    Given,
}

/// The day the two-child limit and the single child element rate start from: a child born before it can have the
/// higher first-child amount (UC Regs 2013 reg. 36(1) table, as amended by SI 2017/376) and is outside the two-child
/// limit (reg. 24A(1)).
pub const CHILD_ELEMENT_CHANGE: Date = Date::known(2017, 4, 6);

/// Whether a child aged `age` on `date` was born before 6 April 2017, where the age settles it; `None` where a
/// child of that age may have been born either side of it.
pub fn born_before_6_april_2017_from_age(age: i64, date: Date) -> Option<bool> {
    // Ages only fall as birth dates rise: a child born by 5 April 2017 is at least `youngest_before`, one born from
    // 6 April 2017 at most `oldest_after`, which is the same age or a year less.
    let youngest_before = CHILD_ELEMENT_CHANGE.add_days(-1).age_on(date);
    let oldest_after = CHILD_ELEMENT_CHANGE.age_on(date);
    if age > oldest_after {
        Some(true)
    } else if age < youngest_before {
        Some(false)
    } else {
        None
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Housing {
    None,
    SocialRent {
        rent_monthly: Money,
        service_charges_monthly: Money,
        spare_bedrooms: u8,
    },
    PrivateRent {
        rent_monthly: Money,
        service_charges_monthly: Money,
        lha_monthly: Money,
        additional_bedrooms: u8,
        shared_accommodation_exception: bool,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct NonDependant {
    pub age: u8,
    pub exempt: bool,
}

impl Household {
    pub fn is_couple(&self) -> bool {
        self.adults.len() == 2
    }

    /// The same household with one adult working different hours.
    pub fn with_hours(&self, adult: usize, hours: Decimal) -> Household {
        let mut h = self.clone();
        h.adults[adult].job.hours_per_week = hours;
        h
    }
}

impl Adult {
    pub fn has_lcw_or_lcwra(&self) -> bool {
        self.uc_health != UcHealth::None
    }

    pub fn has_lcwra(&self) -> bool {
        matches!(self.uc_health, UcHealth::LcwraProtected | UcHealth::LcwraNewClaimant)
    }

    pub fn gets_disability_benefit(&self) -> bool {
        self.disability_benefits != RawDisabilityBenefits::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_school_year_follows_from_the_date_of_birth_and_the_nation() {
        let on = Date::known(2025, 10, 1);
        let year = |born: Date, nation| School::of(None, Some(born), born.age_on(on) as u8, on, nation).years.0;
        // England and Wales: Reception in the school year (from 1 September) in which the child turns 5.
        assert_eq!(year(Date::known(2020, 9, 1), Nation::England), 0);
        assert_eq!(year(Date::known(2021, 8, 31), Nation::England), 0);
        assert_eq!(year(Date::known(2020, 8, 31), Nation::Wales), 1);
        assert_eq!(year(Date::known(2014, 3, 1), Nation::England), 7);
        // Scotland: P1 in the August after the child turns 4½ (born March to February).
        assert_eq!(year(Date::known(2020, 3, 1), Nation::Scotland), 0);
        assert_eq!(year(Date::known(2021, 2, 28), Nation::Scotland), 0);
        assert_eq!(year(Date::known(2020, 2, 29), Nation::Scotland), 1);
        // Before school starts: not yet at school.
        assert_eq!(year(Date::known(2022, 1, 1), Nation::England), -1);
        // From the age alone: the years a child of that age can be in.
        assert_eq!(School::of(None, None, 7, on, Nation::England).years, (2, 3));
        assert_eq!(School::of(None, None, 5, on, Nation::Scotland).years, (-1, 1));
    }
}
