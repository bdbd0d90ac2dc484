//! From the raw input to the household the engine works on: every field checked, with every problem collected and
//! its path; defaults filled in; the rule set picked; situations the engine does not model refused.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::date::Date;
use crate::error::{Error, Problems};
use crate::hours::Hours;
use crate::input::household::*;
use crate::input::*;
use crate::law::council_tax;
use crate::law::uc::childcare;
use crate::money::Money;
use crate::period;
use crate::rules::{self, RuleSet};
use crate::words::{self, Problem};

/// The largest amount of money accepted anywhere in the input: far above any real figure, so that arithmetic on it
/// cannot overflow.
const MAX_AMOUNT: Decimal = dec!(10_000_000);
const MAX_WAGE: Decimal = dec!(10_000);
const MAX_CHILDREN: usize = 20;
const MAX_NON_DEPENDANTS: usize = 10;
/// How far from the calculation's date a payday may be, and the date from the rule year: a hundred years.
const MAX_PAYDAY_DAYS: i64 = 36_525;
/// The oldest a child or qualifying young person can be (UC Regs 2013 reg. 5: a qualifying young person is under 20).
const MAX_CHILD_AGE: i64 = 19;
/// NHS prescription items a person pays for in a month (far above any real need).
const MAX_PRESCRIPTION_ITEMS: i64 = 100;
/// What a school lunch can be worth, in pounds.
const MAX_MEAL_VALUE: Decimal = dec!(20);

/// The rule set the household's input names: its `rule_year`, or the one in force on its date.
pub fn rules_for(raw: &RawHousehold) -> Result<&'static RuleSet, Error> {
    match (&raw.rule_year, raw.date) {
        (Some(id), _) => rules::by_id(id),
        (None, Some(date)) => rules::in_force_on(date),
        (None, None) => Err(Error::invalid("date", words::problem(&Problem::DateNeeded))),
    }
}

/// Checks the raw input, picks the rule set, and returns the household the engine works on.
pub fn validate(raw: &RawHousehold) -> Result<(Household, &'static RuleSet), Error> {
    let rules = rules_for(raw)?;
    let mut household = validate_with(raw, rules)?;
    if raw.rule_year.is_none() {
        household.rules_by_date = true;
        let start = period::first_period_start(household.date, household.assessment_period_day);
        if rules::for_assessment_period(start).is_none() {
            let mut p = Problems::default();
            let (date, rule_years) = (household.date, rules::ids());
            p.unmodelled("date", words::problem(&Problem::PeriodBeforeRules { date, start, rule_years }));
            p.into_result(())?;
        }
    }
    Ok((household, rules))
}

