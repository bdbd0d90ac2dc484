//! The engine's words in English (see `words`).

use rust_decimal::Decimal;

use crate::code::Code;
use crate::date::Date;
use crate::input::{Nation, PayFrequency};
use crate::law::help_in_kind::{Help, Lost};
use crate::money::Money;
use crate::rules::RuleSet;
use crate::threshold::Figures;
use crate::words::{capitalised, Changes, Figure, HicbcStretch, Place, Problem, Run};

/// A pay period, as in "a week".
pub fn pay_period(frequency: PayFrequency) -> &'static str {
    match frequency {
        PayFrequency::Weekly => "week",
        PayFrequency::Fortnightly => "fortnight",
        PayFrequency::FourWeekly => "four weeks",
        PayFrequency::Monthly => "month",
    }
}

/// What crossing a threshold means, `rising` (the margin going up through zero) or falling back: the effect first,
/// then why, in plain words.
pub fn cause(code: Code, f: &Figures, rising: bool) -> String {
    let per = pay_period(f.per);
    let limit = f.limit;
    match code {
        Code::NiPrimaryThreshold => format!("National Insurance starts: pay goes over {limit} a {per}"),
        Code::NiUpperEarningsLimit => {
            format!("National Insurance on pay over {limit} a {per} is only {} %", f.number)
        }
        Code::PensionAutoEnrolment => {
            format!("workplace pension payments start: pay goes over {limit} a {per}")
        }
        Code::PensionQualifyingEarningsLower => {
            format!("pension payments start on the pay over {limit} a {per}")
        }
        Code::PensionQualifyingEarningsUpper => {
            format!("no pension payments on the pay over {limit} a {per}")
        }
        Code::TaxBand => match (f.step, rising) {
            (0, true) => "Income Tax starts: income goes over the tax-free amount".to_string(),
            (0, false) => "Income Tax stops: income falls back under the tax-free amount".to_string(),
            (_, true) => format!("Income Tax on the income above this is {} %", f.number),
            (_, false) => format!("no more income is taxed at {} %", f.number),
        },
        Code::PersonalAllowanceTaper => {
            format!("the tax-free amount starts to get smaller: income goes over {limit}")
        }
        Code::PersonalAllowanceGone => "no tax-free amount is left".to_string(),
        Code::EsaLowerLimit => {
            format!("pay after tax goes over {limit} a week, the lower limit for work while on ESA")
        }
        Code::EsaHigherLimit => {
            format!("ESA stops: pay after tax goes over {limit} a week, the most you can earn while on ESA")
        }
        Code::EsaHours => format!(
            "ESA stops: with pay over the lower limit, you must work under {} hours a week to keep it",
            f.number
        ),
        Code::CarersAllowanceEarningsLimit => {
            format!(
                "Carer's Allowance stops: pay after tax goes over {limit} a week, the most you can earn and keep it"
            )
        }
        Code::CareCostsCap => {
            "the care costs taken off pay for Carer's Allowance reach their limit, half of pay after tax".to_string()
        }
        Code::WorkAllowance => {
            format!("Universal Credit starts to go down: by {}p for each extra £1 earned", f.number)
        }
        Code::UniversalCreditNil => {
            let scp = if f.with_scottish_child_payment { ", and so does Scottish Child Payment" } else { "" };
            if rising {
                format!("Universal Credit starts again{scp}")
            } else {
                format!("Universal Credit stops{scp}")
            }
        }
        Code::BenefitCapBinds => if rising {
            "the benefit cap starts to take some Universal Credit"
        } else {
            "the benefit cap stops taking Universal Credit"
        }
        .to_string(),
        Code::BenefitCapEarningsException => {
            format!("the benefit cap stops: pay after tax reaches {limit} a month")
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
                (_, true) => format!("the High Income Child Benefit Charge goes up to {k} % of the Child Benefit"),
                (_, false) => {
                    format!("the High Income Child Benefit Charge goes down to {} % of the Child Benefit", k - 1)
                }
            };
            let crosses = if rising { "reaches" } else { "falls below" };
            format!("{what}: income {crosses} {limit}")
        }
        Code::CtrTaperStarts => {
            format!("Council Tax Reduction starts to go down: by {}p for each extra £1 of income", f.number.normalize())
        }
        Code::CtrEarningsDisregard => if rising {
            "Council Tax Reduction starts to count earnings: they go over the amount it leaves out"
        } else {
            "Council Tax Reduction stops counting earnings: they fall back to the amount it leaves out"
        }
        .to_string(),
        Code::CtrEnds => match (limit.is_positive(), rising) {
            (true, true) => {
                format!("Council Tax Reduction stops: it would be under the {limit} a week the council pays at least")
            }
            (false, true) => "Council Tax Reduction stops".to_string(),
            (_, false) => "Council Tax Reduction starts again".to_string(),
        },
        Code::CtrBandEdge => {
            let (from, to) = if rising { (f.before, f.number) } else { (f.number, f.before) };
            let crosses = match (rising, limit.is_zero()) {
                (true, true) => "there is any income at all".to_string(),
                (true, false) => format!("income goes over {limit} a week"),
                (false, _) => format!("income falls back to {limit} a week"),
            };
            format!(
                "Council Tax Reduction goes from {} % to {} % of the bill: {crosses}",
                from.normalize(),
                to.normalize()
            )
        }
        Code::FreeSchoolMealsEarnings | Code::NhsCostsEarnings | Code::HealthyStartEarnings => {
            let (what, s) = help_words(code);
            if rising {
                format!("{what} stop{s}: take-home pay goes over {limit} a month")
            } else {
                format!("{what} start{s} again: take-home pay falls back to {limit} a month")
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
        Code::StartingWork => "Universal Credit can help with childcare costs once you are in paid work".to_string(),
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
    and_list(&parts)
}

/// "a, b and c".
fn and_list(parts: &[String]) -> String {
    match parts.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// A cause in a group of assessment periods: "in the Universal Credit months with 5 paydays (4 of the 12), …".
pub fn in_periods(paydays: usize, periods: u32, cause: &str) -> String {
    format!("in the Universal Credit months with {paydays} paydays ({periods} of the 12), {cause}")
}

/// A stretch of the High Income Child Benefit Charge's steps, in plain words.
pub fn hicbc_stretch(s: &HicbcStretch) -> String {
    let HicbcStretch { first, last, size, per_step, .. } = *s;
    let income = |k: u8| s.threshold + size * Decimal::from(k);
    if s.rising {
        let until = if last == s.steps { ", when all of the Child Benefit is paid back" } else { "" };
        format!(
            "the High Income Child Benefit Charge goes up by {per_step} a year for every {size} more income \
             (1 % of the Child Benefit each time), from {first} % at {} to {last} % at {}{until}",
            income(first),
            income(last)
        )
    } else {
        format!(
            "the High Income Child Benefit Charge goes down by {per_step} a year for every {size} less income \
             (1 % of the Child Benefit each time), from {} % as income falls below {} to {} % below {}",
            first - 1,
            income(first),
            last - 1,
            income(last)
        )
    }
}

/// "ESA goes down by £95.55 a week and Universal Credit goes up by £95.55, so you lose nothing."
pub fn say_effects(changes: &Changes) -> String {
    let name = |f: Figure| match f {
        Figure::NetEarnings => "take-home pay",
        Figure::UniversalCredit => "Universal Credit",
        Figure::Esa => "ESA",
        Figure::CarersAllowance => "Carer's Allowance",
        Figure::ChildBenefit => "Child Benefit",
        Figure::ScottishChildPayment => "Scottish Child Payment",
        Figure::CouncilTaxReduction => "Council Tax Reduction",
        Figure::TotalNetIncome => "your income",
        Figure::HelpInKind => "help that is not cash",
    };
    let change = |f: Figure, d: Decimal| {
        let way = if d.is_sign_negative() { "down" } else { "up" };
        format!("{} goes {way} by {}", name(f), Money::new(d.abs()))
    };
    let mut cash: Vec<String> = changes.cash.iter().map(|&(f, d)| change(f, d)).collect();
    let mut text = String::new();
    if let Some(first) = cash.first_mut() {
        first.push_str(" a week");
        let overall = match changes.total {
            None => "you lose nothing".to_string(),
            Some(total) if total.is_sign_negative() => format!("you have {} a week less in all", Money::new(-total)),
            Some(total) => format!("you have {} a week more in all", Money::new(total)),
        };
        text = format!("{}, so {overall}.", and_list(&cash));
    }
    if let Some(help) = changes.help {
        let help = capitalised(&change(Figure::HelpInKind, help));
        text = if text.is_empty() { format!("{help} a week.") } else { format!("{text} {help} a week.") };
    }
    text
}

/// "If you work 16.15 hours a week or more (0.15 more than you chose), ESA stops: pay after tax goes over £203.50 a
/// week, the most you can earn while on ESA. ESA goes down by £95.55 a week, so you have £95.55 a week less in all."
pub fn say_breakpoint(at: Decimal, place: Place, what: &str, changes: &str) -> String {
    let when = match place {
        Place::Ahead(gap) => format!("If you work {at} hours a week or more ({gap} more than you chose)"),
        Place::At => format!("At {at} hours a week"),
        Place::Behind(gap) => format!("At {at} hours a week or more ({gap} fewer than you chose)"),
    };
    if changes.is_empty() {
        format!("{when}, {what}.")
    } else {
        format!("{when}, {what}. {changes}")
    }
}

/// "You would be worse off than now if you worked under 3.5 hours a week, or from 16 to 19.5 hours a week."
pub fn say_worse_off(runs: &[Run]) -> String {
    let run = |r: &Run| match *r {
        Run::Any(to) => format!("any hours up to {to} a week"),
        Run::Under(to) => format!("under {to} hours a week"),
        Run::OrMore(from) => format!("{from} hours a week or more"),
        Run::Between(from, to) => format!("from {from} to {to} hours a week"),
    };
    let runs: Vec<String> = runs.iter().map(run).collect();
    format!("You would be worse off than now if you worked {}.", runs.join(", or "))
}

/// "From 30.96 to 40.48 hours a week (2.1 more hours than you chose to its start), the High Income Child Benefit
/// Charge goes up by £32.68 a year for every £200.00 more income (…), a step about every 0.1 hours. Over these hours,
/// Child Benefit goes down by £62.85 a week, so you have £62.85 a week less in all."
pub fn say_stretch(
    from: Decimal,
    to: Decimal,
    spacing: Option<Decimal>,
    place: Place,
    what: &str,
    changes: &str,
) -> String {
    let every = spacing.map(|s| format!(", a step about every {s} hours")).unwrap_or_default();
    let place = match place {
        Place::Ahead(gap) => format!("{gap} more hours than you chose to its start"),
        Place::Behind(gap) => format!("its end is {gap} hours below the hours you chose"),
        Place::At => "the hours you chose are within it".to_string(),
    };
    let effect = if changes.is_empty() { String::new() } else { format!(" Over these hours, {changes}") };
    format!("From {from} to {to} hours a week ({place}), {what}{every}.{effect}")
}

/// The Council Tax Reduction of `reduction` a year held as it is now.
pub fn council_tax_reduction_held(reduction: Money) -> String {
    format!(
        "Your Council Tax Reduction of {reduction} a year is counted as it is now, at all hours. But it usually goes down when you earn more. Ask the council what it would be, or expect to pay more council tax than shown."
    )
}

/// A wage below the legal minimum for the worker's age.
pub fn below_minimum_wage(wage: Money, minimum: Money, age: u8) -> String {
    format!("{wage} an hour is less than the legal minimum of {minimum} an hour for a worker aged {age}. Please check the wage.")
}

/// A test of the law's made in each assessment period that comes out differently in some: `code` says which, `holds`
/// whether it holds in the periods that differ (`when`, their dates), `alike` each working adult's number and the
/// hours from or up to which every period comes out alike.
pub fn some_periods(code: Code, holds: bool, when: &[(Date, Date)], alike: &[(usize, Decimal)]) -> String {
    let what = match (code, holds) {
        (Code::BenefitCapSomePeriods, true) => "the benefit cap takes some Universal Credit (the earnings paid in the period are below the cap's earnings exception, UC Regs 2013 reg. 82(1)(a))",
        (Code::BenefitCapSomePeriods, false) => "the benefit cap takes nothing (the earnings paid in the period reach the cap's earnings exception, UC Regs 2013 reg. 82(1)(a))",
        (_, true) => "Universal Credit is paid",
        (_, false) => "no Universal Credit is left to pay (UC Regs 2013 reg. 17)",
    };
    let mut message = format!(
        "Tested in each assessment period with the pay that arrives in it, {what} in the periods {}, unlike a month with pay averaged: the year's Universal Credit is what the twelve periods add up to, and the month shown is their average.",
        when.iter().map(|(start, end)| format!("{start} to {end}")).collect::<Vec<_>>().join(", ")
    );
    // Every period is alike up to some hours for UC (fewer hours keep it), from some hours for the cap (more lift it).
    let side = if code == Code::UniversalCreditSomePeriods { "up to" } else { "from" };
    for (adult, at) in alike {
        message += &format!(" For adult {}, it is the same in every period {side} {at} hours a week.", adult + 1);
    }
    message
}

/// What is wrong with a field of the input, as a lowercase fragment that reads after the field's name.
pub fn problem(p: &Problem) -> String {
    match p {
        Problem::NotObject => "must be an object".to_string(),
        Problem::NotTable => "must be an object (a table of named values)".to_string(),
        Problem::UnknownField { key } => format!("unknown field `{key}`"),
        Problem::Missing => "is missing".to_string(),
        Problem::FieldUnreadable => "a field could not be read".to_string(),
        Problem::NotBool => "must be true or false".to_string(),
        Problem::NotWhole => "must be a whole number".to_string(),
        Problem::NotNegative => "must not be negative".to_string(),
        Problem::NotString => "must be a string".to_string(),
        Problem::NotNumber => "must be a number, or a string holding one (\"12.71\")".to_string(),
        Problem::NotANumber { text } => format!("\"{text}\" is not a number"),
        Problem::TooManyDigits { text } => format!("\"{text}\" has more digits than the 28 a number may have"),
        Problem::NotList => "must be a list".to_string(),
        Problem::NotOneOf { names } => format!("must be one of {names}"),

        Problem::Needed => "is needed".to_string(),
        Problem::OutOfRange { value, min, max } => format!("is {value}; it must be from {min} to {max}"),
        Problem::HoursOutOfRange { hours } => format!("is {hours}: hours a week must be from 0 to 168"),
        Problem::MustBeFromTo { min, max } => format!("must be from {min} to {max}"),
        Problem::MustBeBetween { min, max } => format!("must be between {min} and {max}"),
        Problem::AmountTooHigh { max } => format!("is more than £{max}"),
        Problem::WageTooHigh { max } => format!("is more than £{max} an hour"),
        Problem::MealValueTooHigh { max } => format!("is more than £{max} a meal"),

        Problem::DateNeeded => "is needed (or a rule_year) to choose the rules in force".to_string(),
        Problem::PeriodBeforeRules { date, start, rule_years } => format!(
            "the Universal Credit assessment period holding {date} began on {start}, and takes the UC amounts in \
             force on that day, which the calculator does not have (rule years: {rule_years}); give a later date or \
             a rule_year"
        ),
        Problem::DateFarFromRules { rule_year } => {
            format!("must be within a hundred years of the rule year ({rule_year})")
        }
        Problem::NationNeeded => "is needed: england, scotland or wales".to_string(),
        Problem::NorthernIreland => {
            "northern ireland has its own benefit rules, which this calculator does not model yet".to_string()
        }
        Problem::InLondonOutsideEngland => "can only be true for a home in England".to_string(),
        Problem::NoAdults => "needs one adult, or two for a couple".to_string(),
        Problem::TooManyAdults { adults } => {
            format!("has {adults} adults; a benefit unit is one adult or a couple (other adults are non-dependants)")
        }
        Problem::TooManyChildren { children, max } => {
            format!("has {children} children; at most {max} are accepted")
        }
        Problem::TooManyNonDependants { people, max } => format!("has {people} people; at most {max} are accepted"),
        Problem::PaydayFarFromDate => "must be within a hundred years of the date".to_string(),
        Problem::ChildcareWithoutChildren => "is given but there are no children".to_string(),
        Problem::ChildcareWithNoChildInIt => "is 0, but childcare costs are given".to_string(),

        Problem::AtPensionAge { pension_age } => {
            format!("is at or over state pension age ({pension_age}); pension-age rules are not modelled")
        }
        Problem::Under18 => "is under 18; Universal Credit for 16 and 17 year olds is not modelled".to_string(),
        Problem::Student => "full-time students are not modelled".to_string(),
        Problem::SelfEmployed => "self-employment (and the minimum income floor) is not modelled yet".to_string(),
        Problem::CarersAllowanceWithout35Hours => {
            "needs cares_35_hours: Carer's Allowance is for 35 hours' caring a week".to_string()
        }
        Problem::SupportedPermittedWorkWithoutEsa => "only matters with new-style ESA (esa is none)".to_string(),
        Problem::MoreThanOneDisabilityBenefit => {
            "can hold only one of PIP, DLA and Adult Disability Payment".to_string()
        }
        Problem::AdultDisabilityPaymentOutsideScotland => {
            "adult disability payment is paid only in Scotland".to_string()
        }
        Problem::PensionTooHigh => {
            "is so high that, with income tax and NI, more than all of the pay could be deducted: not modelled"
                .to_string()
        }
        Problem::PercentNeededForCustomPension => "is needed for a custom pension scheme".to_string(),
        Problem::PercentOnlyForCustomPension => "is only for a custom pension scheme".to_string(),

        Problem::BornAfterDate { date } => format!("is after the date of the calculation ({date})"),
        Problem::BornTooLongAgo { years, date } => {
            format!("makes the child {years} on {date}; a child or qualifying young person is under 20")
        }
        Problem::AgeNotAsBorn { age, years, date } => {
            format!("is {age}, but the date of birth makes the child {years} on {date}")
        }
        Problem::ChildTooOld { age } => format!(
            "is {age}; a child or qualifying young person is under 20 (an older son or daughter at home is a \
             non-dependant)"
        ),
        Problem::BornBeforeNotAsKnown { before, age, date } => {
            let why = match age {
                None => "the date of birth is".to_string(),
                Some(age) => format!("a child aged {age} on {date} was born"),
            };
            let born = if *before { "before" } else { "on or after" };
            format!("is {}, but {why} {born} 6 April 2017", !before)
        }
        Problem::BornBeforeNeeded { age, date } => format!(
            "is needed: a child aged {age} on {date} may have been born before or after 6 April 2017 (or give \
             date_of_birth)"
        ),
        Problem::ChildTooYoungForPip => {
            "pip and adult disability payment start at 16; a younger child gets DLA".to_string()
        }
        Problem::SchoolYearNotOfNation { nation } => {
            let years =
                if *nation == Nation::Scotland { "p1 to p7 or s1 to s6" } else { "reception or year_1 to year_13" };
            format!("must be one of {years} (or not_at_school) in {}", nation.name())
        }
        Problem::SchoolYearNotForAge { age } => {
            format!("does not fit a child aged {age}: it is more than a year from the usual school year for that age")
        }

        Problem::BandWithoutBill { band, nation } => format!("is {band}, which has no bill in {}", nation.name()),
        Problem::ReductionWithScheme => "must be left out with a scheme, which works the reduction out".to_string(),
        Problem::ReductionOverBill { bill } => format!("is more than the {bill} bill"),
        Problem::BandNeededForCap => "is needed: the scheme caps the reduction at a band's bill".to_string(),
        Problem::AwardNeeded => "is needed: a taper or income bands".to_string(),
        Problem::ColumnsNeeded => "is needed: at least one column".to_string(),
        Problem::NoColumnForHousehold => "has no column for this household".to_string(),
        Problem::BandsNeeded => "is needed: at least one band".to_string(),
        Problem::EdgesNotOnePerColumn { edges, needed, last } => {
            let want = if *last {
                "none (the last band has no top)".to_string()
            } else {
                format!("{needed}, one for each column")
            };
            format!("has {edges} edges; it needs {want}")
        }
        Problem::EdgeNotAbove { edge, below } => format!("is {edge}, not above the band below's {below}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::curve::HoursRun;
    use crate::words::{breakpoint, effects, set_language, worse_off, Language};

    #[test]
    fn the_help_lost_is_listed_with_its_verb_and_amount() {
        set_language(Language::En);
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

    #[test]
    fn a_cliff_is_said_effect_first_with_what_it_leaves_in_all() {
        set_language(Language::En);
        let d = |pence| Decimal::new(pence, 2);
        let esa_for_uc = [(Figure::Esa, d(-9555)), (Figure::UniversalCredit, d(9555)), (Figure::TotalNetIncome, d(0))];
        assert_eq!(
            effects(&esa_for_uc),
            "ESA goes down by £95.55 a week and Universal Credit goes up by £95.55, so you lose nothing."
        );
        let pension =
            [(Figure::NetEarnings, d(-310)), (Figure::TotalNetIncome, d(-310)), (Figure::HelpInKind, d(-954))];
        assert_eq!(
            effects(&pension),
            "take-home pay goes down by £3.10 a week, so you have £3.10 a week less in all. \
             Help that is not cash goes down by £9.54 a week."
        );
        assert_eq!(effects(&[(Figure::HelpInKind, d(-954))]), "Help that is not cash goes down by £9.54 a week.");
        let cause = "ESA stops: pay after tax goes over £203.50 a week, the most you can earn while on ESA";
        assert_eq!(
            breakpoint(d(1615), d(1600), cause, &effects(&esa_for_uc)),
            "If you work 16.15 hours a week or more (0.15 more than you chose), ESA stops: pay after tax goes over \
             £203.50 a week, the most you can earn while on ESA. ESA goes down by £95.55 a week and Universal Credit \
             goes up by £95.55, so you lose nothing."
        );
        let run = |from, to| HoursRun { from_hours: d(from), to_hours: d(to) };
        assert_eq!(
            worse_off(&[run(0, 350), run(1600, 1950), run(4000, 4800)], d(4800)).as_deref(),
            Some(
                "You would be worse off than now if you worked under 3.5 hours a week, or from 16 to 19.5 hours a \
                  week, or 40 hours a week or more."
            )
        );
        assert_eq!(worse_off(&[], d(4800)), None);
        assert_eq!(
            breakpoint(d(1600), d(1800), cause, ""),
            format!("At 16 hours a week or more (2 fewer than you chose), {cause}.")
        );
    }

    /// The problems whose English was written across lines, or pieced together, when they moved into the catalogue:
    /// each as the validation wrote it before.
    #[test]
    fn the_long_problems_read_as_before() {
        set_language(Language::En);
        let date = Date::new(2026, 4, 1).unwrap();
        let start = Date::new(2026, 3, 20).unwrap();
        assert_eq!(
            problem(&Problem::PeriodBeforeRules { date, start, rule_years: "2026-27".to_string() }),
            "the Universal Credit assessment period holding 2026-04-01 began on 2026-03-20, and takes the UC amounts \
             in force on that day, which the calculator does not have (rule years: 2026-27); give a later date or a \
             rule_year"
        );
        assert_eq!(
            problem(&Problem::ChildTooOld { age: 21 }),
            "is 21; a child or qualifying young person is under 20 (an older son or daughter at home is a non-dependant)"
        );
        assert_eq!(
            problem(&Problem::BornBeforeNotAsKnown { before: true, age: None, date }),
            "is false, but the date of birth is before 6 April 2017"
        );
        assert_eq!(
            problem(&Problem::BornBeforeNotAsKnown { before: false, age: Some(3), date }),
            "is true, but a child aged 3 on 2026-04-01 was born on or after 6 April 2017"
        );
        assert_eq!(
            problem(&Problem::BornBeforeNeeded { age: 9, date }),
            "is needed: a child aged 9 on 2026-04-01 may have been born before or after 6 April 2017 (or give \
             date_of_birth)"
        );
        assert_eq!(
            problem(&Problem::EdgesNotOnePerColumn { edges: 1, needed: 0, last: true }),
            "has 1 edges; it needs none (the last band has no top)"
        );
        assert_eq!(
            problem(&Problem::EdgesNotOnePerColumn { edges: 1, needed: 2, last: false }),
            "has 1 edges; it needs 2, one for each column"
        );
        assert_eq!(
            problem(&Problem::SchoolYearNotOfNation { nation: Nation::Wales }),
            "must be one of reception or year_1 to year_13 (or not_at_school) in wales"
        );
        assert_eq!(
            problem(&Problem::PensionTooHigh),
            "is so high that, with income tax and NI, more than all of the pay could be deducted: not modelled"
        );
    }
}
