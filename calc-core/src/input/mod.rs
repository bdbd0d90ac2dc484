//! The household as a caller writes it (JSON, a form): every field optional where a default is sensible, nothing
//! checked yet. `validate::validate` turns it into a `Household` the engine trusts, naming every bad field.

pub mod household;

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use crate::date::Date;
use crate::money::Money;
use crate::tree::{self, FromNode, Node};

crate::readable! { field_or_default:
    #[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct RawHousehold {
        /// The day the calculation is for; picks the rule set in force. Needed unless `rule_year` is given.
        pub date: Option<Date>,
        /// A rule year to use instead of the one in force on `date`, e.g. "2026-27".
        pub rule_year: Option<String>,
        pub nation: Option<Nation>,
        /// Whether the home is in Greater London (for the benefit cap).
        #[serde(default)]
        pub in_london: bool,
        /// One adult, or two for a couple claiming together.
        #[serde(default)]
        pub adults: Vec<RawAdult>,
        #[serde(default)]
        pub children: Vec<RawChild>,
        #[serde(default)]
        pub housing: RawHousing,
        /// Adults living in the home who are not the claimant's partner (for example grown-up children).
        #[serde(default)]
        pub non_dependants: Vec<RawNonDependant>,
        /// Registered childcare paid for a month while working, before any help (a cost of working: it is not counted
        /// while nobody in the household works).
        #[serde(default)]
        pub childcare_costs_monthly: Money,
        /// How many of the children the childcare is paid for, which picks the cap on the childcare costs element
        /// (UC Regs 2013 reg. 36). Default: every child aged 16 or under.
        pub children_in_childcare: Option<i64>,
        /// Savings and other capital of the adults together.
        #[serde(default)]
        pub savings: Money,
        /// Unearned income that Universal Credit takes into account in full (for example a private pension or
        /// maintenance for an adult), a month. Do not include benefits the calculator works out.
        #[serde(default)]
        pub other_unearned_income_monthly: Money,
        /// The adults had earnings at the benefit cap threshold in the past 12 months and are in the 9-month grace period.
        #[serde(default)]
        pub benefit_cap_grace_period: bool,
        /// The day of the month the Universal Credit claim began (1 to 31), which fixes the first day of every
        /// assessment period (UC Regs 2013 reg. 21), for the month by month figures. Default: the day of `date`.
        pub assessment_period_day: Option<i64>,
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

crate::readable! { field_or_default:
    #[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct RawAdult {
        /// Age in whole years on the calculation date.
        pub age: Option<i64>,
        /// The job being considered (or held now). Leave out for someone not working.
        pub job: Option<RawJob>,
        /// Work capability for Universal Credit.
        #[serde(default)]
        pub uc_health: UcHealth,
        /// Cares for at least 35 hours a week for someone who gets a qualifying disability benefit.
        #[serde(default)]
        pub cares_35_hours: bool,
        /// Claims Carer's Allowance (Carer Support Payment in Scotland) for that caring.
        #[serde(default)]
        pub claims_carers_allowance: bool,
        /// New-style (contribution-based) Employment and Support Allowance.
        #[serde(default)]
        pub esa: EsaStatus,
        /// The work is supported permitted work (supervised by a public or voluntary body providing work for disabled
        /// people), so the ESA higher limit applies whatever the hours.
        #[serde(default)]
        pub supported_permitted_work: bool,
        #[serde(default)]
        pub disability_benefits: RawDisabilityBenefits,
        #[serde(default)]
        pub pension: RawPension,
        /// A full-time student (refused: not modelled).
        #[serde(default)]
        pub student: bool,
        /// Self-employed (refused: not modelled yet).
        #[serde(default)]
        pub self_employed: bool,
    }
}

