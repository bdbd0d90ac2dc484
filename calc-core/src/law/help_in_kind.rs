//! Help that is not cash, which earnings or Universal Credit decide: free school meals (England: Education Act 1996
//! s. 512ZB with SI 2018/148; Wales: WSI 2019/187; Scotland: Education (Scotland) Act 1980 s. 53), free NHS
//! prescriptions, dental treatment and sight tests in England (SI 2003/2382 reg. 5(1A)), Healthy Start in England and
//! Wales (SI 2005/3262), Best Start Foods in Scotland (SSI 2019/193) and the Warm Home Discount in England and Wales
//! (SI 2022/772). Each is valued at what the household would otherwise pay or receive, and kept out of cash income:
//! it is a layer of its own (`Totals::help_in_kind`), whose cliffs are on the curve with their causes.
//!
//! The tests of earnings are made on the averaged month's earned income as Universal Credit counts it (take-home pay:
//! after income tax, NI and pension contributions), and the tests of Universal Credit on the averaged month's award:
//! with pay that is not monthly, a month with an extra payday can fall on the other side of a limit.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use crate::code::Code;
use crate::input::household::{Adult, Child, Household, SchoolFrom};
use crate::input::{ChildDisability, Nation};
use crate::law::uc::UniversalCredit;
use crate::money::Money;
use crate::period::{Amounts, WEEKS_PER_YEAR};
use crate::rules::{Param, PerMonth, PerWeek, RuleSet, Switch, Years};
use crate::threshold::{Crossing, Solve, Threshold};
use crate::working::Trace;

crate::choices! {
    /// A kind of help in kind.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
    pub enum Help {
        FreeSchoolMeals = "free_school_meals",
        /// Free NHS prescriptions, dental treatment and sight tests (England).
        NhsCosts = "nhs_costs",
        HealthyStart = "healthy_start",
        BestStartFoods = "best_start_foods",
        WarmHomeDiscount = "warm_home_discount",
        /// Information, not valued (so too the rest): England and Wales, for each spell of very cold weather.
        ColdWeatherPayment = "cold_weather_payment",
        /// Scotland's payment each winter, in place of Cold Weather Payments.
        WinterHeatingPayment = "winter_heating_payment",
        /// England and Wales, once for a first baby.
        SureStartMaternityGrant = "sure_start_maternity_grant",
        /// Scotland's Best Start Grant for a pregnancy or a new baby.
        PregnancyAndBabyPayment = "pregnancy_and_baby_payment",
        /// Cheaper broadband that providers offer to people on Universal Credit.
        BroadbandSocialTariff = "broadband_social_tariff",
    }
}

/// One kind of help, at the hours worked out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct HelpItem {
    pub help: Help,
    /// Whether the household gets it.
    pub gets: bool,
    /// What it is worth to the household (none where it is not had, or has no value the calculator can put on it: the
    /// items of information, from `cold_weather_payment` on).
    pub value: Amounts,
    /// Who it is for and how it is valued, or why it is not had, in the rule's terms (with the working).
    pub basis: String,
    /// The legislation and the source of the figures (with the working).
    pub rule: String,
}

/// What the rules need from the rest of the calculation.
pub struct Income<'a> {
    /// The household's earned income as Universal Credit counts it (take-home pay), a month.
    pub earned_monthly: Money,
    pub uc: &'a UniversalCredit,
    /// Universal Credit's minimum award, a month (reg. 17), in the rules UC takes.
    pub uc_minimum_award: Money,
}

impl Income<'_> {
    fn gets_uc(&self) -> bool {
        self.uc.award.is_positive()
    }
}

/// Free school meals stop where take-home pay passes the limit (with Universal Credit).
pub static FREE_SCHOOL_MEALS_EARNINGS: Threshold = Threshold {
    code: Code::FreeSchoolMealsEarnings,
    solve: Solve::Round(1),
    notable: true,
    cause: |s, _, _| Crossing::of(meals_limit(s.household, s.rules)),
};

/// Free school meals that need Universal Credit in payment stop with it (so do those tested on earnings).
pub static FREE_SCHOOL_MEALS_UC: Threshold = Threshold {
    code: Code::FreeSchoolMealsUniversalCredit,
    solve: Solve::Round(2),
    notable: true,
    cause: |s, _, _| Crossing::by(&meals_limit(s.household, s.rules).source),
};

