//! The twelve Universal Credit assessment periods from the one that holds the household's date, and the paydays that
//! fall in each: neither depends on anyone's hours.
//!
//! An assessment period is a month from the day the claim began (UC Regs 2013 reg. 21; `period::period_start`).
//! Earnings count in the period they are paid in (reg. 54(1)), as the employer reports them to HMRC (reg. 61). So
//! weekly pay brings four or five paydays into a period, fortnightly pay two or three, and four-weekly pay one or two.
//!
//! Monthly pay comes on the same day each month, or on the month's last day when it is shorter. That brings one
//! payday into each period, except where a short month moves a payday into the next period (pay on the 30th with
//! periods from the 31st); the DWP then moves one of the two to keep the monthly cycle, when asked (reg. 61(6)). Paydays
//! moved by weekends and bank holidays are not shown.

use rust_decimal::prelude::ToPrimitive;

use crate::date::Date;
use crate::input::household::{Household, Job};
use crate::input::PayFrequency;
use crate::law::uc;
use crate::period::{first_period_start, period_start};
use crate::rules::RuleSet;

/// How many assessment periods are shown: a year.
pub const PERIODS: u32 = 12;

/// The twelve assessment periods from the one that holds the household's date: their dates, paydays and UC rules,
/// which do not depend on anyone's hours.
pub struct Layout<'r> {
    pub periods: Vec<PeriodDates>,
    /// Each rule year the periods take (one or two).
    pub rules: Vec<&'r RuleSet>,
    /// A year of pay in these periods, grouped by each adult's number of paydays: the tests the law makes in each
    /// period are made on these (`calculation`). Twelve periods can hold a 53rd weekly payday (27th fortnightly, 14th
    /// four-weekly); a year of pay has 52 (26, 13), so the last periods with the most paydays give one up.
    pub year_of_pay: Vec<Group>,
}

pub struct PeriodDates {
    pub start: Date,
    pub end: Date,
    /// Each adult's paydays in the period, whatever their hours (none without a wage).
    pub paydays: Vec<Vec<Date>>,
    /// Index in `Layout::rules`.
    pub rules: usize,
    /// False where the period begins after the last rule year the calculator has (it takes that year's amounts).
    pub rules_known: bool,
}

/// Assessment periods alike for UC's earnings: each adult's number of paydays, and how many periods have them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub paydays: Vec<usize>,
    pub periods: u32,
}

