//! The published JSON Schemas in `schema/` match the Rust types. Run with `UPDATE_SCHEMA=1` to rewrite them after
//! changing a type.

use std::fs;

use calc_core::{report::Calculation, Error, RawHousehold};

#[test]
fn published_schemas_are_current() {
    let schemas = [
        ("household.schema.json", schemars::schema_for!(RawHousehold)),
        ("result.schema.json", schemars::schema_for!(Calculation)),
        ("curve.schema.json", schemars::schema_for!(calc_core::CurveResult)),
        ("error.schema.json", schemars::schema_for!(Error)),
    ];
    let dir = tests::root().join("schema");
    let update = std::env::var_os("UPDATE_SCHEMA").is_some();
    for (file, schema) in schemas {
        let text = serde_json::to_string_pretty(&schema).unwrap() + "\n";
        let path = dir.join(file);
        if update {
            fs::create_dir_all(&dir).unwrap();
            fs::write(&path, &text).unwrap();
        } else {
            let published = fs::read_to_string(&path).unwrap_or_default();
            assert!(
                published == text,
                "schema/{file} is out of date: run `UPDATE_SCHEMA=1 cargo test -p tests --test schema`"
            );
        }
    }
}
