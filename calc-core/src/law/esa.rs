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

use crate::code::Code;
use crate::input::household::Adult;
use crate::input::EsaStatus;
use crate::law::benefit_earnings::NetEarnings;
use crate::money::Money;
use crate::rules::RuleSet;
use crate::threshold::{Crossing, Figures, Solve, Threshold};
use crate::working::Trace;

/// Net earnings pass the lower limit: above it, work is permitted only under 16 hours or as supported work.
pub static LOWER_LIMIT: Threshold = Threshold {
    code: Code::EsaLowerLimit,
    solve: Solve::Round(1),
    notable: false,
    cause: |s, _, _| Crossing::of(&s.rules.esa.permitted_work_lower_limit),
};

/// Net earnings pass the higher limit: no work is permitted, and the week's ESA is lost.
pub static HIGHER_LIMIT: Threshold = Threshold {
    code: Code::EsaHigherLimit,
    solve: Solve::Round(1),
    notable: false,
    cause: |s, _, _| Crossing {
        figures: Figures { limit: higher_limit(s.rules), ..Figures::default() },
        rule: &s.rules.esa.permitted_work_higher_limit.source,
    },
};

/// Hours reach 16: work above the lower limit is no longer permitted (unless supported), and the week's ESA is lost.
pub static HOURS: Threshold = Threshold {
    code: Code::EsaHours,
    solve: Solve::Round(0),
    notable: false,
    cause: |s, _, _| {
        let hours = &s.rules.esa.permitted_work_hours;
        Crossing { figures: Figures { number: hours.value, ..Figures::default() }, rule: &hours.source }
    },
};

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

crate::choices! {
    /// Which permitted-work rule lets the work go on with ESA, or why it does not.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
    pub enum PermittedWork {
        NotWorking = "not_working",
        LowerLimit = "lower_limit",
        Supported = "supported",
        UnderSixteenHours = "under_sixteen_hours",
        /// Earnings above the limit that applies, or 16 hours or more above the lower limit: no ESA for the week.
        Exceeded = "exceeded",
    }
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

/// Records how far the permitted-work test of `earnings` (as last made with ESA in payment) is past its limits.
pub fn record_margins(
    index: usize,
    adult: &Adult,
    earnings: &NetEarnings,
    higher: Money,
    rules: &RuleSet,
    w: &mut Trace,
) {
    let esa = &rules.esa;
    w.margin(&LOWER_LIMIT, Some(index), earnings.net, esa.permitted_work_lower_limit.money());
    w.margin(&HIGHER_LIMIT, Some(index), earnings.net, higher);
    if !adult.supported_permitted_work {
        let hours = Money::new(adult.job.hours_per_week);
        w.margin(&HOURS, Some(index), hours, Money::new(esa.permitted_work_hours.value));
    }
}

/// The working of the week's ESA, `award`, for `work` tested on `earnings`.
pub fn note(
    index: usize,
    adult: &Adult,
    earnings: &NetEarnings,
    work: PermittedWork,
    award: Money,
    rules: &RuleSet,
    w: &mut Trace,
) {
    w.note(&format!("adults[{index}].esa"), award, "week", &rules.esa.permitted_work_lower_limit.source, || {
        format!(
            "{} a week rate; net earnings of {} a week ({} gross less tax, NI and half of pension) for {} hours: {}",
            weekly_rate(adult, rules),
            earnings.net,
            earnings.gross.round_pence(),
            adult.job.hours_per_week,
            permitted_work_words(work, rules)
        )
    });
}

fn permitted_work_words(work: PermittedWork, rules: &RuleSet) -> String {
    let higher = higher_limit(rules);
    match work {
        PermittedWork::NotWorking => "not working".to_string(),
        PermittedWork::LowerLimit => format!("within the {} lower limit", rules.esa.permitted_work_lower_limit.money()),
        PermittedWork::Supported => format!("supported permitted work within the {higher} limit"),
        PermittedWork::UnderSixteenHours => {
            format!("under {} hours and within the {higher} higher limit", rules.esa.permitted_work_hours.value)
        }
        PermittedWork::Exceeded => format!(
            "outside permitted work (above the limit, or {} hours or more above the lower limit): no ESA for the week",
            rules.esa.permitted_work_hours.value
        ),
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
