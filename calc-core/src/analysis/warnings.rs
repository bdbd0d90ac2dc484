//! Warnings in plain words: thresholds the chosen hours have crossed, or are within reach of, and a wage below the
//! legal minimum.
//!
//! The thresholds come from each working adult's exact hours curve (`curve`), so a warning can never disagree with
//! the figures or the chart: every cliff edge within reach is reported, and so is a benefit already lost to one.

use rust_decimal::Decimal;

use crate::analysis::curve::{curve, BreakKind, Direction, Mark, DEFAULT_MAX_HOURS};
use crate::analysis::months;
use crate::code::Code;
use crate::date::Date;
use crate::engine::calculation::compute;
use crate::hours::Hours;
use crate::input::household::{Household, Reduction};
use crate::law::minimum_wage;
use crate::report::{AssessmentPeriod, Calculation, Warning};
use crate::rules::RuleSet;
use crate::words;

pub use crate::analysis::curve::REACH_HOURS;

pub fn collect(household: &Household, rules: &RuleSet) -> Vec<Warning> {
    let mut warnings = about_household(household, rules);
    for (i, adult) in household.adults.iter().enumerate() {
        let job = &adult.job;
        if job.hourly_wage.is_zero() {
            continue;
        }
        let hours = job.hours_per_week;
        let max_hours = DEFAULT_MAX_HOURS.max(hours + REACH_HOURS).min(Hours::WEEK);
        let curve = curve(household, rules, i, max_hours);
        for mark in curve.marks().into_iter().filter(|m| worth_warning(m, hours)) {
            let code = match mark {
                Mark::Point(b) => b.causes.first().map_or(Code::Threshold, |c| c.code),
                Mark::Stretch(s) => s.code,
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

/// The warnings about the household's figures as given, whatever the hours: a Council Tax Reduction held as it is, and
/// a wage below the legal minimum.
pub fn about_household(household: &Household, rules: &RuleSet) -> Vec<Warning> {
    let mut warnings = Vec::new();
    if let Reduction::Held(reduction) = household.council_tax.reduction {
        warnings.push(Warning {
            code: Code::CouncilTaxReductionHeld,
            message: words::council_tax_reduction_held(reduction),
            adult: None,
            hours_per_week: None,
        });
    }
    for (i, adult) in household.adults.iter().enumerate() {
        let job = &adult.job;
        let minimum = minimum_wage::for_age(adult.age, job.apprentice, rules);
        if job.hourly_wage.is_positive() && job.hourly_wage < minimum {
            warnings.push(Warning {
                code: Code::BelowMinimumWage,
                message: words::below_minimum_wage(job.hourly_wage, minimum, adult.age),
                adult: Some(i),
                hours_per_week: None,
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
            let notable = b.kind == BreakKind::Cliff || b.causes.iter().any(|c| c.notable);
            let lost = b.hours > Decimal::ZERO
                && b.hours <= hours
                && b.kind == BreakKind::Cliff
                && b.direction == Direction::Loss;
            (mark.is_near(hours) && notable) || lost
        }
        Mark::Stretch(s) => {
            let lost = s.from_hours <= hours && s.jump.total_net_income.is_sign_negative();
            mark.is_near(hours) || lost
        }
    }
}

/// A test the law makes in each assessment period: its code, the test, and the averaged month's result.
struct PeriodTest {
    code: Code,
    test: fn(&AssessmentPeriod) -> bool,
    averaged: bool,
}

/// The tests the law makes in each assessment period that do not come out in all twelve as in the averaged month
/// (`Calculation::universal_credit_by_periods`): the months in which they differ, and the hours at which they come out
/// the same in every period, for each working adult (the others' hours as they are).
pub fn per_period(household: &Household, rules: &RuleSet, calculation: &Calculation) -> Vec<Warning> {
    if !calculation.universal_credit_by_periods {
        return Vec::new();
    }
    let capped = |p: &AssessmentPeriod| p.benefit_cap_reduction.is_positive();
    let paid = |p: &AssessmentPeriod| p.universal_credit.is_positive();
    let uc = &calculation.universal_credit;
    let averaged = (uc.benefit_cap.reduction.is_positive(), uc.award.is_positive());
    // Whether a test comes out in every period of `household` as `want`.
    let every_period = |h: &Household, test: fn(&AssessmentPeriod) -> bool, want: bool| {
        months::year(h, rules, &compute(h, rules, false)).iter().all(|p| test(p) == want)
    };
    let tests = [
        PeriodTest { code: Code::BenefitCapSomePeriods, test: capped, averaged: averaged.0 },
        PeriodTest { code: Code::UniversalCreditSomePeriods, test: paid, averaged: averaged.1 },
    ];
    let mut warnings = Vec::new();
    for PeriodTest { code, test, averaged: average } in tests {
        let differ: Vec<&AssessmentPeriod> = calculation.months.iter().filter(|p| test(p) != average).collect();
        if differ.is_empty() {
            continue;
        }
        let when: Vec<(Date, Date)> = differ.iter().map(|p| (p.start, p.end)).collect();
        // The hours at which every period comes out alike: where the test holds in none (cap) or all (UC paid).
        let want = code == Code::UniversalCreditSomePeriods;
        let mut alike = Vec::new();
        for (i, adult) in household.adults.iter().enumerate().filter(|(_, a)| a.job.hourly_wage.is_positive()) {
            let hours = adult.job.hours_per_week;
            let holds = |h: Decimal| every_period(&household.with_hours(i, h), test, want);
            // More hours lift the cap and end UC: search above the hours for the cap, below them for UC.
            let (mut lo, mut hi) = if want { (Decimal::ZERO, hours) } else { (hours, Hours::WEEK) };
            let found = if want { holds(lo) } else { holds(hi) };
            if !found {
                continue;
            }
            for _ in 0..40 {
                let mid = (lo + hi) / Decimal::TWO;
                if holds(mid) == want {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            alike.push((i, if want { lo } else { hi }.round_dp(2)));
        }
        let message = words::some_periods(code, !average, &when, &alike);
        warnings.push(Warning { code, message, adult: None, hours_per_week: None });
    }
    warnings
}
