//! The words of `components/adviser.rs` in English.

use calc_core::input::{
    ChildDisability, DlaCare, DlaMobility, Nation, PayFrequency, PensionBasis, PensionRelief, PensionScheme, Sex,
    UcHealth,
};

pub const NATIONS: &[(Nation, &str)] = &[
    (Nation::England, "England"),
    (Nation::Scotland, "Scotland"),
    (Nation::Wales, "Wales"),
    (Nation::NorthernIreland, "Northern Ireland"),
];
pub const HEALTH: &[(UcHealth, &str)] = &[
    (UcHealth::None, "Not assessed, or fit for work"),
    (UcHealth::Lcw, "LCW (no element)"),
    (UcHealth::LcwWithElement, "LCW with the element kept from before April 2017"),
    (UcHealth::LcwraProtected, "LCWRA, protected amount"),
    (UcHealth::LcwraNewClaimant, "LCWRA, new claimant from April 2026"),
];
pub const FREQUENCIES: &[(PayFrequency, &str)] = &[
    (PayFrequency::Weekly, "Weekly"),
    (PayFrequency::Fortnightly, "Fortnightly"),
    (PayFrequency::FourWeekly, "Four-weekly"),
    (PayFrequency::Monthly, "Monthly"),
];
pub const SCHEMES: &[(PensionScheme, &str)] = &[
    (PensionScheme::AutoEnrolment, "Automatic enrolment minimum"),
    (PensionScheme::Custom, "Another employee rate"),
    (PensionScheme::OptedOut, "Opted out"),
];
pub const BASES: &[(PensionBasis, &str)] =
    &[(PensionBasis::QualifyingEarnings, "Qualifying earnings"), (PensionBasis::TotalPay, "Total pay")];
pub const RELIEFS: &[(PensionRelief, &str)] =
    &[(PensionRelief::ReliefAtSource, "Relief at source"), (PensionRelief::NetPay, "Net pay arrangement")];
pub const DLA_CARE: &[(DlaCare, &str)] = &[
    (DlaCare::None, "None"),
    (DlaCare::Lowest, "Lowest rate"),
    (DlaCare::Middle, "Middle rate"),
    (DlaCare::Highest, "Highest rate"),
];
pub const DLA_MOBILITY: &[(DlaMobility, &str)] =
    &[(DlaMobility::None, "None"), (DlaMobility::Lower, "Lower rate"), (DlaMobility::Higher, "Higher rate")];
pub const CHILD_DISABILITY: &[(ChildDisability, &str)] = &[
    (ChildDisability::None, "None"),
    (ChildDisability::Lower, "Lower rate"),
    (ChildDisability::Higher, "Higher rate"),
];
pub const SEXES: &[(Option<Sex>, &str)] = &[(None, "Not given"), (Some(Sex::Female), "Girl"), (Some(Sex::Male), "Boy")];

// Disability benefits, for an adult or a child.
pub const PIP_DAILY_LIVING: &str = "PIP daily living";
pub const PIP_MOBILITY: &str = "PIP mobility";
pub const DLA_CARE_LABEL: &str = "DLA care (or Child Disability Payment)";
pub const DLA_MOBILITY_LABEL: &str = "DLA mobility";
pub const ADP_DAILY_LIVING: &str = "Adult Disability Payment daily living (Scotland)";
pub const ADP_MOBILITY: &str = "Adult Disability Payment mobility (Scotland)";

// An adult. The first adult's and the partner's names head their fields, and name them in the choice of whose hours
// change on the chart.
pub const YOU: &str = "You (the first adult)";
pub const PARTNER: &str = "Your partner";
pub const AGE: &str = "Age";
pub const AGE_HINT: &str = "In whole years on the date";
pub const UC_HEALTH: &str = "Work capability (Universal Credit)";
pub const ESA_LABEL: &str = "New-style ESA";
pub const SUPPORTED_PERMITTED_WORK: &str = "Supported permitted work (ESA higher limit whatever the hours)";
pub const CARES_35_HOURS: &str = "Cares for 35 hours a week or more for someone on a qualifying disability benefit";
pub const PREGNANT: &str = "Pregnant, 10 weeks or more (Healthy Start, Best Start Foods)";
pub const PRESCRIPTIONS: &str = "NHS prescription items paid for a month";
pub const PRESCRIPTIONS_HINT: &str = "England: for valuing free prescriptions";
pub const CARERS_ALLOWANCE: &str = "Claims Carer's Allowance (Carer Support Payment in Scotland)";
pub const HAS_JOB: &str = "Has a job, or is weighing one up";
pub const HOURLY_PAY: &str = "Hourly pay";
pub const HOURLY_PAY_HINT: &str = "In pounds, before tax";
pub const HOURS_NOW: &str = "Hours a week now";
pub const HOURS_NOW_HINT: &str = "0 if not working now; the chart varies the hours of the adult chosen below";
/// The label of the pay frequency.
pub const PAID: &str = "Paid";
pub const PAYDAY: &str = "A payday";
pub const PAYDAY_HINT: &str = "YYYY-MM-DD; any one, for the month by month figures";
pub const TRAVEL: &str = "Travel to work a week";
pub const TRAVEL_HINT: &str = "In pounds; a cost of working";
pub const APPRENTICE: &str = "Apprentice under 19 or in the first year";
pub const PENSION: &str = "Workplace pension";
pub const EMPLOYEE_PERCENT: &str = "Employee contribution, percent";
pub const EMPLOYEE_PERCENT_HINT: &str = "For example 5";
/// The label of what the employee's percent is of (qualifying earnings or total pay).
pub const PERCENT_OF: &str = "Percent of";
pub const RELIEF: &str = "Tax relief";