/// Checks the raw input against a given rule set (one the caller supplied, or an embedded one).
pub fn validate_with(raw: &RawHousehold, rules: &RuleSet) -> Result<Household, Error> {
    let mut p = Problems::default();

    let nation = match raw.nation {
        None => {
            p.invalid("nation", words::problem(&Problem::NationNeeded));
            Nation::England
        }
        Some(Nation::NorthernIreland) => {
            p.unmodelled("nation", words::problem(&Problem::NorthernIreland));
            Nation::NorthernIreland
        }
        Some(n) => n,
    };
    if raw.in_london && nation != Nation::England {
        p.invalid("in_london", words::problem(&Problem::InLondonOutsideEngland));
    }

    match raw.adults.len() {
        1 | 2 => {}
        0 => p.invalid("adults", words::problem(&Problem::NoAdults)),
        adults => p.invalid("adults", words::problem(&Problem::TooManyAdults { adults })),
    }
    let adults = raw
        .adults
        .iter()
        .take(2)
        .enumerate()
        .map(|(i, a)| adult(&mut p, &format!("adults[{i}]"), a, nation, rules))
        .collect::<Vec<Adult>>();

    let mut date = raw.date.unwrap_or(rules.valid_from);
    // Near the ends of the calendar the twelve months would run past year 9999.
    if date.days_until(rules.valid_from).abs() > MAX_PAYDAY_DAYS {
        p.invalid("date", words::problem(&Problem::DateFarFromRules { rule_year: rules.id.to_string() }));
        date = rules.valid_from;
    }
    if raw.children.len() > MAX_CHILDREN {
        p.invalid(
            "children",
            words::problem(&Problem::TooManyChildren { children: raw.children.len(), max: MAX_CHILDREN }),
        );
    }
    let children: Vec<Child> = raw
        .children
        .iter()
        .take(MAX_CHILDREN)
        .enumerate()
        .map(|(i, c)| child(&mut p, &format!("children[{i}]"), c, date, nation))
        .collect();

    let housing = housing(&mut p, &raw.housing);

    if raw.non_dependants.len() > MAX_NON_DEPENDANTS {
        p.invalid(
            "non_dependants",
            words::problem(&Problem::TooManyNonDependants {
                people: raw.non_dependants.len(),
                max: MAX_NON_DEPENDANTS,
            }),
        );
    }
    let non_dependants = raw
        .non_dependants
        .iter()
        .take(MAX_NON_DEPENDANTS)
        .enumerate()
        .map(|(i, n)| NonDependant {
            age: whole(&mut p, &format!("non_dependants[{i}].age"), n.age, 16, 120),
            exempt: n.exempt,
        })
        .collect();

    let of_childcare_age = childcare::of_childcare_age(&children);
    for (i, adult) in raw.adults.iter().enumerate() {
        // Any payday will do, years back or ahead, but not one from another age.
        if adult
            .job
            .as_ref()
            .and_then(|j| j.payday)
            .is_some_and(|payday| payday.days_until(date).abs() > MAX_PAYDAY_DAYS)
        {
            p.invalid(format!("adults[{i}].job.payday"), words::problem(&Problem::PaydayFarFromDate));
        }
    }
    let council_tax = council_tax(&mut p, &raw.council_tax, nation, &adults, children.len());
    let household = Household {
        nation,
        in_london: raw.in_london,
        adults,
        children,
        housing,
        council_tax,
        non_dependants,
        childcare_costs_monthly: amount(&mut p, "childcare_costs_monthly", raw.childcare_costs_monthly),
        children_in_childcare: match raw.children_in_childcare {
            None => of_childcare_age,
            some => usize::from(whole(&mut p, "children_in_childcare", some, 0, of_childcare_age as i64)),
        },
        savings: amount(&mut p, "savings", raw.savings),
        other_unearned_income_monthly: amount(
            &mut p,
            "other_unearned_income_monthly",
            raw.other_unearned_income_monthly,
        ),
        benefit_cap_grace_period: raw.benefit_cap_grace_period,
        date,
        assessment_period_day: match raw.assessment_period_day {
            None => date.day(),
            day => whole(&mut p, "assessment_period_day", day, 1, 31),
        },
        rules_by_date: false,
        school_meal_value: raw.school_meal_value.map(|v| {
            if v.pounds() > MAX_MEAL_VALUE {
                p.invalid("school_meal_value", words::problem(&Problem::MealValueTooHigh { max: MAX_MEAL_VALUE }));
            }
            amount(&mut p, "school_meal_value", v.min(Money::new(MAX_MEAL_VALUE)))
        }),
    };
    if household.childcare_costs_monthly.is_positive() && household.children.is_empty() {
        p.invalid("childcare_costs_monthly", words::problem(&Problem::ChildcareWithoutChildren));
    } else if household.childcare_costs_monthly.is_positive() && raw.children_in_childcare == Some(0) {
        p.invalid("children_in_childcare", words::problem(&Problem::ChildcareWithNoChildInIt));
    }
    p.into_result(household)
}

