//! Inputs that once panicked, hung or gave a figure that cannot be true (issue 12), each named after what broke.

use calc_core::{curve, CurveOptions, Error};
use rust_decimal::Decimal;
use serde_json::json;

fn lone_parent() -> calc_core::RawHousehold {
    tests::household(json!({
        "date": "2026-10-01", "nation": "england",
        "adults": [{ "age": 30, "job": { "hours_per_week": "16", "hourly_wage": "12.71" } }],
        "children": [{ "age": 4 }]
    }))
    .unwrap()
}

fn refused_at(result: Result<calc_core::CurveResult, Error>, field: &str) {
    match result {
        Err(e) => assert!(e.errors.iter().any(|p| p.field == field), "expected an error at {field}: {e:?}"),
        Ok(_) => panic!("expected an error at {field}, got a curve"),
    }
}

#[test]
fn huge_hours_are_refused_before_the_curve_range_is_worked_out_from_them() {
    // The range was hours + 4, which overflowed for the largest decimal.
    let options = CurveOptions { hours: Some(Decimal::MAX), ..Default::default() };
    refused_at(curve(&lone_parent(), &options, None), "hours");
}

#[test]
fn a_curve_range_under_an_hour_is_refused_rather_than_worked_out_at_negative_hours() {
    let options =
        CurveOptions { max_hours: Some(Decimal::new(1, 9)), hours: Some(Decimal::ZERO), ..Default::default() };
    refused_at(curve(&lone_parent(), &options, None), "max_hours");
    let options = CurveOptions { max_hours: Some(Decimal::ONE), hours: Some(Decimal::ZERO), ..Default::default() };
    assert!(curve(&lone_parent(), &options, None).is_ok());
}
