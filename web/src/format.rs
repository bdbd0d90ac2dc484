//! Numbers as the page shows them.

use calc_core::{Date, Money};
use rust_decimal::Decimal;

/// "£1,234.56"
pub fn pounds(amount: Decimal) -> String {
    Money::new(amount.round_dp(2)).to_string()
}

/// "£1,235" for a chart axis.
pub fn whole_pounds(amount: Decimal) -> String {
    let text = pounds(amount.round_dp(0));
    text.strip_suffix(".00").unwrap_or(&text).to_string()
}

/// "16" or "16.5" hours.
pub fn hours(h: Decimal) -> String {
    h.round_dp(2).normalize().to_string()
}

/// "55 %" from 0.55.
pub fn percent(rate: Decimal) -> String {
    format!("{} %", (rate * Decimal::ONE_HUNDRED).round_dp(1).normalize())
}

/// "1 May 2026"
pub fn date(d: Date) -> String {
    format!("{} {}", day_month(d), d.year())
}

/// "1 May"
pub fn day_month(d: Date) -> String {
    format!("{} {}", d.day(), crate::text::page::MONTHS[usize::from(d.month() - 1)])
}
