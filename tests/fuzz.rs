//! A structure-aware fuzzer on stable Rust (issue 12): the golden households, mutated by a seeded generator, run
//! through the reader, `calculate` and `curve` (with random options), and every good result checked against what
//! must hold whatever the input. The second target is a caller's rule set: the rule files with their figures
//! mutated, read by the rule-set reader and, when accepted, used for a golden household's calculation and curve.
//!
//! The short run is part of `cargo test`: a fixed seed and a bounded number of inputs. The long run is by hand:
//!
//! ```sh
//! FUZZ_SECONDS=1800 FUZZ_SEED=7 cargo test --release -p tests --test fuzz -- --nocapture
//! ```
//!
//! It prints inputs a second and what it found, and writes each finding's input, shrunk to the keys it needs, to
//! `target/fuzz-found/`. Inputs slower than 50 ms are reported by the long run only (timings are kept out of tests).

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

use calc_core::analysis::curve::Components;
use calc_core::calculate_household;
use calc_core::compute;
use calc_core::{validate, validate_with};
use calc_core::{Calculation, CurveOptions, Household, RuleSet};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde_json::{json, Value};

/// A seeded generator (xorshift64*): the same seed gives the same inputs.
#[derive(Clone)]
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The golden households, as the command-line tool takes them.
fn corpus() -> Vec<Value> {
    let dir = tests::root().join("tests/golden");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .filter_map(|p| {
            let case: toml::Table = toml::from_str(&std::fs::read_to_string(p).unwrap()).ok()?;
            serde_json::to_value(case.get("household")?).ok()
        })
        .collect()
}

/// The rule files, as a caller would send them (a JavaScript object).
fn rule_corpus() -> Vec<Value> {
    calc_core::rules::EMBEDDED
        .iter()
        .map(|(_, text)| serde_json::to_value(text.parse::<toml::Table>().unwrap()).unwrap())
        .collect()
}

/// The path of every figure (a table with a `value`) in a rule file.
fn figures(value: &Value, path: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    let Value::Object(map) = value else { return };
    if map.contains_key("value") {
        out.push(path.clone());
        return;
    }
    for (key, child) in map {
        path.push(key.clone());
        figures(child, path, out);
        path.pop();
    }
}

/// One change to a rule file's figures: a value made extreme, tiny, another figure's or scaled, or the figure's
/// other fields changed the way `mutate` changes any field. Says what it changed.
fn mutate_rules(file: &mut Value, rng: &mut Rng) -> String {
    let mut paths = Vec::new();
    figures(file, &mut Vec::new(), &mut paths);
    let other = rng.pick(&paths).iter().fold(&*file, |at, key| &at[key])["value"].clone();
    let path = rng.pick(&paths).clone();
    let figure = path.iter().fold(file, |at, key| &mut at[key]);
    let value = &mut figure["value"];
    let number = value.as_str().and_then(|s| s.parse::<Decimal>().ok()).unwrap_or_default();
    *value = match rng.below(8) {
        0 => json!(rng.pick(&["0", "0.01", "0.5", "1", "99.99", "100", "168", "1000000000", "1000000000.01"])),
        1 => other,
        2 => json!((number * dec!(10)).to_string()),
        3 => json!((number / dec!(10)).round_dp(2).to_string()),
        4 => json!((number + dec!(0.01)).to_string()),
        5 => json!((number - dec!(0.01)).to_string()),
        6 => odd_value(rng),
        _ => {
            mutate(figure, rng);
            return format!("{}: {figure}", path.join("."));
        }
    };
    format!("{}.value = {value}", path.join("."))
}

/// Values a field may be given: extreme, tiny, malformed and of the wrong type.
fn odd_value(rng: &mut Rng) -> Value {
    let values = [
        json!(0),
        json!(-1),
        json!(1),
        json!(168),
        json!(169),
        json!(1e9),
        json!("0"),
        json!("-0.01"),
        json!("0.000000001"),
        json!("12.71"),
        json!("99999999999"),
        json!("1e30"),
        json!(""),
        json!(null),
        json!(true),
        json!([]),
        json!({}),
        json!("0001-01-01"),
        json!("9999-12-31"),
        json!("2028-02-29"),
        json!("2026-04-05"),
        json!("2026-04-06"),
        json!("weekly"),
        json!("monthly"),
        json!("custom"),
        json!("lcwra_protected"),
    ];
    rng.pick(&values).clone()
}