fn adult(p: &mut Problems, at: &str, raw: &RawAdult, nation: Nation, rules: &RuleSet) -> Adult {
    let problems_before = p.len();
    let age = whole(p, &format!("{at}.age"), raw.age, 16, 120);
    // An age that is missing or out of range has its problem; the checks that follow would add a false second one.
    let age_known = p.len() == problems_before;
    let pension_age = rules.state_pension_age.value;
    if age_known && Decimal::from(age) >= pension_age {
        p.unmodelled(format!("{at}.age"), words::problem(&Problem::AtPensionAge { pension_age }));
    } else if age_known && age < 18 {
        p.unmodelled(format!("{at}.age"), words::problem(&Problem::Under18));
    }
    if raw.student {
        p.unmodelled(format!("{at}.student"), words::problem(&Problem::Student));
    }
    if raw.self_employed {
        p.unmodelled(format!("{at}.self_employed"), words::problem(&Problem::SelfEmployed));
    }
    if raw.claims_carers_allowance && !raw.cares_35_hours {
        p.invalid(format!("{at}.claims_carers_allowance"), words::problem(&Problem::CarersAllowanceWithout35Hours));
    }
    if raw.supported_permitted_work && raw.esa == EsaStatus::None {
        p.invalid(format!("{at}.supported_permitted_work"), words::problem(&Problem::SupportedPermittedWorkWithoutEsa));
    }
    let d = &raw.disability_benefits;
    let field = format!("{at}.disability_benefits");
    let has_pip = d.pip_daily_living != TwoRates::None || d.pip_mobility != TwoRates::None;
    let has_dla = d.dla_care != DlaCare::None || d.dla_mobility != DlaMobility::None;
    let has_adp = d.adp_daily_living != TwoRates::None || d.adp_mobility != TwoRates::None;
    if [has_pip, has_dla, has_adp].iter().filter(|b| **b).count() > 1 {
        p.invalid(&field, words::problem(&Problem::MoreThanOneDisabilityBenefit));
    }
    if has_adp && nation != Nation::Scotland {
        p.invalid(&field, words::problem(&Problem::AdultDisabilityPaymentOutsideScotland));
    }
    let job = match &raw.job {
        None => Job {
            hours_per_week: Decimal::ZERO,
            hourly_wage: Money::ZERO,
            pay_frequency: PayFrequency::Monthly,
            travel_costs_weekly: Money::ZERO,
            apprentice: false,
            payday: None,
        },
        Some(j) => job(p, &format!("{at}.job"), j),
    };
    Adult {
        age,
        job,
        uc_health: raw.uc_health,
        cares_35_hours: raw.cares_35_hours,
        claims_carers_allowance: raw.claims_carers_allowance,
        esa: raw.esa,
        supported_permitted_work: raw.supported_permitted_work,
        disability_benefits: raw.disability_benefits.clone(),
        pension: pension(p, &format!("{at}.pension"), &raw.pension, rules),
        pregnant: raw.pregnant,
        prescription_items_monthly: whole(
            p,
            &format!("{at}.prescription_items_monthly"),
            Some(raw.prescription_items_monthly),
            0,
            MAX_PRESCRIPTION_ITEMS,
        ),
    }
}

fn job(p: &mut Problems, at: &str, raw: &RawJob) -> Job {
    let hours_field = format!("{at}.hours_per_week");
    let hours_per_week = match raw.hours_per_week {
        None => {
            p.invalid(hours_field, words::problem(&Problem::Needed));
            Decimal::ZERO
        }
        Some(h) => match Hours::new(h) {
            Ok(hours) => hours.get(),
            Err(_) => {
                p.invalid(hours_field, words::problem(&Problem::HoursOutOfRange { hours: h }));
                Decimal::ZERO
            }
        },
    };
    let wage_field = format!("{at}.hourly_wage");
    let hourly_wage = match raw.hourly_wage {
        None => {
            p.invalid(wage_field, words::problem(&Problem::Needed));
            Money::ZERO
        }
        Some(w) if w.pounds() > MAX_WAGE => {
            p.invalid(wage_field, words::problem(&Problem::WageTooHigh { max: MAX_WAGE }));
            Money::ZERO
        }
        Some(w) => amount(p, &wage_field, w),
    };
    Job {
        hours_per_week,
        hourly_wage,
        pay_frequency: raw.pay_frequency,
        travel_costs_weekly: amount(p, &format!("{at}.travel_costs_weekly"), raw.travel_costs_weekly),
        apprentice: raw.apprentice,
        payday: raw.payday,
    }
}

