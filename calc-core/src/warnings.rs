//! Warnings in plain words: thresholds the chosen hours have crossed, or are within reach of, and a wage below the
//! legal minimum.
//!
//! Each threshold is found by asking the engine itself at other hours (a search to the nearest hundredth of an hour
//! for the first hours at which the rule bites), so a warning can never disagree with the figures.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use schemars::JsonSchema;
use serde::Serialize;

use crate::calculation::{compute, permitted_work_name};
use crate::esa::{self, PermittedWork};
use crate::household::Household;
use crate::input::{EsaStatus, Nation};
use crate::minimum_wage;
use crate::rules::RuleSet;
use crate::tax;
use crate::uc::benefit_cap;

/// A threshold this many hours a week above or below the chosen hours is "within reach".
pub const REACH_HOURS: Decimal = dec!(4);

#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Warning {
    /// A stable code: `below_minimum_wage`, `esa_permitted_work_limit`, `carers_allowance_earnings_limit`,
    /// `universal_credit_nil_point`, `benefit_cap_earnings_exception` or `pension_auto_enrolment`.
    pub code: String,
    pub message: String,
    /// The adult whose hours the warning is about.
    pub adult: Option<usize>,
    /// The weekly hours at which the threshold is crossed, for that adult at their hourly wage.
    pub hours_per_week: Option<Decimal>,
}

