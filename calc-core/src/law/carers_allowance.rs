//! Carer's Allowance (Social Security Contributions and Benefits Act 1992 s. 70) and, in Scotland, Carer Support
//! Payment (Carer's Assistance (Carer Support Payment) (Scotland) Regulations 2023), which has the same rate and
//! earnings limit.
//!
//! A carer is not entitled in a week in which they are "gainfully employed": net earnings above the limit in the
//! Social Security (Invalid Care Allowance) Regulations 1976 reg. 8: net earnings (see `benefit_earnings`) that
//! exceed the limit; earnings exactly at the limit keep the allowance. Carer's Allowance
//! overlaps with new-style ESA (Social Security (Overlapping Benefits) Regulations 1979 reg. 4): the ESA is paid and
//! Carer's Allowance only to the extent it is higher.
//!
//! In Scotland a carer getting the allowance also gets the Carer's Allowance Supplement, twice a year to 2025-26
//! (Social Security (Scotland) Act 2018 s. 81), and from 15 March 2026 the weekly Scottish Carer Supplement with Carer
//! Support Payment in its place. Both are taxable (ITEPA 2003 s. 660 Table A) and neither is income for Universal
//! Credit (reg. 66(1) names only the allowance and Carer Support Payment).

use crate::code::Code;
use crate::input::Nation;
use crate::law::benefit_earnings::NetEarnings;
use crate::money::Money;
use crate::period::WEEKS_PER_YEAR;
use crate::rules::RuleSet;
use crate::threshold::{Crossing, Solve, Threshold};
use crate::working::Trace;

/// Net earnings pass the earnings limit: the carer is "gainfully employed" and the allowance stops.
pub static EARNINGS_LIMIT: Threshold = Threshold {
    code: Code::CarersAllowanceEarningsLimit,
    solve: Solve::Round(1),
    notable: false,
    cause: |s, _, _| Crossing::of(&s.rules.carers_allowance.earnings_limit),
};

/// The care costs paid reach the most that may be deducted, half of net earnings: beyond it net earnings rise faster.
pub static CARE_COSTS_CAP: Threshold = Threshold {
    code: Code::CareCostsCap,
    solve: Solve::Round(1),
    notable: false,
    cause: |s, _, _| Crossing::by(&s.rules.carers_allowance.care_costs_max_percent.source),
};

/// Whether net earnings make the carer "gainfully employed" for the week: above the limit, not at it.
pub fn above_earnings_limit(net_earnings: Money, rules: &RuleSet) -> bool {
    net_earnings > rules.carers_allowance.earnings_limit.money()
}

/// Carer's Allowance for a week: nothing above the earnings limit, and reduced by any ESA paid for the same week.
pub fn weekly_award(claims: bool, net_earnings: Money, esa_weekly: Money, rules: &RuleSet) -> Money {
    if !claims || above_earnings_limit(net_earnings, rules) {
        Money::ZERO
    } else {
        (rules.carers_allowance.rate.money() - esa_weekly).at_least_zero()
    }
}

/// Scotland's payments for the year to a carer getting `weekly_award` of the allowance: the two Carer's Allowance
/// Supplements and 52 weeks of the Scottish Carer Supplement, in the rule year's amounts (none elsewhere, and none for
/// an allowance wholly overlapped by ESA: an underlying entitlement alone does not qualify).
pub fn scottish_supplements_annual(nation: Nation, weekly_award: Money, rules: &RuleSet) -> Money {
    let ca = &rules.carers_allowance;
    if nation != Nation::Scotland || !weekly_award.is_positive() {
        return Money::ZERO;
    }
    ca.scottish_supplement_summer.money()
        + ca.scottish_supplement_winter.money()
        + ca.scottish_carer_supplement.money() * WEEKS_PER_YEAR
}

/// Records how far the earnings test of `earnings` (as last made with the allowance in payment) is past the limit, and
/// the care costs paid, `care_costs`, past the most that may be deducted.
pub fn record_margins(index: usize, earnings: &NetEarnings, care_costs: Money, rules: &RuleSet, w: &mut Trace) {
    w.margin(&EARNINGS_LIMIT, Some(index), earnings.net, rules.carers_allowance.earnings_limit.money());
    if care_costs.is_positive() {
        w.margin(&CARE_COSTS_CAP, Some(index), earnings.care_costs_allowed, care_costs);
    }
}

/// The working of the week's allowance, `award`, tested on `earnings` and overlapped by `esa_weekly`, and in Scotland
/// of the year's supplements to it, `scottish` (`scottish_supplements_annual`).
pub fn note(
    index: usize,
    earnings: &NetEarnings,
    award: Money,
    esa_weekly: Money,
    scottish: Option<Money>,
    rules: &RuleSet,
    w: &mut Trace,
) {
    let ca = &rules.carers_allowance;
    w.note(&format!("adults[{index}].carers_allowance"), award, "week", &ca.earnings_limit.source, || {
        format!(
            "net earnings {} = {} gross − {} tax − {} NI − {} half of pension − {} care costs, against the {} limit; {} rate less {} ESA overlapping",
            earnings.net,
            earnings.gross.round_pence(),
            earnings.income_tax.round_pence(),
            earnings.national_insurance.round_pence(),
            earnings.half_pension.round_pence(),
            earnings.care_costs.round_pence(),
            ca.earnings_limit.money(),
            ca.rate.money(),
            esa_weekly
        )
    });
    let Some(payments) = scottish else { return };
    let (summer, winter) = (&ca.scottish_supplement_summer, &ca.scottish_supplement_winter);
    w.note(&format!("adults[{index}].scottish_carer_payments"), payments, "year", &summer.source, || {
        if !award.is_positive() {
            return "none: Carer's Allowance is not in payment".to_string();
        }
        let supplement = if (summer.money() + winter.money()).is_positive() {
            format!(
                "Carer's Allowance Supplement {} paid {} and {} paid {} (Social Security (Scotland) Act 2018 s. 81), taking the allowance to have been in payment on their qualifying dates",
                summer.money(),
                summer.effective,
                winter.money(),
                winter.effective
            )
        } else {
            "no Carer's Allowance Supplement in this rule year".to_string()
        };
        let weekly = &ca.scottish_carer_supplement;
        format!(
            "{supplement}; Scottish Carer Supplement {} a week × 52; taxable, so in the tax above (ITEPA 2003 s. 660 Table A), and not income for Universal Credit (UC Regs 2013 reg. 66(1)). Scottish Carer Supplement: {}",
            weekly.money(),
            weekly.source
        )
    });
}
