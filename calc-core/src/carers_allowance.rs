//! Carer's Allowance (Social Security Contributions and Benefits Act 1992 s. 70) and, in Scotland, Carer Support
//! Payment (Carer's Assistance (Carer Support Payment) (Scotland) Regulations 2023), which has the same rate and
//! earnings limit.
//!
//! A carer is not entitled in a week in which they are "gainfully employed": net earnings above the limit in the
//! Social Security (Invalid Care Allowance) Regulations 1976 reg. 8: net earnings (see `benefit_earnings`) that
//! exceed the limit; earnings exactly at the limit keep the allowance. Carer's Allowance
//! overlaps with new-style ESA (Social Security (Overlapping Benefits) Regulations 1979 reg. 4): the ESA is paid and
//! Carer's Allowance only to the extent it is higher.

use crate::money::Money;
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
