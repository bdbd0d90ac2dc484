//! Every problem with an input reported at once, each once, with its path (issue 13).

use calc_core::error::ProblemKind;
use serde_json::json;

fn fields(error: &calc_core::Error) -> Vec<(&str, ProblemKind)> {
    error.errors.iter().map(|p| (p.field.as_str(), p.kind)).collect()
}

#[test]
fn three_badly_typed_fields_give_three_errors_with_their_paths() {
    let text = r#"{ "date": "2026-10-01", "nation": "atlantis",
        "adults": [{ "age": "thirty", "job": { "hours_per_week": "sixteen", "hourly_wage": "12.71" } }] }"#;
    let error = calc_core::input::read(&mut serde_json::Deserializer::from_str(text)).unwrap_err();
    use ProblemKind::Invalid;
    assert_eq!(
        fields(&error),
        [("nation", Invalid), ("adults[0].age", Invalid), ("adults[0].job.hours_per_week", Invalid)]
    );
}

#[test]
fn an_age_out_of_range_is_one_error_not_also_a_refusal_for_its_consequences() {
    // Age 300 was "must be from 16 to 120" and also "under 18, not modelled" (the age was taken as 16 after the first).
    for age in [json!(300), json!(null)] {
        let raw =
            tests::household(json!({ "date": "2026-10-01", "nation": "england", "adults": [{ "age": age }] })).unwrap();
        let error = calc_core::calculate(&raw).unwrap_err();
        assert_eq!(fields(&error), [("adults[0].age", ProblemKind::Invalid)], "{error}");
    }
}

#[test]
fn every_problem_with_the_housing_is_reported() {
    let read = |housing: serde_json::Value| {
        let text = json!({ "date": "2026-10-01", "nation": "england", "adults": [{ "age": 30 }], "housing": housing });
        calc_core::input::read(&mut serde_json::Deserializer::from_str(&text.to_string())).unwrap_err()
    };
    use ProblemKind::Invalid;
    // A good tenure: each bad field, and each key that tenure does not have (the hand-written reader stopped at one).
    let error =
        read(json!({ "tenure": "social_rent", "rent_monthly": "lots", "spare_bedrooms": "two", "lha_monthly": 1 }));
    assert_eq!(
        fields(&error),
        [("housing.lha_monthly", Invalid), ("housing.rent_monthly", Invalid), ("housing.spare_bedrooms", Invalid)]
    );
    // A bad tenure, and a key no tenure has.
    let error = read(json!({ "tenure": "castle", "moat": true }));
    assert_eq!(fields(&error), [("housing.tenure", Invalid), ("housing.moat", Invalid)]);
    // Left out, the tenure is "none", which has no other keys.
    let error = read(json!({ "rent_monthly": 500 }));
    assert_eq!(fields(&error), [("housing.rent_monthly", Invalid)]);
}

#[test]
fn hours_out_of_the_week_are_reported_with_the_other_problems() {
    // Hours are checked as `Hours` (0 to 168) when the household is validated, beside its other fields.
    let raw = tests::household(json!({ "date": "2026-10-01", "nation": "england",
        "adults": [{ "age": -3, "job": { "hours_per_week": 169, "hourly_wage": "12.71" } }] }))
    .unwrap();
    let error = calc_core::calculate(&raw).unwrap_err();
    use ProblemKind::Invalid;
    assert_eq!(fields(&error), [("adults[0].age", Invalid), ("adults[0].job.hours_per_week", Invalid)], "{error}");
    assert!(error.errors[1].message.contains("is 169: hours a week must be from 0 to 168"), "{error}");
}

#[test]
fn a_council_tax_reduction_above_the_bill_is_refused() {
    let raw = tests::household(json!({ "date": "2026-10-01", "nation": "england", "adults": [{ "age": 30 }],
        "council_tax": { "bill_annual": "1000", "reduction_annual": "1200" } }))
    .unwrap();
    let error = calc_core::calculate(&raw).unwrap_err();
    assert_eq!(fields(&error), [("council_tax.reduction_annual", ProblemKind::Invalid)], "{error}");
}

#[test]
fn every_problem_of_a_council_tax_reduction_scheme_is_named_at_once() {
    // A band cap with no band for the home, no capital limit, a taper over 100 %, an amount missing for the household,
    // and a grid with the wrong number of edges are each named at their path.
    let raw = tests::household(json!({ "date": "2026-10-01", "nation": "england", "adults": [{ "age": 30 }],
        "council_tax": { "bill_annual": "1000", "scheme": { "band_cap": "b",
            "award": { "kind": "taper", "taper_percent": "120", "without_universal_credit": { "couple": "144.65" } } } } }))
    .unwrap();
    let error = calc_core::calculate(&raw).unwrap_err();
    use ProblemKind::Invalid;
    assert_eq!(
        fields(&error),
        [
            ("council_tax.band", Invalid),
            ("council_tax.scheme.capital_limit", Invalid),
            ("council_tax.scheme.award.taper_percent", Invalid),
            ("council_tax.scheme.award.without_universal_credit.single_25_or_over", Invalid),
            ("council_tax.scheme.award.without_universal_credit.earnings_disregard_single", Invalid),
        ],
        "{error}"
    );

    let raw = tests::household(json!({ "date": "2026-10-01", "nation": "scotland", "adults": [{ "age": 30 }],
        "council_tax": { "bill_annual": "1000", "band": "i", "reduction_annual": "100", "scheme": {
            "award": { "kind": "income_bands", "columns": [{ "household": "couple" }],
                "bands": [{ "percent": "100", "up_to": ["200"] }, { "percent": "50", "up_to": ["150", "300"] }, { "percent": "0" }] } } } }))
    .unwrap();
    let error = calc_core::calculate(&raw).unwrap_err();
    assert_eq!(
        fields(&error),
        [
            ("council_tax.band", Invalid),
            ("council_tax.reduction_annual", Invalid),
            ("council_tax.scheme.capital_limit", Invalid),
            ("council_tax.scheme.award.columns", Invalid),
            ("council_tax.scheme.award.bands[1].up_to", Invalid),
        ],
        "{error}"
    );
}