pub static NHS_COSTS_EARNINGS: Threshold = Threshold {
    code: Code::NhsCostsEarnings,
    solve: Solve::Round(1),
    notable: true,
    cause: |s, _, _| Crossing::of(nhs_limit(s.household, s.rules)),
};

pub static NHS_COSTS_UC: Threshold = Threshold {
    code: Code::NhsCostsUniversalCredit,
    solve: Solve::Round(2),
    notable: true,
    cause: |s, _, _| Crossing::by(&nhs_limit(s.household, s.rules).source),
};

pub static HEALTHY_START_EARNINGS: Threshold = Threshold {
    code: Code::HealthyStartEarnings,
    solve: Solve::Round(1),
    notable: true,
    cause: |s, _, _| Crossing::of(&s.rules.help_in_kind.healthy_start.earnings_limit),
};

pub static HEALTHY_START_UC: Threshold = Threshold {
    code: Code::HealthyStartUniversalCredit,
    solve: Solve::Round(2),
    notable: true,
    cause: |s, _, _| Crossing::by(&s.rules.help_in_kind.healthy_start.earnings_limit.source),
};

pub static BEST_START_FOODS_UC: Threshold = Threshold {
    code: Code::BestStartFoodsUniversalCredit,
    solve: Solve::Round(2),
    notable: true,
    cause: |s, _, _| Crossing::by(&s.rules.help_in_kind.best_start_foods.weekly_value.source),
};

pub static WARM_HOME_DISCOUNT_UC: Threshold = Threshold {
    code: Code::WarmHomeDiscountUniversalCredit,
    solve: Solve::Round(2),
    notable: true,
    cause: |s, _, _| Crossing::by(&s.rules.help_in_kind.warm_home_discount.rebate.source),
};

/// The help the household has at these earnings, each valued, with the margins of its limits recorded.
pub fn assess(household: &Household, rules: &RuleSet, income: &Income, w: &mut Trace) -> Vec<HelpItem> {
    let h = &rules.help_in_kind;
    let mut items = Vec::new();
    free_school_meals(household, rules, income, w, &mut items);
    if household.nation == Nation::England {
        nhs_costs(household, rules, income, w, &mut items);
    }
    match household.nation {
        Nation::Scotland => {
            let b = &h.best_start_foods;
            if let Some((basic, babies, weekly)) =
                food(household, &b.weekly_value, &b.weekly_value_under_one, &b.maximum_age)
            {
                record_uc(&BEST_START_FOODS_UC, income, w);
                let value = Amounts::from_weekly(weekly, w.rounding);
                items.push(item(Help::BestStartFoods, income.gets_uc(), value, w, || b.weekly_value.source.to_string(), || {
                    format!(
                        "{} a week for each pregnancy and child aged 1 or 2 ({basic}), {} for each baby under 1 ({babies}), with Universal Credit at any earnings{}",
                        b.weekly_value.money(),
                        b.weekly_value_under_one.money(),
                        why_not(income, true)
                    )
                }));
            }
        }
        _ => {
            let s = &h.healthy_start;
            if let Some((basic, babies, weekly)) =
                food(household, &s.weekly_value, &s.weekly_value_under_one, &s.maximum_age)
            {
                let within = earnings_test(&s.earnings_limit, &HEALTHY_START_EARNINGS, &HEALTHY_START_UC, income, w);
                let value = Amounts::from_weekly(weekly, w.rounding);
                items.push(item(Help::HealthyStart, income.gets_uc() && within, value, w, || s.earnings_limit.source.to_string(), || {
                    format!(
                        "{} a week for each pregnancy (from 10 weeks) and child aged 1 to 3 ({basic}), {} for each baby under 1 ({babies}), with Universal Credit and take-home pay of {} or less a month: {} a month{}",
                        s.weekly_value.money(),
                        s.weekly_value_under_one.money(),
                        s.earnings_limit.money(),
                        income.earned_monthly,
                        why_not(income, within)
                    )
                }));
            }
        }
    }
    if household.nation != Nation::Scotland && household.nation != Nation::NorthernIreland {
        let rebate = &h.warm_home_discount.rebate;
        record_uc(&WARM_HOME_DISCOUNT_UC, income, w);
        let value = Amounts::from_annual(rebate.money(), w.rounding);
        items.push(item(Help::WarmHomeDiscount, income.gets_uc(), value, w, || rebate.source.to_string(), || {
            format!(
                "{} off the electricity bill each winter for a household getting Universal Credit on the qualifying date in August (taken as getting it at these hours; the bill must be in the claimant's or partner's name){}",
                rebate.money(),
                why_not(income, true)
            )
        }));
    }
    information(household, rules, income, w, &mut items);
    items
}

