//! The household as a caller writes it (JSON, a form): every field optional where a default is sensible, nothing
//! checked yet. `validate::validate` turns it into a `Household` the engine trusts, naming every bad field.

pub mod household;

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use crate::date::Date;
use crate::money::Money;
use crate::tree::{self, FromNode, Node};

crate::readable! {
    #[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct RawHousehold {
        /// The day the calculation is for; picks the rule set in force. Needed unless `rule_year` is given.
        pub date: Option<Date> = default,
        /// A rule year to use instead of the one in force on `date`, e.g. "2026-27".
        pub rule_year: Option<String> = default,
        pub nation: Option<Nation> = default,
        /// Whether the home is in Greater London (for the benefit cap).
        pub in_london: bool = default,
        /// One adult, or two for a couple claiming together.
        pub adults: Vec<RawAdult> = default,
        pub children: Vec<RawChild> = default,
        pub housing: RawHousing = default,
        /// The home's council tax, as the household's bill gives it; left out, none is counted.
        pub council_tax: RawCouncilTax = default,
        /// Adults living in the home who are not the claimant's partner (for example grown-up children).
        pub non_dependants: Vec<RawNonDependant> = default,
        /// Registered childcare paid for a month while working, before any help (a cost of working: it is not counted
        /// while nobody in the household works).
        pub childcare_costs_monthly: Money = default,
        /// How many of the children the childcare is paid for, which picks the cap on the childcare costs element
        /// (UC Regs 2013 reg. 36). Default: every child aged 16 or under.
        pub children_in_childcare: Option<i64> = default,
        /// Savings and other capital of the adults together.
        pub savings: Money = default,
        /// Unearned income that Universal Credit takes into account in full (for example a private pension or
        /// maintenance for an adult), a month. Do not include benefits the calculator works out.
        pub other_unearned_income_monthly: Money = default,
        /// The adults had earnings at the benefit cap threshold in the past 12 months and are in the 9-month grace period.
        pub benefit_cap_grace_period: bool = default,
        /// The day of the month the Universal Credit claim began (1 to 31), which fixes the first day of every
        /// assessment period (UC Regs 2013 reg. 21), for the month by month figures. Default: the day of `date`.
        pub assessment_period_day: Option<i64> = default,
        /// What a school lunch is worth, for valuing free school meals (default: the rule set's figure for the
        /// nation, with its source).
        pub school_meal_value: Option<Money> = default,
    }
}

crate::choices! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
    pub enum Nation {
        England = "england",
        Scotland = "scotland",
        Wales = "wales",
        NorthernIreland = "northern_ireland",
    }
}

crate::readable! {
    #[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct RawAdult {
        /// Age in whole years on the calculation date.
        pub age: Option<i64> = default,
        /// The job being considered (or held now). Leave out for someone not working.
        pub job: Option<RawJob> = default,
        /// Work capability for Universal Credit.
        pub uc_health: UcHealth = default,
        /// Cares for at least 35 hours a week for someone who gets a qualifying disability benefit.
        pub cares_35_hours: bool = default,
        /// Claims Carer's Allowance (Carer Support Payment in Scotland) for that caring.
        pub claims_carers_allowance: bool = default,
        /// New-style (contribution-based) Employment and Support Allowance.
        pub esa: EsaStatus = default,
        /// The work is supported permitted work (supervised by a public or voluntary body providing work for disabled
        /// people), so the ESA higher limit applies whatever the hours.
        pub supported_permitted_work: bool = default,
        pub disability_benefits: RawDisabilityBenefits = default,
        pub pension: RawPension = default,
        /// A full-time student (refused: not modelled).
        pub student: bool = default,
        /// Self-employed (refused: not modelled yet).
        pub self_employed: bool = default,
        /// At least 10 weeks pregnant (for Healthy Start and Best Start Foods; prescriptions are then free anyway).
        pub pregnant: bool = default,
        /// NHS prescription items paid for a month (England), for valuing free prescriptions.
        pub prescription_items_monthly: i64 = default,
    }
}

