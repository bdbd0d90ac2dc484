//! An in-work benefits and earnings calculator for the UK: a household and its jobs in, what it would receive and pay
//! out, with the working shown and every rule cited.
//!
//! The engine is pure: no I/O, no clock, no randomness. Money is `rust_decimal`. Rules come from versioned rule files
//! embedded at build time (`rules`), or from a rule set the caller supplies.
//!
//! The folders say what is law and what is machinery: `input` (the household as written, and as validated), `law` (one
//! module per benefit or tax), `engine` (validation, the assessment periods, the rules in their order), `analysis`
//! (the hours curve, the months, the warnings) and `report` (the result types), over the basic types (`money`,
//! `date`, `period`, `error`, `tree`, `working`) and the rule-set schema (`rules`). This file is the API boundary.
//!
//! ```
//! let json = r#"{
//!     "date": "2026-05-01", "nation": "england",
//!     "adults": [{ "age": 30, "job": { "hours_per_week": 16, "hourly_wage": "12.71" } }]
//! }"#;
//! let raw = calc_core::input::read(&mut serde_json::Deserializer::from_str(json)).unwrap();
//! let result = calc_core::calculate(&raw).unwrap();
//! assert_eq!(result.rule_set.id, "2026-27");
//! ```

// The API: what a caller writes, gets back and may ask for.
pub mod analysis;
pub mod code;
pub mod date;
pub mod error;
pub mod hours;
pub mod input;
pub mod money;
pub mod period;
pub mod report;
pub mod rules;
pub mod tree;

// The machinery: the rules and the order they are worked out in.
mod engine;
mod law;
mod threshold;
mod words;
mod working;

/// The language the engine's words are in (the causes, the thresholds near, the warnings, the help named), set by
/// the shell: see `words`.
pub use words::{set_language, Language};

use analysis::{curve, months, warnings};
use engine::calculation;

pub use date::Date;
/// The figures alone (with the working if `explain`), without the warnings and the months: the app's fast path.
pub use engine::calculation::compute;
/// Checks every field of a household and picks its rule set (`validate`, choosing by `rules_for`), or checks it
/// against a caller's.
pub use engine::validate::{rules_for, validate, validate_with};
pub use error::Error;
pub use hours::Hours;
pub use input::household::Household;
pub use input::RawHousehold;
pub use money::Money;
pub use report::Calculation;
pub use rules::RuleSet;

/// Help in kind: its kinds, and which of them stops between two calculations, in words.
pub mod help_in_kind {
    pub use crate::law::help_in_kind::{lost, Help, HelpItem, Lost};
    pub use crate::words::{help_lost, information};
}

/// For the tests of the engine's own parts (the curve against the exact engine, rule figures derived from others):
/// not part of the API.
#[doc(hidden)]
pub mod internals {
    pub use crate::engine::calculation::{evaluate, evaluate_with, Fixed};
    pub use crate::law::esa::higher_limit as esa_higher_limit;
    pub use crate::law::uc::benefit_cap::earnings_threshold as benefit_cap_earnings_threshold;
    pub use crate::working::Trace;
}

/// Validates the input, picks the rule set (the one named, or the one in force on the date) and calculates.
pub fn calculate(raw: &RawHousehold) -> Result<Calculation, Error> {
    let (household, rules) = validate(raw)?;
    Ok(calculate_household(&household, rules))
}

/// As `calculate`, with a rule set the caller supplies (for example next April's figures).
pub fn calculate_with(raw: &RawHousehold, rules: &RuleSet) -> Result<Calculation, Error> {
    let household = validate_with(raw, rules)?;
    Ok(calculate_household(&household, rules))
}

/// The whole calculation of a validated household: the figures with their working (`calculation`), the warnings and
/// the months.
pub fn calculate_household(household: &Household, rules: &RuleSet) -> Calculation {
    let mut calculation = calculation::compute(household, rules, true);
    calculation.warnings = warnings::collect(household, rules);
    calculation.months = months::year(household, rules, &calculation);
    calculation.working.extend(months::explain(&calculation.months, &calculation));
    calculation.warnings.extend(warnings::per_period(household, rules, &calculation));
    calculation
}

