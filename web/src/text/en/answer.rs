//! The words of `components/answer.rs` in English.

use calc_core::Money;
use rust_decimal::Decimal;

use crate::format::pounds;

/// The heading, read only by screen readers.
pub const TITLE: &str = "Your answer";

/// "about £12.40 a week better off", "about £3.10 a week worse off", or "no better or worse off".
fn verdict(better: Decimal) -> String {
    if better > Decimal::ZERO {
        format!("about {} a week better off", pounds(better))
    } else if better < Decimal::ZERO {
        format!("about {} a week worse off", pounds(-better))
    } else {
        "no better or worse off".to_string()
    }
}

/// The answer in one sentence: `better` is how much better off a week (negative for worse off).
pub fn headline(hours: &str, wage: Money, better: Decimal) -> String {
    format!(
        "Working {hours} hours a week at {wage} an hour you would be {} than now, after rent, council tax, childcare and travel.",
        verdict(better)
    )
}

/// The answer again with help in kind counted, where it changes it.
pub fn with_help(better: Decimal) -> String {
    format!("Counting help in kind too (which is not cash), you would be {}.", verdict(better))
}

/// The same, with the help lost (the engine's clause, "free school meals stop").
pub fn with_help_lost(lost: &str, better: Decimal) -> String {
    format!("Counting help in kind too (which is not cash): {lost}, so you would be {}.", verdict(better))
}

/// Help lost that the calculator puts no value on.
pub fn also_lost(lost: &str) -> String {
    format!("Also, {lost}.")
}

pub fn hours_label(hours: &str) -> String {
    format!("Hours a week: {hours}")
}

/// The slider's value as a screen reader says it.
pub fn hours_value(hours: &str) -> String {
    format!("{hours} hours a week")
}

pub const TYPE_HOURS: &str = "Or type the hours";
/// The accessible name of the scrolling box round the table.
pub const COMPARE_REGION: &str = "Income now and at these hours";
pub const COMPARE_CAPTION: &str =
    "Income after rent, council tax, childcare and travel: now, at these hours, and the difference";
pub const NOW: &str = "Now";

pub fn at_hours(hours: &str) -> String {
    format!("At {hours} hours")
}

pub const DIFFERENCE: &str = "Difference";
pub const A_WEEK: &str = "A week";
pub const A_MONTH: &str = "A month";
pub const A_YEAR: &str = "A year";
pub const MARGINAL_RATE: &str = "Of each extra £1 earned, you lose";
pub const PARTICIPATION_RATE: &str = "Of the pay for these hours, lost to tax and lower benefits";
pub const BETTER_OFF_WORKING: &str = "You are better off working";
/// When even the first hour leaves the client better off.
pub const ANY_HOURS: &str = "any hours";

/// The fewest hours at which the client is better off.
pub fn from_hours(hours: &str) -> String {
    format!("from {hours} hours a week")
}

/// The heading of the notes, and the accessible name of their box.
pub const NOTES: &str = "Please note";
pub const OTHER_HELP_REGION: &str = "Other help with Universal Credit";
pub const OTHER_HELP: &str = "Other help you may get with Universal Credit";
pub const NEAR_REGION: &str = "Thresholds near these hours";
pub const NEAR: &str = "Near these hours";

/// The small print under the answer: `year` is the tax year, "2026-27".
pub fn rules_year(year: &str) -> String {
    format!(
        "Rules for the {year} tax year. A guide, not a decision: the Department for Work and Pensions and HMRC decide what you are paid."
    )
}