/// A value of the same kind as `value`, most of the time: another amount, date, count or flag, often extreme.
fn nearby(value: &Value, rng: &mut Rng) -> Value {
    let amounts =
        ["0", "0.01", "-0.01", "0.000000001", "1", "12.71", "168", "168.01", "600", "10000", "1000000", "9999999.99"];
    let dates = [
        "2025-04-06",
        "2026-04-05",
        "2026-04-06",
        "2026-03-20",
        "2027-04-05",
        "2025-10-01",
        "2028-02-29",
        "2100-01-01",
    ];
    match value {
        Value::Bool(b) => json!(!b),
        Value::Number(_) => json!([0, 1, 2, 16, 17, 19, 20, 25, 31, 65, 66, 120][rng.below(12)]),
        Value::String(text) if text.len() == 10 && text.as_bytes()[4] == b'-' => json!(rng.pick(&dates)),
        Value::String(text) if text.parse::<Decimal>().is_ok() => json!(rng.pick(&amounts)),
        _ if rng.below(3) == 0 => odd_value(rng),
        other => other.clone(),
    }
}

/// One mutation somewhere in `value`: a field changed, removed, added or doubled, an adult or children added.
fn mutate(value: &mut Value, rng: &mut Rng) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            let keys: Vec<String> = map.keys().cloned().collect();
            let key = rng.pick(&keys).clone();
            match rng.below(10) {
                0 => {
                    map.remove(&key);
                }
                1 => {
                    map.insert(format!("unknown_{}", rng.below(3)), odd_value(rng));
                }
                2 => {
                    map.insert(key, odd_value(rng));
                }
                3..=5 => {
                    let changed = nearby(&map[&key], rng);
                    map.insert(key, changed);
                }
                _ => mutate(map.get_mut(&key).unwrap(), rng),
            }
        }
        Value::Array(items) if !items.is_empty() => match rng.below(6) {
            0 => {
                let copy = rng.pick(items).clone();
                let n = rng.below(30);
                items.extend(std::iter::repeat_n(copy, n));
            }
            1 => {
                items.pop();
            }
            _ => {
                let at = rng.below(items.len());
                mutate(&mut items[at], rng);
            }
        },
        other => *other = if rng.below(4) == 0 { odd_value(rng) } else { nearby(other, rng) },
    }
}

/// A finding: what broke, for which input (and, for a caller's rule set, what was changed in it).
struct Finding {
    what: String,
    input: Value,
    changes: Vec<String>,
}

/// Every money string in `value` with two decimal places and never "-0.00".
fn money_strings_are_plain(value: &Value, path: &str, out: &mut Vec<String>) {
    match value {
        Value::String(s) if s == "-0.00" => out.push(format!("{path} is -0.00")),
        Value::Object(map) => map.iter().for_each(|(k, v)| money_strings_are_plain(v, &format!("{path}.{k}"), out)),
        Value::Array(items) => {
            items.iter().enumerate().for_each(|(i, v)| money_strings_are_plain(v, &format!("{path}[{i}]"), out))
        }
        _ => {}
    }
}

