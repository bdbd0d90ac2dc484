//! Scottish Child Payment (Scottish Child Payment Regulations 2020 (SSI 2020/351) regs. 11 and 20): a weekly amount for
//! each child under 16 in a household in Scotland that gets Universal Credit. It stops with the last penny of Universal
//! Credit: a cliff edge where UC runs out.

use rust_decimal::Decimal;

use crate::input::household::Household;
use crate::input::Nation;
use crate::money::Money;
use crate::rules::RuleSet;

pub fn weekly(household: &Household, gets_universal_credit: bool, rules: &RuleSet) -> Money {
    let scp = &rules.scottish_child_payment;
    if household.nation != Nation::Scotland || !gets_universal_credit {
        return Money::ZERO;
    }
    let eligible = household.children.iter().filter(|c| Decimal::from(c.age) < scp.maximum_age.value).count();
    scp.rate.money() * Decimal::from(eligible)
}
