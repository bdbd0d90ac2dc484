//! Every rule file loads against the schema, the years follow one another without gaps or overlaps, each file is
//! named after its id, derived figures match the published ones, and a broken file is refused with a reason.

use std::fs;
use std::path::Path;

use calc_core::internals::{benefit_cap_earnings_threshold, esa_higher_limit};
use calc_core::rules::{self, RuleSet, EMBEDDED};
use calc_core::Date;

#[test]
fn every_rule_file_loads() {
    assert!(EMBEDDED.len() >= 2, "expected the 2025-26 and 2026-27 rule files");
    for (name, text) in EMBEDDED {
        let set = RuleSet::from_toml(text).unwrap_or_else(|e| panic!("rules/{name}.toml: {e}"));
        assert_eq!(&set.id, name, "rules/{name}.toml has id {}", set.id);
        assert!(set.version.starts_with(&*set.id), "{name}: version {} should start with the id", set.version);
    }
}

#[test]
fn embedded_sets_are_the_files() {
    // The embedded sets are generated source (`calc-core/src/rules/embedded.rs`): it must be what the rule files in
    // `rules/` give, read and checked by the reader. `UPDATE_RULES=1` writes it afresh.
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../rules");
    let mut names: Vec<String> = fs::read_dir(&folder)
        .unwrap()
        .filter_map(|entry| entry.unwrap().file_name().to_str()?.strip_suffix(".toml").map(str::to_string))
        .collect();
    names.sort();
    let files: Vec<(&str, RuleSet)> = names
        .iter()
        .map(|name| {
            let text = fs::read_to_string(folder.join(format!("{name}.toml"))).unwrap();
            (name.as_str(), RuleSet::from_toml(&text).unwrap_or_else(|e| panic!("rules/{name}.toml: {e}")))
        })
        .collect();
    let (source, sources) = rules::embedded_source(&files);
    let sources = serde_json::to_string_pretty(&sources).unwrap() + "\n";
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../calc-core/src/rules/embedded.rs");
    // The figures' sources by number, which the app loads when it shows the working (its rule sets carry "⟦n⟧").
    let sources_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../web/sources.json");
    if std::env::var_os("UPDATE_RULES").is_some() {
        fs::write(&path, &source).unwrap();
        fs::write(&sources_path, &sources).unwrap();
    }
    assert!(
        fs::read_to_string(&path).unwrap() == source && fs::read_to_string(&sources_path).unwrap() == sources,
        "calc-core/src/rules/embedded.rs or web/sources.json is stale: run UPDATE_RULES=1 cargo test -p tests --test rules"
    );

    // And what it builds says exactly what the files say, but for the figures' notes, which it leaves out.
    fn without_notes(value: &mut serde_json::Value) {
        if let Some(table) = value.as_object_mut() {
            table.remove("note");
            table.values_mut().for_each(without_notes);
        }
    }
    assert_eq!(rules::embedded().len(), files.len());
    for ((name, parsed), set) in files.iter().zip(rules::embedded()) {
        let mut parsed = serde_json::to_value(parsed).unwrap();
        assert!(parsed.to_string().contains(r#""note":"#), "rules/{name}.toml has notes");
        without_notes(&mut parsed);
        assert_eq!(parsed, serde_json::to_value(set).unwrap(), "rules/{name}.toml");
    }
}

#[test]
fn a_callers_rule_set_is_checked_with_the_path_of_a_bad_figure() {
    let mut value = serde_json::to_value(rules::by_id("2026-27").unwrap()).unwrap();
    if let Err(e) = rules::read(&value) {
        panic!("a rule set read back from JSON: {e}");
    }
    value["universal_credit"]["taper_percent"]["unit"] = "gbp".into();
    let err = rules::read(&value).unwrap_err();
    assert_eq!(err.errors[0].field, "rules.universal_credit.taper_percent");
    assert!(err.errors[0].message.contains("unit must be \"percent\""), "{err}");
}

#[test]
fn years_are_contiguous() {
    let sets = rules::embedded();
    for pair in sets.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        assert!(a.valid_to < b.valid_from, "{} overlaps {}", a.id, b.id);
        // 5 April is followed by 6 April: the next set must start the day after this one ends.
        let next_day: Date = format!("{}-04-06", &b.id[..4]).parse().unwrap();
        assert_eq!(b.valid_from, next_day, "{} should start on 6 April", b.id);
        assert_eq!(a.valid_to, format!("{}-04-05", &b.id[..4]).parse().unwrap(), "{} should end on 5 April", a.id);
    }
}

#[test]
fn no_value_takes_effect_after_its_year() {
    for set in rules::embedded() {
        let value = serde_json::to_value(set).unwrap();
        let mut dates = Vec::new();
        effective_dates(&value, String::new(), &mut dates);
        assert!(dates.len() > 80, "{}: found only {} dated values", set.id, dates.len());
        for (path, date) in dates {
            let date: Date = date.parse().unwrap();
            assert!(date <= set.valid_to, "{}: {path} takes effect on {date}, after the year ends", set.id);
        }
    }
}

fn effective_dates(value: &serde_json::Value, path: String, out: &mut Vec<(String, String)>) {
    if let Some(map) = value.as_object() {
        if let Some(date) = map.get("effective").and_then(|d| d.as_str()) {
            out.push((path, date.to_string()));
            return;
        }
        for (key, child) in map {
            effective_dates(child, format!("{path}.{key}"), out);
        }
    }
}

#[test]
fn derived_limits_match_the_published_figures() {
    for set in rules::embedded() {
        // ESA Regs 2013 reg. 39(2): 16 × NLW rounded up to the next 50p.
        assert_eq!(esa_higher_limit(set), set.esa.permitted_work_higher_limit.money(), "{} ESA higher limit", set.id);
        // UC Regs 2013 reg. 82(1)(a): 16 × NLW × 52 / 12, pence disregarded.
        assert_eq!(
            benefit_cap_earnings_threshold(set),
            set.universal_credit.benefit_cap.earnings_exception.money(),
            "{} benefit cap earnings exception",
            set.id
        );
    }
}

#[test]
fn in_force_on_picks_by_date() {
    assert_eq!(rules::in_force_on("2026-04-05".parse().unwrap()).unwrap().id, "2025-26");
    assert_eq!(rules::in_force_on("2026-04-06".parse().unwrap()).unwrap().id, "2026-27");
    let err = rules::in_force_on("2019-01-01".parse().unwrap()).unwrap_err();
    assert!(err.to_string().contains("no rule set covers 2019-01-01"), "{err}");
    assert!(rules::by_id("2031-32").is_err());
}

/// The 2026-27 file with one edit, which must then be refused with a message containing `reason`.
fn refused(edit: impl Fn(&str) -> String, reason: &str) {
    let (_, text) = EMBEDDED.iter().find(|(name, _)| *name == "2026-27").unwrap();
    let edited = edit(text);
    assert_ne!(&edited, text, "the edit changed nothing");
    let err = RuleSet::from_toml(&edited).expect_err("an edited file should be refused");
    assert!(err.to_string().contains(reason), "expected '{reason}' in: {err}");
}

#[test]
fn broken_files_are_refused() {
    // A wrong unit.
    refused(|t| t.replacen("unit = \"percent\"", "unit = \"gbp\"", 1), "unit must be");
    // A money value given for a year where the schema wants a month.
    refused(|t| t.replacen("period = \"month\"", "period = \"year\"", 1), "period must be");
    // An unknown key.
    refused(|t| t.replacen("version =", "colour = \"red\"\nversion =", 1), "unknown field");
    // A missing figure.
    refused(
        |t| {
            let start = t.find("[universal_credit.taper_percent]").unwrap();
            let end = start + t[start..].find("\n\n").unwrap();
            format!("{}{}", &t[..start], &t[end..])
        },
        "taper_percent",
    );
    // A value with no source.
    refused(
        |t| {
            let start = t.find("source =").unwrap();
            let end = start + t[start..].find('\n').unwrap();
            format!("{}source = \"\"{}", &t[..start], &t[end..])
        },
        "source must name",
    );
    // A negative rate, and an absurd one.
    refused(|t| t.replacen("value = \"55\"", "value = \"-55\"", 1), "must not be negative");
    refused(|t| t.replacen("value = \"55\"", "value = \"55000000000000\"", 1), "must be at most");
}