crate::readable! {
    #[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct RawJob {
        pub hours_per_week: Option<Decimal> = default,
        pub hourly_wage: Option<Money> = default,
        pub pay_frequency: PayFrequency = default,
        /// Travel to and from work, a week (a cost of working: not counted at zero hours).
        pub travel_costs_weekly: Money = default,
        /// An apprentice in the first year or under 19 (for the minimum wage warning).
        pub apprentice: bool = default,
        /// One day the job pays on; the others follow from the pay frequency (monthly: the same day each month, or the
        /// month's last day when it is shorter). For the month by month figures; default: the first day of the first
        /// assessment period shown.
        pub payday: Option<Date> = default,
    }
}

crate::choices! {
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
    pub enum PayFrequency {
        Weekly = "weekly",
        Fortnightly = "fortnightly",
        FourWeekly = "four_weekly",
        #[default]
        Monthly = "monthly",
    }
}

crate::choices! {
    /// Work capability as assessed for Universal Credit.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
    pub enum UcHealth {
        #[default]
        None = "none",
        /// Limited capability for work, no element (the LCW element closed to new claims on 3 April 2017).
        Lcw = "lcw",
        /// Limited capability for work with the LCW element kept from before 3 April 2017.
        LcwWithElement = "lcw_with_element",
        /// Limited capability for work and work-related activity, at the protected amount (had it before 6 April 2026,
        /// or meets the severe conditions criteria, or is terminally ill).
        LcwraProtected = "lcwra_protected",
        /// Limited capability for work and work-related activity, first assessed on a claim from 6 April 2026 (the lower
        /// amount).
        LcwraNewClaimant = "lcwra_new_claimant",
    }
}

crate::choices! {
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
    pub enum EsaStatus {
        #[default]
        None = "none",
        /// The first 13 weeks, before the work capability assessment.
        AssessmentPhase = "assessment_phase",
        /// The work-related activity group (no component for claims since 3 April 2017).
        WorkRelatedActivityGroup = "work_related_activity_group",
        SupportGroup = "support_group",
    }
}

crate::readable! {
    #[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct RawDisabilityBenefits {
        pub pip_daily_living: TwoRates = default,
        pub pip_mobility: TwoRates = default,
        pub dla_care: DlaCare = default,
        pub dla_mobility: DlaMobility = default,
        /// Adult Disability Payment (Scotland), daily living.
        pub adp_daily_living: TwoRates = default,
        pub adp_mobility: TwoRates = default,
    }
}

crate::choices! {
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
    pub enum TwoRates {
        #[default]
        None = "none",
        Standard = "standard",
        Enhanced = "enhanced",
    }
}

crate::choices! {
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
    pub enum DlaCare {
        #[default]
        None = "none",
        Lowest = "lowest",
        Middle = "middle",
        Highest = "highest",
    }
}

crate::choices! {
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
    pub enum DlaMobility {
        #[default]
        None = "none",
        Lower = "lower",
        Higher = "higher",
    }
}

crate::readable! {
    #[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct RawPension {
        pub scheme: PensionScheme = default,
        /// For a `custom` scheme: the employee's contribution in percent.
        pub employee_percent: Option<Decimal> = default,
        /// For a `custom` scheme: what the percentage is of.
        pub basis: PensionBasis = default,
        pub relief: PensionRelief = default,
    }
}

crate::choices! {
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
    pub enum PensionScheme {
        /// The statutory minimum: the employee's 5 % of qualifying earnings once earnings reach the trigger.
        #[default]
        AutoEnrolment = "auto_enrolment",
        /// A different employee rate, paid whatever the earnings.
        Custom = "custom",
        OptedOut = "opted_out",
    }
}

crate::choices! {
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
    pub enum PensionBasis {
        #[default]
        QualifyingEarnings = "qualifying_earnings",
        TotalPay = "total_pay",
    }
}

crate::choices! {
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
    pub enum PensionRelief {
        /// The employee pays 80 % of the contribution from taxed pay and the scheme claims basic-rate tax back.
        #[default]
        ReliefAtSource = "relief_at_source",
        /// The whole contribution comes out of pay before tax.
        NetPay = "net_pay",
    }
}

