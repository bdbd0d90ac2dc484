//! The catalogue of what the engine says about thresholds, in English: the causes of the curve's breakpoints, its
//! stretches, the thresholds near some hours and the warnings, each made from a code and its figures. A second language
//! is a second catalogue with the same functions. (The working lines, which quote the rules' own terms and
//! regulations, are written beside their rules.)

use rust_decimal::Decimal;

use crate::code::Code;
use crate::input::PayFrequency;
use crate::law::help_in_kind::{Help, Lost};
use crate::money::{round_dp, Money};
use crate::rules::RuleSet;
use crate::threshold::Figures;

/// A pay period, as in "a week".
pub fn pay_period(frequency: PayFrequency) -> &'static str {
    match frequency {
        PayFrequency::Weekly => "week",
        PayFrequency::Fortnightly => "fortnight",
        PayFrequency::FourWeekly => "four weeks",
        PayFrequency::Monthly => "month",
    }
}

/// What crossing a threshold means, `rising` (the margin going up through zero) or falling back.
pub fn cause(code: Code, f: &Figures, rising: bool) -> String {
    let per = pay_period(f.per);
    let limit = f.limit;
    match code {
        Code::NiPrimaryThreshold => {
            format!("pay reaches the {limit} a {per} primary threshold: National Insurance starts")
        }
        Code::NiUpperEarningsLimit => {
            format!("pay reaches the {limit} a {per} upper earnings limit: NI drops to {} %", f.number)
        }
        Code::PensionAutoEnrolment => {
            format!("pay passes the {limit} a {per} automatic-enrolment trigger: pension contributions start")
        }
        Code::PensionQualifyingEarningsLower => {
            format!("pay passes {limit} a {per}, the bottom of the qualifying earnings band")
        }
        Code::PensionQualifyingEarningsUpper => {
            format!("pay passes {limit} a {per}, the top of the qualifying earnings band")
        }
        Code::TaxBand => match (f.step, rising) {
            (0, true) => "income tax starts (the personal allowance is used up)".to_string(),
            (0, false) => "taxable income falls back within the personal allowance: income tax stops".to_string(),
            (_, true) => format!("the {} % rate of income tax starts", f.number),
            (_, false) => format!("taxable income falls back out of the {} % band", f.number),
        },
        Code::PersonalAllowanceTaper => {
            format!("income passes {limit}: the personal allowance starts to be withdrawn")
        }
        Code::PersonalAllowanceGone => "the personal allowance is fully withdrawn".to_string(),
        Code::EsaLowerLimit => format!("net earnings pass the {limit} a week permitted-work lower limit"),
        Code::EsaHigherLimit => {
            format!("net earnings pass the {limit} a week permitted-work limit: new-style ESA stops")
        }
        Code::EsaHours => format!(
            "permitted work above the lower limit must be under {} hours a week, so new-style ESA stops",
            f.number
        ),
        Code::CarersAllowanceEarningsLimit => {
            format!("net earnings pass the {limit} a week earnings limit: Carer's Allowance stops")
        }
        Code::CareCostsCap => {
            "care costs deducted for the Carer's Allowance test reach half of net earnings".to_string()
        }
        Code::WorkAllowance => {
            format!("earnings pass the work allowance: Universal Credit is withdrawn at {}p for each £1 more", f.number)
        }
        Code::UniversalCreditNil => {
            let scp = if f.with_scottish_child_payment { ", and with it Scottish Child Payment" } else { "" };
            if rising {
                format!("Universal Credit starts again{scp}")
            } else {
                format!("Universal Credit runs out{scp}")
            }
        }
        Code::BenefitCapBinds => if rising {
            "the benefit cap starts reducing Universal Credit"
        } else {
            "the benefit cap stops reducing Universal Credit"
        }
        .to_string(),
        Code::BenefitCapEarningsException => {
            format!("earnings reach {limit} a month after tax, NI and pension: the benefit cap no longer applies")
        }
        Code::HicbcStart | Code::HicbcStep | Code::HicbcFull => {
            let k = f.step;
            let what = match (code, rising) {
                (Code::HicbcStart, true) => {
                    "the High Income Child Benefit Charge starts, at 1 % of the Child Benefit".to_string()
                }
                (Code::HicbcFull, true) => {
                    "the High Income Child Benefit Charge takes all of the Child Benefit".to_string()
                }
                (_, true) => format!("the High Income Child Benefit Charge rises to {k} % of the Child Benefit"),
                (_, false) => {
                    format!("the High Income Child Benefit Charge falls to {} % of the Child Benefit", k - 1)
                }
            };
            let crosses = if rising { "reaches" } else { "falls below" };
            format!("adjusted net income {crosses} {limit}: {what}")
        }
        Code::CtrTaperStarts => format!(
            "income passes the Council Tax Reduction scheme's applicable amount: the reduction is withdrawn at {}p for each £1 more",
            f.number.normalize()
        ),
        Code::CtrEarningsDisregard => if rising {
            "earnings pass the Council Tax Reduction scheme's earnings disregard: above it they count as income"
        } else {
            "earnings fall back within the Council Tax Reduction scheme's earnings disregard"
        }
        .to_string(),
        Code::CtrEnds => match (limit.is_positive(), rising) {
            (true, true) => format!("Council Tax Reduction falls below the {limit} a week minimum award, so it stops"),
            (false, true) => "Council Tax Reduction runs out".to_string(),
            (_, false) => "Council Tax Reduction starts again".to_string(),
        },
        Code::CtrBandEdge => {
            let (from, to) = if rising { (f.before, f.number) } else { (f.number, f.before) };
            let crosses = match (rising, limit.is_zero()) {
                (true, true) => "any income at all".to_string(),
                (true, false) => format!("income passes {limit} a week"),
                (false, _) => format!("income falls back to {limit} a week"),
            };
            format!(
                "{crosses}: Council Tax Reduction goes from {} % to {} % of the bill",
                from.normalize(),
                to.normalize()
            )
        }
        Code::FreeSchoolMealsEarnings | Code::NhsCostsEarnings | Code::HealthyStartEarnings => {
            let (what, s) = help_words(code);
            if rising {
                format!("take-home pay passes {limit} a month: {what} stop{s}")
            } else {
                format!("take-home pay falls back to {limit} a month: {what} start{s} again")
            }
        }
        Code::FreeSchoolMealsUniversalCredit
        | Code::NhsCostsUniversalCredit
        | Code::HealthyStartUniversalCredit
        | Code::BestStartFoodsUniversalCredit
        | Code::WarmHomeDiscountUniversalCredit => {
            let (what, s) = help_words(code);
            if rising {
                format!("{what} start{s} again with Universal Credit")
            } else {
                format!("{what} stop{s} with Universal Credit")
            }
        }
        Code::StartingWork => {
            "starting work: help that needs someone in paid work (the UC childcare costs element) begins".to_string()
        }
        Code::HicbcSteps
        | Code::Threshold
        | Code::CouncilTaxReductionHeld
        | Code::BelowMinimumWage
        | Code::BenefitCapSomePeriods
        | Code::UniversalCreditSomePeriods => String::new(),
    }
}

