//! Properties that must hold for every household, checked on random ones.

use calc_core::calculation::{calculate, compute};
use calc_core::household::{validate, Household};
use calc_core::warnings::{with_hours, REACH_HOURS};
use calc_core::{Money, RawHousehold};
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{json, Value};

fn pick<T: Clone + std::fmt::Debug + 'static>(items: &[T]) -> impl Strategy<Value = T> {
    proptest::sample::select(items.to_vec())
}

fn money(max_pence: i64) -> impl Strategy<Value = String> {
    (0..=max_pence).prop_map(|p| Decimal::new(p, 2).to_string())
}

fn adult() -> impl Strategy<Value = Value> {
    (
        18..66_i64,
        (0..=4800_i64, 1000..=2000_i64, pick(&["weekly", "fortnightly", "four_weekly", "monthly"])),
        pick(&["none", "lcw", "lcw_with_element", "lcwra_protected", "lcwra_new_claimant"]),
        (any::<bool>(), any::<bool>()),
        pick(&["none", "assessment_phase", "work_related_activity_group", "support_group"]),
        pick(&["none", "standard", "enhanced"]),
        pick(&["auto_enrolment", "opted_out"]),
    )
        .prop_map(|(age, (hours, wage, frequency), health, (cares, claims_ca), esa, pip, pension)| {
            json!({
                "age": age,
                "job": {
                    "hours_per_week": Decimal::new(hours, 2).to_string(),
                    "hourly_wage": Decimal::new(wage, 2).to_string(),
                    "pay_frequency": frequency,
                },
                "uc_health": health,
                "cares_35_hours": cares,
                "claims_carers_allowance": cares && claims_ca,
                "esa": esa,
                "disability_benefits": { "pip_daily_living": pip },
                "pension": { "scheme": pension },
            })
        })
}

fn child() -> impl Strategy<Value = Value> {
    (0..19_i64, any::<bool>(), pick(&["none", "none", "lower", "higher"]))
        .prop_map(|(age, before_2017, disability)| json!({ "age": age, "born_before_6_april_2017": before_2017 && age >= 9, "disability": disability }))
}

fn housing() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(json!({ "tenure": "none" })),
        (money(150_000), 0..3_i64).prop_map(
            |(rent, spare)| json!({ "tenure": "social_rent", "rent_monthly": rent, "spare_bedrooms": spare })
        ),
        (money(200_000), money(150_000))
            .prop_map(|(rent, lha)| json!({ "tenure": "private_rent", "rent_monthly": rent, "lha_monthly": lha })),
    ]
}

prop_compose! {
    fn household()(
        date in pick(&["2025-10-01", "2026-10-01"]),
        nation in pick(&["england", "scotland", "wales"]),
        london in any::<bool>(),
        adults in proptest::collection::vec(adult(), 1..=2),
        children in proptest::collection::vec(child(), 0..=4),
        housing in housing(),
        childcare in money(150_000),
        savings in money(2_000_000),
        non_dependants in proptest::collection::vec((16..70_i64, any::<bool>()), 0..=2),
    ) -> Value {
        let has_children = !children.is_empty();
        json!({
            "date": date,
            "nation": nation,
            "in_london": london && nation == "england",
            "adults": adults,
            "children": children,
            "housing": housing,
            "childcare_costs_monthly": if has_children { childcare } else { "0".to_string() },
            "savings": savings,
            "non_dependants": non_dependants.iter().map(|(age, exempt)| json!({ "age": age, "exempt": exempt })).collect::<Vec<_>>(),
        })
    }
}

