//! Capital (UC Regulations 2013 regs. 18 and 72): no entitlement with capital above the upper limit; between the
//! limits, an assumed "tariff income" of £4.35 a month for each £250, or part of £250, above the lower limit.

use crate::money::Money;
use crate::rules::RuleSet;

pub fn above_upper_limit(savings: Money, rules: &RuleSet) -> bool {
    savings > rules.universal_credit.capital_upper_limit.money()
}

pub fn tariff_income(savings: Money, rules: &RuleSet) -> Money {
    let uc = &rules.universal_credit;
    let excess = (savings - uc.capital_lower_limit.money()).at_least_zero();
    let bands = (excess.pounds() / uc.tariff_band.value).ceil();
    uc.tariff_income_per_band.money() * bands
}
