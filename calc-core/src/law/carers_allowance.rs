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

use crate::input::Nation;
use crate::money::Money;
use crate::period::WEEKS_PER_YEAR;
use crate::rules::RuleSet;

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
