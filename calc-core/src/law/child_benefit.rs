//! Child Benefit (SSCBA 1992 s. 141; Child Benefit (Rates) Regulations 2006 reg. 2) and the High Income Child Benefit
//! Charge (Income Tax (Earnings and Pensions) Act 2003 ss. 681B-681H).
//!
//! The enhanced rate is paid for the eldest child and the standard rate for each other. The charge falls on the
//! partner with the higher adjusted net income: 1 % of the year's Child Benefit for each £200 by which that income
//! exceeds £60,000, up to 100 %.

use rust_decimal::Decimal;

use crate::money::{Money, Rounding};
use crate::rules::RuleSet;

pub fn weekly(children: usize, rules: &RuleSet) -> Money {
    let cb = &rules.child_benefit;
    match children {
        0 => Money::ZERO,
        n => cb.eldest_child.money() + cb.other_child.money() * Decimal::from(n - 1),
    }
}

/// The charge rises in this many steps of 1 %: at most 100 % of the Child Benefit (ITEPA 2003 s. 681C(4)).
pub const CHARGE_STEPS: u8 = 100;

/// The charge for the year, given the higher adjusted net income of the adults and the year's Child Benefit.
pub fn high_income_charge(
    adjusted_net_income: Money,
    annual_child_benefit: Money,
    rules: &RuleSet,
    rounding: Rounding,
) -> Money {
    let cb = &rules.child_benefit;
    let excess = (adjusted_net_income - cb.hicbc_threshold.money()).at_least_zero();
    // ITEPA 2003 s. 681C: the appropriate percentage is 1 % for every whole £200 of the excess (a fraction of a
    // percent is rounded down), at most 100 %; the Child Benefit and the charge are taken in whole pounds, rounded down.
    // The percent and the Child Benefit's whole pounds are the same in both roundings (the hours curve draws each
    // step as a small cliff); exact rounding keeps the charge's pence, so that every step is the same 1 %.
    let percent = (excess.pounds() / cb.hicbc_income_per_percent.value).floor().min(Decimal::from(CHARGE_STEPS));
    rounding.apply(annual_child_benefit.floor_pounds().percent(percent), Money::floor_pounds)
}
