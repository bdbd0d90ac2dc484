//! Rule sets: every rate and threshold the engine uses, one file per tax year under `rules/`, embedded at build time.
//!
//! A rule file is TOML. Each figure is a table with its `value`, `unit`, `period` (for money and hours), the date it
//! took `effect` and its `source` (legislation or an official rates page), plus an optional `note` (for example where an
//! independent model disagrees). The Rust types below are the schema: a missing figure, an unknown key, or a figure in
//! the wrong unit or period makes the file fail to load, and `tests/rules.rs` loads every file. A new tax year is a new
//! file and a golden test, never a code change.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use rust_decimal::Decimal;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize};

use crate::date::Date;
use crate::error::{Error, Problems};
use crate::hours::Hours;
use crate::money::Money;
use crate::tree::{self, FromNode, Node};

/// Text in a rule set: borrowed from the program for the embedded sets, owned for a caller's.
pub type Text = Cow<'static, str>;

// The rule files shipped with the engine, written out as the `RuleSet`s they hold (`embedded::SETS`), so that the
// engine carries neither a TOML parser nor the reader for its own rules. Generated from `rules/*.toml` by
// `embedded_source` (`UPDATE_RULES=1 cargo test -p tests --test rules`); that test fails when it is stale.
#[rustfmt::skip]
/// A figure's source in the embedded rule sets: its text, or, without the `sources` feature (the app, which loads
/// the texts only when it shows the working), its number in `web/sources.json` as "⟦n⟧".
#[cfg(feature = "sources")]
macro_rules! source {
    ($n:literal, $text:literal) => {
        Cow::Borrowed($text)
    };
}
#[cfg(not(feature = "sources"))]
macro_rules! source {
    ($n:literal, $text:literal) => {
        Cow::Borrowed(concat!("⟦", $n, "⟧"))
    };
}

mod embedded;

/// The rule files shipped with the engine as (file name, text), oldest first.
pub const EMBEDDED: &[(&str, &str)] = embedded::TEXTS;

/// The rule sets shipped with the engine, oldest first.
pub fn embedded() -> &'static [RuleSet] {
    &embedded::SETS
}

/// A rule-set value written out as the Rust expression that builds it, indented by `indent` spaces after its first
/// line; the rule set's structs get theirs from `rule_set!`.
#[cfg(feature = "toml")]
pub trait Literal {
    fn literal(&self, out: &mut String, indent: usize);
}

#[cfg(feature = "toml")]
impl Literal for Text {
    fn literal(&self, out: &mut String, _: usize) {
        out.push_str(&format!("Cow::Borrowed({:?})", &**self));
    }
}

#[cfg(feature = "toml")]
impl Literal for Decimal {
    fn literal(&self, out: &mut String, _: usize) {
        out.push_str(&format!("dec!({self})"));
    }
}

#[cfg(feature = "toml")]
impl Literal for Date {
    fn literal(&self, out: &mut String, _: usize) {
        out.push_str(&format!("Date::known({}, {}, {})", self.year(), self.month(), self.day()));
    }
}

/// A figure's `note` is left out: notes explain a figure to whoever maintains the file, and nothing shown reads them.
#[cfg(feature = "toml")]
impl<K: Kind> Literal for Param<K> {
    fn literal(&self, out: &mut String, _: usize) {
        out.push_str("Param { value: ");
        self.value.literal(out, 0);
        out.push_str(", effective: ");
        self.effective.literal(out, 0);
        out.push_str(", source: ");
        source_literal(&self.source, out);
        out.push_str(", note: None, kind: PhantomData }");
    }
}

#[cfg(feature = "toml")]
impl Literal for Switch {
    fn literal(&self, out: &mut String, _: usize) {
        out.push_str(&format!("Switch {{ value: {}, unit: \"flag\", effective: ", self.value));
        self.effective.literal(out, 0);
        out.push_str(", source: ");
        source_literal(&self.source, out);
        out.push_str(", note: None }");
    }
}

