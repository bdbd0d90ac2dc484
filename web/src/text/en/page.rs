//! The words of the page around the parts (`app.rs`, `keep.rs`, `format.rs`) in English.

/// The page's language, for its `lang` attribute.
pub const LANG: &str = "en-GB";
/// The other language, offered at the top of the page: its own name, in itself, with its `lang`.
pub const OTHER_LANGUAGE: &str = "Cymraeg";
pub const OTHER_LANG: &str = "cy";
pub const MODES: &str = "Who is using the calculator";
pub const FOR_YOU: &str = "For you";
pub const FOR_ADVISERS: &str = "For advisers";
pub const TITLE: &str = "Would I be better off working?";
pub const LEDE: &str = "See how your income changes with the hours you work: pay, tax, Universal Credit and other benefits. Nothing you type leaves this page.";
pub const CHANGE_ANSWERS: &str = "Change your answers";
/// The scenarios' names: the client's one, and the adviser's.
pub const HOURS_CHOSEN: &str = "The hours chosen";
pub const NOW: &str = "Now";
pub const OFFER: &str = "Offer";

/// The adviser's further scenarios: "Option 1".
pub fn option(n: usize) -> String {
    format!("Option {n}")
}

pub const MORE_HOURS_INVALID: &str = "More hours to compare must be numbers from 0 to 168, separated by commas";
pub const NOT_JSON: &str = "This is not a saved calculation: it is not JSON.";

/// A file that is neither a saved calculation nor a household, with its problems.
pub fn not_saved(problems: &str) -> String {
    format!("This is not a saved calculation or a household: {problems}")
}

/// The months, short, for dates: "1 May 2026".
pub const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