// A child.
/// The heading of a child's fields: "Child 1".
pub fn child(n: usize) -> String {
    format!("Child {n}")
}
pub const DATE_OF_BIRTH: &str = "Date of birth";
pub const DATE_OF_BIRTH_HINT: &str = "YYYY-MM-DD; optional: it settles the age and the question below";
pub const BORN_BEFORE: &str = "Born before 6 April 2017";
pub const BORN_BEFORE_HINT: &str = "Needed only where the age fits either";
pub const SEX: &str = "Sex";
pub const SEX_HINT: &str = "For the bedrooms allowed: two children of the same sex under 16 share";
pub const SCHOOL_YEAR: &str = "School year";
pub const SCHOOL_MEALS: &str = "Has free school meals now (kept whatever the earnings until September 2026)";
pub const TWO_CHILD_EXCEPTION: &str = "An exception to the two-child limit applies";
pub const DISABLED_CHILD: &str = "Disabled child addition";
/// The button that takes a child out: "Remove child 1".
pub fn remove_child(n: usize) -> String {
    format!("Remove child {n}")
}

// The home.
pub const HOME: &str = "Home";
/// The label of the tenure.
pub const TENURE: &str = "Rent";
pub const RENT: &str = "Rent a month";
pub const RENT_HINT: &str = "In pounds, eligible rent";
pub const SERVICE_CHARGES: &str = "Eligible service charges a month";
pub const SPARE_BEDROOMS: &str = "Spare bedrooms (social sector size criteria)";
pub const LHA: &str = "Local housing allowance a month";
pub const LHA_HINT: &str = "For the household's size and area; the working says which category the size criteria give";
pub const ADDITIONAL_BEDROOMS: &str = "Additional bedrooms allowed";
pub const ADDITIONAL_BEDROOMS_HINT: &str =
    "Overnight care, a foster parent, a disabled child or adult who cannot share (UC Regs Sch. 4 para. 12)";
pub const SHARED_EXCEPTION: &str =
    "Excepted from the shared accommodation rate (care leaver under 25, hostel, MAPPA, domestic abuse, modern slavery)";
/// The age of a non-dependant: "Other adult 1 living here: age".
pub fn other_adult_age(n: usize) -> String {
    format!("Other adult {n} living here: age")
}
pub const OTHER_ADULT_EXEMPT: &str = "No housing cost contribution for them";
pub const ADD_OTHER_ADULT: &str = "Add another adult living here";
pub const REMOVE_OTHER_ADULT: &str = "Remove the last one";

// The form around them.
/// The rule year chosen by the date, first in the list of rule years.
pub const IN_FORCE: &str = "In force on the date";
pub const DATE_RULES_PLACE: &str = "Date, rules and place";
pub const DATE: &str = "Date of the calculation";
pub const DATE_HINT: &str = "YYYY-MM-DD; picks the rules in force";
pub const RULE_YEAR: &str = "Rule year";
pub const NATION: &str = "Nation";
pub const IN_LONDON: &str = "Lives in Greater London (benefit cap)";
pub const ADD_PARTNER: &str = "Add a partner";
pub const REMOVE_PARTNER: &str = "Remove the partner";
pub const WHOSE_HOURS: &str = "Whose hours change on the chart";
pub const ADD_CHILD: &str = "Add a child";
pub const MONEY_AND_COSTS: &str = "Money and costs";
pub const CHILDCARE: &str = "Registered childcare a month while working";
pub const CHILDCARE_HINT: &str = "In pounds, before any help";
pub const CHILDREN_IN_CHILDCARE: &str = "Children the childcare is for";
pub const CHILDREN_IN_CHILDCARE_HINT: &str =
    "Picks the cap on the childcare costs element. Leave blank for every child aged 16 or under";
pub const SAVINGS: &str = "Savings and other capital";
pub const SAVINGS_HINT: &str = "In pounds";
pub const UNEARNED_INCOME: &str = "Other unearned income a month";
pub const UNEARNED_INCOME_HINT: &str = "Counted in full by Universal Credit, e.g. a private pension";
pub const GRACE_PERIOD: &str = "In the benefit cap grace period";
pub const ASSESSMENT_DAY: &str = "Day of the month the Universal Credit claim began";
pub const ASSESSMENT_DAY_HINT: &str =
    "1 to 31; each assessment period starts on it. Leave blank for the day of the date";
