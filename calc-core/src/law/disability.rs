//! Disability benefits received: Personal Independence Payment (Welfare Reform Act 2012 Part 4; Social Security
//! (Personal Independence Payment) Regulations 2013 reg. 24), Disability Living Allowance (SSCBA 1992 ss. 72-73) and
//! Adult Disability Payment (Disability Assistance for Working Age People (Scotland) Regulations 2022). They are not
//! means-tested: work does not change them, and Universal Credit ignores them as income.

use crate::input::{DlaCare, DlaMobility, RawDisabilityBenefits, TwoRates};
use crate::money::Money;
use crate::rules::{Param, PerWeek, RuleSet};

pub fn weekly(benefits: &RawDisabilityBenefits, rules: &RuleSet) -> Money {
    let d = &rules.disability_benefits;
    let two = |rate: TwoRates, standard: &Param<PerWeek>, enhanced: &Param<PerWeek>| match rate {
        TwoRates::None => Money::ZERO,
        TwoRates::Standard => standard.money(),
        TwoRates::Enhanced => enhanced.money(),
    };
    let care = match benefits.dla_care {
        DlaCare::None => Money::ZERO,
        DlaCare::Lowest => d.dla_care_lowest.money(),
        DlaCare::Middle => d.dla_care_middle.money(),
        DlaCare::Highest => d.dla_care_highest.money(),
    };
    let mobility = match benefits.dla_mobility {
        DlaMobility::None => Money::ZERO,
        DlaMobility::Lower => d.dla_mobility_lower.money(),
        DlaMobility::Higher => d.dla_mobility_higher.money(),
    };
    two(benefits.pip_daily_living, &d.pip_daily_living_standard, &d.pip_daily_living_enhanced)
        + two(benefits.pip_mobility, &d.pip_mobility_standard, &d.pip_mobility_enhanced)
        + two(benefits.adp_daily_living, &d.adp_daily_living_standard, &d.adp_daily_living_enhanced)
        + two(benefits.adp_mobility, &d.adp_mobility_standard, &d.adp_mobility_enhanced)
        + care
        + mobility
}

/// Whether the daily living or care part is paid at a rate that stops housing cost contributions being taken from
/// the claimant (UC Regs 2013 Sch. 4 para. 15): PIP or ADP daily living at either rate, DLA care at the middle or
/// highest rate.
pub fn has_care_component(benefits: &RawDisabilityBenefits) -> bool {
    benefits.pip_daily_living != TwoRates::None
        || benefits.adp_daily_living != TwoRates::None
        || matches!(benefits.dla_care, DlaCare::Middle | DlaCare::Highest)
}