/// What must hold for any calculation.
fn check_calculation(c: &Calculation) -> Vec<String> {
    let mut broken = Vec::new();
    money_strings_are_plain(&serde_json::to_value(c).unwrap(), "", &mut broken);
    let t = &c.household;
    for (name, amounts) in [
        ("gross_earnings", t.gross_earnings),
        ("income_tax", t.income_tax),
        ("national_insurance", t.national_insurance),
        ("pension_contributions", t.pension_contributions),
        ("net_earnings", t.net_earnings),
        ("universal_credit", t.universal_credit),
        ("esa", t.esa),
        ("carers_allowance", t.carers_allowance),
        ("child_benefit", t.child_benefit),
        ("high_income_child_benefit_charge", t.high_income_child_benefit_charge),
        ("council_tax_reduction", t.council_tax_reduction),
    ] {
        if amounts.annual.pounds() < Decimal::ZERO {
            broken.push(format!("{name} is negative: {}", amounts.annual));
        }
    }
    let uc = &c.universal_credit;
    if uc.award > uc.maximum_amount {
        broken.push(format!("UC {} is above its maximum amount {}", uc.award, uc.maximum_amount));
    }
    let parts = t.net_earnings.annual
        + t.universal_credit.annual
        + t.esa.annual
        + t.carers_allowance.annual
        + t.scottish_carer_payments.annual
        + t.child_benefit.annual
        - t.high_income_child_benefit_charge.annual
        + t.scottish_child_payment.annual
        + t.disability_benefits.annual
        + t.other_income.annual
        + t.council_tax_reduction.annual;
    if parts != t.total_net_income.annual {
        broken.push(format!("total net income {} is not the sum of its parts {parts}", t.total_net_income.annual));
    }
    // Help in kind is beside the cash: never negative, what its items add up to, and had only where it is worth it.
    let help: calc_core::Money = c.help_in_kind.iter().map(|h| h.value.annual).sum();
    if help != t.help_in_kind.annual || c.help_in_kind.iter().any(|h| h.value.annual.pounds() < Decimal::ZERO) {
        broken.push(format!("help in kind {} is not its items {help}, or one is negative", t.help_in_kind.annual));
    }
    if c.help_in_kind.iter().any(|h| !h.gets && !h.value.annual.is_zero()) {
        broken.push("help in kind not had has a value".to_string());
    }
    for pair in c.months.windows(2) {
        if pair[0].end.add_days(1) != pair[1].start {
            broken.push(format!("months do not follow on: {} then {}", pair[0].end, pair[1].start));
        }
    }
    for m in &c.months {
        if !(28..=31).contains(&(m.start.days_until(m.end) + 1)) {
            broken.push(format!("the period {} to {} is not a month long", m.start, m.end));
        }
    }
    broken
}

/// The curve against the engine's own point calculation at random hours and the range's ends, away from breakpoints
/// (where penny rounding can put the point on the other side of a threshold).
fn check_curve(household: &Household, rules: &RuleSet, options: &CurveOptions, rng: &mut Rng) -> Vec<String> {
    let Ok((curve, _)) = calc_core::curve_for(household, rules, options) else { return Vec::new() };
    let mut broken = Vec::new();
    let near = |h: Decimal| curve.breakpoints.iter().any(|b| (b.hours - h).abs() < dec!(0.02));
    let mut hours: Vec<Decimal> = (0..5).map(|_| Decimal::new(rng.below(10_000) as i64, 4) * curve.max_hours).collect();
    hours.extend([Decimal::ZERO, curve.max_hours]);
    for h in hours.into_iter().filter(|h| !near(*h)) {
        let point = Components::from_calculation(&compute(&household.with_hours(options.adult, h), rules, false));
        let on_curve = curve.at(h);
        for (name, p, c) in [
            ("total_net_income", point.total_net_income, on_curve.total_net_income),
            ("universal_credit", point.universal_credit, on_curve.universal_credit),
            ("income_tax", point.income_tax, on_curve.income_tax),
            ("help_in_kind", point.help_in_kind, on_curve.help_in_kind),
        ] {
            if (p - c).abs() > dec!(0.07) {
                broken.push(format!("{name} at {h} hours: point {p}, curve {c}"));
            }
        }
        if on_curve.income_tax < dec!(-0.000001) {
            broken.push(format!("negative income tax on the curve at {h} hours: {}", on_curve.income_tax));
        }
    }
    broken
}

/// How many inputs each target took, and how many of them it accepted.
#[derive(Default)]
struct Counts {
    households: usize,
    read: usize,
    calculated: usize,
    rule_sets: usize,
    rule_sets_read: usize,
}

