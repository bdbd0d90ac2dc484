//! Properties that must hold for every household, checked on random ones.

use calc_core::analysis::warnings::REACH_HOURS;
use calc_core::calculate_household;
use calc_core::compute;
use calc_core::input::household::Household;
use calc_core::input::PayFrequency;
use calc_core::validate;
use calc_core::{Money, RawHousehold};
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{json, Value};
use tests::generators::{household, pick};

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

    /// The month by month figures cover a year: twelve assessment periods end to end from the one holding the date,
    /// each adult's paydays inside their period and as many as a year of their pay frequency holds, and UC within its
    /// bounds in every period.
    #[test]
    fn months_cover_a_year_of_paydays(mut value in household(), claim_day in 1..=31_i64, payday in -800..800_i64) {
        value["assessment_period_day"] = json!(claim_day);
        // A payday up to two years either side of the date.
        let date: calc_core::Date = value["date"].as_str().unwrap().parse().unwrap();
        value["adults"][0]["job"]["payday"] = json!(date.add_days(payday).to_string());
        let (household, rules) = valid(value);
        let result = calculate_household(&household, rules);
        let months = &result.months;
        prop_assert_eq!(months.len(), 12);
        prop_assert!(months[0].start <= household.date && household.date <= months[0].end);
        for pair in months.windows(2) {
            prop_assert_eq!(pair[0].end.add_days(1), pair[1].start);
            prop_assert!((28..=31).contains(&pair[0].start.days_until(pair[1].start)));
        }
        for (i, adult) in household.adults.iter().enumerate() {
            let count: usize = months.iter().map(|m| m.paydays[i].len()).sum();
            let expected = match adult.job.pay_frequency {
                _ if adult.job.hours_per_week.is_zero() => 0..=0,
                PayFrequency::Weekly => 52..=53,
                PayFrequency::Fortnightly => 26..=27,
                PayFrequency::FourWeekly => 13..=14,
                PayFrequency::Monthly => 12..=12,
            };
            prop_assert!(expected.contains(&count), "adult {i}: {count} paydays");
            for m in months {
                prop_assert!(m.paydays[i].iter().all(|d| m.start <= *d && *d <= m.end));
            }
        }
        // The periods of the headline's rule year: at most its maximum amount (a later rule year's can be higher).
        for m in months.iter().filter(|m| m.rule_year == result.universal_credit_rule_set.id) {
            prop_assert!(m.universal_credit >= Money::ZERO && m.universal_credit <= result.universal_credit.maximum_amount);
        }
    }

    /// Paid monthly, on the day each period begins, every period has one payday and, in the same rule year, the main
    /// calculation's UC.
    #[test]
    fn monthly_pay_gives_each_period_the_averaged_award(mut value in household(), claim_day in 1..=28_i64) {
        value["assessment_period_day"] = json!(claim_day);
        for adult in value["adults"].as_array_mut().unwrap() {
            adult["job"]["pay_frequency"] = json!("monthly");
        }
        let (household, rules) = valid(value);
        let result = calculate_household(&household, rules);
        // Each period of the headline's rule year (`rule_year`: a period from the April up-rating takes its own).
        for m in result.months.iter().filter(|m| m.rule_year == result.universal_credit_rule_set.id) {
            prop_assert_eq!(m.universal_credit, result.universal_credit.award, "period from {}", m.start);
            let earned: Money = result.adults.iter().map(|a| a.uc_earned_income.monthly).sum();
            prop_assert_eq!(m.earned_income, earned);
        }
    }

    /// With the same benefits other than UC at both points, the benefit cap not biting and no pension starting, more
    /// hours never mean more UC (once in work: starting work can add the childcare element).
    #[test]
    fn universal_credit_never_rises_with_earnings(value in household(), extra in 1..2000_i64) {
        let (household, rules) = valid(value);
        let before = compute(&household, rules, false);
        let hours = household.adults[0].job.hours_per_week;
        prop_assume!(hours > Decimal::ZERO);
        let after = compute(&household.with_hours(0, hours + Decimal::new(extra, 2)), rules, false);
        prop_assume!(before.household.esa == after.household.esa && before.household.carers_allowance == after.household.carers_allowance);
        prop_assume!(before.universal_credit.benefit_cap.reduction.is_zero() && after.universal_credit.benefit_cap.reduction.is_zero());
        // Pension contributions starting at the automatic-enrolment trigger take more from earned income than the
        // extra pay adds: UC rises there, rightly.
        // (The first adult's, whose hours rise: a partner's may have started already.)
        let pension = |c: &calc_core::Calculation| c.adults[0].pension_contributions.annual.is_zero();
        prop_assume!(pension(&before) == pension(&after));
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
        let before = calculate_household(&household, rules);
        let after = compute(&household.with_hours(0, hours + step), rules, false);
        let (b, a) = (before.household.total_net_income.annual, after.household.total_net_income.annual);
        if a + Money::new(Decimal::new(52, 2)) < b {
            let reported = before.warnings.iter().any(|w| {
                // Penny rounding can move where the point calculation drops by a hundredth of an hour either way.
                let slack = Decimal::new(1, 2);
                w.adult == Some(0)
                    && w.hours_per_week.is_some_and(|h| h > hours - slack && h <= hours + step + slack && h - hours <= REACH_HOURS)
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