/// The most of a pound of pay that a custom pension of `percent` and the highest rates of tax and NI can take, in
/// percent: the share the employee pays (after relief at source at the basic rate), tax on what is left taxable, NI.
fn pension_and_deductions(percent: Decimal, relief: PensionRelief, rules: &RuleSet) -> Decimal {
    let hundred = Decimal::ONE_HUNDRED;
    let (paid, taxable) = match relief {
        PensionRelief::NetPay => (percent, hundred - percent),
        PensionRelief::ReliefAtSource => {
            (percent * (hundred - rules.income_tax.rest_of_uk.basic_rate.value) / hundred, hundred)
        }
    };
    paid + taxable * rules.highest_tax_rate() / hundred + rules.highest_ni_rate()
}

fn pension(p: &mut Problems, at: &str, raw: &RawPension, rules: &RuleSet) -> Pension {
    match (raw.scheme, raw.employee_percent) {
        (PensionScheme::AutoEnrolment, None) => Pension::AutoEnrolment { relief: raw.relief },
        (PensionScheme::OptedOut, None) => Pension::OptedOut,
        (PensionScheme::Custom, Some(pc)) if pc.is_sign_negative() || pc > Decimal::ONE_HUNDRED => {
            p.invalid(format!("{at}.employee_percent"), words::problem(&Problem::MustBeBetween { min: 0, max: 100 }));
            Pension::OptedOut
        }
        // With tax and NI on top, more than all of the pay could be deducted.
        (PensionScheme::Custom, Some(pc)) if pension_and_deductions(pc, raw.relief, rules) > Decimal::ONE_HUNDRED => {
            p.unmodelled(format!("{at}.employee_percent"), words::problem(&Problem::PensionTooHigh));
            Pension::OptedOut
        }
        (PensionScheme::Custom, Some(employee_percent)) => {
            Pension::Custom { employee_percent, basis: raw.basis, relief: raw.relief }
        }
        (PensionScheme::Custom, None) => {
            p.invalid(format!("{at}.employee_percent"), words::problem(&Problem::PercentNeededForCustomPension));
            Pension::OptedOut
        }
        (_, Some(_)) => {
            p.invalid(format!("{at}.employee_percent"), words::problem(&Problem::PercentOnlyForCustomPension));
            Pension::OptedOut
        }
    }
}