impl<'r> Layout<'r> {
    pub fn new(household: &Household, rules: &'r RuleSet) -> Layout<'r> {
        let first = first_period_start(household.date, household.assessment_period_day);
        // The last rule year, for periods after it (`uc::rules_for` gives none there).
        let last_known = crate::rules::embedded().last().map_or(rules, |set| set as &RuleSet);
        let mut layout = Layout { periods: Vec::new(), rules: Vec::new(), year_of_pay: Vec::new() };
        for n in 0..PERIODS {
            let start = period_start(first, n, household.assessment_period_day);
            let end = period_start(first, n + 1, household.assessment_period_day).add_days(-1);
            let known = uc::rules_for(household, rules, start);
            let period_rules = known.unwrap_or(last_known);
            let rules_at = match layout.rules.iter().position(|r| std::ptr::eq(*r, period_rules)) {
                Some(at) => at,
                None => {
                    layout.rules.push(period_rules);
                    layout.rules.len() - 1
                }
            };
            let paydays = household
                .adults
                .iter()
                .map(|a| {
                    if a.job.hourly_wage.is_positive() {
                        paydays_between(&a.job, first, start, end)
                    } else {
                        Vec::new()
                    }
                })
                .collect();
            layout.periods.push(PeriodDates { start, end, paydays, rules: rules_at, rules_known: known.is_some() });
        }
        // A year of pay: each adult's paydays per period, less any beyond a year's from the last periods with most.
        let mut counts: Vec<Vec<usize>> =
            layout.periods.iter().map(|p| p.paydays.iter().map(Vec::len).collect()).collect();
        for (i, adult) in household.adults.iter().enumerate() {
            let year = adult.job.pay_frequency.periods_per_year().to_usize().unwrap_or(0);
            while counts.iter().map(|c| c[i]).sum::<usize>() > year {
                let most = counts.iter().map(|c| c[i]).max().unwrap_or(0);
                if let Some(c) = counts.iter_mut().rev().find(|c| c[i] == most) {
                    c[i] -= 1;
                }
            }
        }
        for paydays in counts {
            match layout.year_of_pay.iter_mut().find(|g| g.paydays == paydays) {
                Some(g) => g.periods += 1,
                None => layout.year_of_pay.push(Group { paydays, periods: 1 }),
            }
        }
        layout
    }
}

/// The job's paydays from `start` to `end`. Without a payday given, the job pays on `first`, the first period's first
/// day, and every pay period from it.
fn paydays_between(job: &Job, first: Date, start: Date, end: Date) -> Vec<Date> {
    let known = job.payday.unwrap_or(first);
    let days_apart = match job.pay_frequency {
        PayFrequency::Weekly => 7,
        PayFrequency::Fortnightly => 14,
        PayFrequency::FourWeekly => 28,
        PayFrequency::Monthly => {
            // A period spans two calendar months at most.
            let in_month = |months| start.months_later_on(months, known.day());
            return [in_month(0), in_month(1)].into_iter().filter(|d| *d >= start && *d <= end).collect();
        }
    };
    // The first payday on or after `start`: a whole number of pay periods from the known one.
    let periods_to_start = (known.days_until(start) + days_apart - 1).div_euclid(days_apart);
    let first_in = known.add_days(periods_to_start * days_apart);
    (0..).map(|n| first_in.add_days(n * days_apart)).take_while(|d| *d <= end).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Money;
    use rust_decimal::Decimal;

    fn date(text: &str) -> Date {
        text.parse().unwrap()
    }

    fn job(pay_frequency: PayFrequency, payday: &str) -> Job {
        Job {
            hours_per_week: Decimal::TEN,
            hourly_wage: Money::ZERO,
            pay_frequency,
            travel_costs_weekly: Money::ZERO,
            apprentice: false,
            payday: Some(date(payday)),
        }
    }

    fn days(job: &Job, start: &str, end: &str) -> Vec<String> {
        paydays_between(job, date(start), date(start), date(end)).iter().map(Date::to_string).collect()
    }

    #[test]
    fn paydays_step_from_the_one_known_either_way() {
        let weekly = job(PayFrequency::Weekly, "2026-05-01");
        assert_eq!(days(&weekly, "2026-05-01", "2026-05-31").len(), 5);
        assert_eq!(days(&weekly, "2026-06-01", "2026-06-30"), ["2026-06-05", "2026-06-12", "2026-06-19", "2026-06-26"]);
        // Before the known payday too.
        assert_eq!(days(&weekly, "2026-04-01", "2026-04-30"), ["2026-04-03", "2026-04-10", "2026-04-17", "2026-04-24"]);
        let fortnightly = job(PayFrequency::Fortnightly, "2026-05-01");
        assert_eq!(days(&fortnightly, "2026-05-02", "2026-06-01"), ["2026-05-15", "2026-05-29"]);
        assert_eq!(days(&fortnightly, "2026-05-01", "2026-05-31"), ["2026-05-01", "2026-05-15", "2026-05-29"]);
        let four_weekly = job(PayFrequency::FourWeekly, "2026-06-05");
        assert_eq!(days(&four_weekly, "2026-11-20", "2026-12-19"), ["2026-11-20", "2026-12-18"]);
        assert_eq!(days(&four_weekly, "2026-12-20", "2027-01-19"), ["2027-01-15"]);
    }

    #[test]
    fn monthly_pay_comes_on_its_day_or_the_month_end() {
        let monthly = job(PayFrequency::Monthly, "2026-01-15");
        assert_eq!(days(&monthly, "2026-03-10", "2026-04-09"), ["2026-03-15"]);
        // Paid on the 30th, periods from the month's last day: February's payday is on the 28th, in the next period.
        let monthly = job(PayFrequency::Monthly, "2026-01-30");
        assert_eq!(days(&monthly, "2026-01-31", "2026-02-27"), Vec::<String>::new());
        assert_eq!(days(&monthly, "2026-02-28", "2026-03-30"), ["2026-02-28", "2026-03-30"]);
    }
}
