//! Writes `calculate` and `curve` for every golden household and 300 generated ones (a fixed seed) as JSON lines,
//! to check that a change meant to keep behaviour (a refactoring) keeps every byte of it:
//!
//! ```sh
//! cargo run -p tests --bin snapshot > /tmp/before.jsonl   # before the change
//! cargo run -p tests --bin snapshot > /tmp/after.jsonl    # after it
//! cmp /tmp/before.jsonl /tmp/after.jsonl
//! ```

use calc_core::CurveOptions;
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;
use serde_json::{json, Value};

fn main() {
    let dir = tests::root().join("tests/golden");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let mut households: Vec<Value> = files
        .iter()
        .filter_map(|p| {
            let case: toml::Table = toml::from_str(&std::fs::read_to_string(p).ok()?).ok()?;
            serde_json::to_value(case.get("household")?).ok()
        })
        .collect();
    let mut runner = TestRunner::deterministic();
    let generated = tests::generators::household();
    households.extend((0..300).map(|_| generated.new_tree(&mut runner).unwrap().current()));
    for input in households {
        let line = match tests::household(input.clone()) {
            Err(e) => json!({ "input": input, "error": e }),
            Ok(raw) => {
                let curves: Vec<Value> = (0..raw.adults.len().min(2))
                    .map(|adult| {
                        let options = CurveOptions { adult, ..Default::default() };
                        match calc_core::curve(&raw, &options, None) {
                            Ok(c) => serde_json::to_value(c).unwrap(),
                            Err(e) => json!({ "error": e }),
                        }
                    })
                    .collect();
                let calculation = match calc_core::calculate(&raw) {
                    Ok(c) => serde_json::to_value(c).unwrap(),
                    Err(e) => json!({ "error": e }),
                };
                json!({ "input": input, "calculation": calculation, "curves": curves })
            }
        };
        println!("{line}");
    }
}
