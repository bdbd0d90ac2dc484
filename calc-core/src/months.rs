//! Month by month: the year's twelve Universal Credit assessment periods, the paydays that fall in each, and what UC
//! pays for each.
//!
//! An assessment period is a month from the day the claim began (UC Regs 2013 reg. 21; `period::period_start`).
//! Earnings count in the period they are paid in (reg. 54(1)), as the employer reports them to HMRC (reg. 61). So weekly pay brings four or five paydays into a period, fortnightly pay two or
//! three, and four-weekly pay one or two; each payday is the same figure as in the main calculation, and UC is worked
//! out afresh for each period with the earnings it received.
//!
//! Monthly pay comes on the same day each month, or on the month's last day when it is shorter. That brings one
//! payday into each period, except where a short month moves a payday into the next period (pay on the 30th with
//! periods from the 31st); the DWP then moves one of the two to keep the monthly cycle, when asked (reg. 61(6)). Paydays
//! moved by weekends and bank holidays are not shown.
//!
//! Surplus earnings (reg. 54A: earnings far enough above the point where UC stops are carried into the next period)
//! are not modelled; each period says how far its earnings are above that point, so that a reader can see where the
//! rule may apply.
//!
//! Everything other than earnings and UC is the main calculation's monthly figure, except Scottish Child Payment,
//! which follows UC (none for a period in which UC is not paid), and Scotland's Carer's Allowance Supplement, paid in
//! the periods holding its paydays.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use crate::calculation::Calculation;
use crate::date::Date;
use crate::household::{Household, Job};
use crate::input::PayFrequency;
use crate::money::{Money, Rounding};
use crate::period::{first_period_start, period_start, weekly_to_monthly};
use crate::rules::RuleSet;
use crate::scottish_child_payment;
use crate::uc;
use crate::working::{Line, Trace};

/// How many assessment periods are shown: a year.
pub const PERIODS: u32 = 12;

/// One assessment period: its dates, its paydays, and what the household has for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct AssessmentPeriod {
    pub start: Date,
    /// The period's last day.
    pub end: Date,
    /// The rule year whose Universal Credit amounts the period takes: the one in force on its first day, where the
    /// rules were picked by the date.
    pub rule_year: String,
    /// False where the period begins after the last rule year the calculator has: it then takes that year's amounts,
    /// and next year's may differ.
    pub rules_known: bool,
    /// The paydays in the period, for each adult (none for an adult not working).
    pub paydays: Vec<Vec<Date>>,
    /// The earnings UC counts for the period: what was paid in it, less income tax, NI and the pension contribution.
    pub earned_income: Money,
    /// The take-home pay paid in the period.
    pub net_earnings: Money,
    pub universal_credit: Money,
    /// How far the earned income is above the point where UC stops (none while UC is due). Earnings far enough above
    /// it are carried into the next period as surplus earnings (reg. 54A), which is not modelled: the periods after
    /// one with a figure here may have less UC than shown.
    pub earnings_above_nil_point: Money,
    /// What the benefit cap takes from the period's UC (reg. 81): the earnings exception is tested in each period.
    pub benefit_cap_reduction: Money,
    pub scottish_child_payment: Money,
    /// Every other benefit and income, the main calculation's monthly figures (less the High Income Child Benefit
    /// Charge), with a Carer's Allowance Supplement in the period it is paid in.
    pub other_income: Money,
    pub total_net_income: Money,
    /// After housing, childcare and travel costs, as a month in the main calculation.
    pub income_after_costs: Money,
}

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

