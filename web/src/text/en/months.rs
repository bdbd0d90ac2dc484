//! The words of `components/months.rs` in English.

use calc_core::Money;

use crate::format::pounds;

/// The rule years of the periods, when they are all the same: `year` is "2026-27".
pub fn all_periods(year: &str) -> String {
    format!("All twelve periods use the {year} rules.")
}

/// The first rule year, when it changes; the changes follow (`then_from`, `then_unknown`) and a full stop.
pub fn periods_from(date: &str, year: &str) -> String {
    format!("From {date}, the periods use the {year} rules")
}

pub fn then_from(date: &str, year: &str) -> String {
    format!("; from {date}, the {year} rules")
}

/// A change to a year whose amounts are not known yet, shown with `year`'s.
pub fn then_unknown(date: &str, year: &str) -> String {
    format!("; from {date}, next year's amounts, which are not known yet: they are shown with the {year} ones")
}

/// Universal Credit from month to month: `low` in `lows` of the `periods`, and `high` in the others (`up_to` when the
/// others are not all the same); `surplus` when surplus earnings may carry into a later month.
pub fn in_plain_words(low: Money, lows: usize, periods: usize, high: Money, up_to: bool, surplus: bool) -> String {
    let amount = |m: Money| if m.is_zero() { "nothing".to_string() } else { format!("about {}", pounds(m.pounds())) };
    let others = if up_to { format!("up to {}", pounds(high.pounds())) } else { amount(high) };
    let surplus =
        if surplus { " In a month after one with no Universal Credit it could be less: ask an adviser." } else { "" };
    format!(
        "Universal Credit is worked out on the pay you get in each month, so it would change from month to month. It would be {} in {lows} of the next {periods} months, when more paydays fall in the month, and {others} in the others.{surplus}",
        amount(low)
    )
}

/// Whose paydays, for a couple.
pub const YOU: &str = "You: ";
pub const PARTNER: &str = "Partner: ";
/// No paydays in a period.
pub const NO_PAYDAYS: &str = "None";
pub const TITLE: &str = "Month by month";
pub const INTRO: &str = "Universal Credit is worked out on the pay received in each monthly assessment period, so it is lower in a period with more paydays and higher in one with fewer (Universal Credit Regulations 2013 regs. 21, 54 and 61). The figures above average the year.";

/// `rule_years` is the sentence of `all_periods` or `periods_from`.
pub fn rule_years(rule_years: &str) -> String {
    format!("{rule_years} Paydays moved by weekends or bank holidays are not shown.")
}

/// Two monthly paydays in one period.
pub fn bunched(start: &str, end: &str) -> String {
    format!(
        "Two monthly paydays fall in the period from {start} to {end}. The DWP can move one of them to the next period, to keep one a month: ask them (Universal Credit Regulations 2013 reg. 61(6))."
    )
}

/// Earnings above the point where UC stops, which may carry into the next periods.
pub fn surplus(start: &str, end: &str, above: Money) -> String {
    format!(
        "In the period from {start} to {end}, earnings are {above} above the point where Universal Credit stops. Earnings far enough above it are carried into the next periods as surplus earnings (Universal Credit Regulations 2013 reg. 54A), which this calculator does not model: Universal Credit after that period may be lower than shown."
    )
}

/// The accessible name of the scrolling box round the table.
pub const REGION: &str = "Month by month: each assessment period";
pub const PERIOD: &str = "Assessment period";
pub const PAYDAYS: &str = "Paydays";
pub const TAKE_HOME: &str = "Take-home pay";
pub const UNIVERSAL_CREDIT: &str = "Universal Credit";
pub const TOTAL: &str = "Total income";
pub const AFTER_COSTS: &str = "After rent, council tax, childcare and travel";

/// A period, from its first day to its last.
pub fn dates(start: &str, end: &str) -> String {
    format!("{start} to {end}")
}

pub const YEAR: &str = "The twelve periods";

/// The year's UC where it is what the periods add up to.
pub fn by_periods(year: Money, averaged: Money) -> String {
    format!(
        "Over the twelve periods Universal Credit comes to {year}. The benefit cap or the point where Universal Credit stops is not the same in every period, so the figures above are the average of a year of periods (with 52 weekly paydays), not twelve months of the averaged {averaged}."
    )
}

/// The year's UC against twelve months of the averaged award.
pub fn against_averaged(year: Money, twelve: Money, averaged: Money) -> String {
    format!("Over the twelve periods Universal Credit comes to {year}, against {twelve} for twelve months of the averaged {averaged}.")
}
