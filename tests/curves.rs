//! Golden curves: one household per file in `tests/golden-curves/`, with the breakpoints and values expected and where
//! they come from.
//!
//! A case is TOML:
//! - `name`, and `source`: the hand arithmetic that locates each breakpoint from the rule file (for example
//!   "ESA stops where net earnings pass £203.50: 203.50 / 12.71 = 16.0110 hours") and works out the values;
//! - `[household]`: the input, as the command-line tool takes it; `[options]`: `adult`, `max_hours` (as `inwork curve`);
//! - `[[breakpoints]]`: every breakpoint expected, in order, with `hours` (to 0.001), `kind` ("kink" or "cliff"),
//!   `direction` ("gain" or "loss"), `layer` ("help_in_kind" where only help in kind jumps; default "cash") and
//!   `causes` (codes that must be among the reported causes); a jump under a
//!   penny a week (the last penny of UC going at once under the 1p minimum award) counts as a kink; the steps of a
//!   stretch are not listed here but as
//! - `[[stretches]]`: `from_hours` and `to_hours` (its first and last steps, to 0.001), `steps`, and
//!   `step_total_net_income`, the jump at each step (to the penny): every step must be a cliff, equally spaced between
//!   the two, the first `hicbc_start` and the last `hicbc_full` when the stretch runs from 1 % to 100 %;
//! - `[[values]]`: `hours` and any weekly figures of the curve there (`total_net_income`, `universal_credit`, …), to
//!   the penny;
//! - `[outlook]`, optional: the outlook at the household's hours against not working, with any of
//!   `better_off_weekly` and `better_off_with_help_in_kind_weekly` (to the penny) and `help_in_kind_lost` (the help
//!   had not working that is worth less or stops at those hours, in order, as the outlook gives it) and `worse_off`
//!   (the runs of hours at which the household is worse off than not working, each end to the hundredth).

use std::fs;

