//! Golden cases: one household per file in `tests/golden/`, each with the figures expected and where they come from.
//!
//! A case is TOML:
//! - `name`, and `source`: the official worked example, or the hand arithmetic written out from the rule file's
//!   figures and the legislation;
//! - `[household]`: the input, exactly as the command-line tool takes it;
//! - `[expected]`: dotted paths into the result (`household.universal_credit.monthly`, `adults.0.income_tax.annual`,
//!   `universal_credit.benefit_cap.reduction`) with the value expected; money compares to the penny;
//! - or `[expected_error]` with the `field` and `kind` (`invalid` or `unmodelled`) of a problem the input must raise.
//!
//! Every case is checked, and every failure is reported together.

use std::fs;

use rust_decimal::Decimal;
use serde_json::Value;

#[test]
fn golden_cases() {
    let dir = tests::root().join("tests/golden");
    let mut files: Vec<_> = fs::read_dir(&dir).expect("tests/golden exists").map(|e| e.unwrap().path()).collect();
    files.retain(|p| p.extension().is_some_and(|e| e == "toml"));
    files.sort();
    assert!(files.len() >= 40, "expected at least 40 golden cases, found {}", files.len());
    let mut failures = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let text = fs::read_to_string(path).unwrap();
        if let Err(e) = check_case(&text) {
            failures.push(format!("{name}: {e}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} golden cases failed:\n{}", failures.len(), files.len(), failures.join("\n"));
}

fn check_case(text: &str) -> Result<(), String> {
    let case: toml::Table = toml::from_str(text).map_err(|e| format!("not valid TOML: {e}"))?;
    for key in case.keys() {
        if !["name", "source", "household", "expected", "expected_error"].contains(&key.as_str()) {
            return Err(format!("unknown key {key}"));
        }
    }
    let source = case.get("source").and_then(|s| s.as_str()).unwrap_or("");
    if source.trim().len() < 40 {
        return Err("needs a `source` that says where the expected figures come from".into());
    }
    let household = serde_json::to_value(case.get("household").ok_or("no [household]")?).unwrap();
    let result = tests::household(household).and_then(|raw| calc_core::calculate(&raw));

    match (case.get("expected"), case.get("expected_error")) {
        (Some(expected), None) => {
            let result = result.map_err(|e| format!("expected figures but got an error: {e}"))?;
            let result = serde_json::to_value(&result).unwrap();
            let mut wrong = Vec::new();
            for (path, want) in expected.as_table().ok_or("[expected] must be a table")? {
                let got = lookup(&result, path).ok_or_else(|| format!("no figure at {path}"))?;
                if !same(got, want) {
                    wrong.push(format!("{path}: expected {want}, got {got}"));
                }
            }
            if wrong.is_empty() {
                Ok(())
            } else {
                Err(wrong.join("; "))
            }
        }
        (None, Some(expected)) => {
            let field = expected.get("field").and_then(|f| f.as_str()).ok_or("[expected_error] needs field")?;
            let kind = expected.get("kind").and_then(|f| f.as_str()).ok_or("[expected_error] needs kind")?;
            match result {
                Ok(_) => Err(format!("expected an error at {field} but the household was calculated")),
                Err(e) => {
                    let found =
                        e.errors.iter().any(|p| p.field == field && serde_json::to_value(p.kind).unwrap() == kind);
                    if found {
                        Ok(())
                    } else {
                        Err(format!("expected a {kind} error at {field}, got: {e}"))
                    }
                }
            }
        }
        _ => Err("needs exactly one of [expected] and [expected_error]".into()),
    }
}

fn lookup<'v>(value: &'v Value, path: &str) -> Option<&'v Value> {
    path.split('.').try_fold(value, |v, key| match v {
        Value::Array(items) => items.get(key.parse::<usize>().ok()?),
        Value::Object(map) => map.get(key),
        _ => None,
    })
}

/// Money and numbers compare as decimals ("424.9" equals "424.90"); anything else exactly.
fn same(got: &Value, want: &toml::Value) -> bool {
    let as_decimal = |v: &Value| match v {
        Value::String(s) => s.parse::<Decimal>().ok(),
        Value::Number(n) => n.to_string().parse::<Decimal>().ok(),
        _ => None,
    };
    let want_json = serde_json::to_value(want).unwrap();
    match (as_decimal(got), as_decimal(&want_json)) {
        (Some(g), Some(w)) => g == w,
        _ => *got == want_json,
    }
}