crate::readable! {
    #[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct RawChild {
        /// Age in whole years on the calculation date. Needed unless `date_of_birth` is given.
        pub age: Option<i64> = default,
        /// The child's date of birth, which settles the age and whether they were born before 6 April 2017.
        pub date_of_birth: Option<Date> = default,
        /// Born before 6 April 2017 (for the higher first-child element and the two-child limit). Needed only where
        /// the age does not settle it (a child whose birthday may fall either side of 6 April 2017); otherwise it
        /// follows from the age, and a value the age rules out is refused.
        pub born_before_6_april_2017: Option<bool> = default,
        /// The disabled child addition in Universal Credit.
        pub disability: ChildDisability = default,
        /// An exception to the two-child limit applies (multiple birth, adoption, kinship care, non-consensual conception).
        pub two_child_limit_exception: bool = default,
        /// DLA (or Child Disability Payment) paid for the child, counted as household income.
        pub disability_benefits: RawDisabilityBenefits = default,
        /// For the bedrooms the size criteria allow, where it matters (two children of the same sex under 16 share).
        pub sex: Option<Sex> = default,
        /// The school year, for free school meals: in England and Wales `reception` or `year_1` to `year_13`, in
        /// Scotland `p1` to `p7` or `s1` to `s6`. Default: from the date of birth, or from the age where both school
        /// years a child of that age can be in give the same answer.
        pub school_year: Option<SchoolYear> = default,
        /// The child has free school meals now (beyond the meals every pupil in the year gets). In England they are
        /// then kept whatever the earnings until September 2026 (transitional protection); elsewhere it changes
        /// nothing.
        pub has_free_school_meals: bool = default,
    }
}

crate::choices! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
    pub enum SchoolYear {
        /// Not at school (nursery, or left school).
        NotAtSchool = "not_at_school",
        Reception = "reception",
        Year1 = "year_1",
        Year2 = "year_2",
        Year3 = "year_3",
        Year4 = "year_4",
        Year5 = "year_5",
        Year6 = "year_6",
        Year7 = "year_7",
        Year8 = "year_8",
        Year9 = "year_9",
        Year10 = "year_10",
        Year11 = "year_11",
        Year12 = "year_12",
        Year13 = "year_13",
        P1 = "p1",
        P2 = "p2",
        P3 = "p3",
        P4 = "p4",
        P5 = "p5",
        P6 = "p6",
        P7 = "p7",
        S1 = "s1",
        S2 = "s2",
        S3 = "s3",
        S4 = "s4",
        S5 = "s5",
        S6 = "s6",
    }
}

impl SchoolYear {
    /// Years of school before this one, from the first (Reception, or P1 in Scotland), and whether it is a year of
    /// Scotland's schools; none for a child not at school. (From the variants' order: not at school, England's and
    /// Wales's fourteen years, Scotland's thirteen.)
    pub fn stage(self) -> Option<(u8, bool)> {
        let i = self as u8;
        match i {
            0 => None,
            1..=14 => Some((i - 1, false)),
            _ => Some((i - 15, true)),
        }
    }
}

crate::choices! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
    pub enum Sex {
        Female = "female",
        Male = "male",
    }
}

crate::choices! {
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
    pub enum ChildDisability {
        #[default]
        None = "none",
        Lower = "lower",
        Higher = "higher",
    }
}

