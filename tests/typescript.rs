//! The TypeScript declarations of the JavaScript API's inputs and outputs (`api/types.d.ts`) match the Rust types. They
//! are converted from the same JSON Schemas as `schema/`; run with `UPDATE_SCHEMA=1` to rewrite them after changing a
//! type. Only the function signatures (in `api/src/lib.rs`) are written by hand.

use std::collections::BTreeMap;
use std::fs;

use calc_core::error::Problem;
use calc_core::report::{Calculation, RuleSetUsed};
use calc_core::{CurveOptions, CurveResult, RawHousehold, RuleSet};
use schemars::{schema_for, Schema};
use serde_json::Value;

#[test]
fn typescript_declarations_are_current() {
    let roots = [
        ("Household", schema_for!(RawHousehold)),
        ("Calculation", schema_for!(Calculation)),
        ("CurveOptions", schema_for!(CurveOptions)),
        ("CurveResult", schema_for!(CurveResult)),
        ("RuleSet", schema_for!(RuleSet)),
        ("RuleSetUsed", schema_for!(RuleSetUsed)),
        ("Problem", schema_for!(Problem)),
    ];
    let text = declarations(&roots);
    let path = tests::root().join("api/types.d.ts");
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        fs::write(&path, &text).unwrap();
    } else {
        let published = fs::read_to_string(&path).unwrap_or_default();
        assert!(
            published == text,
            "api/types.d.ts is out of date: run `UPDATE_SCHEMA=1 cargo test -p tests --test typescript`"
        );
    }
}

/// One `export type` per root and per definition the roots use, sorted by name. A definition that two roots use must
/// come out the same in both.
fn declarations(roots: &[(&str, Schema)]) -> String {
    let mut types = BTreeMap::new();
    let mut add = |name: &str, schema: &Value| {
        let declaration = format!("{}export type {name} = {};\n", doc(schema, ""), ts(schema, ""));
        if let Some(before) = types.insert(name.to_string(), declaration.clone()) {
            assert_eq!(before, declaration, "two schemas define {name} differently");
        }
    };
    for (name, schema) in roots {
        let schema = schema.as_value();
        add(name, schema);
        for (def, schema) in schema.get("$defs").and_then(Value::as_object).into_iter().flatten() {
            add(def, schema);
        }
    }
    let mut text = String::from(
        "// The inputs and outputs, generated from the Rust types by tests/typescript.rs: do not edit. Money and other\n\
         // decimals are strings in results (\"12.71\"); inputs take a string or a number.\n",
    );
    for declaration in types.values() {
        text.push('\n');
        text.push_str(declaration);
    }
    text
}

/// The schema's description as a comment, at `indent`.
fn doc(schema: &Value, indent: &str) -> String {
    match schema.get("description").and_then(Value::as_str) {
        Some(text) => {
            let lines: Vec<_> = text.replace("*/", "* /").lines().map(|l| format!("{indent} * {l}")).collect();
            format!("{indent}/**\n{}\n{indent} */\n", lines.join("\n"))
        }
        None => String::new(),
    }
}

/// The TypeScript type of a schema; objects are written out over several lines at `indent`.
fn ts(schema: &Value, indent: &str) -> String {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        return reference.trim_start_matches("#/$defs/").to_string();
    }
    if let Some(value) = schema.get("const") {
        return value.to_string();
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        return union(values.iter().map(Value::to_string).collect());
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(options) = schema.get(key).and_then(Value::as_array) {
            return union(options.iter().map(|s| ts(s, indent)).collect());
        }
    }
    match schema.get("type") {
        Some(Value::Array(kinds)) => union(kinds.iter().map(|k| of_type(k, schema, indent)).collect()),
        Some(kind) => of_type(kind, schema, indent),
        // `true` or `{}`: any value.
        None => "unknown".to_string(),
    }
}

fn of_type(kind: &Value, schema: &Value, indent: &str) -> String {
    match kind.as_str().unwrap_or_default() {
        "string" => "string".to_string(),
        "number" | "integer" => "number".to_string(),
        "boolean" => "boolean".to_string(),
        "null" => "null".to_string(),
        "array" => match schema.get("items") {
            Some(items) => format!("{}[]", parenthesised(ts(items, indent))),
            None => "unknown[]".to_string(),
        },
        "object" => object(schema, indent),
        other => panic!("no TypeScript type for the JSON Schema type {other:?}"),
    }
}

fn object(schema: &Value, indent: &str) -> String {
    let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
        return match schema.get("additionalProperties") {
            Some(values @ Value::Object(_)) => format!("Record<string, {}>", ts(values, indent)),
            _ => "Record<string, unknown>".to_string(),
        };
    };
    let required: Vec<&str> =
        schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
    let inner = format!("{indent}  ");
    let mut text = String::from("{\n");
    for (name, property) in properties {
        let optional = if required.contains(&name.as_str()) { "" } else { "?" };
        text.push_str(&format!("{}{inner}{name}{optional}: {};\n", doc(property, &inner), ts(property, &inner)));
    }
    text.push_str(indent);
    text.push('}');
    text
}

fn union(mut options: Vec<String>) -> String {
    options.dedup();
    options.join(" | ")
}

/// Wraps a union in parentheses where it is part of a larger type (`(A | B)[]`); a `|` inside braces is a field's.
fn parenthesised(ts: String) -> String {
    let mut depth = 0;
    let mut top_level_union = false;
    for (i, c) in ts.char_indices() {
        match c {
            '{' | '(' => depth += 1,
            '}' | ')' => depth -= 1,
            '|' if depth == 0 && ts[..i].ends_with(' ') => top_level_union = true,
            _ => {}
        }
    }
    if top_level_union {
        format!("({ts})")
    } else {
        ts
    }
}
