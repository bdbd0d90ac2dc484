//! Weekly, monthly and annual figures, converted the way the benefit rules convert them.
//!
//! A weekly amount is multiplied by 52 and divided by 12 for a month (UC Regs 2013 reg. 73(2) for unearned income; the
//! same for earnings averaged over a year); a month is 12/52 of a week. Each column is rounded to the penny on its
//! own, so a total is the sum of its column, not a conversion of another column.
//!
//! A Universal Credit assessment period is a month from the day the claim began (UC Regs 2013 reg. 21(1)); a claim
//! begun on the 31st has periods from each month's last day, and one begun on the 29th or 30th from that day, or the
//! 27th of February (the 28th in a leap year) (reg. 21(2)).

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use schemars::JsonSchema;
use serde::Serialize;

use crate::date::Date;
use crate::money::{Money, Rounding};

pub const WEEKS_PER_YEAR: Decimal = dec!(52);
pub const MONTHS_PER_YEAR: Decimal = dec!(12);

// Exact amounts (`Rounding::Exact`, the hours curve's) have only the weekly column; the monthly and annual columns are
// left at zero. The curve reads weekly figures only, and the divisions and roundings of the other columns were a large
// part of its time. (Not a doc comment: the published schema describes the rounded results only.)
/// One figure over the three periods a reader may want.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Amounts {
    pub weekly: Money,
    pub monthly: Money,
    pub annual: Money,
}

impl Amounts {
    pub const ZERO: Amounts = Amounts { weekly: Money::ZERO, monthly: Money::ZERO, annual: Money::ZERO };

    fn weekly_only(weekly: Money) -> Amounts {
        Amounts { weekly, ..Amounts::ZERO }
    }

    /// From a weekly amount: the weekly column is the amount itself, the annual column 52 weeks of it.
    pub fn from_weekly(weekly: Money, rounding: Rounding) -> Amounts {
        if weekly.is_zero() {
            return Amounts::ZERO;
        }
        if rounding == Rounding::Exact {
            return Amounts::weekly_only(weekly);
        }
        let annual = weekly * WEEKS_PER_YEAR;
        Amounts { weekly, monthly: (annual / MONTHS_PER_YEAR).round_pence(), annual }
    }

    /// From a monthly amount: the monthly column is the amount itself, the annual column 12 months of it. The weekly
    /// column is to the penny whatever the rounding: monthly amounts are costs and income that do not change with hours.
    pub fn from_monthly(monthly: Money, rounding: Rounding) -> Amounts {
        if monthly.is_zero() {
            return Amounts::ZERO;
        }
        let annual = monthly * MONTHS_PER_YEAR;
        let weekly = (annual / WEEKS_PER_YEAR).round_pence();
        if rounding == Rounding::Exact {
            return Amounts::weekly_only(weekly);
        }
        Amounts { weekly, monthly, annual }
    }

    /// From an annual amount of a charge the law sets by the day (council tax and its reduction): a week is 7 of the
    /// year's `days`, and each column is rounded to the penny unless `rounding` is exact.
    pub fn from_annual_by_days(annual: Money, days: Decimal, rounding: Rounding) -> Amounts {
        Amounts::from_annual_and_week(annual, |a| weekly_by_days(a, days), rounding)
    }

    /// From an annual amount, each column rounded to the penny unless `rounding` is exact.
    pub fn from_annual(annual: Money, rounding: Rounding) -> Amounts {
        Amounts::from_annual_and_week(annual, |a| a / WEEKS_PER_YEAR, rounding)
    }

    /// From an annual amount and how a week of it is worked out (unrounded).
    fn from_annual_and_week(annual: Money, week: impl Fn(Money) -> Money, rounding: Rounding) -> Amounts {
        if annual.is_zero() {
            return Amounts::ZERO;
        }
        let weekly = rounding.apply(week(annual), Money::round_pence);
        if rounding == Rounding::Exact {
            return Amounts::weekly_only(weekly);
        }
        Amounts {
            weekly,
            monthly: rounding.apply(annual / MONTHS_PER_YEAR, Money::round_pence),
            annual: rounding.apply(annual, Money::round_pence),
        }
    }
}