/// The twelve assessment periods from the one that holds the household's date, for `calculation` (of `household`
/// with `rules`).
pub fn year(household: &Household, rules: &RuleSet, calculation: &Calculation) -> Vec<AssessmentPeriod> {
    let layout = Layout::new(household, rules);
    // What of UC does not depend on earnings, under each rule year the periods take.
    let fixed: Vec<uc::Fixed> = layout.rules.iter().map(|r| uc::Fixed::new(household, r)).collect();
    let totals = &calculation.household;
    let adults = &calculation.adults;
    let income = |earned| {
        uc::Income::new(
            earned,
            adults.iter().map(|a| a.esa.weekly),
            adults.iter().map(|a| a.carers_allowance.weekly),
            totals.child_benefit.weekly,
        )
    };
    // Each payday: the earned income UC counts and the take-home pay, an equal share of the year's.
    let per_payday: Vec<(Money, Money)> = household
        .adults
        .iter()
        .zip(adults)
        .map(|(adult, figures)| {
            let periods = adult.job.pay_frequency.periods_per_year();
            let share = |annual: Money| (annual / periods).round_pence();
            (share(figures.uc_earned_income.annual), share(figures.net_earnings.annual))
        })
        .collect();
    let costs = totals.housing_costs.monthly + totals.childcare_costs.monthly + totals.travel_costs.monthly;
    // Scotland's supplements to Carer's Allowance: the weekly one in every period, each twice-yearly one in the period
    // holding its payday.
    let ca = &rules.carers_allowance;
    let supplemented = adults.iter().filter(|a| a.scottish_carer_payments.annual.is_positive()).count();
    let weekly_supplement = weekly_to_monthly(ca.scottish_carer_supplement.money()) * Decimal::from(supplemented);
    let lumps = [&ca.scottish_supplement_summer, &ca.scottish_supplement_winter];
    let carer_payments = |start: Date, end: Date| {
        let paid =
            lumps.iter().filter(|p| start <= p.effective && p.effective <= end).map(|p| p.money()).sum::<Money>();
        weekly_supplement + paid * Decimal::from(supplemented)
    };
    let other_income = totals.total_net_income.monthly
        - totals.net_earnings.monthly
        - totals.universal_credit.monthly
        - totals.scottish_child_payment.monthly
        - totals.scottish_carer_payments.monthly;

    layout
        .periods
        .iter()
        .map(|period| {
            let (start, end) = (period.start, period.end);
            let (period_rules, period_fixed) = (layout.rules[period.rules], &fixed[period.rules]);
            // Shown for the adults who work.
            let paydays: Vec<Vec<Date>> = household
                .adults
                .iter()
                .zip(&period.paydays)
                .map(|(adult, days)| if adult.job.in_paid_work() { days.clone() } else { Vec::new() })
                .collect();
            let count = |i: usize| Decimal::from(paydays[i].len());
            let earned_income: Money = per_payday.iter().enumerate().map(|(i, p)| p.0 * count(i)).sum();
            let net_earnings: Money = per_payday.iter().enumerate().map(|(i, p)| p.1 * count(i)).sum();
            let mut trace = Trace::new(false, Rounding::Legal, false);
            let uc = uc::calculate(household, &income(earned_income), period_fixed, period_rules, &mut trace);
            let universal_credit = uc.award;
            // The deduction beyond what would leave nothing, as earnings: the excess over the nil point.
            let excess_deduction = uc.earnings_deduction - (uc.maximum_amount - uc.unearned_income).at_least_zero();
            let earnings_above_nil_point = if uc.entitled && excess_deduction.is_positive() {
                (excess_deduction / (period_rules.universal_credit.taper_percent.value / Decimal::ONE_HUNDRED))
                    .round_pence()
            } else {
                Money::ZERO
            };
            let scp_weekly = scottish_child_payment::weekly(household, universal_credit.is_positive(), rules);
            let scottish_child_payment = weekly_to_monthly(scp_weekly);
            let other_income = other_income + carer_payments(start, end);
            let total_net_income = net_earnings + universal_credit + scottish_child_payment + other_income;
            AssessmentPeriod {
                start,
                end,
                rule_year: period_rules.id.to_string(),
                rules_known: period.rules_known,
                paydays,
                earned_income,
                net_earnings,
                universal_credit,
                earnings_above_nil_point,
                benefit_cap_reduction: uc.benefit_cap.reduction,
                scottish_child_payment,
                other_income,
                total_net_income,
                income_after_costs: total_net_income - costs,
            }
        })
        .collect()
}

/// The working line for the periods: how they were laid out, and the year's UC against twelve averaged months. None
/// when nobody is paid.
pub fn explain(periods: &[AssessmentPeriod], calculation: &Calculation) -> Option<Line> {
    let averaged_award = calculation.universal_credit.award;
    let total: Money = periods.iter().map(|p| p.universal_credit).sum();
    let (fewest, most) = periods.iter().fold((usize::MAX, 0), |(lo, hi), p| {
        let count = p.paydays.iter().map(Vec::len).sum();
        (lo.min(count), hi.max(count))
    });
    if most == 0 {
        return None;
    }
    let first = periods.first().map_or(String::new(), |p| p.start.to_string());
    // Where the periods change rule year: "the 2026-27 amounts from 2026-04-20".
    let mut years = String::new();
    for pair in periods.windows(2).filter(|w| w[0].rule_year != w[1].rule_year || w[0].rules_known != w[1].rules_known)
    {
        let p = &pair[1];
        if p.rules_known {
            years += &format!("; the {} amounts from the period beginning {}", p.rule_year, p.start);
        } else {
            years += &format!(
                "; the periods from {} would take next year's amounts, which the calculator does not have yet: they are shown with the {} amounts",
                p.start, p.rule_year
            );
        }
    }
    Some(Line {
        figure: "months".to_string(),
        amount: total,
        period: "year".to_string(),
        working: format!(
            "UC over {} assessment periods from {first}, each with the earnings paid in it ({fewest} to {most} paydays) and the UC amounts in force on its first day{years}; the year's figure is {}",
            periods.len(),
            if calculation.universal_credit_by_periods {
                format!(
                    "{}, what a year of pay adds up to in them (52 weekly paydays, 26 fortnightly or 13 four-weekly: one more that these periods hold is left out), as a test the law makes in each period does not come out in all of them as with earnings averaged",
                    calculation.household.universal_credit.annual
                )
            } else {
                format!("{} × {averaged_award}, with earnings averaged", periods.len())
            }
        ),
        rule: "Universal Credit Regulations 2013 regs. 21, 54 and 61; the up-rating orders (assessment periods beginning on or after the up-rating day)".to_string(),
    })
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