/// Help named as information, with no value put on it: what it is worth turns on the weather, a birth or the
/// provider. Each needs Universal Credit; Cold Weather and Winter Heating Payments stop with work too.
fn information(household: &Household, rules: &RuleSet, income: &Income, w: &mut Trace, items: &mut Vec<HelpItem>) {
    let h = &rules.help_in_kind;
    let scotland = household.nation == Nation::Scotland;
    if household.nation == Nation::NorthernIreland {
        return;
    }
    let uc = income.gets_uc();
    let disabled_child = household.children.iter().any(|c| c.disability != ChildDisability::None);
    let under_five = household.children.iter().any(|c| c.age < 5);
    if disabled_child || under_five || household.adults.iter().any(Adult::has_lcw_or_lcwra) {
        // SI 1988/1724 reg. 1A(6) and SSI 2023/16 reg. 4: no one on the claim in work, unless a child is disabled.
        let working = household.adults.iter().any(|a| a.job.hours_per_week > Decimal::ZERO);
        let gets = uc && (disabled_child || !working);
        let why = match (uc, gets) {
            (false, _) => ": no Universal Credit is paid",
            (true, false) => ": someone on the claim is in work",
            (true, true) => "",
        };
        let who = "with Universal Credit and a child under 5 or limited capability for work while no one on the claim works, or with a disabled child addition whatever the work";
        if scotland {
            let latest = &h.winter_heating_payment.latest_published;
            let basis =
                || format!("a payment once each winter {who} (the latest amount found: {}){why}", latest.money());
            items.push(info(Help::WinterHeatingPayment, gets, w, || latest.source.to_string(), basis));
        } else {
            let spell = &h.cold_weather_payment.per_cold_spell;
            let basis = || {
                format!("{} for each 7-day spell of very cold weather, November to March, {who}{why}", spell.money())
            };
            items.push(info(Help::ColdWeatherPayment, gets, w, || spell.source.to_string(), basis));
        }
    }
    if household.adults.iter().any(|a| a.pregnant) {
        if scotland {
            let p = &h.pregnancy_and_baby_payment;
            let basis = || {
                format!(
                    "a grant for the pregnancy, with Universal Credit in or out of work (the latest amounts found: {} for a first child, {} for a later one){}",
                    p.first_child.money(),
                    p.later_child.money(),
                    why_not(income, true)
                )
            };
            items.push(info(Help::PregnancyAndBabyPayment, uc, w, || p.first_child.source.to_string(), basis));
        } else if household.children.iter().all(|c| c.age >= 16) {
            let grant = &h.sure_start_maternity_grant.grant;
            let basis = || {
                format!(
                    "{} once for the baby, with Universal Credit and no other child under 16{}",
                    grant.money(),
                    why_not(income, true)
                )
            };
            items.push(info(Help::SureStartMaternityGrant, uc, w, || grant.source.to_string(), basis));
        }
    }
    let b = &h.broadband_social_tariff;
    let basis = || {
        format!(
            "cheaper broadband from many providers for households on Universal Credit, typically {} to {} a month{}",
            b.typical_from.money(),
            b.typical_to.money(),
            why_not(income, true)
        )
    };
    items.push(info(Help::BroadbandSocialTariff, uc, w, || b.typical_from.source.to_string(), basis));
    // Said, not valued: prescriptions are free for everyone in Wales and Scotland.
    let free = match household.nation {
        Nation::Wales => Some(&h.nhs_costs.free_prescriptions_wales),
        Nation::Scotland => Some(&h.nhs_costs.free_prescriptions_scotland),
        _ => None,
    };
    if let Some(free) = free.filter(|s| s.value && household.date >= s.effective) {
        let basis = || "prescriptions are free for everyone here, whatever the earnings".to_string();
        items.push(info(Help::NhsCosts, true, w, || free.source.to_string(), basis));
    }
}

