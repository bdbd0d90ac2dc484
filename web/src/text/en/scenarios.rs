//! The words of `components/scenarios.rs` in English.

// The rows of the table, each a figure from the totals.
pub const GROSS_EARNINGS: &str = "Gross earnings";
pub const INCOME_TAX: &str = "Income tax";
pub const NATIONAL_INSURANCE: &str = "National Insurance";
pub const PENSION: &str = "Pension contributions";
pub const NET_EARNINGS: &str = "Net earnings";
pub const UNIVERSAL_CREDIT: &str = "Universal Credit";
pub const ESA: &str = "New-style ESA";
pub const CARERS_ALLOWANCE: &str = "Carer's Allowance";
pub const SCOTTISH_CARER_PAYMENTS: &str = "Scotland's carer supplements";
pub const CHILD_BENEFIT: &str = "Child Benefit";
pub const HICBC: &str = "High Income Child Benefit Charge";
pub const SCOTTISH_CHILD_PAYMENT: &str = "Scottish Child Payment";
pub const DISABILITY_BENEFITS: &str = "Disability benefits";
pub const OTHER_INCOME: &str = "Other income";
pub const COUNCIL_TAX_REDUCTION: &str = "Council Tax Reduction";
pub const TOTAL_NET_INCOME: &str = "Total net income";
pub const RENT: &str = "Rent";
pub const CHILDCARE: &str = "Childcare";
pub const COUNCIL_TAX: &str = "Council tax";
pub const TRAVEL: &str = "Travel to work";
pub const AFTER_COSTS: &str = "Income after rent, council tax, childcare and travel";
pub const HELP_IN_KIND: &str = "Help in kind (not cash)";
pub const BETTER_OFF: &str = "Better off than now";

/// The heading, with the period the amounts are for.
pub fn title(monthly: bool) -> String {
    let period = if monthly { "a month" } else { "a week" };
    format!("Scenarios side by side ({period})")
}

pub const MORE_HOURS: &str = "More hours to compare";
pub const MORE_HOURS_HINT: &str = "Hours a week, separated by commas, for example 24, 30, 37.5";
/// Before an error message, read only by screen readers.
pub const ERROR: &str = "Error: ";
pub const MONTHLY: &str = "Show amounts a month";
/// The accessible name of the scrolling box round the table.
pub const REGION: &str = "Scenarios: every figure in each scenario";
pub const FIGURE: &str = "Figure";

/// A scenario's hours, under its name.
pub fn hours(hours: &str) -> String {
    format!("{hours} hours")
}
