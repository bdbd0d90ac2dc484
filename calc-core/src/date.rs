//! A calendar date ("2026-04-06"), enough for picking a rule set, stating when a value took effect, and laying out
//! paydays and Universal Credit assessment periods.
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
        if !(1..=12).contains(&month) {
            return None;
        }
        (day >= 1 && day <= days_in_month(year, month)).then_some(Date { year, month, day })
    }

    /// A date the program holds from the start (the embedded rule sets'): an impossible one does not compile.
    pub(crate) const fn known(year: u16, month: u8, day: u8) -> Date {
        assert!(
            month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month),
            "not a day in the calendar"
        );
        Date { year, month, day }
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// The date `days` days later (earlier if negative).
    pub fn add_days(self, days: i64) -> Date {
        Date::from_day_number(self.day_number() + days)
    }

    /// Days from this date to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.day_number() - self.day_number()
    }

    /// Age in whole years on `later` of someone born on this date (negative before it). A person born on 29 February
    /// is a year older on 1 March in a year without one (Family Law Reform Act 1969 s. 9: an age is reached at the
    /// start of the anniversary of the birth).
    pub fn age_on(self, later: Date) -> i64 {
        let before_birthday = (later.month, later.day) < (self.month, self.day);
        i64::from(later.year) - i64::from(self.year) - i64::from(before_birthday)
    }

    /// Day `day` of the month `months` after this date's month, or the month's last day if it is shorter.
    pub fn months_later_on(self, months: u32, day: u8) -> Date {
        let index = u32::from(self.year) * 12 + u32::from(self.month) - 1 + months;
        let (year, month) = ((index / 12) as u16, (index % 12) as u8 + 1);
        Date { year, month, day: day.min(days_in_month(year, month)) }
    }

    /// Days since 1 March of year 0 of the proleptic Gregorian calendar: counting from March puts the leap day last
    /// in each year, so a year's days are 306 for March to January's end plus February's.
    fn day_number(self) -> i64 {
        let (m, y) = if self.month >= 3 {
            (i64::from(self.month) - 3, i64::from(self.year))
        } else {
            (i64::from(self.month) + 9, i64::from(self.year) - 1)
        };
        y * 365 + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + i64::from(self.day) - 1
    }

    /// The inverse of `day_number`, for dates from year 1 to 9999 (the engine's dates are all near the present).
    fn from_day_number(n: i64) -> Date {
        let n = n.clamp(
            Date { year: 1, month: 1, day: 1 }.day_number(),
            Date { year: 9999, month: 12, day: 31 }.day_number(),
        );
        let era_days = 146_097;
        let era = n.div_euclid(era_days);
        let in_era = n.rem_euclid(era_days);
        let year_of_era = (in_era - in_era / 1460 + in_era / 36524 - in_era / 146_096) / 365;
        let day_of_year = in_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let m = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * m + 2) / 5 + 1) as u8;
        let month = if m < 10 { m + 3 } else { m - 9 } as u8;
        let year = (era * 400 + year_of_era + i64::from(month <= 2)) as u16;
        Date { year, month, day }
    }
}

const fn is_leap(year: u16) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// The number of days in a month (1 to 12) of a year.
pub const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 31,
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

impl crate::tree::ToNode for Date {
    fn to_node(&self) -> crate::tree::Node {
        crate::tree::Node::Str(self.to_string().into())
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

    fn date(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[test]
    fn counts_days_across_months_years_and_leap_days() {
        assert_eq!(date("2026-04-06").add_days(7), date("2026-04-13"));
        assert_eq!(date("2026-12-28").add_days(7), date("2027-01-04"));
        assert_eq!(date("2028-02-26").add_days(4), date("2028-03-01"));
        assert_eq!(date("2027-02-26").add_days(3), date("2027-03-01"));
        assert_eq!(date("2026-03-01").add_days(-1), date("2026-02-28"));
        assert_eq!(date("2000-02-28").add_days(1), date("2000-02-29"));
        assert_eq!(date("2100-02-28").add_days(1), date("2100-03-01"));
        // 2026 is not a leap year; 2028 is.
        assert_eq!(date("2026-01-01").days_until(date("2027-01-01")), 365);
        assert_eq!(date("2028-01-01").days_until(date("2029-01-01")), 366);
        assert_eq!(date("2026-05-01").days_until(date("2026-04-30")), -1);
        // Every day of four centuries goes there and back.
        let start = date("1999-12-25");
        for n in 0..146_097 {
            let d = start.add_days(n);
            assert_eq!(start.days_until(d), n);
            assert_eq!(d.to_string().parse::<Date>(), Ok(d));
        }
    }

    #[test]
    fn ages_count_whole_years_from_the_birthday() {
        assert_eq!(date("2017-04-05").age_on(date("2026-04-04")), 8);
        assert_eq!(date("2017-04-05").age_on(date("2026-04-05")), 9);
        assert_eq!(date("2020-02-29").age_on(date("2021-02-28")), 0);
        assert_eq!(date("2020-02-29").age_on(date("2021-03-01")), 1);
        assert_eq!(date("2020-02-29").age_on(date("2024-02-29")), 4);
        assert_eq!(date("2026-06-02").age_on(date("2026-06-01")), -1);
    }

    #[test]
    fn months_later_keep_the_day_or_take_the_last() {
        assert_eq!(date("2026-01-31").months_later_on(1, 31), date("2026-02-28"));
        assert_eq!(date("2026-01-31").months_later_on(2, 31), date("2026-03-31"));
        assert_eq!(date("2027-11-15").months_later_on(3, 15), date("2028-02-15"));
        assert_eq!(date("2027-12-01").months_later_on(2, 30), date("2028-02-29"));
    }
}
