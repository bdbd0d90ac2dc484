//! The words of `components/table.rs` in English.

/// The first row.
pub const NOT_WORKING: &str = "Not working";

/// The row where a stretch of small steps starts: `what` is the engine's words for it.
pub fn stretch(to: &str, what: &str) -> String {
    format!("From here to {to} hours: {what}")
}

/// The row of the hours chosen.
pub const CHOSEN: &str = "The hours chosen";
pub const TITLE: &str = "Income at each threshold (a week)";
pub const HOURS: &str = "Hours";
pub const WHAT_CHANGES: &str = "What changes";
pub const NET_EARNINGS: &str = "Net earnings";
pub const UNIVERSAL_CREDIT: &str = "Universal Credit";
pub const ESA: &str = "ESA";
pub const OTHER_BENEFITS: &str = "Other benefits";
pub const TOTAL: &str = "Total";
pub const AFTER_COSTS: &str = "After rent, council tax, childcare and travel";
pub const HELP_IN_KIND: &str = "Help in kind (not cash)";