/// Help had in one calculation that is worth less, or stops, in another (for example at more hours).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Lost {
    pub help: Help,
    /// How much less it is worth a week.
    pub weekly: Money,
    /// Whether it stops altogether (free school meals can stop for one child and not another).
    pub stops: bool,
}

/// The help had in `now` that is worth less or stops in `then`, in the order it is listed.
pub fn lost(now: &[HelpItem], then: &[HelpItem]) -> Vec<Lost> {
    let after = |help: Help| then.iter().find(|i| i.help == help && i.gets);
    now.iter()
        .filter(|i| i.gets)
        .filter_map(|i| {
            let left = after(i.help).map(|a| a.value.annual);
            // From the years' values, so that the difference of two rounded weeks is not a penny out.
            let weekly = ((i.value.annual - left.unwrap_or(Money::ZERO)) / WEEKS_PER_YEAR).round_pence();
            (left.is_none() || weekly.is_positive()).then_some(Lost { help: i.help, weekly, stops: left.is_none() })
        })
        .collect()
}

/// Food help by the week for each pregnancy and child under `maximum_age`: how many are at the basic rate, how many
/// are babies under one at the higher rate, and the week's value; none where there is no one it is for.
fn food(
    household: &Household,
    basic: &Param<PerWeek>,
    under_one: &Param<PerWeek>,
    maximum_age: &Param<Years>,
) -> Option<(usize, usize, Money)> {
    let pregnancies = household.adults.iter().filter(|a| a.pregnant).count();
    let young = household.children.iter().filter(|c| Decimal::from(c.age) < maximum_age.value).count();
    let babies = household.children.iter().filter(|c| c.age == 0).count();
    let at_basic = pregnancies + young - babies;
    let weekly = basic.money() * Decimal::from(at_basic) + under_one.money() * Decimal::from(babies);
    (at_basic + babies > 0).then_some((at_basic, babies, weekly))
}

/// The item, worth `value` a year where the household gets it; its words only where the working is asked for.
/// (The curve evaluates the household at dozens of hours without the working: nothing is written for it.)
fn item(
    help: Help,
    gets: bool,
    value: Amounts,
    w: &mut Trace,
    rule: impl FnOnce() -> String,
    basis: impl FnOnce() -> String,
) -> HelpItem {
    noted(help, gets, value, "year", w, rule, basis)
}

/// An item of information: no value is put on it, and its working line has no period.
fn info(
    help: Help,
    gets: bool,
    w: &mut Trace,
    rule: impl FnOnce() -> String,
    basis: impl FnOnce() -> String,
) -> HelpItem {
    noted(help, gets, Amounts::ZERO, "", w, rule, basis)
}

fn noted(
    help: Help,
    gets: bool,
    value: Amounts,
    period: &str,
    w: &mut Trace,
    rule: impl FnOnce() -> String,
    basis: impl FnOnce() -> String,
) -> HelpItem {
    let value = if gets { value } else { Amounts::ZERO };
    if !w.is_explaining() {
        return HelpItem { help, gets, value, basis: String::new(), rule: String::new() };
    }
    let (basis, rule) = (basis(), rule());
    if gets {
        w.note(&format!("help_in_kind.{}", help.name()), value.annual, period, &rule, || basis.clone());
    }
    HelpItem { help, gets, value, basis, rule }
}

fn why_not(income: &Income, within: bool) -> &'static str {
    match (income.gets_uc(), within) {
        (false, _) => ": no Universal Credit is paid",
        (true, false) => ": take-home pay is above the limit",
        (true, true) => "",
    }
}

/// A test of UC with take-home pay at most `limit`: records its two margins (the limit, and UC running out) and says
/// whether take-home pay is within the limit.
fn earnings_test(
    limit: &Param<PerMonth>,
    earnings: &'static Threshold,
    with_uc: &'static Threshold,
    income: &Income,
    w: &mut Trace,
) -> bool {
    w.margin(earnings, None, income.earned_monthly, limit.money());
    record_uc(with_uc, income, w);
    income.earned_monthly <= limit.money()
}

/// Records how far UC is from running out, for help that stops with it: the margin of `uc::NIL`, what is due against
/// the minimum award (reg. 17).
fn record_uc(threshold: &'static Threshold, income: &Income, w: &mut Trace) {
    if income.uc.entitled {
        w.margin(threshold, None, income.uc.due, income.uc_minimum_award);
    }
}

