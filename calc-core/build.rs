//! Embeds every rule file in `rules/` so that a new tax year is a new file, with no code change.
//! Writes `$OUT_DIR/embedded_rules.rs`: a list of (id, text) pairs, oldest first (file names sort by year).

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
    let mut code = String::from("&[\n");
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let id = path.file_stem().unwrap().to_string_lossy();
        let full = fs::canonicalize(path).unwrap();
        code.push_str(&format!("    ({id:?}, include_str!({:?})),\n", full.display().to_string()));
    }
    code.push(']');
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join("embedded_rules.rs"), code).unwrap();
}
