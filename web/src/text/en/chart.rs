//! The words of `components/chart.rs` in English.

// The sources of income, as the legend, the readout and the printout's table name them.
pub const NET_EARNINGS: &str = "Net earnings";
pub const UNIVERSAL_CREDIT: &str = "Universal Credit";
pub const ESA: &str = "New-style ESA";
pub const CARERS_ALLOWANCE: &str = "Carer's Allowance";
pub const CHILD_BENEFIT: &str = "Child Benefit";
pub const SCOTTISH_CHILD_PAYMENT: &str = "Scottish Child Payment";
pub const DISABILITY_BENEFITS: &str = "Disability benefits";
pub const OTHER_INCOME: &str = "Other income";
pub const COUNCIL_TAX_REDUCTION: &str = "Council Tax Reduction";
pub const HELP_IN_KIND: &str = "Help in kind (not cash)";

/// The figures where the pointer is: `parts` is each source and its amount ("Net earnings £254.20, Universal Credit
/// £150.12"), `help` the help in kind where it is shown.
pub fn readout(at_hours: &str, parts: &str, total: &str, help: Option<&str>) -> String {
    let help = help.map(|amount| format!(" {HELP_IN_KIND} {amount}.")).unwrap_or_default();
    format!("At {at_hours} hours: {parts}. In all {total} a week.{help}")
}

/// A threshold marked on the chart: `what` is the engine's words for it.
pub fn mark(hours: &str, what: &str) -> String {
    format!("{hours} hours: {what}")
}

/// A stretch of small steps marked on the chart.
pub fn stretch(from: &str, to: &str, what: &str) -> String {
    format!("{from} to {to} hours: {what}")
}

/// The chart's description for screen readers.
pub fn description(not_working: &str, chosen: &str, hours: &str, marks: usize) -> String {
    format!(
        "Total weekly income rises from {not_working} not working to {chosen} at {hours} hours. {marks} thresholds are marked; the table below gives the same figures."
    )
}

pub const TITLE: &str = "Income a week against hours worked";
pub const SHOW_HELP: &str = "Show help in kind (not cash) on top";
pub const AFTER_COSTS: &str = "Income after rent, council tax, childcare and travel";
pub const BASELINE: &str = "The same, now: above it you are better off";

/// The summary of the list of thresholds under the legend.
pub fn thresholds(marks: usize) -> String {
    format!("The {marks} thresholds marked on the chart")
}

/// The label of the hours axis.
pub const HOURS_AXIS: &str = "hours a week";

/// The title of the line of the income now.
pub fn baseline_title(now: &str) -> String {
    format!("Now, after rent, council tax, childcare and travel: {now} a week")
}
