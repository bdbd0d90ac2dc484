//! Random households for the property tests.

use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{json, Value};

pub fn pick<T: Clone + std::fmt::Debug + 'static>(items: &[T]) -> impl Strategy<Value = T> {
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
        (any::<bool>(), 0..=4_i64),
    )
        .prop_map(
            |(age, (hours, wage, frequency), health, (cares, claims_ca), esa, pip, pension, (pregnant, items))| {
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
                    "pregnant": pregnant,
                    "prescription_items_monthly": items,
                })
            },
        )
}

fn child() -> impl Strategy<Value = Value> {
    (0..19_i64, any::<bool>(), pick(&["none", "none", "lower", "higher"]))
        .prop_map(|(age, before_2017, disability)| json!({ "age": age, "born_before_6_april_2017": before_2017, "disability": disability }))
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

/// A Council Tax Reduction scheme described as data: means-tested (a taper) or income-banded, with the shared rules.
fn ctr_scheme() -> impl Strategy<Value = Value> {
    let taper = (1..=40_i64, money(15_000), money(15_000)).prop_map(|(taper, allowance, child)| {
        json!({ "kind": "taper", "taper_percent": taper.to_string(), "without_universal_credit": {
            "single_under_25": allowance, "single_25_or_over": allowance, "lone_parent": allowance, "couple": allowance,
            "child": child, "family_premium": "19.15", "earnings_disregard_single": "5", "earnings_disregard_lone_parent": "25",
            "earnings_disregard_couple": "10" } })
    });
    let bands = (
        pick(&["earnings", "earnings_and_universal_credit", "all_income"]),
        proptest::collection::vec(1..15_000_i64, 1..=5),
        any::<bool>(),
        proptest::sample::subsequence(vec!["housing_costs", "childcare_costs", "child", "carer"], 0..=2),
    )
        .prop_map(|(income, steps, by_household, left_out)| {
            let columns = if by_household {
                json!([{ "household": "single" }, { "household": "couple" }, { "household": "with_children", "children": 1 }, { "household": "with_children", "children": 3 }])
            } else {
                json!([{ "household": "any" }])
            };
            let n_columns = columns.as_array().unwrap().len();
            let mut edge = 0_i64;
            let mut bands: Vec<Value> = steps
                .iter()
                .enumerate()
                .map(|(i, step)| {
                    edge += step;
                    let up_to: Vec<String> = (0..n_columns).map(|c| format!("{}.{:02}", edge / 100 + c as i64 * 10, edge % 100)).collect();
                    json!({ "percent": (100 - 20 * i as i64).max(0).to_string(), "up_to": up_to })
                })
                .collect();
            bands.push(json!({ "percent": "0" }));
            json!({ "kind": "income_bands", "income": income, "universal_credit_left_out": left_out, "columns": columns, "bands": bands })
        });
    (
        prop_oneof![taper, bands],
        50..=100_i64,
        money(1_000),
        money(300),
        pick(&["6000", "16000", "100000"]),
        any::<bool>(),
    )
        .prop_map(|(award, maximum, minimum, non_dep, capital, cap)| {
            let mut scheme = json!({ "maximum_percent": maximum.to_string(), "minimum_award_weekly": minimum,
                "non_dependant_deduction_weekly": non_dep, "award": award });
            scheme["capital_limit"] = json!(capital);
            if cap {
                scheme["band_cap"] = json!("b");
            }
            scheme
        })
}

fn council_tax() -> impl Strategy<Value = Value> {
    (money(400_000), pick(&["a", "b", "c", "d", "e", "f", "g", "h"])).prop_flat_map(|(bill, band)| {
        prop_oneof![
            Just(json!({})),
            Just(json!({ "bill_annual": bill.clone(), "band": band })),
            ctr_scheme().prop_map(move |scheme| json!({ "bill_annual": bill.clone(), "band": band, "scheme": scheme })),
        ]
    })
}

prop_compose! {
    pub fn household()(
        date in pick(&["2025-10-01", "2026-05-01", "2026-10-01"]),
        nation in pick(&["england", "scotland", "wales"]),
        london in any::<bool>(),
        adults in proptest::collection::vec(adult(), 1..=2),
        children in proptest::collection::vec(child(), 0..=4),
        housing in housing(),
        childcare in money(150_000),
        savings in money(2_000_000),
        non_dependants in proptest::collection::vec((16..70_i64, any::<bool>()), 0..=2),
        council_tax in council_tax(),
        school_years in any::<bool>(),
    ) -> Value {
        let has_children = !children.is_empty();
        // Whether a child was born before 6 April 2017 is said only where the age leaves it open.
        let on: calc_core::Date = date.parse().unwrap();
        let children: Vec<Value> = children
            .into_iter()
            .map(|mut c| {
                let age = c["age"].as_i64().unwrap();
                if calc_core::input::household::born_before_6_april_2017_from_age(age, on).is_some() {
                    c.as_object_mut().unwrap().remove("born_before_6_april_2017");
                }
                // Half the households say each school-age child's school year (the usual one for the age, or one
                // below), for free school meals; the others leave it to the age.
                if school_years && (4..=18).contains(&age) {
                    let year = (age - 5 + age % 2).clamp(0, 12);
                    c["school_year"] = json!(match (nation, year) {
                        ("scotland", y) if y < 7 => format!("p{}", y + 1),
                        ("scotland", y) => format!("s{}", y - 6),
                        (_, 0) => "reception".to_string(),
                        (_, y) => format!("year_{y}"),
                    });
                    // Some have free school meals now (kept in England until September 2026).
                    c["has_free_school_meals"] = json!(age % 3 == 0);
                }
                c
            })
            .collect();
        json!({
            "date": date,
            "nation": nation,
            "in_london": london && nation == "england",
            "adults": adults,
            "children": children,
            "housing": housing,
            "childcare_costs_monthly": if has_children { childcare } else { "0".to_string() },
            "savings": savings,
            "council_tax": council_tax,
            "non_dependants": non_dependants.iter().map(|(age, exempt)| json!({ "age": age, "exempt": exempt })).collect::<Vec<_>>(),
        })
    }
}

prop_compose! {
    /// A family with two to four children whose first adult's pay, at £30-£60 an hour, crosses the High Income Child
    /// Benefit Charge's stretch (£60,000-£80,000 of adjusted net income) somewhere in 20-48 hours; a partner, if any,
    /// sometimes earns enough to be the one the charge falls on.
    pub fn high_earning_family()(
        date in pick(&["2025-10-01", "2026-10-01"]),
        nation in pick(&["england", "scotland", "wales"]),
        wage in 3000..=6000_i64,
        frequency in pick(&["weekly", "fortnightly", "four_weekly", "monthly"]),
        pension in pick(&[
            json!({ "scheme": "auto_enrolment" }),
            json!({ "scheme": "opted_out" }),
            json!({ "scheme": "auto_enrolment", "relief": "net_pay" }),
            json!({ "scheme": "custom", "employee_percent": "6", "basis": "total_pay" }),
        ]),
        partner in proptest::option::of((0..=4800_i64, 1000..=6000_i64)),
        ages in proptest::collection::vec(0..16_i64, 2..=4),
        housing in prop_oneof![Just(json!({ "tenure": "none" })), Just(json!({ "tenure": "private_rent", "rent_monthly": "1500", "lha_monthly": "1000" }))],
    ) -> Value {
        let job = |hours: i64, wage: i64| json!({
            "hours_per_week": Decimal::new(hours, 2).to_string(),
            "hourly_wage": Decimal::new(wage, 2).to_string(),
            "pay_frequency": frequency,
        });
        let mut adults = vec![json!({ "age": 40, "job": job(3500, wage), "pension": pension })];
        if let Some((hours, wage)) = partner {
            adults.push(json!({ "age": 38, "job": job(hours, wage) }));
        }
        let on: calc_core::Date = date.parse().unwrap();
        let children: Vec<Value> = ages
            .iter()
            .map(|age| match calc_core::input::household::born_before_6_april_2017_from_age(*age, on) {
                Some(_) => json!({ "age": age }),
                None => json!({ "age": age, "born_before_6_april_2017": false }),
            })
            .collect();
        json!({ "date": date, "nation": nation, "adults": adults, "children": children, "housing": housing })
    }
}
