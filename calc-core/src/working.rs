//! How each figure was worked out, and which rule says so.
//!
//! The calculations record a line for every figure they produce. Building the text costs time, so it is built only
//! when asked for: the hours curve runs the same code with explanations off.

use schemars::JsonSchema;
use serde::Serialize;

use crate::money::Money;

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

pub struct Working {
    lines: Option<Vec<Line>>,
}

impl Working {
    pub fn new(explain: bool) -> Working {
        Working { lines: explain.then(Vec::new) }
    }

    pub fn is_on(&self) -> bool {
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

    pub fn into_lines(self) -> Vec<Line> {
        self.lines.unwrap_or_default()
    }
}
