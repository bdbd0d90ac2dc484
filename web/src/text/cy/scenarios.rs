//! The words of `components/scenarios.rs` in Welsh.

// The rows of the table, each a figure from the totals.
pub const GROSS_EARNINGS: &str = "Enillion gros";
pub const INCOME_TAX: &str = "Treth Incwm";
pub const NATIONAL_INSURANCE: &str = "Yswiriant Gwladol";
pub const PENSION: &str = "Cyfraniadau pensiwn";
pub const NET_EARNINGS: &str = "Enillion net";
pub const UNIVERSAL_CREDIT: &str = "Credyd Cynhwysol";
pub const ESA: &str = "ESA Dull Newydd";
pub const CARERS_ALLOWANCE: &str = "Lwfans Gofalwr";
pub const SCOTTISH_CARER_PAYMENTS: &str = "Taliadau ychwanegol yr Alban i ofalwyr";
pub const CHILD_BENEFIT: &str = "Budd-dal Plant";
pub const HICBC: &str = "Tâl Treth Budd-dal Plant Incwm Uchel";
pub const SCOTTISH_CHILD_PAYMENT: &str = "Taliad Plant yr Alban";
pub const DISABILITY_BENEFITS: &str = "Budd-daliadau anabledd";
pub const OTHER_INCOME: &str = "Incwm arall";
pub const COUNCIL_TAX_REDUCTION: &str = "Gostyngiad Treth y Cyngor";
pub const TOTAL_NET_INCOME: &str = "Cyfanswm incwm net";
pub const RENT: &str = "Rhent";
pub const CHILDCARE: &str = "Gofal plant";
pub const COUNCIL_TAX: &str = "Treth y Cyngor";
pub const TRAVEL: &str = "Teithio i'r gwaith";
pub const AFTER_COSTS: &str = "Incwm ar ôl rhent, Treth y Cyngor, gofal plant a theithio";
pub const HELP_IN_KIND: &str = "Help mewn nwyddau (nid arian)";
pub const BETTER_OFF: &str = "Yn well eich byd na nawr";

/// The heading, with the period the amounts are for.
pub fn title(monthly: bool) -> String {
    let period = if monthly { "y mis" } else { "yr wythnos" };
    format!("Senarios ochr yn ochr ({period})")
}

pub const MORE_HOURS: &str = "Rhagor o oriau i'w cymharu";
pub const MORE_HOURS_HINT: &str = "Oriau'r wythnos, gyda choma rhwng pob un, er enghraifft 24, 30, 37.5";
/// Before an error message, read only by screen readers.
pub const ERROR: &str = "Gwall: ";
pub const MONTHLY: &str = "Dangos symiau misol";
/// The accessible name of the scrolling box round the table.
pub const REGION: &str = "Senarios: pob ffigur ym mhob senario";
pub const FIGURE: &str = "Ffigur";

/// A scenario's hours, under its name.
pub fn hours(hours: &str) -> String {
    format!("{hours} awr")
}