/// How a child's free school meals are had in the nation's rules for their school year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Meals {
    NotAtSchool,
    /// Every pupil in these years.
    Universal,
    /// With Universal Credit and take-home pay within the limit (or, in Scotland's P6 and P7, Scottish Child
    /// Payment, which comes with any Universal Credit).
    EarningsTested,
    /// With any Universal Credit.
    WithUniversalCredit,
    /// Had now and kept whatever the earnings (England's transitional protection).
    Protected,
    /// The age fits school years with different rules, and neither the school year nor the date of birth is given.
    Unknown,
}

fn meals_for(child: &Child, household: &Household, rules: &RuleSet) -> Meals {
    let f = &rules.help_in_kind.free_school_meals;
    let in_force = |s: &Switch| household.nation == Nation::England && s.value && household.date >= s.effective;
    let every_uc = in_force(&f.england_every_universal_credit_household);
    // Protected until every household on Universal Credit has them (SI 2018/145 art. 3; PQ 60604).
    let protected = child.has_free_school_meals && in_force(&f.england_protection) && !every_uc;
    let of_year = |i: i8| match (household.nation, i) {
        (_, i) if i < 0 => Meals::NotAtSchool,
        (Nation::England, 0..=2) | (Nation::Wales, 0..=6) | (Nation::Scotland, 0..=4) => Meals::Universal,
        // P6 and P7 with Scottish Child Payment, which every child under 16 has with any Universal Credit.
        (Nation::Scotland, 5..=6) => Meals::WithUniversalCredit,
        (Nation::England, 3..=13) if every_uc => Meals::WithUniversalCredit,
        (Nation::England, 3..=13) if protected => Meals::Protected,
        (Nation::England | Nation::Wales, 3..=13) | (Nation::Scotland, 5..=12) => Meals::EarningsTested,
        _ => Meals::NotAtSchool,
    };
    let years = child.school.years;
    let first = of_year(years.0);
    let kept = |m: Meals| matches!(m, Meals::Universal | Meals::Protected);
    if (years.0..=years.1).all(|i| of_year(i) == first) {
        first
    } else if protected && (years.0..=years.1).all(|i| kept(of_year(i))) {
        // Either year the age fits, the meals are had.
        Meals::Protected
    } else {
        Meals::Unknown
    }
}

/// The earnings limit of free school meals in the household's nation.
fn meals_limit<'r>(household: &Household, rules: &'r RuleSet) -> &'r Param<PerMonth> {
    let f = &rules.help_in_kind.free_school_meals;
    match household.nation {
        Nation::Scotland => &f.earnings_limit_scotland,
        Nation::Wales => &f.earnings_limit_wales,
        _ => &f.earnings_limit_england,
    }
}

