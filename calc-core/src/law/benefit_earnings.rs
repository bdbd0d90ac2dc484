//! Weekly net earnings as new-style ESA and Carer's Allowance count them.
//!
//! Both start from gross earnings and take off income tax, Class 1 NI and half of any pension contribution the
//! claimant pays: for ESA, ESA Regulations 2013 (SI 2013/379) reg. 81 (permitted work is tested on these net
//! earnings); for Carer's Allowance, the Social Security Benefit (Computation of Earnings) Regulations 1996 reg. 10,
//! which also allows care costs paid while at work, up to half of the net earnings (Sch. 3). Monthly pay is turned
//! into a weekly amount by multiplying by 12 and dividing by 52 (the same as an annual amount divided by 52).

use crate::money::{Money, Rounding};
use crate::rules::{Param, Percent};

#[derive(Clone, Copy)]
pub struct NetEarnings {
    pub gross: Money,
    pub income_tax: Money,
    pub national_insurance: Money,
    pub half_pension: Money,
    pub care_costs: Money,
    /// Half of the net earnings before care costs: the most care costs can reduce them by.
    pub care_costs_allowed: Money,
    /// Net earnings to the penny.
    pub net: Money,
}

/// Weekly net earnings from weekly gross pay, the tax on it, NI and the pension contribution paid. `care_costs` are
/// the costs paid that may be deducted, capped at `care_costs_max_percent` of the net (pass zero for ESA).
pub fn weekly(
    gross: Money,
    income_tax: Money,
    national_insurance: Money,
    pension_paid: Money,
    pension_deduction: &Param<Percent>,
    care_costs: (Money, &Param<Percent>),
    rounding: Rounding,
) -> NetEarnings {
    let half_pension = pension_paid.percent(pension_deduction.value);
    let before_care = (gross - income_tax - national_insurance - half_pension).at_least_zero();
    let (care_paid, care_cap) = care_costs;
    let care_costs_allowed = before_care.percent(care_cap.value);
    let care_costs = care_paid.min(care_costs_allowed);
    let net = rounding.apply(before_care - care_costs, Money::round_pence);
    NetEarnings { gross, income_tax, national_insurance, half_pension, care_costs, care_costs_allowed, net }
}