use calc_core::analysis::curve::BreakKind;
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
    let points: Vec<&calc_core::analysis::curve::Breakpoint> =
        curve.breakpoints.iter().filter(|b| !b.is_step()).collect();
    let got: Vec<String> =
        points.iter().map(|b| format!("{} {} {}", b.hours, b.kind.name(), b.direction.name())).collect();
    if expected.len() != points.len() {
        wrong.push(format!("expected {} breakpoints, got {}: {:?}", expected.len(), points.len(), got));
    }
    for (want, have) in expected.iter().zip(points) {
        let hours = want.get("hours").and_then(decimal).ok_or("a breakpoint needs hours")?;
        if (have.hours - hours).abs() > Decimal::new(1, 3) {
            wrong.push(format!("breakpoint at {hours} hours: got {}", have.hours));
        }
        for key in ["kind", "direction", "layer"] {
            let w = want.get(key).and_then(|v| v.as_str()).unwrap_or(if key == "layer" { "cash" } else { "" });
            let h = match key {
                "kind" => have.kind.name(),
                "direction" => have.direction.name(),
                _ => have.layer.name(),
            };
            if w != h {
                wrong.push(format!("breakpoint at {hours}: {key} expected {w}, got {h}"));
            }
        }
        for code in want.get("causes").and_then(|c| c.as_array()).into_iter().flatten() {
            let code = code.as_str().unwrap_or("");
            if !have.causes.iter().any(|c| c.code.name() == code) {
                let codes: Vec<&str> = have.causes.iter().map(|c| c.code.name()).collect();
                wrong.push(format!("breakpoint at {hours}: cause {code} missing (got {codes:?})"));
            }
        }
    }

    let expected = case.get("stretches").and_then(|s| s.as_array()).cloned().unwrap_or_default();
    if expected.len() != curve.stretches.len() {
        wrong.push(format!("expected {} stretches, got {}", expected.len(), curve.stretches.len()));
    }
    for (want, have) in expected.iter().zip(&curve.stretches) {
        let number = |key: &str| want.get(key).and_then(decimal).ok_or(format!("a stretch needs {key}"));
        let (from, to, jump) = (number("from_hours")?, number("to_hours")?, number("step_total_net_income")?);
        let count = want.get("steps").and_then(|v| v.as_integer()).ok_or("a stretch needs steps")? as usize;
        if (have.from_hours - from).abs() > Decimal::new(1, 3) || (have.to_hours - to).abs() > Decimal::new(1, 3) {
            wrong.push(format!("stretch from {from} to {to}: got {} to {}", have.from_hours, have.to_hours));
        }
        let steps: Vec<_> = curve
            .breakpoints
            .iter()
            .filter(|b| b.is_step() && b.hours >= have.from_hours && b.hours <= have.to_hours)
            .collect();
        if steps.len() != count || have.steps != count {
            wrong.push(format!(
                "stretch from {from}: expected {count} steps, got {} ({} breakpoints)",
                have.steps,
                steps.len()
            ));
        }
        for (i, step) in steps.iter().enumerate() {
            let hours = from + (to - from) * Decimal::from(i) / Decimal::from(count.max(2) - 1);
            if (step.hours - hours).abs() > Decimal::new(1, 3) || step.kind != BreakKind::Cliff {
                wrong.push(format!("step {} expected at {hours}: got {} ({})", i + 1, step.hours, step.kind.name()));
            }
            if (step.jump.total_net_income - jump).abs() > Decimal::new(1, 2) {
                wrong.push(format!("step at {}: jump {} instead of {jump}", step.hours, step.jump.total_net_income));
            }
        }
        if count == 100 {
            let code = |b: Option<&&calc_core::analysis::curve::Breakpoint>| {
                b.and_then(|b| b.causes.first()).map(|c| c.code.name())
            };
            if code(steps.first()) != Some("hicbc_start") || code(steps.last()) != Some("hicbc_full") {
                wrong.push(format!("stretch from {from}: the first step must be hicbc_start and the last hicbc_full"));
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
    if let Some(want) = case.get("outlook").and_then(|o| o.as_table()) {
        let have = serde_json::to_value(&result.outlook).unwrap();
        for (key, want) in want {
            let matches = match (want, &have[key]) {
                (toml::Value::Array(_), got) => serde_json::to_value(want).unwrap() == *got,
                (want, serde_json::Value::String(got)) => decimal(want)
                    .zip(got.parse::<Decimal>().ok())
                    .is_some_and(|(w, g)| (w - g).abs() <= Decimal::new(1, 2)),
                _ => false,
            };
            if !matches {
                wrong.push(format!("outlook {key}: expected {want}, got {}", have[key]));
            }
        }
    }
    if wrong.is_empty() {
        Ok(())
    } else {
        Err(wrong.join("; "))
    }
}

/// The hundred steps of the High Income Child Benefit Charge were a hundred thresholds near the hours and a hundred
/// warnings; they are one stretch, said once, and the point calculation's total sits on the curve inside it.
#[test]
fn hicbc_steps_are_said_once() {
    let value = serde_json::json!({
        "date": "2026-10-01",
        "nation": "england",
        "adults": [{ "age": 41, "job": { "hours_per_week": "35", "hourly_wage": "40.00", "pay_frequency": "weekly" } }],
        "children": [{ "age": 11 }, { "age": 6 }, { "age": 3 }],
        "savings": "20000",
    });
    let raw = tests::household(value).unwrap();
    let result = calc_core::curve(&raw, &Default::default(), None).unwrap();
    let hicbc: Vec<_> =
        result.outlook.thresholds_near.iter().filter(|n| n.message.contains("High Income Child Benefit")).collect();
    assert_eq!(hicbc.len(), 1, "{:?}", result.outlook.thresholds_near);
    assert!(hicbc[0].message.starts_with("From 30 to 39.52 hours a week (the hours you chose are within it), "));
    assert!(hicbc[0].message.contains("goes up by £32.68 a year for every £200.00 more income"));
    let calculation = calc_core::calculate(&raw).unwrap();
    let codes: Vec<&str> = calculation.warnings.iter().map(|w| w.code.name()).collect();
    assert_eq!(codes.iter().filter(|c| c.starts_with("hicbc")).count(), 1, "{codes:?}");
    assert!(codes.contains(&"hicbc_steps"), "{codes:?}");
    // Legal rounding takes the charge in whole pounds: 3,268 x 52 % = 1,699.36, 1,699 a year; the curve keeps 1,699.36.
    let on_curve = result.curve.at(Decimal::from(35)).total_net_income;
    let point = calculation.household.total_net_income.weekly.pounds();
    assert!((on_curve - point).abs() <= Decimal::new(5, 2), "curve {on_curve}, point {point}");
}