/// What one input is: a household for the embedded rules, or a golden household with a caller's rule set.
#[derive(Clone)]
struct Input {
    household: Value,
    rules: Option<Value>,
    /// What was changed in the rule file.
    changes: Vec<String>,
}

/// Runs one input through every target; the problems found, and how long the slowest target took.
fn run_one(input: &Input, rng: &mut Rng, counts: &mut Counts) -> (Vec<String>, Duration) {
    let options = CurveOptions {
        adult: rng.below(2),
        max_hours: [None, Some(dec!(1)), Some(dec!(60)), Some(dec!(168))][rng.below(4)],
        hours: [None, Some(dec!(0)), Some(dec!(16)), Some(dec!(37.5))][rng.below(4)],
    };
    let mut seed = Rng(rng.next() | 1);
    let mut slowest = Duration::ZERO;
    let result = catch_unwind(AssertUnwindSafe(|| {
        let own_rules = match &input.rules {
            Some(file) => {
                counts.rule_sets += 1;
                match calc_core::rules::read(file.clone()) {
                    Ok(set) => Some(set),
                    Err(_) => return Vec::new(),
                }
            }
            None => None,
        };
        counts.households += 1;
        let Ok(raw) = tests::household(input.household.clone()) else { return Vec::new() };
        let read = match &own_rules {
            Some(set) => validate_with(&raw, set).map(|h| (h, set)),
            None => validate(&raw),
        };
        counts.read += 1;
        counts.rule_sets_read += own_rules.is_some() as usize;
        let Ok((household, rules)) = read else { return Vec::new() };
        let start = Instant::now();
        counts.calculated += 1;
        let mut broken = check_calculation(&calculate_household(&household, rules));
        slowest = start.elapsed();
        let start = Instant::now();
        let _ = calc_core::curve_with(&raw, rules, &options, None);
        slowest = slowest.max(start.elapsed());
        broken.extend(check_curve(&household, rules, &options, &mut seed));
        broken
    }));
    match result {
        Ok(broken) => (broken, slowest),
        Err(panic) => {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            (vec![format!("panic: {message}")], slowest)
        }
    }
}

/// Mutates and runs inputs until `inputs` are done or `seconds` have passed; the findings. One input in four is a
/// caller's rule set, with the household unchanged.
fn fuzz(seed: u64, inputs: usize, seconds: u64, report_slow: bool) -> (usize, Counts, Vec<Finding>) {
    let corpus = corpus();
    let rule_files = rule_corpus();
    let mut rng = Rng(seed.max(1));
    let started = Instant::now();
    let mut findings = Vec::new();
    let mut tried = 0;
    let mut counts = Counts::default();
    while tried < inputs && started.elapsed() < Duration::from_secs(seconds) {
        let mut input = Input { household: rng.pick(&corpus).clone(), rules: None, changes: Vec::new() };
        if rng.below(4) == 0 {
            let mut file = rng.pick(&rule_files).clone();
            for _ in 0..=rng.below(3) {
                input.changes.push(mutate_rules(&mut file, &mut rng));
            }
            input.rules = Some(file);
        } else {
            for _ in 0..=rng.below(2) {
                mutate(&mut input.household, &mut rng);
            }
        }
        let before = rng.clone();
        let (mut broken, slowest) = run_one(&input, &mut rng, &mut counts);
        if report_slow && slowest > Duration::from_millis(50) {
            broken.push(format!("slow: {slowest:?}"));
        }
        for what in broken {
            let shrunk = if what.starts_with("slow") { input.clone() } else { shrink(&input, &what, &before) };
            findings.push(Finding { what, input: shrunk.json(), changes: shrunk.changes });
        }
        tried += 1;
    }
    (tried, counts, findings)
}

/// The kind of a finding, for telling whether a smaller input still has it: its words before the figures.
fn kind(what: &str) -> &str {
    what.split(':').next().unwrap_or(what)
}

