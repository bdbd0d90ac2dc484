//! Embeds every rule file in `rules/` so that a new tax year is a new file, with no code change.
//!
//! The TOML is parsed here, at build time, so that the engine (and its WebAssembly) carries no TOML parser and no
//! reader for its own rule sets. Writes, oldest first (file names sort by year):
//! - `$OUT_DIR/embedded_rules.rs`: a list of (id, text) pairs, for tests and tools that read the files themselves;
//! - `$OUT_DIR/embedded_sets.rs`: `static SETS`, every file written out as the `RuleSet` it holds, a Rust value built
//!   by the compiler. The figures' checks (units, periods, sources, no missing or unknown key) are the reader's, and
//!   `tests/rules.rs` reads every file with it and compares the result with `SETS`; a key that is not a field of its
//!   type does not compile.

use std::{env, fs, path::Path};

fn main() {
    let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("../rules");
    println!("cargo:rerun-if-changed={}", rules.display());
    let mut files: Vec<_> = fs::read_dir(&rules)
        .expect("the rules/ folder sits beside calc-core/")
        .map(|entry| entry.expect("rules/ is readable").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    let mut texts = String::from("&[\n");
    let mut sets = String::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let id = path.file_stem().unwrap().to_string_lossy();
        let full = fs::canonicalize(path).unwrap();
        texts.push_str(&format!("    ({id:?}, include_str!({:?})),\n", full.display().to_string()));
        let table: toml::Table = fs::read_to_string(path)
            .unwrap()
            .parse()
            .unwrap_or_else(|e| panic!("rules/{id}.toml is not valid TOML: {e}"));
        sets.push_str(&format!("    {},\n", value_of("RuleSet", &table, &id)));
    }
    texts.push(']');
    let sets = format!("static SETS: [RuleSet; {}] = [\n{sets}];\n", files.len());
    let out = Path::new(&env::var("OUT_DIR").unwrap()).to_owned();
    fs::write(out.join("embedded_rules.rs"), texts).unwrap();
    fs::write(out.join("embedded_sets.rs"), sets).unwrap();
}

/// The Rust expression for a table of the rule file: a struct of type `name`, a `Param` or a `Switch` (a table with a
/// `value`). A figure's `note` is left out: notes explain a figure to whoever maintains the file, and nothing the
/// engine shows reads them. Its `unit` and `period` are its type's.
fn value_of(name: &str, table: &toml::Table, path: &str) -> String {
    let mut fields = Vec::new();
    let figure = match table.get("value") {
        Some(toml::Value::Boolean(_)) => Some("Switch"),
        Some(_) => Some("Param"),
        None => None,
    };
    for (key, value) in table {
        let path = format!("{path}.{key}");
        let rust = match (key.as_str(), value) {
            ("note", _) => continue,
            ("unit" | "period", _) if figure == Some("Param") => continue,
            ("value", toml::Value::String(number)) => format!("rust_decimal_macros::dec!({})", decimal(number, &path)),
            ("effective" | "valid_from" | "valid_to" | "universal_credit_from", toml::Value::String(date)) => {
                date_of(date, &path)
            }
            ("unit", toml::Value::String(unit)) => format!("{unit:?}"),
            (_, toml::Value::String(text)) => format!("Cow::Borrowed({text:?})"),
            (_, toml::Value::Boolean(b)) => b.to_string(),
            (_, toml::Value::Table(inner)) => value_of(&type_of(key, inner), inner, &path),
            (_, other) => {
                panic!("rules/{path}: a rule file holds strings, booleans and tables, not {}", other.type_str())
            }
        };
        fields.push(format!("{key}: {rust}"));
    }
    match figure {
        Some("Switch") => fields.push("note: None".to_string()),
        Some(_) => fields.extend(["note: None".to_string(), "kind: PhantomData".to_string()]),
        None => {}
    }
    format!("{} {{ {} }}", figure.unwrap_or(name), fields.join(", "))
}

/// The type of the table at `key`: its key in CamelCase (`universal_credit` is `UniversalCredit`), except for the
/// few named otherwise.
fn type_of(key: &str, table: &toml::Table) -> String {
    let per_pay_period = ["week", "fortnight", "four_weeks", "month"];
    match key {
        "rest_of_uk" => "RestOfUkBands".to_string(),
        "scotland" => "ScottishBands".to_string(),
        _ if table.keys().all(|k| per_pay_period.contains(&k.as_str())) => "PerPayPeriod".to_string(),
        _ => key.split('_').map(|word| word[..1].to_uppercase() + &word[1..]).collect(),
    }
}

/// A number as a Rust literal for `dec!`: digits with at most one point, nothing else.
fn decimal(number: &str, path: &str) -> String {
    let digits = number.replace('.', "");
    if number.is_empty()
        || digits.is_empty()
        || number.matches('.').count() > 1
        || !digits.bytes().all(|b| b.is_ascii_digit())
    {
        panic!("rules/{path}: \"{number}\" is not a number written with digits and a point");
    }
    number.to_string()
}

/// A date as `Date::known(year, month, day)`, from "YYYY-MM-DD".
fn date_of(date: &str, path: &str) -> String {
    let parts: Vec<u16> = date.split('-').filter_map(|part| part.parse().ok()).collect();
    match parts[..] {
        [year, month @ 1..=12, day @ 1..=31] if date.len() == 10 => format!("Date::known({year}, {month}, {day})"),
        _ => panic!("rules/{path}: \"{date}\" is not a date written YYYY-MM-DD"),
    }
}