/// The help in kind a threshold's code is about, as its cause names it, and the ending of a verb that goes with it.
fn help_words(code: Code) -> (&'static str, &'static str) {
    help(match code {
        Code::FreeSchoolMealsEarnings | Code::FreeSchoolMealsUniversalCredit => Help::FreeSchoolMeals,
        Code::NhsCostsEarnings | Code::NhsCostsUniversalCredit => Help::NhsCosts,
        Code::HealthyStartEarnings | Code::HealthyStartUniversalCredit => Help::HealthyStart,
        Code::BestStartFoodsUniversalCredit => Help::BestStartFoods,
        _ => Help::WarmHomeDiscount,
    })
}

/// The help in kind as a sentence names it, and the ending of a verb that goes with it ("Healthy Start stops").
fn help(help: Help) -> (&'static str, &'static str) {
    match help {
        Help::FreeSchoolMeals => ("free school meals", ""),
        Help::NhsCosts => ("free NHS prescriptions, dental treatment and sight tests", ""),
        Help::HealthyStart => ("Healthy Start", "s"),
        Help::BestStartFoods => ("Best Start Foods", "s"),
        Help::WarmHomeDiscount => ("the Warm Home Discount", "s"),
        Help::ColdWeatherPayment => ("Cold Weather Payments", ""),
        Help::WinterHeatingPayment => ("the Winter Heating Payment", "s"),
        Help::SureStartMaternityGrant => ("the Sure Start Maternity Grant", "s"),
        Help::PregnancyAndBabyPayment => ("the Pregnancy and Baby Payment", "s"),
        Help::BroadbandSocialTariff => ("broadband social tariffs", ""),
    }
}

