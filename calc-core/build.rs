//! Embeds every rule file in `rules/` so that a new tax year is a new file, with no code change.
//!
//! The TOML is parsed here, at build time, so that the engine (and its WebAssembly) carries no TOML parser. Writes
//! `$OUT_DIR/embedded_rules.rs`: a list of (id, text) pairs, for tests and tools that read the files themselves, and
//! `$OUT_DIR/embedded_trees.rs`: the same files in a compact form (`encode` below) that `tree::Node::decode` turns
//! into trees, from which the rule types are read, with every check, on first use. Both are oldest first (file names
//! sort by year).

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
    let mut trees = String::from("&[\n");
    let mut previous = toml::Table::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let id = path.file_stem().unwrap().to_string_lossy();
        let full = fs::canonicalize(path).unwrap();
        texts.push_str(&format!("    ({id:?}, include_str!({:?})),\n", full.display().to_string()));
        let table: toml::Table = fs::read_to_string(path)
            .unwrap()
            .parse()
            .unwrap_or_else(|e| panic!("rules/{id}.toml is not valid TOML: {e}"));
        let mut encoded = String::new();
        encode(&table, Some(&previous), &id, &mut encoded);
        trees.push_str(&format!("    ({id:?}, {encoded:?}),\n"));
        previous = table;
    }
    texts.push(']');
    trees.push(']');
    let out = Path::new(&env::var("OUT_DIR").unwrap()).to_owned();
    fs::write(out.join("embedded_rules.rs"), texts).unwrap();
    fs::write(out.join("embedded_trees.rs"), trees).unwrap();
}

/// Writes a table in the compact form `tree::Node::decode` reads: tokens separated by RS (U+001E), each a kind
/// character then the key: `{key` opens a table and `}` closes it; `"key`, US (U+001F) and the text is a string;
/// `!key`, US and `true` or `false` is a boolean; `=key` is the same string as at this place in the year before
/// (`previous`), as most sources and units are. Strings are read in place, without escapes or copies.
///
/// A figure's `note` is left out: notes explain a figure to whoever maintains the file (where another model differs,
/// say), and nothing the engine shows reads them, so they would only make the WebAssembly bigger.
fn encode(table: &toml::Table, previous: Option<&toml::Table>, path: &str, out: &mut String) {
    for (key, value) in table.iter().filter(|(key, _)| *key != "note") {
        let before = previous.and_then(|previous| previous.get(key));
        let path = format!("{path}.{key}");
        let text = match value {
            toml::Value::String(s) => s,
            _ => "",
        };
        if key.contains(['\u{1e}', '\u{1f}']) || text.contains('\u{1e}') {
            panic!("rules/{path}: the control characters U+001E and U+001F are not allowed");
        }
        match value {
            toml::Value::Table(inner) => {
                token(out, &format!("{{{key}"));
                encode(inner, before.and_then(toml::Value::as_table), &path, out);
                token(out, "}");
            }
            toml::Value::String(_) if before == Some(value) => token(out, &format!("={key}")),
            toml::Value::String(s) => token(out, &format!("\"{key}\u{1f}{s}")),
            toml::Value::Boolean(b) => token(out, &format!("!{key}\u{1f}{b}")),
            // The rule types read only these; numbers are written as strings so that decimals stay exact.
            other => panic!("rules/{path}: a rule file holds strings, booleans and tables, not {}", other.type_str()),
        }
    }
}

fn token(out: &mut String, token: &str) {
    if !out.is_empty() {
        out.push('\u{1e}');
    }
    out.push_str(token);
}