crate::tagged! {
    /// The housing as the caller writes it: `tenure` picks the kind, and the other keys are that kind's.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub enum RawHousing by "tenure" {
        /// No rent to pay (living with family, or an owner without a mortgage).
        #[default]
        None = "none",
        SocialRent = "social_rent" {
            rent_monthly: Option<Money> = default,
            service_charges_monthly: Money = default,
            /// Bedrooms beyond what the social-sector size criteria allow.
            spare_bedrooms: i64 = default,
        },
        PrivateRent = "private_rent" {
            rent_monthly: Option<Money> = default,
            service_charges_monthly: Money = default,
            /// The local housing allowance for the household's size and area, a month.
            lha_monthly: Option<Money> = default,
            /// Bedrooms beyond the size criteria's count that the renter qualifies for (UC Regs 2013 Sch. 4 para. 12:
            /// overnight care, a foster parent, a disabled child or adult who cannot share).
            additional_bedrooms: i64 = default,
            /// A single renter under 35 excepted from the shared accommodation rate (Sch. 4 para. 29: a care leaver
            /// under 25, 3 months in a hostel for homeless people, multi-agency public protection arrangements, domestic
            /// abuse, modern slavery). The exception for a renter getting PIP daily living, DLA care at the middle or
            /// highest rate or ADP daily living follows from their disability benefits.
            shared_accommodation_exception: bool = default,
        },
    }
}

crate::readable! {
    /// The council tax bill and the Council Tax Reduction (council tax support): either the reduction the household
    /// gets now, held as it is (a warning says it changes with income), or the council's working-age scheme, which
    /// works the reduction out at every hours.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct RawCouncilTax {
        /// The bill for the year, after any discounts (such as the 25 % single person discount) and before any
        /// Council Tax Reduction.
        pub bill_annual: Money = default,
        /// The home's valuation band, needed where the scheme caps the reduction at a band's bill.
        pub band: Option<Band> = default,
        /// The Council Tax Reduction the household gets now, a year, held as it is. Leave out with a `scheme`.
        pub reduction_annual: Money = default,
        /// The council's working-age scheme, described by whoever knows it (an adviser, from the council's scheme
        /// document): the reduction is then worked out from it.
        pub scheme: Option<RawCtrScheme> = default,
    }
}

crate::choices! {
    /// A council tax valuation band (Local Government Finance Act 1992 s. 5; band I in Wales only).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, JsonSchema)]
    pub enum Band {
        A = "a",
        B = "b",
        C = "c",
        D = "d",
        E = "e",
        F = "f",
        G = "g",
        H = "h",
        I = "i",
    }
}

crate::readable! {
    /// A council's working-age Council Tax Reduction scheme, as its scheme document sets it out: what every kind of
    /// scheme has, and how the reduction is worked out from income (`award`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct RawCtrScheme {
        /// The scheme's name and year, for the working (for example "Slough Council Tax Support 2026-27").
        pub name: Option<String> = default,
        /// Where its figures come from: the scheme document's title or address.
        pub source: Option<String> = default,
        /// The most the reduction can be, in percent of the bill (for example 80 where everyone pays at least 20 %).
        pub maximum_percent: Option<Decimal> = default,
        /// The reduction is worked out on at most this band's bill (for example "b"); needs the home's `band`.
        pub band_cap: Option<Band> = default,
        /// Savings above this rule out any reduction (£16,000 in the default scheme; many councils set £6,000).
        pub capital_limit: Option<Money> = default,
        /// A reduction below this, a week, is not paid.
        pub minimum_award_weekly: Money = default,
        /// Taken off the reduction for each non-dependant aged 18 or over (one flat amount a week).
        pub non_dependant_deduction_weekly: Money = default,
        pub award: RawCtrAward = default,
    }
}

crate::tagged! {
    /// How the scheme works the reduction out from income: `kind` picks it.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub enum RawCtrAward by "kind" {
        /// Not given (refused: a scheme needs one).
        #[default]
        None = "none",
        /// Means-tested: the most the reduction can be, less a share (the taper) of income above an applicable amount.
        /// With Universal Credit, the applicable amount is UC's maximum amount and the income is the award with the
        /// earnings and other income UC counts, each × 12 / 52 (as the default scheme, SI 2012/2886, has it); without
        /// UC, the applicable amount and the earnings disregards are the scheme's own.
        Taper = "taper" {
            /// The share of each pound of income above the applicable amount taken off the reduction, in percent.
            taper_percent: Option<Decimal> = default,
            /// The applicable amounts and disregards for a household without Universal Credit.
            without_universal_credit: Option<RawApplicableAmounts> = default,
        },
        /// Income-banded: a grid of bands of weekly income, with a column for each kind of household, each band
        /// giving the reduction as a percentage of the bill.
        IncomeBands = "income_bands" {
            /// What income is banded.
            income: BandedIncome = default,
            /// The parts of Universal Credit left out of the income banded.
            universal_credit_left_out: Vec<UcPart> = default,
            /// Taken off the earnings before they are banded, a week.
            earnings_disregard_weekly: Money = default,
            /// The grid's columns, in the order of each band's `up_to`.
            columns: Vec<RawBandColumn> = default,
            /// From the lowest income up: each band's percentage and its top edge in each column (left out for the
            /// last band, which has no top).
            bands: Vec<RawIncomeBand> = default,
        },
    }
}

