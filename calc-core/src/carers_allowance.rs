//! Carer's Allowance (Social Security Contributions and Benefits Act 1992 s. 70) and, in Scotland, Carer Support
//! Payment (Carer's Assistance (Carer Support Payment) (Scotland) Regulations 2023), which has the same rate and
//! earnings limit.
//!
//! A carer is not entitled in a week in which they are "gainfully employed": net earnings above the limit in the
//! Social Security (Invalid Care Allowance) Regulations 1976 reg. 8. Net earnings are gross earnings less income tax,
//! Class 1 NI and half of pension contributions, and less care costs paid while at work up to half of those net
//! earnings (Social Security Benefit (Computation of Earnings) Regulations 1996 reg. 10 and Sch. 3). Carer's Allowance
//! overlaps with new-style ESA (Social Security (Overlapping Benefits) Regulations 1979 reg. 4): the ESA is paid and
//! Carer's Allowance only to the extent it is higher.

use crate::money::Money;
use crate::rules::RuleSet;

/// Weekly net earnings for the earnings limit.
pub struct NetEarnings {
    pub gross: Money,
    pub income_tax: Money,
    pub national_insurance: Money,
    pub half_pension: Money,
    pub care_costs: Money,
    pub net: Money,
}

pub fn net_earnings(
    gross: Money,
    income_tax: Money,
    national_insurance: Money,
    pension: Money,
    care_costs_paid: Money,
    rules: &RuleSet,
) -> NetEarnings {
    let ca = &rules.carers_allowance;
    let half_pension = pension.percent(ca.pension_deduction_percent.value);
    let before_care = (gross - income_tax - national_insurance - half_pension).at_least_zero();
    let care_costs = care_costs_paid.min(before_care.percent(ca.care_costs_max_percent.value));
    NetEarnings {
        gross,
        income_tax,
        national_insurance,
        half_pension,
        care_costs,
        net: (before_care - care_costs).round_pence(),
    }
}

/// Carer's Allowance for a week: nothing above the earnings limit, and reduced by any ESA paid for the same week.
pub fn weekly_award(claims: bool, net_earnings: Money, esa_weekly: Money, rules: &RuleSet) -> Money {
    let ca = &rules.carers_allowance;
    if !claims || net_earnings > ca.earnings_limit.money() {
        Money::ZERO
    } else {
        (ca.rate.money() - esa_weekly).at_least_zero()
    }
}
