//! Child Benefit (SSCBA 1992 s. 141; Child Benefit (Rates) Regulations 2006 reg. 2) and the High Income Child Benefit
//! Charge (Income Tax (Earnings and Pensions) Act 2003 ss. 681B-681H).
//!
//! The enhanced rate is paid for the eldest child and the standard rate for each other. The charge falls on the
//! partner with the higher adjusted net income: 1 % of the year's Child Benefit for each £200 by which that income
//! exceeds £60,000, up to 100 %.

use rust_decimal::Decimal;

use crate::code::Code;
use crate::money::{Money, Rounding};
use crate::period::WEEKS_PER_YEAR;
use crate::rules::RuleSet;
use crate::threshold::{Crossing, Figures, Solve, Staircase, Threshold};
use crate::words;
use crate::working::Trace;

/// An adult's adjusted net income past the charge's threshold: a staircase rather than one threshold (1 % more of the
/// Child Benefit at each whole step of income), whose steps the curve places itself.
pub static CHARGE: Threshold = Threshold {
    code: Code::HicbcSteps,
    solve: Solve::Staircase(Staircase {
        size: |rules| rules.child_benefit.hicbc_income_per_percent.value,
        steps: CHARGE_STEPS,
        step: &CHARGE_STEP,
        first: Code::HicbcStart,
        last: Code::HicbcFull,
        stretch: |s, first, last, rising| {
            let cb = &s.rules.child_benefit;
            // 1 % of the year's Child Benefit, in the whole pounds the charge is worked out on.
            let per_step =
                (weekly(s.household.children.len(), s.rules) * WEEKS_PER_YEAR).floor_pounds().percent(Decimal::ONE);
            words::hicbc_stretch(&words::HicbcStretch {
                first,
                last,
                steps: CHARGE_STEPS,
                rising,
                threshold: cb.hicbc_threshold.money(),
                size: cb.hicbc_income_per_percent.money(),
                per_step,
            })
        },
    }),
    notable: false,
    cause: |s, _, _| Crossing::by(&s.rules.child_benefit.hicbc_income_per_percent.source),
};

/// Step `step` (1 to 100) of the charge's staircase: adjusted net income reaches the threshold plus `step` steps.
pub static CHARGE_STEP: Threshold = Threshold {
    code: Code::HicbcStep,
    solve: Solve::Step(&CHARGE),
    notable: false,
    cause: |s, step, _| {
        let cb = &s.rules.child_benefit;
        let limit = cb.hicbc_threshold.money() + cb.hicbc_income_per_percent.money() * Decimal::from(step);
        Crossing { figures: Figures { limit, step, ..Figures::default() }, rule: &cb.hicbc_income_per_percent.source }
    },
};

/// Records how far adult `index`'s adjusted net income is past the charge's threshold.
pub fn record_margin(index: usize, adjusted_net_income: Money, rules: &RuleSet, w: &mut Trace) {
    w.margin(&CHARGE, Some(index), adjusted_net_income, rules.child_benefit.hicbc_threshold.money());
}

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
