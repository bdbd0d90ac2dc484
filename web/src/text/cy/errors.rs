//! The words of `components/errors.rs` in Welsh.

/// The error summary's heading.
pub const TITLE: &str = "Mae problem";