crate::readable! { field_or_default:
    #[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct RawJob {
        pub hours_per_week: Option<Decimal>,
        pub hourly_wage: Option<Money>,
        #[serde(default)]
        pub pay_frequency: PayFrequency,
        /// Travel to and from work, a week (a cost of working: not counted at zero hours).
        #[serde(default)]
        pub travel_costs_weekly: Money,
        /// An apprentice in the first year or under 19 (for the minimum wage warning).
        #[serde(default)]
        pub apprentice: bool,
        /// One day the job pays on; the others follow from the pay frequency (monthly: the same day each month, or the
        /// month's last day when it is shorter). For the month by month figures; default: the first day of the first
        /// assessment period shown.
        pub payday: Option<Date>,
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

crate::readable! { field_or_default:
    #[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct RawDisabilityBenefits {
        #[serde(default)]
        pub pip_daily_living: TwoRates,
        #[serde(default)]
        pub pip_mobility: TwoRates,
        #[serde(default)]
        pub dla_care: DlaCare,
        #[serde(default)]
        pub dla_mobility: DlaMobility,
        /// Adult Disability Payment (Scotland), daily living.
        #[serde(default)]
        pub adp_daily_living: TwoRates,
        #[serde(default)]
        pub adp_mobility: TwoRates,
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

crate::readable! { field_or_default:
    #[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct RawPension {
        #[serde(default)]
        pub scheme: PensionScheme,
        /// For a `custom` scheme: the employee's contribution in percent.
        pub employee_percent: Option<Decimal>,
        /// For a `custom` scheme: what the percentage is of.
        #[serde(default)]
        pub basis: PensionBasis,
        #[serde(default)]
        pub relief: PensionRelief,
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

crate::readable! { field_or_default:
    #[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct RawChild {
        /// Age in whole years on the calculation date. Needed unless `date_of_birth` is given.
        pub age: Option<i64>,
        /// The child's date of birth, which settles the age and whether they were born before 6 April 2017.
        pub date_of_birth: Option<Date>,
        /// Born before 6 April 2017 (for the higher first-child element and the two-child limit). Needed only where
        /// the age does not settle it (a child whose birthday may fall either side of 6 April 2017); otherwise it
        /// follows from the age, and a value the age rules out is refused.
        pub born_before_6_april_2017: Option<bool>,
        /// The disabled child addition in Universal Credit.
        #[serde(default)]
        pub disability: ChildDisability,
        /// An exception to the two-child limit applies (multiple birth, adoption, kinship care, non-consensual conception).
        #[serde(default)]
        pub two_child_limit_exception: bool,
        /// DLA (or Child Disability Payment) paid for the child, counted as household income.
        #[serde(default)]
        pub disability_benefits: RawDisabilityBenefits,
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

#[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
#[serde(tag = "tenure", rename_all = "snake_case", deny_unknown_fields)]
pub enum RawHousing {
    /// No rent to pay (living with family, or an owner without a mortgage).
    #[default]
    None,
    SocialRent {
        rent_monthly: Option<Money>,
        #[serde(default)]
        service_charges_monthly: Money,
        /// Bedrooms beyond what the social-sector size criteria allow.
        #[serde(default)]
        spare_bedrooms: i64,
    },
    PrivateRent {
        rent_monthly: Option<Money>,
        #[serde(default)]
        service_charges_monthly: Money,
        /// The local housing allowance for the household's size and area, a month.
        lha_monthly: Option<Money>,
    },
}

crate::readable! { field_or_default:
    #[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct RawNonDependant {
        pub age: Option<i64>,
        /// No housing cost contribution is taken for them (for example they get PIP daily living, Carer's Allowance, or
        /// are responsible for a child under 5).
        #[serde(default)]
        pub exempt: bool,
    }
}

/// The housing as the caller writes it: `tenure` picks the kind, and the other keys are that kind's.
impl FromNode for RawHousing {
    fn from_node(node: &Node) -> Result<RawHousing, tree::Error> {
        const TENURES: &[&str] = &["none", "social_rent", "private_rent"];
        const KEYS: [&[&str]; 3] = [
            &["tenure"],
            &["tenure", "rent_monthly", "service_charges_monthly", "spare_bedrooms"],
            &["tenure", "rent_monthly", "service_charges_monthly", "lha_monthly"],
        ];
        let any =
            node.table(&["tenure", "rent_monthly", "service_charges_monthly", "spare_bedrooms", "lha_monthly"])?;
        let tenure = match any.get("tenure") {
            Some(tenure) => tree::choice(tenure, TENURES).map_err(|e| e.inside("tenure"))?,
            None => 0,
        };
        let table = node.table(KEYS[tenure])?;
        Ok(match tenure {
            1 => RawHousing::SocialRent {
                rent_monthly: table.read_or_default("rent_monthly")?,
                service_charges_monthly: table.read_or_default("service_charges_monthly")?,
                spare_bedrooms: table.read_or_default("spare_bedrooms")?,
            },
            2 => RawHousing::PrivateRent {
                rent_monthly: table.read_or_default("rent_monthly")?,
                service_charges_monthly: table.read_or_default("service_charges_monthly")?,
                lha_monthly: table.read_or_default("lha_monthly")?,
            },
            _ => RawHousing::None,
        })
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
