//! New-style (contributory) Employment and Support Allowance: the weekly rate (Welfare Reform Act 2007 s. 2; ESA
//! Regulations 2013 (SI 2013/379) regs. 62-63) and permitted work (ESA Regulations 2013 reg. 39).
//!
//! Work in a week is *permitted* (and the week's ESA is paid in full) if it meets one of the exemptions, judged on
//! net earnings (gross less tax, NI and half of pension contributions, reg. 81; see `benefit_earnings`):
//! earnings no more than the lower limit (any hours); supported permitted work with earnings no more than the higher
//! limit; or work of under 16 hours with earnings no more than the higher limit. The higher limit is 16 hours at the
//! National Living Wage rounded up to the next 50p (reg. 39(2)). Work outside them means the claimant is treated as not
//! having limited capability for work for that week (reg. 37), so that week's ESA is lost entirely: a cliff edge.
//! ESA is not tapered against earnings, and a partner's earnings do not affect it.

use rust_decimal::Decimal;

use crate::input::household::Adult;
use crate::input::EsaStatus;
use crate::money::Money;
use crate::rules::RuleSet;

/// The weekly rate before any permitted-work test.
pub fn weekly_rate(adult: &Adult, rules: &RuleSet) -> Money {
    let esa = &rules.esa;
    match adult.esa {
        EsaStatus::None => Money::ZERO,
        EsaStatus::AssessmentPhase
            if Decimal::from(adult.age) < rules.universal_credit.standard_allowance_age.value =>
        {
            esa.assessment_rate_under_25.money()
        }
        EsaStatus::AssessmentPhase => esa.assessment_rate_25_or_over.money(),
        EsaStatus::WorkRelatedActivityGroup => esa.main_phase_rate.money(),
        EsaStatus::SupportGroup => esa.main_phase_rate.money() + esa.support_component.money(),
    }
}

/// 16 hours at the National Living Wage, rounded up to the next 50p.
pub fn higher_limit(rules: &RuleSet) -> Money {
    (rules.minimum_wage.national_living_wage.money() * rules.esa.permitted_work_higher_limit_hours.value)
        .ceil_to(Decimal::new(5, 1))
}

/// Which permitted-work rule lets the work go on with ESA, or why it does not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PermittedWork {
    NotWorking,
    LowerLimit,
    Supported,
    UnderSixteenHours,
    /// Earnings above the limit that applies, or 16 hours or more above the lower limit: no ESA for the week.
    Exceeded,
}

/// `higher_limit` is `higher_limit(rules)`, worked out by the caller once for many evaluations.
pub fn permitted_work(adult: &Adult, weekly_earnings: Money, higher_limit: Money, rules: &RuleSet) -> PermittedWork {
    let esa = &rules.esa;
    if !adult.job.in_paid_work() || weekly_earnings.is_zero() {
        PermittedWork::NotWorking
    } else if weekly_earnings <= esa.permitted_work_lower_limit.money() {
        PermittedWork::LowerLimit
    } else if weekly_earnings <= higher_limit {
        if adult.supported_permitted_work {
            PermittedWork::Supported
        } else if adult.job.hours_per_week < esa.permitted_work_hours.value {
            PermittedWork::UnderSixteenHours
        } else {
            PermittedWork::Exceeded
        }
    } else {
        PermittedWork::Exceeded
    }
}

/// The ESA paid for a week; `higher_limit` as for `permitted_work`.
pub fn weekly_award(
    adult: &Adult,
    weekly_earnings: Money,
    higher_limit: Money,
    rules: &RuleSet,
) -> (Money, PermittedWork) {
    let work = permitted_work(adult, weekly_earnings, higher_limit, rules);
    match work {
        PermittedWork::Exceeded => (Money::ZERO, work),
        _ => (weekly_rate(adult, rules), work),
    }
}