readable! {
    /// What the hours curve is for: which adult's hours vary, up to how many, and the hours chosen.
    #[derive(Clone, Debug, Default, serde::Serialize, schemars::JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct CurveOptions {
        /// The adult whose hours vary (0 or 1); the other keeps their hours.
        pub adult: usize = default,
        /// The most hours a week to draw (default 48, or more to reach the chosen hours).
        pub max_hours: Option<rust_decimal::Decimal> = default,
        /// The hours a week to describe (default: the hours in the household).
        pub hours: Option<rust_decimal::Decimal> = default,
    }
}

/// The hours curve and the outlook at the chosen hours.
#[derive(Clone, Debug, serde::Serialize, schemars::JsonSchema)]
pub struct CurveResult {
    pub rule_set: report::RuleSetUsed,
    pub curve: curve::Curve,
    pub outlook: curve::Outlook,
}

/// The curve of `raw`'s chosen adult's hours, compared with `current` (the client's situation now) or, without one,
/// with not working.
pub fn curve(raw: &RawHousehold, options: &CurveOptions, current: Option<&RawHousehold>) -> Result<CurveResult, Error> {
    let (household, rules) = validate(raw)?;
    curve_of(&household, rules, options, current)
}

/// As `curve`, with a rule set the caller supplies.
pub fn curve_with(
    raw: &RawHousehold,
    rules: &RuleSet,
    options: &CurveOptions,
    current: Option<&RawHousehold>,
) -> Result<CurveResult, Error> {
    let household = validate_with(raw, rules)?;
    curve_of(&household, rules, options, current)
}

fn curve_of(
    household: &Household,
    rules: &RuleSet,
    options: &CurveOptions,
    current: Option<&RawHousehold>,
) -> Result<CurveResult, Error> {
    let (curve, hours) = curve_for(household, rules, options)?;
    let now = match current {
        Some(now) => calculation::compute(&validate_with(now, rules).map_err(|e| e.inside("current"))?, rules, false),
        None => calculation::compute(&household.with_hours(options.adult, rust_decimal::Decimal::ZERO), rules, false),
    };
    let baseline = match current {
        Some(_) => curve::Components::from_calculation(&now),
        None => curve.not_working,
    };
    let then = calculation::compute(&household.with_hours(options.adult, hours), rules, false);
    let outlook = curve.outlook(hours, &baseline, help_in_kind::lost(&now.help_in_kind, &then.help_in_kind));
    let rule_set = report::RuleSetUsed::of(rules);
    Ok(CurveResult { rule_set, curve, outlook })
}

/// The curve of a validated household for `options` (checked here: an adult who exists, with an hourly wage, and hours
/// within the range drawn), and the hours to describe.
pub fn curve_for(
    household: &Household,
    rules: &RuleSet,
    options: &CurveOptions,
) -> Result<(curve::Curve, rust_decimal::Decimal), Error> {
    use rust_decimal::Decimal;
    let Some(adult) = household.adults.get(options.adult) else {
        return Err(Error::invalid(
            "adult",
            format!("is {}, but the household has {} adult(s)", options.adult, household.adults.len()),
        ));
    };
    if !adult.job.hourly_wage.is_positive() {
        return Err(Error::invalid(
            format!("adults[{}].job.hourly_wage", options.adult),
            "is needed (above zero) to draw income against hours",
        ));
    }
    // Both are checked as `Hours` (0 to 168) before the range is worked out from them (a huge figure would overflow).
    let checked = |field: &str, hours: Decimal| Hours::new(hours).map_err(|problem| Error::invalid(field, problem));
    let hours = checked("hours", options.hours.unwrap_or(adult.job.hours_per_week))?.get();
    let max_hours = match options.max_hours {
        Some(max) => checked("max_hours", max)?.get(),
        None => curve::DEFAULT_MAX_HOURS.max(hours + curve::REACH_HOURS).min(Hours::WEEK),
    };
    // At least an hour: the curve probes a hair inside each end of the range.
    if max_hours < Decimal::ONE {
        return Err(Error::invalid("max_hours", "must be from 1 to 168"));
    }
    if hours > max_hours {
        return Err(Error::invalid("hours", format!("must be from 0 to max_hours ({max_hours})")));
    }
    Ok((curve::curve(household, rules, options.adult, max_hours), hours))
}
