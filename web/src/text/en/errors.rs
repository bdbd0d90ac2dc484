//! The words of `components/errors.rs` in English.

/// The error summary's heading.
pub const TITLE: &str = "There is a problem";