pub fn collect(household: &Household, rules: &RuleSet) -> Vec<Warning> {
    let now = compute(household, rules, false);
    let mut warnings = Vec::new();
    for (i, adult) in household.adults.iter().enumerate() {
        let job = &adult.job;
        if job.hours_per_week.is_zero() || job.hourly_wage.is_zero() {
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
        let near = |h: Decimal| (h - hours).abs() <= REACH_HOURS;
        let at = |h: Decimal| compute(&with_hours(household, i, h), rules, false);
        let who = if household.is_couple() { format!("adult {}", i + 1) } else { "you".to_string() };

        if adult.esa != EsaStatus::None {
            let rate = esa::weekly_rate(adult, rules);
            let exceeded = permitted_work_name(PermittedWork::Exceeded);
            let lost = |h: Decimal| at(h).adults[i].esa_permitted_work.as_ref() == Some(&exceeded);
            if let Some(h) = first_hours(lost) {
                let limit = esa::higher_limit(rules);
                let because = if h >= rules.esa.permitted_work_hours.value
                    && !adult.supported_permitted_work
                    && h == rules.esa.permitted_work_hours.value
                {
                    format!("reaching {} hours a week", rules.esa.permitted_work_hours.value)
                } else {
                    format!("earnings above the {limit} a week permitted-work limit")
                };
                if h <= hours {
                    warnings.push(warning("esa_permitted_work_limit", i, h, format!(
                        "At {hours} hours a week {who} would be outside the ESA permitted-work rules ({because}, from {h} hours), so new-style ESA of {rate} a week would stop."
                    )));
                } else if near(h) {
                    warnings.push(warning("esa_permitted_work_limit", i, h, format!(
                        "{} more hours a week would mean {because}, and new-style ESA of {rate} a week would stop (from {h} hours).",
                        (h - hours).normalize()
                    )));
                }
            }
        }

        if adult.claims_carers_allowance {
            let limit = rules.carers_allowance.earnings_limit.money();
            if let Some(h) = first_hours(|h| at(h).adults[i].carers_allowance_net_earnings_weekly > limit) {
                let rate = rules.carers_allowance.rate.money();
                let name =
                    if household.nation == Nation::Scotland { "Carer Support Payment" } else { "Carer's Allowance" };
                if h <= hours {
                    warnings.push(warning("carers_allowance_earnings_limit", i, h, format!(
                        "At {hours} hours a week {who} would earn more than the {limit} a week {name} earnings limit (net of tax, NI, half of pension contributions and care costs), so {name} of {rate} a week would stop; the limit is passed at {h} hours."
                    )));
                } else if near(h) {
                    warnings.push(warning("carers_allowance_earnings_limit", i, h, format!(
                        "{} more hours a week would take earnings over the {limit} a week {name} earnings limit, and {name} of {rate} a week would stop (from {h} hours).",
                        (h - hours).normalize()
                    )));
                }
            }
        }

        let uc_at_zero = at(Decimal::ZERO);
        if uc_at_zero.universal_credit.award.is_positive() {
            if let Some(h) = first_hours(|h| at(h).universal_credit.award.is_zero()) {
                let scp = if uc_at_zero.household.scottish_child_payment.weekly.is_positive() {
                    format!(
                        ", and with it Scottish Child Payment of {} a week",
                        uc_at_zero.household.scottish_child_payment.weekly
                    )
                } else {
                    String::new()
                };
                if h <= hours {
                    warnings.push(warning(
                        "universal_credit_nil_point",
                        i,
                        h,
                        format!(
                            "Universal Credit runs out at about {h} hours a week{scp}; at {hours} hours there is none."
                        ),
                    ));
                } else if near(h) {
                    warnings.push(warning(
                        "universal_credit_nil_point",
                        i,
                        h,
                        format!("At about {h} hours a week Universal Credit would run out{scp}."),
                    ));
                }
            }
        }

        if uc_at_zero.universal_credit.benefit_cap.reduction.is_positive()
            || now.universal_credit.benefit_cap.reduction.is_positive()
        {
            let threshold = benefit_cap::earnings_threshold(rules);
            if let Some(h) = first_hours(|h| at(h).universal_credit.earned_income >= threshold) {
                if h <= hours {
                    warnings.push(warning("benefit_cap_earnings_exception", i, h, format!(
                        "Earnings of at least {threshold} a month (after tax, NI and pension) lift the benefit cap; below {h} hours a week the cap would cut Universal Credit again."
                    )));
                } else if near(h) {
                    warnings.push(warning("benefit_cap_earnings_exception", i, h, format!(
                        "The benefit cap is cutting Universal Credit by {} a month; at {h} hours a week earnings would reach {threshold} a month and the cap would be lifted.",
                        now.universal_credit.benefit_cap.reduction
                    )));
                }
            }
        }

        if matches!(adult.pension, crate::household::Pension::AutoEnrolment { .. }) {
            let enrolled = |h: Decimal| {
                tax::pay_period(&with_hours(household, i, h).adults[i], rules, crate::money::Rounding::Legal)
                    .pension_gross
                    .is_positive()
            };
            if let Some(h) = first_hours(enrolled) {
                if near(h) {
                    let trigger = rules.pension.earnings_trigger.for_period(job.pay_frequency);
                    warnings.push(warning("pension_auto_enrolment", i, h, format!(
                        "From {h} hours a week pay reaches the {trigger} a {} automatic-enrolment trigger: pension contributions start and take-home pay drops a little at that point.",
                        job.pay_frequency.noun()
                    )));
                }
            }
        }
    }
    warnings
}

fn warning(code: &str, adult: usize, hours: Decimal, message: String) -> Warning {
    Warning { code: code.into(), message, adult: Some(adult), hours_per_week: Some(hours.normalize()) }
}

/// The household with one adult working different hours.
pub fn with_hours(household: &Household, adult: usize, hours: Decimal) -> Household {
    let mut h = household.clone();
    h.adults[adult].job.hours_per_week = hours;
    h
}

/// The fewest hours (to the hundredth, up to 168) at which `bites` holds, given it does not at zero hours and then
/// holds from some point on.
pub fn first_hours(bites: impl Fn(Decimal) -> bool) -> Option<Decimal> {
    let hours = |hundredths: i64| Decimal::new(hundredths, 2);
    let (mut lo, mut hi) = (0_i64, 16_800_i64);
    if bites(hours(lo)) || !bites(hours(hi)) {
        return None;
    }
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        if bites(hours(mid)) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    Some(hours(hi))
}
