//! Golden curves: one household per file in `tests/golden-curves/`, with the breakpoints and values expected and where
//! they come from.
//!
//! A case is TOML:
//! - `name`, and `source`: the hand arithmetic that locates each breakpoint from the rule file (for example
//!   "ESA stops where net earnings pass £203.50: 203.50 / 12.71 = 16.0110 hours") and works out the values;
//! - `[household]`: the input, as the command-line tool takes it; `[options]`: `adult`, `max_hours` (as `inwork curve`);
//! - `[[breakpoints]]`: every breakpoint expected, in order, with `hours` (to 0.001), `kind` ("kink" or "cliff"),
//!   `direction` ("gain" or "loss") and `causes` (codes that must be among the reported causes); a jump under a
//!   penny a week (the last penny of UC going at once under the 1p minimum award) counts as a kink;
//! - `[[values]]`: `hours` and any weekly figures of the curve there (`total_net_income`, `universal_credit`, …), to
//!   the penny.

use std::fs;

use rust_decimal::Decimal;

#[test]
fn golden_curves() {
    let dir = tests::root().join("tests/golden-curves");
    let mut files: Vec<_> =
        fs::read_dir(&dir).expect("tests/golden-curves exists").map(|e| e.unwrap().path()).collect();
    files.retain(|p| p.extension().is_some_and(|e| e == "toml"));
    files.sort();
    assert!(files.len() >= 4, "expected at least 4 golden curves, found {}", files.len());
    let failures: Vec<String> = files
        .iter()
        .filter_map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            check(&fs::read_to_string(path).unwrap()).err().map(|e| format!("{name}: {e}"))
        })
        .collect();
    assert!(failures.is_empty(), "{} golden curves failed:\n{}", failures.len(), failures.join("\n"));
}

fn decimal(value: &toml::Value) -> Option<Decimal> {
    match value {
        toml::Value::String(s) => s.parse().ok(),
        toml::Value::Integer(i) => Some(Decimal::from(*i)),
        toml::Value::Float(f) => f.to_string().parse().ok(),
        _ => None,
    }
}

fn check(text: &str) -> Result<(), String> {
    let case: toml::Table = toml::from_str(text).map_err(|e| format!("not valid TOML: {e}"))?;
    let source = case.get("source").and_then(|s| s.as_str()).unwrap_or("");
    if source.trim().len() < 80 {
        return Err("needs a `source` with the hand arithmetic".into());
    }
    let raw = tests::household(serde_json::to_value(case.get("household").ok_or("no [household]")?).unwrap())
        .map_err(|e| e.to_string())?;
    let options: calc_core::CurveOptions = match case.get("options") {
        Some(o) => calc_core::tree::read(o.clone()).map_err(|e| format!("bad [options]: {e}"))?,
        None => Default::default(),
    };
    let result = calc_core::curve(&raw, &options, None).map_err(|e| e.to_string())?;
    let curve = &result.curve;
    let mut wrong = Vec::new();

    let expected = case.get("breakpoints").and_then(|b| b.as_array()).cloned().unwrap_or_default();
    let got: Vec<String> =
        curve.breakpoints.iter().map(|b| format!("{} {} {}", b.hours, b.kind, b.direction)).collect();
    if expected.len() != curve.breakpoints.len() {
        wrong.push(format!("expected {} breakpoints, got {}: {:?}", expected.len(), curve.breakpoints.len(), got));
    }
    for (want, have) in expected.iter().zip(&curve.breakpoints) {
        let hours = want.get("hours").and_then(decimal).ok_or("a breakpoint needs hours")?;
        if (have.hours - hours).abs() > Decimal::new(1, 3) {
            wrong.push(format!("breakpoint at {hours} hours: got {}", have.hours));
        }
        for key in ["kind", "direction"] {
            let w = want.get(key).and_then(|v| v.as_str()).unwrap_or("");
            let h = if key == "kind" { &have.kind } else { &have.direction };
            if w != h {
                wrong.push(format!("breakpoint at {hours}: {key} expected {w}, got {h}"));
            }
        }
        for code in want.get("causes").and_then(|c| c.as_array()).into_iter().flatten() {
            let code = code.as_str().unwrap_or("");
            if !have.causes.iter().any(|c| c.code == code) {
                let codes: Vec<&str> = have.causes.iter().map(|c| c.code.as_str()).collect();
                wrong.push(format!("breakpoint at {hours}: cause {code} missing (got {codes:?})"));
            }
        }
    }

    for value in case.get("values").and_then(|v| v.as_array()).into_iter().flatten() {
        let table = value.as_table().ok_or("[[values]] entries are tables")?;
        let hours = table.get("hours").and_then(decimal).ok_or("[[values]] needs hours")?;
        let at = serde_json::to_value(curve.at(hours)).unwrap();
        for (figure, want) in table.iter().filter(|(k, _)| k.as_str() != "hours") {
            let want = decimal(want).ok_or_else(|| format!("{figure} at {hours}: not a number"))?;
            let have: Decimal = at
                .get(figure)
                .and_then(|v| v.as_str())
                .and_then(|s| s.parse().ok())
                .ok_or_else(|| format!("no figure {figure}"))?;
            if (have - want).abs() > Decimal::new(1, 2) {
                wrong.push(format!("{figure} at {hours} hours: expected {want}, got {}", have.round_dp(4)));
            }
        }
    }
    if wrong.is_empty() {
        Ok(())
    } else {
        Err(wrong.join("; "))
    }
}
