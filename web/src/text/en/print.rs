//! The words of `components/print.rs` in English.

use calc_core::Money;

/// The adults, in the household line.
pub fn single(age: u8) -> String {
    format!("you, aged {age}")
}

pub fn couple(age: u8, partner_age: u8) -> String {
    format!("you and your partner, aged {age} and {partner_age}")
}

pub const NO_CHILDREN: &str = "no children";

/// `ages` are the children's ages, "3, 7".
pub fn children(ages: &str) -> String {
    format!("children aged {ages}")
}

pub const NO_RENT: &str = "no rent";

pub fn social_rent(rent: Money) -> String {
    format!("social rent of {rent} a month")
}

pub fn private_rent(rent: Money) -> String {
    format!("private rent of {rent} a month")
}

/// The household in one line, from the three parts above.
pub fn household(adults: &str, children: &str, home: &str) -> String {
    format!("Household: {adults}; {children}; {home}.")
}

pub fn job(wage: Money, hours_now: &str, hours: &str) -> String {
    format!("Job: {wage} an hour, {hours_now} hours a week now, {hours} hours a week in this scenario.")
}

pub fn income(now: &str, then: &str) -> String {
    format!("Income a week after rent, council tax, childcare and travel: {now} now, {then} in this scenario.")
}

/// `printed` is the date, "2026-05-01".
pub fn rules(year: &str, version: &str, printed: &str) -> String {
    format!("Rules: the {year} tax year (rule file version {version}). Printed {printed}.")
}

pub const ASSUMPTIONS: &str = "Assumptions: the same pay every week, averaged over the year for Universal Credit (month by month it follows the paydays in each assessment period); no changes within an assessment period; benefits not listed are not claimed. A guide, not a decision: DWP, HMRC and the council decide what is paid.";
pub const TITLE: &str = "In-work calculation";
pub const CAPTION: &str = "Income a week from each source";
pub const NOW: &str = "Now";

pub fn at_hours(hours: &str) -> String {
    format!("At {hours} hours")
}
