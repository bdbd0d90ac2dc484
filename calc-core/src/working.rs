//! What a calculation records besides its figures: how each figure was worked out (the working, for readers), and how
//! far each threshold is (the margins, for the hours curve), and whether amounts are rounded.
//!
//! Building the working's text costs time, so it is built only when asked for; the curve asks for margins instead.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use crate::money::{Money, Rounding};
use crate::threshold::Threshold;

/// One figure's working.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Line {
    /// A stable identifier of the figure, e.g. `universal_credit.standard_allowance`.
    pub figure: String,
    pub amount: Money,
    /// The period `amount` is for: "week", "month" or "year".
    pub period: String,
    /// The arithmetic in words, e.g. "55 % × (£1,020.15 − £411.00) = £335.08".
    pub working: String,
    /// The legislation or official source the rule comes from.
    pub rule: String,
}

/// Which threshold a margin is for: the threshold and its step, the adult and the group of assessment periods. Two
/// keys are the same threshold when their codes and the rest are equal.
#[derive(Clone, Copy, Debug)]
pub struct Key {
    pub threshold: &'static Threshold,
    /// The step of the threshold (a tax band, a staircase's step), 0 for one without steps.
    pub step: u8,
    /// The adult the threshold concerns, or `None` for the household (UC, the cap).
    pub adult: Option<usize>,
    /// 0 for the figures with earnings averaged; `n` for UC in the n-th group of assessment periods
    /// (`paydays::Layout::year_of_pay`), which the law tests one by one.
    pub period: u8,
}

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        (self.threshold.code, self.step, self.adult, self.period)
            == (other.threshold.code, other.step, other.adult, other.period)
    }
}

impl Eq for Key {}

/// How far one threshold is: positive or zero once crossed, negative before.
///
/// The amount and its threshold are kept apart, and subtracted only when the distance itself is asked for: the curve
/// mostly asks only whether a threshold is crossed, which one comparison answers, and subtracting every margin an
/// evaluation records was a tenth of the curve's instructions.
#[derive(Clone, Copy, Debug)]
pub struct Margin {
    pub key: Key,
    amount: Money,
    limit: Money,
}

impl Margin {
    /// How far past the threshold: positive or zero once crossed, negative before.
    pub fn value(&self) -> Decimal {
        (self.amount - self.limit).pounds()
    }

    /// Whether the threshold is not yet reached (the value is negative).
    pub fn is_before(&self) -> bool {
        self.amount < self.limit
    }
}

pub struct Trace {
    lines: Option<Vec<Line>>,
    margins: Option<Vec<Margin>>,
    pub rounding: Rounding,
    /// The group of assessment periods being worked out (`Margin::period`), 0 outside one.
    period: u8,
}

impl Trace {
    pub fn new(explain: bool, rounding: Rounding, margins: bool) -> Trace {
        Trace { lines: explain.then(Vec::new), margins: margins.then(|| Vec::with_capacity(48)), rounding, period: 0 }
    }

    pub fn is_explaining(&self) -> bool {
        self.lines.is_some()
    }

    /// Records a figure; `text` is only called when explanations are on.
    pub fn note(&mut self, figure: &str, amount: Money, period: &str, rule: &str, text: impl FnOnce() -> String) {
        if let Some(lines) = &mut self.lines {
            lines.push(Line {
                figure: figure.to_string(),
                amount,
                period: period.to_string(),
                working: text(),
                rule: rule.to_string(),
            });
        }
    }

    /// Records how far `value` is past `threshold` (only when margins are asked for).
    pub fn margin(&mut self, threshold: &'static Threshold, adult: Option<usize>, value: Money, limit: Money) {
        self.step_margin(threshold, 0, adult, value, limit);
    }

    /// As `margin`, for step `step` of a threshold that has steps.
    pub fn step_margin(
        &mut self,
        threshold: &'static Threshold,
        step: u8,
        adult: Option<usize>,
        value: Money,
        limit: Money,
    ) {
        if let Some(margins) = &mut self.margins {
            let key = Key { threshold, step, adult, period: self.period };
            margins.push(Margin { key, amount: value, limit });
        }
    }

    /// Runs `f` for the `period`-th group of assessment periods (from 1): its margins are tagged with it, and it
    /// writes no working (the working is the averaged month's; `months` shows each period).
    pub fn in_period<T>(&mut self, period: u8, f: impl FnOnce(&mut Trace) -> T) -> T {
        let lines = self.lines.take();
        self.period = period;
        let out = f(self);
        self.period = 0;
        self.lines = lines;
        out
    }

    pub fn into_parts(self) -> (Vec<Line>, Vec<Margin>) {
        (self.lines.unwrap_or_default(), self.margins.unwrap_or_default())
    }
}