/// A smaller household with the same finding (`what`), run with the generator as it was (`rng`), so with the same
/// options and hours: each key and list item left out in turn, kept out where the finding stays.
fn shrink(input: &Input, what: &str, rng: &Rng) -> Input {
    let still_breaks = |candidate: &Input| {
        let (broken, _) = run_one(candidate, &mut rng.clone(), &mut Counts::default());
        broken.iter().any(|b| kind(b) == kind(what))
    };
    let mut best = input.clone();
    'smaller: loop {
        let mut places = Vec::new();
        places_in(&best.household, &mut Vec::new(), &mut places);
        for place in places {
            let mut candidate = best.clone();
            if remove_at(&mut candidate.household, &place) && still_breaks(&candidate) {
                best = candidate;
                continue 'smaller;
            }
        }
        return best;
    }
}

/// One step into a JSON value: an object's key or a list's index.
#[derive(Clone)]
enum Step {
    Key(String),
    Index(usize),
}

/// Every place in `value` (a key of an object or an item of a list), the deepest first.
fn places_in(value: &Value, path: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    let children: Vec<(Step, &Value)> = match value {
        Value::Object(map) => map.iter().map(|(k, v)| (Step::Key(k.clone()), v)).collect(),
        Value::Array(items) => items.iter().enumerate().map(|(i, v)| (Step::Index(i), v)).collect(),
        _ => return,
    };
    for (step, child) in children {
        path.push(step);
        places_in(child, path, out);
        out.push(path.clone());
        path.pop();
    }
}

/// Removes the key or item at `place`; whether there was one.
fn remove_at(value: &mut Value, place: &[Step]) -> bool {
    let Some((last, parents)) = place.split_last() else { return false };
    let mut at = value;
    for step in parents {
        at = match step {
            Step::Key(k) => &mut at[k.as_str()],
            Step::Index(i) => &mut at[*i],
        };
    }
    match (at, last) {
        (Value::Object(map), Step::Key(k)) => map.remove(k).is_some(),
        (Value::Array(items), Step::Index(i)) if *i < items.len() => {
            items.remove(*i);
            true
        }
        _ => false,
    }
}

impl Input {
    /// The input as one JSON document: the household, and the rule set when it has one.
    fn json(&self) -> Value {
        match &self.rules {
            Some(rules) => json!({ "household": self.household, "rules": rules }),
            None => self.household.clone(),
        }
    }
}

#[test]
fn fuzz_the_engine() {
    let seed = std::env::var("FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(1);
    let long = std::env::var("FUZZ_SECONDS").ok().and_then(|s| s.parse().ok());
    // The short run: a fixed number of inputs, well inside two minutes in a debug build.
    let (inputs, seconds) = match long {
        Some(seconds) => (usize::MAX, seconds),
        None => (4000, 110),
    };
    let started = Instant::now();
    let (tried, counts, findings) = fuzz(seed, inputs, seconds, long.is_some());
    let rate = tried as f64 / started.elapsed().as_secs_f64();
    println!(
        "fuzz: seed {seed}, {tried} inputs in {:.0?} ({rate:.0} a second): {} households, {} read, {} calculated \
         with their curves; {} rule sets, {} read and used; {} findings",
        started.elapsed(),
        counts.households,
        counts.read,
        counts.calculated,
        counts.rule_sets,
        counts.rule_sets_read,
        findings.len()
    );
    if !findings.is_empty() {
        let dir = tests::root().join("target/fuzz-found");
        std::fs::create_dir_all(&dir).unwrap();
        for (i, f) in findings.iter().enumerate().take(50) {
            std::fs::write(dir.join(format!("{seed}-{i}.json")), serde_json::to_string_pretty(&f.input).unwrap())
                .unwrap();
            println!("  {} {}", f.what, f.changes.join("; "));
        }
    }
    let real: Vec<&Finding> = findings.iter().filter(|f| !f.what.starts_with("slow")).collect();
    assert!(real.is_empty(), "{} findings, the first: {} {}", real.len(), real[0].what, real[0].changes.join("; "));
}