fn child(p: &mut Problems, at: &str, raw: &RawChild, date: Date, nation: Nation) -> Child {
    let age_field = format!("{at}.age");
    let problems_before = p.len();
    let from_birth = raw.date_of_birth.map(|birth| birth.age_on(date));
    let age = match (raw.age, from_birth) {
        (_, Some(years)) if years < 0 => {
            p.invalid(format!("{at}.date_of_birth"), words::problem(&Problem::BornAfterDate { date }));
            0
        }
        (_, Some(years)) if years > MAX_CHILD_AGE => {
            p.invalid(format!("{at}.date_of_birth"), words::problem(&Problem::BornTooLongAgo { years, date }));
            0
        }
        (Some(given), Some(years)) if given != years => {
            p.invalid(age_field, words::problem(&Problem::AgeNotAsBorn { age: given, years, date }));
            0
        }
        (_, Some(years)) => years as u8,
        (Some(a), None) if a > MAX_CHILD_AGE => {
            p.invalid(age_field, words::problem(&Problem::ChildTooOld { age: a }));
            0
        }
        (given, None) => whole(p, &age_field, given, 0, MAX_CHILD_AGE),
    };
    let flag_field = format!("{at}.born_before_6_april_2017");
    let settled = match raw.date_of_birth {
        Some(birth) => Some((birth < CHILD_ELEMENT_CHANGE, BornBeforeFrom::DateOfBirth)),
        None => born_before_6_april_2017_from_age(i64::from(age), date).map(|b| (b, BornBeforeFrom::Age)),
    };
    let age_known = p.len() == problems_before;
    let (born_before_6_april_2017, born_before_from) = match (settled, raw.born_before_6_april_2017) {
        _ if !age_known => (false, BornBeforeFrom::Given),
        (Some((known, from)), Some(given)) if known != given => {
            let age = (from != BornBeforeFrom::DateOfBirth).then_some(age);
            p.invalid(flag_field, words::problem(&Problem::BornBeforeNotAsKnown { before: known, age, date }));
            (known, from)
        }
        (Some(known), _) => known,
        (None, Some(given)) => (given, BornBeforeFrom::Given),
        (None, None) => {
            p.invalid(flag_field, words::problem(&Problem::BornBeforeNeeded { age, date }));
            (false, BornBeforeFrom::Given)
        }
    };
    let d = &raw.disability_benefits;
    let adult_rates = [d.pip_daily_living, d.pip_mobility, d.adp_daily_living, d.adp_mobility];
    let adult_benefit = adult_rates.iter().any(|rate| *rate != TwoRates::None);
    if adult_benefit && age < 16 {
        p.invalid(format!("{at}.disability_benefits"), words::problem(&Problem::ChildTooYoungForPip));
    }
    let stage = raw.school_year.and_then(SchoolYear::stage);
    if stage.is_some_and(|(_, scottish)| scottish != (nation == Nation::Scotland)) {
        p.invalid(format!("{at}.school_year"), words::problem(&Problem::SchoolYearNotOfNation { nation }));
    } else if let Some((year, _)) = stage {
        // A year held back or ahead is allowed; more than that is a slip of the hand.
        let (first, last) = School::of(None, None, age, date, nation).years;
        if (year as i8) < first - 1 || (year as i8) > last + 1 {
            p.invalid(format!("{at}.school_year"), words::problem(&Problem::SchoolYearNotForAge { age }));
        }
    }
    Child {
        age,
        born_before_6_april_2017,
        born_before_from,
        disability: raw.disability,
        two_child_limit_exception: raw.two_child_limit_exception,
        disability_benefits: raw.disability_benefits.clone(),
        sex: raw.sex,
        school: School::of(raw.school_year, raw.date_of_birth, age, date, nation),
        has_free_school_meals: raw.has_free_school_meals,
    }
}

fn housing(p: &mut Problems, raw: &RawHousing) -> Housing {
    match raw {
        RawHousing::None => Housing::None,
        RawHousing::SocialRent { rent_monthly, service_charges_monthly, spare_bedrooms } => {
            let rent_monthly = required_amount(p, "housing.rent_monthly", *rent_monthly);
            let service_charges_monthly = amount(p, "housing.service_charges_monthly", *service_charges_monthly);
            let spare_bedrooms = whole(p, "housing.spare_bedrooms", Some(*spare_bedrooms), 0, 20);
            Housing::SocialRent { rent_monthly, service_charges_monthly, spare_bedrooms }
        }
        RawHousing::PrivateRent {
            rent_monthly,
            service_charges_monthly,
            lha_monthly,
            additional_bedrooms,
            shared_accommodation_exception,
        } => {
            let rent_monthly = required_amount(p, "housing.rent_monthly", *rent_monthly);
            let service_charges_monthly = amount(p, "housing.service_charges_monthly", *service_charges_monthly);
            let lha_monthly = required_amount(p, "housing.lha_monthly", *lha_monthly);
            let additional_bedrooms = whole(p, "housing.additional_bedrooms", Some(*additional_bedrooms), 0, 4);
            Housing::PrivateRent {
                rent_monthly,
                service_charges_monthly,
                lha_monthly,
                additional_bedrooms,
                shared_accommodation_exception: *shared_accommodation_exception,
            }
        }
    }
}