fn free_school_meals(
    household: &Household,
    rules: &RuleSet,
    income: &Income,
    w: &mut Trace,
    items: &mut Vec<HelpItem>,
) {
    let f = &rules.help_in_kind.free_school_meals;
    let meals: Vec<Meals> = household.children.iter().map(|c| meals_for(c, household, rules)).collect();
    if meals.iter().all(|m| *m == Meals::NotAtSchool) {
        return;
    }
    let limit = meals_limit(household, rules);
    let within = if meals.contains(&Meals::EarningsTested) {
        earnings_test(limit, &FREE_SCHOOL_MEALS_EARNINGS, &FREE_SCHOOL_MEALS_UC, income, w)
    } else {
        if meals.contains(&Meals::WithUniversalCredit) {
            record_uc(&FREE_SCHOOL_MEALS_UC, income, w);
        }
        // No child's meals turn on take-home pay.
        true
    };
    let has = |m: &Meals| match m {
        Meals::Universal | Meals::Protected => true,
        Meals::EarningsTested => income.gets_uc() && within,
        Meals::WithUniversalCredit => income.gets_uc(),
        Meals::NotAtSchool | Meals::Unknown => false,
    };
    let fed = meals.iter().filter(|m| has(m)).count();
    let (meal, meal_source) = match (household.school_meal_value, household.nation) {
        (Some(v), _) => (v, "the value of a meal as given"),
        (None, Nation::Scotland) => (f.meal_value_scotland.money(), &*f.meal_value_scotland.source),
        (None, Nation::Wales) => (f.meal_value_wales.money(), &*f.meal_value_wales.source),
        (None, _) => (f.meal_value_england.money(), &*f.meal_value_england.source),
    };
    let value = Amounts::from_annual(meal * f.school_days.value * Decimal::from(fed), w.rounding);
    let rule = || format!("{}; {}; {meal_source}", limit.source, f.school_days.source);
    items.push(item(Help::FreeSchoolMeals, fed > 0, value, w, rule, || {
        let each: Vec<String> = meals
            .iter()
            .zip(&household.children)
            .enumerate()
            .map(|(i, (m, c))| {
                let how = match m {
                    Meals::NotAtSchool => "not at school",
                    Meals::Universal => "every pupil in the school year",
                    Meals::EarningsTested if has(m) => "Universal Credit with take-home pay within the limit",
                    Meals::EarningsTested if c.has_free_school_meals && household.nation == Nation::Wales => {
                        "not had: needs Universal Credit with take-home pay within the limit (a child who had them on or before 31 December 2023 keeps them to the end of the school phase, WSI 2019/187 art. 3: not modelled)"
                    }
                    Meals::EarningsTested => "not had: needs Universal Credit with take-home pay within the limit",
                    Meals::WithUniversalCredit if has(m) => "any Universal Credit",
                    Meals::WithUniversalCredit => "not had: needs Universal Credit",
                    Meals::Protected => "has them now and keeps them whatever the earnings until September 2026 (transitional protection)",
                    Meals::Unknown => "not worked out: give the school year (or the date of birth)",
                };
                let from = match (c.school.from, m) {
                    (SchoolFrom::Age, Meals::NotAtSchool | Meals::Unknown) | (SchoolFrom::Given, _) => "",
                    (SchoolFrom::Age, _) => " (the school years a child of that age can be in agree)",
                    (SchoolFrom::DateOfBirth, _) => " (school year from the date of birth)",
                };
                format!("child {} {how}{from}", i + 1)
            })
            .collect();
        format!(
            "{fed} child(ren) × {meal} a meal × {} school days; {}; take-home pay {} a month against the {} limit",
            f.school_days.value,
            each.join(", "),
            income.earned_monthly,
            limit.money()
        )
    }));
}

/// The earnings limit of free NHS costs: the higher one with a child element or limited capability for work.
fn nhs_limit<'r>(household: &Household, rules: &'r RuleSet) -> &'r Param<PerMonth> {
    let n = &rules.help_in_kind.nhs_costs;
    if !household.children.is_empty() || household.adults.iter().any(|a| a.has_lcw_or_lcwra()) {
        &n.earnings_limit_higher
    } else {
        &n.earnings_limit
    }
}

fn nhs_costs(household: &Household, rules: &RuleSet, income: &Income, w: &mut Trace, items: &mut Vec<HelpItem>) {
    let n = &rules.help_in_kind.nhs_costs;
    let limit = nhs_limit(household, rules);
    let within = earnings_test(limit, &NHS_COSTS_EARNINGS, &NHS_COSTS_UC, income, w);
    let gets = income.gets_uc() && within;
    // Each adult who would pay: the cheaper of paying for each item and a 12-month prepayment certificate.
    let paying = |a: &&Adult| !a.pregnant && Decimal::from(a.age) < n.free_prescriptions_age.value;
    let annual: Money = household
        .adults
        .iter()
        .filter(paying)
        .map(|a| {
            (n.prescription_charge.money() * Decimal::from(a.prescription_items_monthly) * Decimal::from(12))
                .min(n.prepayment_certificate.money())
        })
        .sum();
    let value = Amounts::from_annual(annual, w.rounding);
    let rule = || format!("{}; {}; {}", limit.source, n.prescription_charge.source, n.prepayment_certificate.source);
    items.push(item(Help::NhsCosts, gets, value, w, rule, || {
        format!(
            "free prescriptions, dental treatment and sight tests with Universal Credit and take-home pay of {} or less in the last assessment period: {} a month{}; prescriptions valued at {} an item or a {} prepayment certificate a year, whichever is less, for each adult under {} and not pregnant (dental treatment and sight tests are not valued)",
            limit.money(),
            income.earned_monthly,
            why_not(income, within),
            n.prescription_charge.money(),
            n.prepayment_certificate.money(),
            n.free_prescriptions_age.value
        )
    }));
}
