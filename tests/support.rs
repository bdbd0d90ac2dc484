//! Shared helpers for the test targets in this folder.

use std::path::{Path, PathBuf};

pub mod generators;

/// The repository root (this crate lives in `tests/`).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ has a parent").to_path_buf()
}

/// A household from any serde value (TOML or JSON), read the way the command-line tool reads one.
pub fn household(value: serde_json::Value) -> Result<calc_core::RawHousehold, calc_core::Error> {
    calc_core::input::read(value)
}