/// A whole number in `min..=max`, reported against `field` otherwise.
fn whole(p: &mut Problems, field: &str, value: Option<i64>, min: i64, max: i64) -> u8 {
    match value {
        None => {
            p.invalid(field, words::problem(&Problem::Needed));
            min as u8
        }
        Some(v) if v < min || v > max => {
            let (value, from, to) = (Decimal::from(v), Decimal::from(min), Decimal::from(max));
            p.invalid(field, words::problem(&Problem::OutOfRange { value, min: from, max: to }));
            min as u8
        }
        Some(v) => v as u8,
    }
}

/// The council tax and how its reduction is had, for a household of `adults` (their ages) and `children` in `nation`.
fn council_tax(p: &mut Problems, raw: &RawCouncilTax, nation: Nation, adults: &[Adult], children: usize) -> CouncilTax {
    let bill_annual = amount(p, "council_tax.bill_annual", raw.bill_annual);
    let band = raw.band.filter(|b| {
        let known = council_tax::ratio(nation, *b).is_some();
        if !known {
            p.invalid("council_tax.band", words::problem(&Problem::BandWithoutBill { band: b.name(), nation }));
        }
        known
    });
    let held = amount(p, "council_tax.reduction_annual", raw.reduction_annual);
    let reduction = match &raw.scheme {
        Some(scheme) => {
            if held.is_positive() {
                p.invalid("council_tax.reduction_annual", words::problem(&Problem::ReductionWithScheme));
            }
            ctr_scheme(p, scheme, bill_annual, band, nation, adults, children)
                .map_or(Reduction::None, |s| Reduction::Scheme(Box::new(s)))
        }
        None if held > bill_annual => {
            p.invalid(
                "council_tax.reduction_annual",
                words::problem(&Problem::ReductionOverBill { bill: bill_annual }),
            );
            Reduction::None
        }
        None if held.is_positive() => Reduction::Held(held),
        None => Reduction::None,
    };
    CouncilTax { bill_annual, band, reduction }
}

