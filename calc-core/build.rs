//! Embeds every rule file in `rules/` so that a new tax year is a new file, with no code change.
//!
//! The TOML is parsed here, at build time, so that the engine (and its WebAssembly) carries no TOML parser. Writes
//! `$OUT_DIR/embedded_rules.rs`: a list of (id, text) pairs, for tests and tools that read the files themselves, and
//! `$OUT_DIR/embedded_trees.rs`: the same files as static `Node` trees (`src/tree.rs`), which the rule types are
//! deserialized from, with every check, on first use. Both are oldest first (file names sort by year).

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
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let id = path.file_stem().unwrap().to_string_lossy();
        let full = fs::canonicalize(path).unwrap();
        texts.push_str(&format!("    ({id:?}, include_str!({:?})),\n", full.display().to_string()));
        let table: toml::Table = fs::read_to_string(path)
            .unwrap()
            .parse()
            .unwrap_or_else(|e| panic!("rules/{id}.toml is not valid TOML: {e}"));
        trees.push_str(&format!("    ({id:?}, {}),\n", node(&toml::Value::Table(table), &id)));
    }
    texts.push(']');
    trees.push(']');
    let out = Path::new(&env::var("OUT_DIR").unwrap()).to_owned();
    fs::write(out.join("embedded_rules.rs"), texts).unwrap();
    fs::write(out.join("embedded_trees.rs"), trees).unwrap();
}

/// A TOML value as the Rust expression of a `Node`. Debug formatting of a string is a valid Rust string literal.
fn node(value: &toml::Value, path: &str) -> String {
    match value {
        toml::Value::String(s) => format!("Node::Str(Cow::Borrowed({s:?}))"),
        toml::Value::Boolean(b) => format!("Node::Bool({b})"),
        toml::Value::Table(table) => {
            let entries: Vec<_> = table
                .iter()
                .map(|(k, v)| format!("(Cow::Borrowed({k:?}), {})", node(v, &format!("{path}.{k}"))))
                .collect();
            format!("Node::Table(Cow::Borrowed(&[{}]))", entries.join(", "))
        }
        // The rule types read only these; numbers are written as strings so that decimals stay exact.
        other => panic!("rules/{path}: a rule file holds strings, booleans and tables, not {}", other.type_str()),
    }
}
