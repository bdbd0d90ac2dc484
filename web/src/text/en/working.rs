//! The words of `components/working.rs` in English. (The working lines themselves are the engine's.)

pub const TITLE: &str = "How this was worked out";
pub const SHOW_FOR: &str = "Show the working for";

/// A scenario to show the working for: its name ("Offer") and hours.
pub fn scenario(name: &str, hours: &str) -> String {
    format!("{name}: {hours} hours")
}

/// The accessible name of the scrolling box round the table.
pub const REGION: &str = "How each figure was worked out";
pub const FIGURE: &str = "Figure";
pub const AMOUNT: &str = "Amount";
pub const WORKING: &str = "Working";
pub const RULE: &str = "Rule";
/// The amount of help that is named but not valued.
pub const NOT_VALUED: &str = "Not valued";

/// An amount for its period, as the engine names it: "week", "fortnight", "four weeks", "month" or "year".
pub fn amount(amount: &str, period: &str) -> String {
    format!("{amount} a {period}")
}

/// Before the words of a figure of Universal Credit, or of help in kind.
pub const UNIVERSAL_CREDIT: &str = "Universal Credit: ";
pub const HELP_IN_KIND: &str = "Help in kind: ";

/// The words for a figure, by the engine's name for it (with "adults[0]." taken off). English reads the name itself
/// ("universal_credit.standard_allowance" as "Universal Credit: standard allowance"), so it has none here.
pub fn figure(_name: &str) -> Option<&'static str> {
    None
}