/// A scheme checked, with the figures that apply to the household; `None` where a problem is reported.
fn ctr_scheme(
    p: &mut Problems,
    raw: &RawCtrScheme,
    bill_annual: Money,
    band: Option<Band>,
    nation: Nation,
    adults: &[Adult],
    children: usize,
) -> Option<CtrScheme> {
    let at = "council_tax.scheme";
    let problems = p.len();
    let percent = |p: &mut Problems, field: &str, value: Option<Decimal>| match value {
        None => {
            p.invalid(format!("{at}.{field}"), words::problem(&Problem::Needed));
            Decimal::ZERO
        }
        Some(value) if value.is_sign_negative() || value > Decimal::ONE_HUNDRED => {
            let (min, max) = (Decimal::ZERO, Decimal::ONE_HUNDRED);
            p.invalid(format!("{at}.{field}"), words::problem(&Problem::OutOfRange { value, min, max }));
            Decimal::ZERO
        }
        Some(v) => v,
    };
    let maximum_percent = percent(p, "maximum_percent", raw.maximum_percent.or(Some(Decimal::ONE_HUNDRED)));
    let band_cap = match (raw.band_cap, band) {
        (None, _) => None,
        (Some(_), None) => {
            p.invalid("council_tax.band", words::problem(&Problem::BandNeededForCap));
            None
        }
        (Some(cap), Some(home)) => match (council_tax::ratio(nation, cap), council_tax::ratio(nation, home)) {
            (Some(c), Some(h)) if home > cap => Some((cap, bill_annual * c / h)),
            (Some(_), Some(_)) => None,
            _ => {
                p.invalid(
                    format!("{at}.band_cap"),
                    words::problem(&Problem::BandWithoutBill { band: cap.name(), nation }),
                );
                None
            }
        },
    };
    let capital_limit = required_amount(p, &format!("{at}.capital_limit"), raw.capital_limit);
    let minimum_award_weekly = amount(p, &format!("{at}.minimum_award_weekly"), raw.minimum_award_weekly);
    let non_dependant_deduction_weekly =
        amount(p, &format!("{at}.non_dependant_deduction_weekly"), raw.non_dependant_deduction_weekly);
    let couple = adults.len() == 2;
    let award = match &raw.award {
        RawCtrAward::None => {
            p.invalid(format!("{at}.award"), words::problem(&Problem::AwardNeeded));
            None
        }
        RawCtrAward::Taper { taper_percent, without_universal_credit } => {
            let taper = percent(p, "award.taper_percent", *taper_percent);
            let amounts = match without_universal_credit {
                None => {
                    p.invalid(format!("{at}.award.without_universal_credit"), words::problem(&Problem::Needed));
                    None
                }
                Some(a) => Some(applicable_amounts(p, a, adults, children)),
            };
            amounts.map(|without_uc| CtrAward::Taper { percent: taper, without_uc })
        }
        RawCtrAward::IncomeBands { income, universal_credit_left_out, earnings_disregard_weekly, columns, bands } => {
            let at = format!("{at}.award");
            let disregard = amount(p, &format!("{at}.earnings_disregard_weekly"), *earnings_disregard_weekly);
            let fits = |c: &RawBandColumn| {
                let who = match c.household {
                    BandHousehold::Any => true,
                    BandHousehold::Single => !couple && children == 0,
                    BandHousehold::Couple => couple && children == 0,
                    BandHousehold::LoneParent => !couple && children > 0,
                    BandHousehold::CoupleWithChildren => couple && children > 0,
                    BandHousehold::WithChildren => children > 0,
                };
                who && usize::try_from(c.children).is_ok_and(|n| n <= children)
            };
            for (i, c) in columns.iter().enumerate() {
                if c.children < 0 || c.children > MAX_CHILDREN as i64 {
                    p.invalid(
                        format!("{at}.columns[{i}].children"),
                        words::problem(&Problem::MustBeFromTo { min: 0, max: MAX_CHILDREN as i64 }),
                    );
                }
            }
            let column = columns.iter().enumerate().filter(|(_, c)| fits(c)).max_by_key(|(_, c)| c.children);
            if columns.is_empty() {
                p.invalid(format!("{at}.columns"), words::problem(&Problem::ColumnsNeeded));
            } else if column.is_none() {
                p.invalid(format!("{at}.columns"), words::problem(&Problem::NoColumnForHousehold));
            }
            if bands.is_empty() {
                p.invalid(format!("{at}.bands"), words::problem(&Problem::BandsNeeded));
            }
            let mut grid = Vec::with_capacity(bands.len());
            for (i, band) in bands.iter().enumerate() {
                let here = format!("{at}.bands[{i}]");
                let pc = percent(p, &format!("award.bands[{i}].percent"), band.percent);
                let last = i + 1 == bands.len();
                let edges = if last { 0 } else { columns.len() };
                if band.up_to.len() != edges {
                    let problem = Problem::EdgesNotOnePerColumn { edges: band.up_to.len(), needed: edges, last };
                    p.invalid(format!("{here}.up_to"), words::problem(&problem));
                }
                let edge = column.and_then(|(c, _)| band.up_to.get(c)).map(|e| amount(p, &format!("{here}.up_to"), *e));
                if let (Some(e), Some((_, Some(before)))) = (edge, grid.last()) {
                    if e <= *before {
                        p.invalid(
                            format!("{here}.up_to"),
                            words::problem(&Problem::EdgeNotAbove { edge: e, below: *before }),
                        );
                    }
                }
                grid.push((pc, edge));
            }
            column.map(|(_, c)| {
                CtrAward::IncomeBands(IncomeBands {
                    income: *income,
                    uc_left_out: universal_credit_left_out.clone(),
                    earnings_disregard_weekly: disregard,
                    column: column_name(c),
                    bands: grid,
                })
            })
        }
    };
    let text = |value: &Option<String>, or: &str| value.clone().unwrap_or_else(|| or.to_string());
    let award = award.filter(|_| p.len() == problems)?;
    Some(CtrScheme {
        name: text(&raw.name, "the council's scheme"),
        source: text(&raw.source, "the council's scheme, as described in the input"),
        maximum_percent,
        band_cap,
        capital_limit,
        minimum_award_weekly,
        non_dependant_deduction_weekly,
        award,
    })
}