/// Help named as information (no value is put on it), in plain words for the client; none for valued help.
pub fn information(help: Help, rules: &RuleSet) -> Option<String> {
    let h = &rules.help_in_kind;
    Some(match help {
        Help::ColdWeatherPayment => format!(
            "Cold Weather Payments: {} for each week of very cold weather from November to March.",
            h.cold_weather_payment.per_cold_spell.money()
        ),
        Help::WinterHeatingPayment => "Winter Heating Payment: a payment once each winter.".to_string(),
        Help::SureStartMaternityGrant => format!(
            "A Sure Start Maternity Grant: {} for a first baby. Claim from 11 weeks before the baby is due until it is 6 months old.",
            h.sure_start_maternity_grant.grant.money()
        ),
        Help::PregnancyAndBabyPayment => "A Best Start Grant Pregnancy and Baby Payment. Claim from 24 weeks of pregnancy until the baby is 6 months old.".to_string(),
        Help::BroadbandSocialTariff => format!(
            "Cheaper broadband: many providers have a social tariff for people on Universal Credit, often {} to {} a month.",
            h.broadband_social_tariff.typical_from.money(),
            h.broadband_social_tariff.typical_to.money()
        ),
        Help::FreeSchoolMeals | Help::NhsCosts | Help::HealthyStart | Help::BestStartFoods | Help::WarmHomeDiscount => {
            return None
        }
    })
}

/// The help worth less, in a clause: "free school meals fall by £9.54 a week and Healthy Start stops (£4.25 a week)".
pub fn help_lost(lost: &[Lost]) -> String {
    let parts: Vec<String> = lost
        .iter()
        .map(|l| {
            let (what, s) = help(l.help);
            match (l.stops, l.weekly.is_positive()) {
                (true, true) => format!("{what} stop{s} ({} a week)", l.weekly),
                (true, false) => format!("{what} stop{s}"),
                (false, _) => format!("{what} fall{s} by {} a week", l.weekly),
            }
        })
        .collect();
    match parts.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// A cause in a group of assessment periods: "in the assessment periods with 5 paydays (4 of the 12), …".
pub fn in_periods(paydays: usize, periods: u32, cause: &str) -> String {
    format!("in the assessment periods with {paydays} paydays ({periods} of the 12), {cause}")
}

/// The High Income Child Benefit Charge from step `first` to step `last` of `steps`, each of `size` adjusted net
/// income and `per_step` of charge a year, from `threshold`.
pub struct HicbcStretch {
    pub first: u8,
    pub last: u8,
    pub steps: u8,
    pub rising: bool,
    pub threshold: Money,
    pub size: Money,
    pub per_step: Money,
}

/// A stretch of the High Income Child Benefit Charge's steps, in plain words.
pub fn hicbc_stretch(s: &HicbcStretch) -> String {
    let HicbcStretch { first, last, size, per_step, .. } = *s;
    let income = |k: u8| s.threshold + size * Decimal::from(k);
    if s.rising {
        let until = if last == s.steps { ", when all of the Child Benefit is taken back" } else { "" };
        format!(
            "the High Income Child Benefit Charge rises by {per_step} a year for every {size} more adjusted net income \
             (1 % of the Child Benefit), from {first} % at {} to {last} % at {}{until}",
            income(first),
            income(last)
        )
    } else {
        format!(
            "the High Income Child Benefit Charge falls by {per_step} a year for every {size} less adjusted net income \
             (1 % of the Child Benefit), from {} % as income falls below {} to {} % below {}",
            first - 1,
            income(first),
            last - 1,
            income(last)
        )
    }
}

/// A weekly figure a cliff changes, as named in the words for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    NetEarnings,
    UniversalCredit,
    Esa,
    CarersAllowance,
    ChildBenefit,
    ScottishChildPayment,
    CouncilTaxReduction,
    TotalNetIncome,
    HelpInKind,
}