impl std::ops::Add for Amounts {
    type Output = Amounts;
    fn add(self, rhs: Amounts) -> Amounts {
        Amounts {
            weekly: self.weekly + rhs.weekly,
            monthly: self.monthly + rhs.monthly,
            annual: self.annual + rhs.annual,
        }
    }
}

impl std::ops::Sub for Amounts {
    type Output = Amounts;
    fn sub(self, rhs: Amounts) -> Amounts {
        Amounts {
            weekly: self.weekly - rhs.weekly,
            monthly: self.monthly - rhs.monthly,
            annual: self.annual - rhs.annual,
        }
    }
}

impl std::iter::Sum for Amounts {
    /// Starts from the first, not from zero, as `Money` sums do.
    fn sum<I: Iterator<Item = Amounts>>(iter: I) -> Amounts {
        iter.reduce(std::ops::Add::add).unwrap_or(Amounts::ZERO)
    }
}

/// A weekly amount as a monthly one (× 52 / 12), to the penny (UC Regs 2013 reg. 73(2)).
pub fn weekly_to_monthly(weekly: Money) -> Money {
    (weekly * WEEKS_PER_YEAR / MONTHS_PER_YEAR).round_pence()
}

/// A week of a charge the law sets by the day, `annual` for a year of `days`: 7 days of it, unrounded.
pub fn weekly_by_days(annual: Money, days: Decimal) -> Money {
    annual * Decimal::from(7) / days
}

/// A monthly amount as a weekly one (× 12 / 52), unrounded: used for tests against weekly limits.
pub fn monthly_to_weekly(monthly: Money) -> Money {
    monthly * MONTHS_PER_YEAR / WEEKS_PER_YEAR
}

/// The first day of the assessment period that holds `date`, for a claim begun on day `claim_day` of a month.
pub fn first_period_start(date: Date, claim_day: u8) -> Date {
    let this_month = period_start(date, 0, claim_day);
    if this_month <= date {
        this_month
    } else {
        // The last day of the month before.
        period_start(date.add_days(-i64::from(date.day())), 0, claim_day)
    }
}

/// The first day of the assessment period that begins `months` months after the month of `date` (reg. 21(2)).
pub fn period_start(date: Date, months: u32, claim_day: u8) -> Date {
    let start = date.months_later_on(months, claim_day);
    // A claim begun on the 29th or 30th: February's period begins on the 27th, or the 28th in a leap year, a day
    // before that month's last.
    if start.month() == 2 && (claim_day == 29 || claim_day == 30) {
        start.add_days(-1)
    } else {
        start
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions() {
        // £92.05 a week × 52 / 12 = £398.883… → £398.88 a month.
        assert_eq!(weekly_to_monthly(Money::new(dec!(92.05))), Money::new(dec!(398.88)));
        let a = Amounts::from_weekly(Money::new(dec!(100)), Rounding::Legal);
        assert_eq!(
            (a.weekly, a.monthly, a.annual),
            (Money::new(dec!(100)), Money::new(dec!(433.33)), Money::new(dec!(5200)))
        );
    }

    fn day(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[test]
    fn periods_follow_regulation_21() {
        // Begun on the 31st: each month's last day.
        let first = first_period_start(day("2026-01-31"), 31);
        assert_eq!(first, day("2026-01-31"));
        let starts: Vec<String> = (0..4).map(|n| period_start(first, n, 31).to_string()).collect();
        assert_eq!(starts, ["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30"]);
        // Begun on the 30th: February's on the 27th, or the 28th in a leap year.
        assert_eq!(period_start(day("2026-01-30"), 1, 30), day("2026-02-27"));
        assert_eq!(period_start(day("2028-01-30"), 1, 30), day("2028-02-28"));
        assert_eq!(period_start(day("2028-01-29"), 1, 29), day("2028-02-28"));
        assert_eq!(period_start(day("2026-01-29"), 2, 29), day("2026-03-29"));
        // The period holding a date before the claim day began the month before.
        assert_eq!(first_period_start(day("2026-05-10"), 17), day("2026-04-17"));
        assert_eq!(first_period_start(day("2026-05-17"), 17), day("2026-05-17"));
        assert_eq!(first_period_start(day("2026-03-10"), 30), day("2026-02-27"));
    }
}
