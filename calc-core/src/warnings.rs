//! Warnings in plain words: thresholds the chosen hours have crossed, or are within reach of, and a wage below the
//! legal minimum.
//!
//! The thresholds come from each working adult's exact hours curve (`curve`), so a warning can never disagree with
//! the figures or the chart: every cliff edge within reach is reported, and so is a benefit already lost to one.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use crate::curve::{curve, Mark, DEFAULT_MAX_HOURS};
use crate::household::Household;
use crate::minimum_wage;
use crate::rules::RuleSet;

pub use crate::curve::REACH_HOURS;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Warning {
    /// A stable code: `below_minimum_wage`, or the code of the threshold's first cause (for example
    /// `esa_higher_limit`, `esa_hours`, `carers_allowance_earnings_limit`, `universal_credit_nil`,
    /// `benefit_cap_earnings_exception`, `pension_auto_enrolment`), or of the stretch (`hicbc_steps`).
    pub code: String,
    pub message: String,
    /// The adult whose hours the warning is about.
    pub adult: Option<usize>,
    /// The weekly hours at which the threshold is crossed, for that adult at their hourly wage.
    pub hours_per_week: Option<Decimal>,
}

/// Thresholds worth a warning even when they bend the curve rather than break it.
const NOTABLE: &[&str] =
    &["universal_credit_nil", "benefit_cap_binds", "benefit_cap_earnings_exception", "work_allowance"];

pub fn collect(household: &Household, rules: &RuleSet) -> Vec<Warning> {
    let mut warnings = Vec::new();
    for (i, adult) in household.adults.iter().enumerate() {
        let job = &adult.job;
        if job.hourly_wage.is_zero() {
            continue;
        }
        let minimum = minimum_wage::for_age(adult.age, job.apprentice, rules);
        if job.hourly_wage < minimum {
            warnings.push(Warning {
                code: "below_minimum_wage".into(),
                message: format!(
                    "{} an hour is below the legal minimum of {minimum} an hour for a worker aged {}; check the wage.",
                    job.hourly_wage, adult.age
                ),
                adult: Some(i),
                hours_per_week: None,
            });
        }
        let hours = job.hours_per_week;
        let max_hours = DEFAULT_MAX_HOURS.max(hours + REACH_HOURS).min(Decimal::from(168));
        let curve = curve(household, rules, i, max_hours);
        for mark in curve.marks().into_iter().filter(|m| worth_warning(m, hours)) {
            let code = match mark {
                Mark::Point(b) => b.causes.first().map_or_else(|| "threshold".to_string(), |c| c.code.clone()),
                Mark::Stretch(s) => s.code.clone(),
            };
            warnings.push(Warning {
                code,
                message: mark.plain_words(hours),
                adult: Some(i),
                hours_per_week: Some(mark.hours()),
            });
        }
    }
    warnings
}

/// A cliff edge or notable threshold within reach of the hours, or a cliff already crossed that cost income; a
/// stretch of small cliffs (the High Income Child Benefit Charge's steps) is one warning, within reach or crossed.
fn worth_warning(mark: &Mark, hours: Decimal) -> bool {
    match mark {
        Mark::Point(b) => {
            let notable = b.kind == "cliff" || b.causes.iter().any(|c| NOTABLE.contains(&c.code.as_str()));
            let lost = b.hours > Decimal::ZERO && b.hours <= hours && b.kind == "cliff" && b.direction == "loss";
            (mark.is_near(hours) && notable) || lost
        }
        Mark::Stretch(s) => {
            let lost = s.from_hours <= hours && s.jump.total_net_income.is_sign_negative();
            mark.is_near(hours) || lost
        }
    }
}