#[cfg(feature = "toml")]
thread_local! {
    /// The figures' sources `embedded_source` has written so far, each once, in order.
    static SOURCES: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A figure's source, as `source!` with its number among the sources written (see `source!`).
#[cfg(feature = "toml")]
fn source_literal(text: &str, out: &mut String) {
    let n = SOURCES.with_borrow_mut(|sources| match sources.iter().position(|t| t == text) {
        Some(n) => n,
        None => {
            sources.push(text.to_string());
            sources.len() - 1
        }
    });
    out.push_str(&format!("source!({n}, {text:?})"));
}

/// The source of `rules/embedded.rs` for the rule files `files` (their names and the sets read from them, oldest
/// first), and the figures' sources it numbers (`web/sources.json`, for the app).
#[cfg(feature = "toml")]
pub fn embedded_source(files: &[(&str, RuleSet)]) -> (String, Vec<String>) {
    SOURCES.with_borrow_mut(Vec::clear);
    let mut out = String::from(
        "//! The rule files in `rules/`, written out as the rule sets they hold: generated by `rules::embedded_source`\n\
         //! (`UPDATE_RULES=1 cargo test -p tests --test rules`); do not edit.\n\n\
         use super::*;\nuse rust_decimal_macros::dec;\n\npub const TEXTS: &[(&str, &str)] = &[\n",
    );
    for (name, _) in files {
        out.push_str(&format!("    ({name:?}, include_str!(\"../../../rules/{name}.toml\")),\n"));
    }
    out.push_str(&format!("];\n\npub static SETS: [RuleSet; {}] = [\n", files.len()));
    for (_, set) in files {
        out.push_str("    ");
        set.literal(&mut out, 4);
        out.push_str(",\n");
    }
    out.push_str("];\n");
    (out, SOURCES.take())
}

/// The embedded rule set whose date range contains `date`.
pub fn in_force_on(date: Date) -> Result<&'static RuleSet, Error> {
    embedded()
        .iter()
        .find(|set| set.valid_from <= date && date <= set.valid_to)
        .ok_or_else(|| Error::unmodelled(format!("no rule set covers {date}; the rule years available are {}", ids())))
}

/// The embedded rule set whose Universal Credit amounts apply to an assessment period beginning on `start`: the
/// latest whose `universal_credit_from` is on or before it. None if that is the last set and `start` is after its
/// year, whose next amounts the calculator does not have.
pub fn for_assessment_period(start: Date) -> Option<&'static RuleSet> {
    let sets = embedded();
    let at = sets.iter().rposition(|set| set.universal_credit_from <= start)?;
    (at + 1 < sets.len() || start <= sets[at].valid_to).then(|| &sets[at])
}

/// The embedded rule set with this id ("2026-27").
pub fn by_id(id: &str) -> Result<&'static RuleSet, Error> {
    embedded()
        .iter()
        .find(|set| set.id == id)
        .ok_or_else(|| Error::invalid("rule_year", format!("\"{id}\" is not a rule year; use one of {}", ids())))
}

pub fn ids() -> String {
    embedded().iter().map(|s| &*s.id).collect::<Vec<_>>().join(", ")
}

