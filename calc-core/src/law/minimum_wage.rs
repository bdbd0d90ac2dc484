//! The National Minimum Wage and National Living Wage (National Minimum Wage Regulations 2015 (SI 2015/621) reg. 4),
//! used only to warn when a wage typed is below the legal minimum for the worker's age.

use rust_decimal::Decimal;

use crate::money::Money;
use crate::rules::RuleSet;

pub fn for_age(age: u8, apprentice: bool, rules: &RuleSet) -> Money {
    let w = &rules.minimum_wage;
    let age = Decimal::from(age);
    if apprentice {
        w.apprentice.money()
    } else if age >= w.national_living_wage_age.value {
        w.national_living_wage.money()
    } else if age >= Decimal::from(18) {
        w.age_18_to_20.money()
    } else {
        w.under_18.money()
    }
}