fn valid(value: Value) -> (Household, &'static calc_core::RuleSet) {
    let raw: RawHousehold = tests::household(value).expect("generated households are well formed");
    validate(&raw).expect("generated households are valid")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn benefits_are_never_negative(value in household()) {
        let (household, rules) = valid(value);
        let result = compute(&household, rules, false);
        let t = &result.household;
        for (name, amount) in [
            ("universal_credit", t.universal_credit.monthly),
            ("esa", t.esa.weekly),
            ("carers_allowance", t.carers_allowance.weekly),
            ("child_benefit", t.child_benefit.weekly),
            ("scottish_child_payment", t.scottish_child_payment.weekly),
            ("net_earnings", t.net_earnings.annual),
            ("income_tax", t.income_tax.annual),
        ] {
            prop_assert!(amount >= Money::ZERO, "{name} is {amount}");
        }
        prop_assert!(result.universal_credit.award <= result.universal_credit.maximum_amount);
    }

    /// With the same benefits other than UC at both points and the benefit cap not biting, more hours never mean
    /// more UC (once in work: starting work can add the childcare element).
    #[test]
    fn universal_credit_never_rises_with_earnings(value in household(), extra in 1..2000_i64) {
        let (household, rules) = valid(value);
        let before = compute(&household, rules, false);
        let hours = household.adults[0].job.hours_per_week;
        prop_assume!(hours > Decimal::ZERO);
        let after = compute(&with_hours(&household, 0, hours + Decimal::new(extra, 2)), rules, false);
        prop_assume!(before.household.esa == after.household.esa && before.household.carers_allowance == after.household.carers_allowance);
        prop_assume!(before.universal_credit.benefit_cap.reduction.is_zero() && after.universal_credit.benefit_cap.reduction.is_zero());
        prop_assert!(
            after.universal_credit.award <= before.universal_credit.award,
            "UC rose from {} to {} when hours rose from {hours}", before.universal_credit.award, after.universal_credit.award
        );
    }

    /// Net income does not fall when hours rise, except at a cliff edge, and every cliff crossed is one the warnings
    /// at the starting hours report (within reach of them). A penny of rounding is allowed.
    #[test]
    fn net_income_falls_only_at_a_reported_cliff(value in household(), step in 1..400_i64) {
        let (household, rules) = valid(value);
        let hours = household.adults[0].job.hours_per_week;
        let step = Decimal::new(step, 2);
        let before = calculate(&household, rules);
        let after = compute(&with_hours(&household, 0, hours + step), rules, false);
        let (b, a) = (before.household.total_net_income.annual, after.household.total_net_income.annual);
        if a + Money::new(Decimal::new(52, 2)) < b {
            let reported = before.warnings.iter().any(|w| {
                w.adult == Some(0) && w.hours_per_week.is_some_and(|h| h > hours && h <= hours + step && h - hours <= REACH_HOURS)
            });
            prop_assert!(reported, "net income fell from {b} to {a} a year between {hours} and {} hours with no cliff warning: {:?}", hours + step, before.warnings);
        }
    }

    /// Arbitrary, often nonsensical, input never panics: it is either calculated or refused with named fields.
    #[test]
    fn no_input_panics(value in wild_household()) {
        match tests::household(value).and_then(|raw| calc_core::calculate(&raw)) {
            Ok(result) => prop_assert!(result.household.universal_credit.monthly >= Money::ZERO),
            Err(e) => prop_assert!(!e.errors.is_empty()),
        }
    }
}

fn wild_number() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(|f| json!(f)),
        Just(json!("-1")),
        Just(json!("1e30")),
        Just(json!("99999999999999999999999999")),
        Just(json!("abc")),
        Just(json!(null)),
    ]
}

prop_compose! {
    fn wild_household()(
        age in wild_number(), hours in wild_number(), wage in wild_number(), child_age in wild_number(),
        rent in wild_number(), savings in wild_number(), adults in 0..4_usize,
        nation in pick(&["england", "scotland", "wales", "northern_ireland", "mars"]),
    ) -> Value {
        let adult = json!({ "age": age, "job": { "hours_per_week": hours, "hourly_wage": wage } });
        json!({
            "date": "2026-10-01",
            "nation": nation,
            "adults": vec![adult; adults],
            "children": [{ "age": child_age }],
            "housing": { "tenure": "private_rent", "rent_monthly": rent, "lha_monthly": rent },
            "savings": savings,
        })
    }
}
