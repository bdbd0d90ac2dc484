//! A calendar date ("2026-04-06"), enough for picking a rule set and stating when a value took effect.
//!
//! The engine reads no clock: the caller always says which date a calculation is for.

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

use crate::tree::{self, FromNode, Node};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// A date, or `None` if there is no such day in the Gregorian calendar.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (day >= 1 && day <= days_in_month).then_some(Date { year, month, day })
    }
}

impl FromStr for Date {
    type Err = &'static str;

    fn from_str(text: &str) -> Result<Date, Self::Err> {
        const EXPECTED: &str = "must be a date written YYYY-MM-DD";
        let mut parts = text.split('-');
        let (Some(y), Some(m), Some(d), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
            return Err(EXPECTED);
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(EXPECTED);
        }
        let (Ok(y), Ok(m), Ok(d)) = (y.parse(), m.parse(), d.parse()) else {
            return Err(EXPECTED);
        };
        Date::new(y, m, d).ok_or("is not a day in the calendar")
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl FromNode for Date {
    fn from_node(node: &Node) -> Result<Date, tree::Error> {
        let text = String::from_node(node).map_err(|_| tree::Error::new("must be a date written YYYY-MM-DD"))?;
        text.parse().map_err(|e| tree::Error::new(format!("\"{text}\" {e}")))
    }
}

impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "description": "A calendar date, YYYY-MM-DD."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects() {
        assert_eq!("2026-04-06".parse::<Date>().unwrap().to_string(), "2026-04-06");
        assert!("2024-02-29".parse::<Date>().is_ok());
        assert_eq!("2025-02-29".parse::<Date>(), Err("is not a day in the calendar"));
        assert!("2025-4-6".parse::<Date>().is_err());
        assert!("06/04/2025".parse::<Date>().is_err());
        assert!("2025-04-06-01".parse::<Date>().is_err());
        assert!("2025-04-06".parse::<Date>().unwrap() < "2025-04-07".parse().unwrap());
    }
}