crate::readable! {
    /// A means-tested scheme's figures for a household without Universal Credit, a week.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct RawApplicableAmounts {
        pub single_under_25: Option<Money> = default,
        pub single_25_or_over: Option<Money> = default,
        pub lone_parent: Option<Money> = default,
        pub couple: Option<Money> = default,
        /// For each child.
        pub child: Option<Money> = default,
        /// Added once where there is a child.
        pub family_premium: Option<Money> = default,
        /// Earnings disregards.
        pub earnings_disregard_single: Option<Money> = default,
        pub earnings_disregard_lone_parent: Option<Money> = default,
        pub earnings_disregard_couple: Option<Money> = default,
    }
}

crate::choices! {
    /// The income an income-banded scheme bands.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
    pub enum BandedIncome {
        /// Take-home pay alone.
        #[default]
        Earnings = "earnings",
        /// Take-home pay and Universal Credit.
        EarningsAndUniversalCredit = "earnings_and_universal_credit",
        /// Take-home pay, Universal Credit, new-style ESA, Carer's Allowance and other unearned income (Child Benefit
        /// and disability benefits left out).
        AllIncome = "all_income",
    }
}

crate::choices! {
    /// A part of Universal Credit a banded scheme may leave out of the income it bands.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
    pub enum UcPart {
        HousingCosts = "housing_costs",
        ChildcareCosts = "childcare_costs",
        DisabledChild = "disabled_child",
        Carer = "carer",
        /// The LCW or LCWRA element.
        WorkCapability = "work_capability",
        Child = "child",
    }
}

crate::readable! {
    /// A column of an income-banded grid: the households it is for.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct RawBandColumn {
        pub household: BandHousehold = default,
        /// With at least this many children (a household takes the column with the most it has).
        pub children: i64 = default,
    }
}

crate::choices! {
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
    pub enum BandHousehold {
        /// Every household.
        #[default]
        Any = "any",
        Single = "single",
        Couple = "couple",
        LoneParent = "lone_parent",
        CoupleWithChildren = "couple_with_children",
        /// A lone parent or a couple with children.
        WithChildren = "with_children",
    }
}

crate::readable! {
    #[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct RawIncomeBand {
        /// The reduction in this band, in percent of the bill.
        pub percent: Option<Decimal> = default,
        /// The band's top edge of weekly income (in it up to and including this), one for each column.
        pub up_to: Vec<Money> = default,
    }
}

crate::readable! {
    #[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct RawNonDependant {
        pub age: Option<i64> = default,
        /// No housing cost contribution is taken for them (for example they get PIP daily living, Carer's Allowance, or
        /// are responsible for a child under 5).
        pub exempt: bool = default,
    }
}

/// Reads a household from any serde format (JSON text, TOML), reporting a malformed field by its path. It reads one
/// value: a caller reading text checks that nothing follows it (`serde_json::Deserializer::end`, as the CLI does).
pub fn read<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<RawHousehold, crate::Error> {
    tree::read(deserializer).map_err(crate::Error::from)
}

/// Reads a household from a tree (one made by the caller, for example from a JavaScript value).
pub fn from_tree(tree: &Node) -> Result<RawHousehold, crate::Error> {
    RawHousehold::from_node(tree).map_err(crate::Error::from)
}