/// The changes across a cliff of a penny or more, e.g. "new-style ESA −£95.55, total net income −£80.10".
pub fn effects(changes: &[(Figure, Decimal)]) -> String {
    let name = |f: Figure| match f {
        Figure::NetEarnings => "net earnings",
        Figure::UniversalCredit => "Universal Credit",
        Figure::Esa => "new-style ESA",
        Figure::CarersAllowance => "Carer's Allowance",
        Figure::ChildBenefit => "Child Benefit",
        Figure::ScottishChildPayment => "Scottish Child Payment",
        Figure::CouncilTaxReduction => "Council Tax Reduction",
        Figure::TotalNetIncome => "total net income",
        Figure::HelpInKind => "help in kind",
    };
    changes
        .iter()
        .filter(|(_, d)| d.abs() >= Decimal::new(1, 2))
        .map(|(f, d)| format!("{} {}", name(*f), Money::new(*d).signed()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "2.5 more hours a week (from 18.5 hours): net earnings pass the £203.50 a week permitted-work limit: new-style
/// ESA stops. Weekly income would change: new-style ESA −£95.55, total net income −£84.10." `what` is the
/// breakpoint's causes, `changes` its `effects`.
pub fn breakpoint(at_hours: Decimal, hours: Decimal, what: &str, changes: &str) -> String {
    let gap = round_dp((at_hours - hours).abs(), 2).normalize();
    let at = round_dp(at_hours, 2).normalize();
    let ahead = at_hours > hours;
    let effect = match (changes.is_empty(), ahead) {
        (true, _) => String::new(),
        (false, true) => format!(" Weekly income would change: {changes}."),
        (false, false) => format!(" Weekly income changed there: {changes}."),
    };
    if ahead {
        format!("{gap} more hours a week (from {at} hours): {what}.{effect}")
    } else if gap.is_zero() {
        format!("At {at} hours a week: {what}.{effect}")
    } else {
        format!("From {at} hours a week ({gap} hours below the hours chosen): {what}.{effect}")
    }
}

/// The causes at one breakpoint, joined.
pub fn causes<'a>(descriptions: impl Iterator<Item = &'a str>) -> String {
    descriptions.collect::<Vec<_>>().join("; ")
}

/// "From 30.96 to 40.48 hours a week (2.1 more hours a week to its start): the High Income Child Benefit Charge rises by
/// £32.68 a year for every £200.00 more adjusted net income (…), a step about every 0.1 hours. The steps together
/// would change weekly income: Child Benefit −£62.85, total net income −£62.85."
pub fn stretch(
    from_hours: Decimal,
    to_hours: Decimal,
    steps: usize,
    hours: Decimal,
    what: &str,
    changes: &str,
) -> String {
    let from = round_dp(from_hours, 2).normalize();
    let to = round_dp(to_hours, 2).normalize();
    let every = if steps > 1 {
        let spacing = round_dp((to_hours - from_hours) / Decimal::from(steps - 1), 2).normalize();
        format!(", a step about every {spacing} hours")
    } else {
        String::new()
    };
    let (place, change) = if from_hours > hours {
        let gap = round_dp(from_hours - hours, 2).normalize();
        (format!("{gap} more hours a week to its start"), "would change")
    } else if to_hours < hours {
        let gap = round_dp(hours - to_hours, 2).normalize();
        (format!("its end {gap} hours below the hours chosen"), "changed")
    } else {
        ("the hours chosen are within it".to_string(), "change")
    };
    let effect = if changes.is_empty() {
        String::new()
    } else {
        format!(" The steps together {change} weekly income: {changes}.")
    };
    format!("From {from} to {to} hours a week ({place}): {what}{every}.{effect}")
}

/// The Council Tax Reduction of `reduction` a year held as it is now.
pub fn council_tax_reduction_held(reduction: Money) -> String {
    format!(
        "Your Council Tax Reduction of {reduction} a year is counted as it is now, at every number of hours. Councils work it out from income, so it usually falls as earnings rise: ask the council what it would be, or expect to pay more council tax than shown."
    )
}

/// A wage below the legal minimum for the worker's age.
pub fn below_minimum_wage(wage: Money, minimum: Money, age: u8) -> String {
    format!("{wage} an hour is below the legal minimum of {minimum} an hour for a worker aged {age}; check the wage.")
}

/// A test of the law's made in each assessment period that comes out differently in some: `code` says which, `holds`
/// whether it holds in the periods that differ (`when`, their dates), `alike` each working adult's number and the
/// hours from or up to which every period comes out alike.
pub fn some_periods(code: Code, holds: bool, when: &[String], alike: &[(usize, Decimal)]) -> String {
    let what = match (code, holds) {
        (Code::BenefitCapSomePeriods, true) => "the benefit cap takes some Universal Credit (the earnings paid in the period are below the cap's earnings exception, UC Regs 2013 reg. 82(1)(a))",
        (Code::BenefitCapSomePeriods, false) => "the benefit cap takes nothing (the earnings paid in the period reach the cap's earnings exception, UC Regs 2013 reg. 82(1)(a))",
        (_, true) => "Universal Credit is paid",
        (_, false) => "no Universal Credit is left to pay (UC Regs 2013 reg. 17)",
    };
    let mut message = format!(
        "Tested in each assessment period with the pay that arrives in it, {what} in the periods {}, unlike a month with pay averaged: the year's Universal Credit is what the twelve periods add up to, and the month shown is their average.",
        when.join(", ")
    );
    // Every period is alike up to some hours for UC (fewer hours keep it), from some hours for the cap (more lift it).
    let side = if code == Code::UniversalCreditSomePeriods { "up to" } else { "from" };
    for (adult, at) in alike {
        message += &format!(" For adult {}, it is the same in every period {side} {at} hours a week.", adult + 1);
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_help_lost_is_listed_with_its_verb_and_amount() {
        let lost = |help, pence, stops| Lost { help, weekly: Money::new(Decimal::new(pence, 2)), stops };
        assert_eq!(help_lost(&[lost(Help::HealthyStart, 425, true)]), "Healthy Start stops (£4.25 a week)");
        assert_eq!(
            help_lost(&[lost(Help::FreeSchoolMeals, 954, false), lost(Help::NhsCosts, 0, true)]),
            "free school meals fall by £9.54 a week and free NHS prescriptions, dental treatment and sight tests stop"
        );
        assert_eq!(
            help_lost(&[
                lost(Help::FreeSchoolMeals, 1908, true),
                lost(Help::HealthyStart, 850, true),
                lost(Help::WarmHomeDiscount, 288, true)
            ]),
            "free school meals stop (£19.08 a week), Healthy Start stops (£8.50 a week) and the Warm Home Discount stops (£2.88 a week)"
        );
        assert_eq!(help_lost(&[]), "");
    }
}
