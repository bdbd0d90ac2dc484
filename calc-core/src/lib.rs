//! An in-work benefits and earnings calculator for the UK: a household and its jobs in, what it would receive and pay
//! out, with the working shown and every rule cited.
//!
//! The engine is pure: no I/O, no clock, no randomness. Money is `rust_decimal`. Rules come from versioned rule files
//! embedded at build time (`rules`), or from a rule set the caller supplies.
//!
//! ```
//! let raw: calc_core::RawHousehold = serde_json::from_str(r#"{
//!     "date": "2026-05-01", "nation": "england",
//!     "adults": [{ "age": 30, "job": { "hours_per_week": 16, "hourly_wage": "12.71" } }]
//! }"#).unwrap();
//! let result = calc_core::calculate(&raw).unwrap();
//! assert_eq!(result.rule_set.id, "2026-27");
//! ```

pub mod benefit_earnings;
pub mod calculation;
pub mod carers_allowance;
pub mod child_benefit;
pub mod date;
pub mod disability;
pub mod error;
pub mod esa;
pub mod household;
pub mod input;
pub mod minimum_wage;
pub mod money;
pub mod period;
pub mod rules;
pub mod scottish_child_payment;
pub mod tax;
pub mod uc;
pub mod warnings;
pub mod working;

pub use calculation::Calculation;
pub use date::Date;
pub use error::Error;
pub use household::Household;
pub use input::RawHousehold;
pub use money::Money;
pub use rules::RuleSet;

/// Validates the input, picks the rule set (the one named, or the one in force on the date) and calculates.
pub fn calculate(raw: &RawHousehold) -> Result<Calculation, Error> {
    let (household, rules) = household::validate(raw)?;
    Ok(calculation::calculate(&household, rules))
}

/// As `calculate`, with a rule set the caller supplies (for example next April's figures).
pub fn calculate_with(raw: &RawHousehold, rules: &RuleSet) -> Result<Calculation, Error> {
    let household = household::validate_with(raw, rules)?;
    Ok(calculation::calculate(&household, rules))
}
