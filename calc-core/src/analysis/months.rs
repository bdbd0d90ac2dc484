//! Month by month: the year's twelve Universal Credit assessment periods, the paydays that fall in each, and what UC
//! pays for each.
//!
//! The periods and their paydays are `paydays::Layout`'s. Each payday is the same figure as in the main calculation,
//! and UC is worked out afresh for each period with the earnings it received.
//!
//! Surplus earnings (reg. 54A: earnings far enough above the point where UC stops are carried into the next period)
//! are not modelled; each period says how far its earnings are above that point, so that a reader can see where the
//! rule may apply.
//!
//! Everything other than earnings and UC is the main calculation's monthly figure, except Scottish Child Payment,
//! which follows UC (none for a period in which UC is not paid), and Scotland's Carer's Allowance Supplement, paid in
//! the periods holding its paydays.

use rust_decimal::Decimal;

use crate::date::Date;
use crate::engine::paydays::Layout;
use crate::input::household::Household;
use crate::law::scottish_child_payment;
use crate::law::uc;
use crate::money::{Money, Rounding};
use crate::period::weekly_to_monthly;
use crate::report::{AssessmentPeriod, Calculation};
use crate::rules::RuleSet;
use crate::working::{Line, Trace};

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
    let costs = totals.housing_costs.monthly
        + totals.council_tax.monthly
        + totals.childcare_costs.monthly
        + totals.travel_costs.monthly;
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