/// The rule set's structs: read by `tree::readable!` (every key required), and written out as Rust for the embedded
/// sets (`Literal`).
macro_rules! rule_set {
    ($(
        $(#[$meta:meta])*
        pub struct $name:ident { $( $(#[$field_meta:meta])* pub $field:ident: $type:ty, )* }
    )*) => {
        crate::readable! { $( $(#[$meta])* pub struct $name { $( $(#[$field_meta])* pub $field: $type, )* } )* }
        $(
            #[cfg(feature = "toml")]
            impl Literal for $name {
                fn literal(&self, out: &mut String, indent: usize) {
                    out.push_str(concat!(stringify!($name), " {\n"));
                    $(
                        out.push_str(&" ".repeat(indent + 4));
                        out.push_str(concat!(stringify!($field), ": "));
                        self.$field.literal(out, indent + 4);
                        out.push_str(",\n");
                    )*
                    out.push_str(&" ".repeat(indent));
                    out.push('}');
                }
            }
        )*
    };
}

rule_set! {
    /// All the figures for one tax year.
    #[derive(Clone, Debug, Serialize, JsonSchema)]
    pub struct RuleSet {
        /// The tax year, "2026-27".
        pub id: Text,
        /// Changes whenever a figure in the file changes: "2026-27.1".
        pub version: Text,
        pub valid_from: Date,
        pub valid_to: Date,
        /// The first day of the first Universal Credit assessment period that takes this year's UC amounts: each
        /// period takes the amounts in force on its first day (the up-rating order's "assessment period beginning on
        /// or after" the up-rating day), while tax and NI follow the pay date.
        pub universal_credit_from: Date,
        pub minimum_wage: MinimumWage,
        pub income_tax: IncomeTax,
        pub national_insurance: NationalInsurance,
        pub pension: Pension,
        pub universal_credit: UniversalCredit,
        pub esa: Esa,
        pub carers_allowance: CarersAllowance,
        pub child_benefit: ChildBenefit,
        pub scottish_child_payment: ScottishChildPayment,
        pub disability_benefits: DisabilityBenefits,
        pub state_pension_age: Param<Years>,
        pub help_in_kind: HelpInKind,
    }

    #[derive(Clone, Debug, Serialize, JsonSchema)]
    pub struct MinimumWage {
        pub national_living_wage: Param<PerHour>,
        /// The age from which the National Living Wage applies.
        pub national_living_wage_age: Param<Years>,
        pub age_18_to_20: Param<PerHour>,
        pub under_18: Param<PerHour>,
        pub apprentice: Param<PerHour>,
    }

    #[derive(Clone, Debug, Serialize, JsonSchema)]
    pub struct IncomeTax {
        pub personal_allowance: Param<PerYear>,
        /// Adjusted net income above which the personal allowance is withdrawn.
        pub allowance_taper_threshold: Param<PerYear>,
        /// How much allowance is lost for each pound above the threshold (50 %: £1 for every £2).
        pub allowance_taper_percent: Param<Percent>,
        pub rest_of_uk: RestOfUkBands,
        pub scotland: ScottishBands,
    }

    /// Bands for England, Wales and Northern Ireland; limits are on taxable income (after allowances).
    #[derive(Clone, Debug, Serialize, JsonSchema)]
    pub struct RestOfUkBands {
        pub basic_rate: Param<Percent>,
        pub basic_rate_limit: Param<PerYear>,
        pub higher_rate: Param<Percent>,
        pub higher_rate_limit: Param<PerYear>,
        pub additional_rate: Param<Percent>,
    }

    /// Scottish bands on non-savings, non-dividend income; limits are on taxable income (after allowances).
    #[derive(Clone, Debug, Serialize, JsonSchema)]
    pub struct ScottishBands {
        pub starter_rate: Param<Percent>,
        pub starter_rate_limit: Param<PerYear>,
        pub basic_rate: Param<Percent>,
        pub basic_rate_limit: Param<PerYear>,
        pub intermediate_rate: Param<Percent>,
        pub intermediate_rate_limit: Param<PerYear>,
        pub higher_rate: Param<Percent>,
        pub higher_rate_limit: Param<PerYear>,
        pub advanced_rate: Param<Percent>,
        pub advanced_rate_limit: Param<PerYear>,
        pub top_rate: Param<Percent>,
    }

    /// A threshold stated for each pay period, as HMRC and the Pensions Regulator publish them.
    #[derive(Clone, Debug, Serialize, JsonSchema)]
    pub struct PerPayPeriod {
        pub week: Param<PerWeek>,
        pub fortnight: Param<PerFortnight>,
        pub four_weeks: Param<PerFourWeeks>,
        pub month: Param<PerMonth>,
    }

    #[derive(Clone, Debug, Serialize, JsonSchema)]
    pub struct NationalInsurance {
        pub primary_threshold: PerPayPeriod,
        pub upper_earnings_limit: PerPayPeriod,
        pub main_rate: Param<Percent>,
        pub upper_rate: Param<Percent>,
    }

    /// Automatic enrolment into a workplace pension (Pensions Act 2008).
    #[derive(Clone, Debug, Serialize, JsonSchema)]
    pub struct Pension {
        pub earnings_trigger: PerPayPeriod,
        pub qualifying_earnings_lower: PerPayPeriod,
        pub qualifying_earnings_upper: PerPayPeriod,
        /// The employee's share of the minimum total contribution on qualifying earnings.
        pub employee_minimum_percent: Param<Percent>,
        /// The youngest age at which a worker must be enrolled.
        pub minimum_age: Param<Years>,
    }

    #[derive(Clone, Debug, Serialize, JsonSchema)]
    // Named apart from the result's `UniversalCredit` working, for the TypeScript declarations.
    #[schemars(rename = "UniversalCreditRules")]
    pub struct UniversalCredit {
        /// The age from which the higher standard allowance applies.
        pub standard_allowance_age: Param<Years>,
        pub standard_allowance: StandardAllowance,
        pub child_element_first_born_before_6_april_2017: Param<PerMonth>,
        pub child_element: Param<PerMonth>,
        /// Whether the child element is limited to two children (other than those born before 6 April 2017 and the
        /// exceptions).
        pub two_child_limit: Switch,
        pub disabled_child_addition_lower: Param<PerMonth>,
        pub disabled_child_addition_higher: Param<PerMonth>,
        pub lcw_element: Param<PerMonth>,
        pub lcwra_element_protected: Param<PerMonth>,
        pub lcwra_element_new_claimant: Param<PerMonth>,
        pub carer_element: Param<PerMonth>,
        pub childcare_percent: Param<Percent>,
        pub childcare_max_one_child: Param<PerMonth>,
        pub childcare_max_two_or_more_children: Param<PerMonth>,
        pub work_allowance_higher: Param<PerMonth>,
        pub work_allowance_lower: Param<PerMonth>,
        pub taper_percent: Param<Percent>,
        pub capital_lower_limit: Param<Lump>,
        pub capital_upper_limit: Param<Lump>,
        /// Tariff income is `tariff_income_per_band` for each `tariff_band` (or part of one) above the lower limit.
        pub tariff_band: Param<Lump>,
        pub tariff_income_per_band: Param<PerMonth>,
        pub minimum_award: Param<PerMonth>,
        pub under_occupancy_one_bedroom_percent: Param<Percent>,
        pub under_occupancy_two_or_more_bedrooms_percent: Param<Percent>,
        pub non_dependant_deduction: Param<PerMonth>,
        /// Non-dependants younger than this make no housing cost contribution.
        pub non_dependant_minimum_age: Param<Years>,
        pub benefit_cap: BenefitCap,
    }

    #[derive(Clone, Debug, Serialize, JsonSchema)]
    pub struct StandardAllowance {
        pub single_under_25: Param<PerMonth>,
        pub single_25_or_over: Param<PerMonth>,
        pub couple_both_under_25: Param<PerMonth>,
        pub couple_either_25_or_over: Param<PerMonth>,
    }

    #[derive(Clone, Debug, Serialize, JsonSchema)]
    pub struct BenefitCap {
        pub single_outside_london: Param<PerYear>,
        pub single_in_london: Param<PerYear>,
        pub couple_or_parent_outside_london: Param<PerYear>,
        pub couple_or_parent_in_london: Param<PerYear>,
        /// The earnings exception is this many hours a week at the National Living Wage, as a monthly amount.
        pub earnings_exception_hours: Param<HoursPerWeek>,
        /// The published monthly figure, checked in a test against the one the engine works out.
        pub earnings_exception: Param<PerMonth>,
    }

    /// New-style Employment and Support Allowance.
    #[derive(Clone, Debug, Serialize, JsonSchema)]
    pub struct Esa {
        pub assessment_rate_under_25: Param<PerWeek>,
        pub assessment_rate_25_or_over: Param<PerWeek>,
        pub main_phase_rate: Param<PerWeek>,
        pub support_component: Param<PerWeek>,
        pub permitted_work_lower_limit: Param<PerWeek>,
        /// Permitted work under the higher limit must be for fewer than this many hours a week.
        pub permitted_work_hours: Param<HoursPerWeek>,
        /// The higher limit is this many hours at the National Living Wage, rounded up to the next 50p.
        pub permitted_work_higher_limit_hours: Param<HoursPerWeek>,
        /// The published weekly figure, checked in a test against the one the engine works out.
        pub permitted_work_higher_limit: Param<PerWeek>,
        /// The share of pension contributions deducted from earnings for permitted work.
        pub pension_deduction_percent: Param<Percent>,
    }

    #[derive(Clone, Debug, Serialize, JsonSchema)]
    pub struct CarersAllowance {
        pub rate: Param<PerWeek>,
        pub earnings_limit: Param<PerWeek>,
        pub caring_hours: Param<HoursPerWeek>,
        /// The share of pension contributions deducted from earnings.
        pub pension_deduction_percent: Param<Percent>,
        /// Care costs deducted from earnings are capped at this share of net earnings.
        pub care_costs_max_percent: Param<Percent>,
        /// Carer's Allowance Supplement in Scotland, the payment for April to September (`effective`: its payday).
        pub scottish_supplement_summer: Param<Lump>,
        /// The payment for October to March (`effective`: its payday).
        pub scottish_supplement_winter: Param<Lump>,
        /// Scottish Carer Supplement, paid with Carer Support Payment from 15 March 2026.
        pub scottish_carer_supplement: Param<PerWeek>,
    }

    #[derive(Clone, Debug, Serialize, JsonSchema)]
    pub struct ChildBenefit {
        pub eldest_child: Param<PerWeek>,
        pub other_child: Param<PerWeek>,
        pub hicbc_threshold: Param<PerYear>,
        /// One percent of the Child Benefit is charged for each this many pounds of income above the threshold.
        pub hicbc_income_per_percent: Param<Lump>,
    }

    #[derive(Clone, Debug, Serialize, JsonSchema)]
    pub struct ScottishChildPayment {
        pub rate: Param<PerWeek>,
        /// Paid for children younger than this.
        pub maximum_age: Param<Years>,
    }

    #[derive(Clone, Debug, Serialize, JsonSchema)]
    pub struct DisabilityBenefits {
        pub pip_daily_living_standard: Param<PerWeek>,
        pub pip_daily_living_enhanced: Param<PerWeek>,
        pub pip_mobility_standard: Param<PerWeek>,
        pub pip_mobility_enhanced: Param<PerWeek>,
        pub dla_care_lowest: Param<PerWeek>,
        pub dla_care_middle: Param<PerWeek>,
        pub dla_care_highest: Param<PerWeek>,
        pub dla_mobility_lower: Param<PerWeek>,
        pub dla_mobility_higher: Param<PerWeek>,
        pub adp_daily_living_standard: Param<PerWeek>,
        pub adp_daily_living_enhanced: Param<PerWeek>,
        pub adp_mobility_standard: Param<PerWeek>,
        pub adp_mobility_enhanced: Param<PerWeek>,
    }

    /// Help that is not cash and that earnings or Universal Credit decide (`law::help_in_kind`).
    #[derive(Clone, Debug, Serialize, JsonSchema)]
    pub struct HelpInKind {
        pub free_school_meals: FreeSchoolMeals,
        pub nhs_costs: NhsCosts,
        pub healthy_start: HealthyStart,
        pub best_start_foods: BestStartFoods,
        pub warm_home_discount: WarmHomeDiscount,
        pub cold_weather_payment: ColdWeatherPayment,
        pub sure_start_maternity_grant: SureStartMaternityGrant,
        pub winter_heating_payment: WinterHeatingPayment,
        pub pregnancy_and_baby_payment: PregnancyAndBabyPayment,
        pub broadband_social_tariff: BroadbandSocialTariff,
    }

    #[derive(Clone, Debug, Serialize, JsonSchema)]
    pub struct FreeSchoolMeals {
        /// What a school lunch is worth, where the household gives no value of its own.
        pub meal_value_england: Param<Lump>,
        pub meal_value_wales: Param<Lump>,
        pub meal_value_scotland: Param<Lump>,
        /// School days in a school year.
        pub school_days: Param<Days>,
        /// Universal Credit's earnings test in England and in Wales: earned income in the last assessment period at
        /// most this (or over the last two or three, twice or three times it: £7,400 a year).
        pub earnings_limit_england: Param<PerMonth>,
        pub earnings_limit_wales: Param<PerMonth>,
        /// Scotland's: earned income in the assessment period before the claim at most this.
        pub earnings_limit_scotland: Param<PerMonth>,
        /// In England, a pupil who has free school meals keeps them whatever the earnings (transitional protection),
        /// until `england_every_universal_credit_household` takes effect and the protections end.
        pub england_protection: Switch,
        /// From its effective date, every child at school in England whose household gets Universal Credit, with no
        /// earnings test.
        pub england_every_universal_credit_household: Switch,
    }

    #[derive(Clone, Debug, Serialize, JsonSchema)]
    pub struct NhsCosts {
        /// Take-home pay in the last assessment period at most this: free prescriptions, dental treatment and sight
        /// tests in England.
        pub earnings_limit: Param<PerMonth>,
        /// The limit with a child element or limited capability for work.
        pub earnings_limit_higher: Param<PerMonth>,
        pub prescription_charge: Param<Lump>,
        /// The 12-month prescription prepayment certificate.
        pub prepayment_certificate: Param<PerYear>,
        /// Prescriptions are free from this age anyway.
        pub free_prescriptions_age: Param<Years>,
        /// Prescriptions are free for everyone in Wales, and in Scotland.
        pub free_prescriptions_wales: Switch,
        pub free_prescriptions_scotland: Switch,
    }

    #[derive(Clone, Debug, Serialize, JsonSchema)]
    pub struct HealthyStart {
        /// The family's take-home pay a month at most this, with Universal Credit.
        pub earnings_limit: Param<PerMonth>,
        /// For each pregnancy and each child from one to under `maximum_age`.
        pub weekly_value: Param<PerWeek>,
        pub weekly_value_under_one: Param<PerWeek>,
        pub maximum_age: Param<Years>,
    }

    #[derive(Clone, Debug, Serialize, JsonSchema)]
    pub struct BestStartFoods {
        pub weekly_value: Param<PerWeek>,
        pub weekly_value_under_one: Param<PerWeek>,
        pub maximum_age: Param<Years>,
    }

    #[derive(Clone, Debug, Serialize, JsonSchema)]
    pub struct WarmHomeDiscount {
        /// The rebate on the electricity bill in England and Wales, a scheme year, for a household getting a
        /// means-tested benefit on the qualifying date.
        pub rebate: Param<PerYear>,
    }

    /// England and Wales, for each 7-day cold spell: information, not valued (the number of spells is the weather's).
    #[derive(Clone, Debug, Serialize, JsonSchema)]
    pub struct ColdWeatherPayment {
        pub per_cold_spell: Param<Lump>,
    }

    /// England and Wales, once for a baby: information, not valued as a week's help.
    #[derive(Clone, Debug, Serialize, JsonSchema)]
    pub struct SureStartMaternityGrant {
        pub grant: Param<Lump>,
    }

    /// Scotland, once each winter: information, not valued (no amount for these years was found).
    #[derive(Clone, Debug, Serialize, JsonSchema)]
    pub struct WinterHeatingPayment {
        pub latest_published: Param<PerYear>,
    }

    /// Scotland's Best Start Grant for a pregnancy or a baby: information, not valued (no amount for these years was
    /// found).
    #[derive(Clone, Debug, Serialize, JsonSchema)]
    pub struct PregnancyAndBabyPayment {
        pub first_child: Param<Lump>,
        pub later_child: Param<Lump>,
    }

    /// What providers charge for broadband social tariffs: information, not valued (no national figure).
    #[derive(Clone, Debug, Serialize, JsonSchema)]
    pub struct BroadbandSocialTariff {
        pub typical_from: Param<PerMonth>,
        pub typical_to: Param<PerMonth>,
    }
}

impl RuleSet {
    /// The highest rate of income tax in any nation, in percent.
    pub fn highest_tax_rate(&self) -> Decimal {
        let (r, s) = (&self.income_tax.rest_of_uk, &self.income_tax.scotland);
        [&r.basic_rate, &r.higher_rate, &r.additional_rate, &s.starter_rate, &s.basic_rate, &s.intermediate_rate]
            .into_iter()
            .chain([&s.higher_rate, &s.advanced_rate, &s.top_rate])
            .map(|rate| rate.value)
            .fold(Decimal::ZERO, Decimal::max)
    }

    /// The higher of the two rates of employee's NI, in percent.
    pub fn highest_ni_rate(&self) -> Decimal {
        self.national_insurance.main_rate.value.max(self.national_insurance.upper_rate.value)
    }

    /// Parses and checks a rule file: a caller may bring their own (for example next April's figures). Only with the
    /// `toml` feature: the embedded files are parsed at build time, so the engine itself needs no TOML parser.
    #[cfg(feature = "toml")]
    pub fn from_toml(text: &str) -> Result<RuleSet, Error> {
        let deserializer = toml::Deserializer::parse(text).map_err(|e| Error::invalid("rules", e.message()))?;
        read(deserializer)
    }
}

/// Reads and checks a rule set from any serde format (a TOML file, a JavaScript object), reporting a bad figure by its
/// path inside `rules` (e.g. `rules.universal_credit.taper_percent`).
pub fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<RuleSet, Error> {
    let tree = Node::deserialize(deserializer).map_err(|e| Error::invalid("rules", e.to_string()))?;
    from_tree(&tree)
}

/// Reads and checks a rule set from a tree (one made by the caller, for example from a JavaScript value).
pub fn from_tree(tree: &Node) -> Result<RuleSet, Error> {
    let set = RuleSet::from_node(tree).map_err(|e| Error::from(e.inside("rules")))?;
    let mut p = Problems::default();
    if set.valid_to < set.valid_from {
        p.invalid("rules.valid_to", "is before valid_from");
    }
    if set.universal_credit_from < set.valid_from || set.universal_credit_from > set.valid_to {
        p.invalid("rules.universal_credit_from", "must fall within valid_from to valid_to");
    }
    // Figures the engine divides by: a pound at least, so that no quotient is undefined or beyond the arithmetic.
    let divisors = [
        ("rules.universal_credit.tariff_band.value", set.universal_credit.tariff_band.value),
        ("rules.child_benefit.hicbc_income_per_percent.value", set.child_benefit.hicbc_income_per_percent.value),
    ];
    for (field, value) in divisors {
        if value < Decimal::ONE {
            p.invalid(field, "must be at least 1 (the engine divides by it)");
        }
    }
    // What an extra pound of pay can lose: the highest tax rate (raised by the allowance taper), the higher NI rate and
    // the pension minimum. Beyond all of it, take-home pay would fall as pay rises, and could fall below nothing.
    let it = &set.income_tax;
    let taper = it.allowance_taper_percent.value;
    let tax = set.highest_tax_rate() * (Decimal::ONE_HUNDRED + taper) / Decimal::ONE_HUNDRED;
    let ni = set.highest_ni_rate();
    let pension = set.pension.employee_minimum_percent.value;
    if tax + ni + pension > Decimal::ONE_HUNDRED {
        p.invalid(
            "rules.national_insurance",
            format!(
                "with the highest income tax rate ({tax} % with the allowance taper), the higher NI rate ({ni} %) and the pension minimum ({pension} %), more than all of an extra pound of pay would be deducted"
            ),
        );
    }
    // The tax on ESA and Carer's Allowance is taken from pay through the PAYE code (`calculation`). Benefits beyond the
    // personal allowance would need a K code, whose deductions are limited to half of pay (Income Tax (PAYE)
    // Regulations 2003 reg. 23) with the rest collected later: not modelled, and with little or no pay take-home pay
    // would come out below nothing. Carer's Allowance overlaps ESA, so a person gets at most the larger of the two.
    let (esa, ca) = (&set.esa, &set.carers_allowance);
    let esa_most = [&esa.assessment_rate_under_25, &esa.assessment_rate_25_or_over, &esa.main_phase_rate]
        .into_iter()
        .map(|rate| rate.value)
        .max()
        .unwrap_or_default()
        + esa.support_component.value;
    let most_benefits = esa_most.max(ca.rate.value + ca.scottish_carer_supplement.value) * Decimal::from(52)
        + ca.scottish_supplement_summer.value
        + ca.scottish_supplement_winter.value;
    let tapered =
        (most_benefits - it.allowance_taper_threshold.value).max(Decimal::ZERO) * taper / Decimal::ONE_HUNDRED;
    if most_benefits > it.personal_allowance.value - tapered {
        p.invalid(
            "rules.income_tax.personal_allowance.value",
            format!(
                "must be at least the most taxable benefit a person can get in these rules ({most_benefits} a year of ESA or Carer's Allowance), after the taper: tax on benefits beyond the allowance is not modelled"
            ),
        );
    }
    p.into_result(set)
}

/// The largest value a rule file may hold.
const MAX_VALUE: i64 = 1_000_000_000;

/// What a figure measures; the file must say the same as the schema.
pub trait Kind {
    /// The name of the figure's schema ("PerMonth").
    const NAME: &'static str;
    const UNIT: &'static str;
    const PERIOD: Option<&'static str>;
}

macro_rules! kinds {
    ($($name:ident => $unit:literal, $period:expr;)*) => {$(
        #[derive(Clone, Copy, Debug)]
        pub struct $name;
        impl Kind for $name {
            const NAME: &'static str = stringify!($name);
            const UNIT: &'static str = $unit;
            const PERIOD: Option<&'static str> = $period;
        }
    )*};
}

kinds! {
    PerHour => "gbp", Some("hour");
    PerWeek => "gbp", Some("week");
    PerFortnight => "gbp", Some("fortnight");
    PerFourWeeks => "gbp", Some("four_weeks");
    PerMonth => "gbp", Some("month");
    PerYear => "gbp", Some("year");
    Lump => "gbp", None;
    Percent => "percent", None;
    HoursPerWeek => "hours", Some("week");
    Years => "years", None;
    Days => "days", None;
}

/// One figure with its provenance. Its unit and period are its kind's (`K::UNIT`, `K::PERIOD`): checked when it is
/// read, and written out with it.
#[derive(Clone, Debug)]
pub struct Param<K: Kind> {
    pub value: Decimal,
    pub effective: Date,
    pub source: Text,
    /// For whoever maintains the figure. Left out of the embedded rule sets (`Literal`), kept from a caller's.
    pub note: Option<Text>,
    kind: PhantomData<K>,
}

impl<K: Kind> Serialize for Param<K> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("value", &self.value)?;
        map.serialize_entry("unit", K::UNIT)?;
        if let Some(period) = K::PERIOD {
            map.serialize_entry("period", period)?;
        }
        map.serialize_entry("effective", &self.effective)?;
        map.serialize_entry("source", &self.source)?;
        if let Some(note) = &self.note {
            map.serialize_entry("note", note)?;
        }
        map.end()
    }
}

impl<K: Kind> Param<K> {
    pub fn money(&self) -> Money {
        Money::new(self.value)
    }
}

crate::readable! {
    /// A figure as a rule file writes it, before its unit and period are checked.
    #[derive(Serialize)]
    struct RawParam<V> {
        value: V,
        unit: Text,
        period: Option<Text> = default,
        effective: Date,
        source: Text,
        note: Option<Text> = default,
    }
}

impl<K: Kind> tree::ToNode for Param<K> {
    fn to_node(&self) -> Node {
        let raw = RawParam {
            value: self.value,
            unit: K::UNIT.into(),
            period: K::PERIOD.map(Into::into),
            effective: self.effective,
            source: self.source.clone(),
            note: self.note.clone(),
        };
        tree::ToNode::to_node(&raw)
    }
}

impl tree::ToNode for Switch {
    fn to_node(&self) -> Node {
        let raw = RawParam {
            value: self.value,
            unit: self.unit.into(),
            period: None,
            effective: self.effective,
            source: self.source.clone(),
            note: self.note.clone(),
        };
        tree::ToNode::to_node(&raw)
    }
}

impl<K: Kind> FromNode for Param<K> {
    fn from_node(node: &Node) -> Result<Self, tree::Error> {
        let raw = read_param(node, K::UNIT, K::PERIOD)?;
        Ok(Param { value: raw.value, effective: raw.effective, source: raw.source, note: raw.note, kind: PhantomData })
    }
}

/// Reads one figure and checks it against the unit and period its place in the schema wants.
fn read_param(node: &Node, unit: &str, period: Option<&str>) -> Result<RawParam<Decimal>, tree::Error> {
    let raw = RawParam::<Decimal>::from_node(node)?;
    if raw.unit != unit {
        return Err(tree::Error::new(format!("unit must be \"{unit}\", not \"{}\"", raw.unit)));
    }
    if raw.period.as_deref() != period {
        return Err(tree::Error::new(format!(
            "period must be {}, not {}",
            period.map_or("absent".to_string(), |p| format!("\"{p}\"")),
            raw.period.as_deref().map_or("absent".to_string(), |p| format!("\"{p}\""))
        )));
    }
    check_source(&raw.source)?;
    if raw.value.is_sign_negative() {
        return Err(tree::Error::new("value must not be negative"));
    }
    // The most a figure of each unit can mean: all of something, every hour of a week, a lifetime.
    let most = match unit {
        "percent" => Some(Decimal::ONE_HUNDRED),
        "hours" => Some(Hours::WEEK),
        "years" => Some(Decimal::from(150)),
        "days" => Some(Decimal::from(366)),
        _ => None,
    };
    if let Some(most) = most.filter(|m| raw.value > *m) {
        return Err(tree::Error::new(format!("value must be at most {most} (a {unit} figure)")));
    }
    // Amounts of money are in pence, as the law and the rates tables give them: a fraction of a penny would put the
    // elements' sum, and so the award rounded from it, between two pence.
    if unit == "gbp" && raw.value.round_dp(2) != raw.value {
        return Err(tree::Error::new("value must be in whole pence (at most two decimal places)"));
    }
    // Far above any real rate or threshold; keeps the engine's arithmetic clear of overflow with a caller's file.
    if raw.value > Decimal::from(MAX_VALUE) {
        return Err(tree::Error::new(format!("value must be at most {MAX_VALUE}")));
    }
    Ok(raw)
}

impl<K: Kind> JsonSchema for Param<K> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("Param{}", K::NAME).into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let mut schema = json_schema!({
            "type": "object",
            "properties": {
                "value": generator.subschema_for::<Decimal>(),
                "unit": { "type": "string", "const": K::UNIT },
                "effective": generator.subschema_for::<Date>(),
                "source": { "type": "string", "description": "The legislation or official page the value comes from." },
                "note": { "type": "string" }
            },
            "required": ["value", "unit", "effective", "source"],
            "additionalProperties": false
        });
        if let Some(period) = K::PERIOD {
            let object = schema.as_object_mut().expect("a schema object");
            object["properties"]["period"] = json_schema!({ "type": "string", "const": period }).to_value();
            object["required"].as_array_mut().expect("a list").push("period".into());
        }
        schema
    }
}

/// A rule that is either in force or not (for example the two-child limit).
#[derive(Clone, Debug, Serialize)]
pub struct Switch {
    pub value: bool,
    /// Always "flag": written out so that a rule set serialises as a rule file does.
    pub unit: &'static str,
    pub effective: Date,
    pub source: Text,
    /// For whoever maintains the figure. Left out of the embedded rule sets (`Literal`), kept from a caller's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

impl JsonSchema for Switch {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Switch".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "object",
            "properties": {
                "value": { "type": "boolean" },
                "unit": { "type": "string", "const": "flag" },
                "effective": generator.subschema_for::<Date>(),
                "source": { "type": "string", "description": "The legislation or official page the value comes from." },
                "note": { "type": "string" }
            },
            "required": ["value", "unit", "effective", "source"],
            "additionalProperties": false
        })
    }
}

impl FromNode for Switch {
    fn from_node(node: &Node) -> Result<Self, tree::Error> {
        let raw = RawParam::<bool>::from_node(node)?;
        if raw.unit != "flag" || raw.period.is_some() {
            return Err(tree::Error::new("unit must be \"flag\" with no period"));
        }
        check_source(&raw.source)?;
        Ok(Switch { value: raw.value, unit: "flag", effective: raw.effective, source: raw.source, note: raw.note })
    }
}

fn check_source(source: &str) -> Result<(), tree::Error> {
    if source.trim().len() < 10 {
        return Err(tree::Error::new("source must name the legislation or official page the value comes from"));
    }
    Ok(())
}

impl fmt::Display for RuleSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (version {}, {} to {})", self.id, self.version, self.valid_from, self.valid_to)
    }
}