/// The scheme's applicable amount and earnings disregard for this household without Universal Credit.
fn applicable_amounts(
    p: &mut Problems,
    raw: &RawApplicableAmounts,
    adults: &[Adult],
    children: usize,
) -> ApplicableAmounts {
    let at = "council_tax.scheme.award.without_universal_credit";
    let mut need = |field: &str, value: Option<Money>| required_amount(p, &format!("{at}.{field}"), value);
    let (allowance, disregard) = match (adults.len(), children) {
        (2, _) => (need("couple", raw.couple), need("earnings_disregard_couple", raw.earnings_disregard_couple)),
        (_, 0) if adults.first().is_some_and(|a| a.age < 25) => (
            need("single_under_25", raw.single_under_25),
            need("earnings_disregard_single", raw.earnings_disregard_single),
        ),
        (_, 0) => (
            need("single_25_or_over", raw.single_25_or_over),
            need("earnings_disregard_single", raw.earnings_disregard_single),
        ),
        _ => (
            need("lone_parent", raw.lone_parent),
            need("earnings_disregard_lone_parent", raw.earnings_disregard_lone_parent),
        ),
    };
    let (child, family_premium) = if children > 0 {
        (need("child", raw.child), need("family_premium", raw.family_premium))
    } else {
        (Money::ZERO, Money::ZERO)
    };
    ApplicableAmounts {
        personal_allowance: allowance,
        children: child * Decimal::from(children),
        family_premium,
        earnings_disregard: disregard,
    }
}

fn column_name(c: &RawBandColumn) -> String {
    let who = match c.household {
        BandHousehold::Any => "every household",
        BandHousehold::Single => "single people",
        BandHousehold::Couple => "couples",
        BandHousehold::LoneParent => "lone parents",
        BandHousehold::CoupleWithChildren => "couples with children",
        BandHousehold::WithChildren => "households with children",
    };
    match c.children {
        0 => who.to_string(),
        1 => format!("{who}, with 1 child or more"),
        n => format!("{who}, with {n} children or more"),
    }
}

/// A non-negative amount of money, at most `MAX_AMOUNT`.
fn amount(p: &mut Problems, field: &str, value: Money) -> Money {
    if value.pounds().is_sign_negative() && !value.is_zero() {
        p.invalid(field, words::problem(&Problem::NotNegative));
        Money::ZERO
    } else if value.pounds() > MAX_AMOUNT {
        p.invalid(field, words::problem(&Problem::AmountTooHigh { max: MAX_AMOUNT }));
        Money::ZERO
    } else {
        value
    }
}

fn required_amount(p: &mut Problems, field: &str, value: Option<Money>) -> Money {
    match value {
        None => {
            p.invalid(field, words::problem(&Problem::Needed));
            Money::ZERO
        }
        Some(v) => amount(p, field, v),
    }
}
