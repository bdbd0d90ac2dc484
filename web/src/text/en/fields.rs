//! The words of `components/fields.rs` in English.

/// Before an error message, for screen readers.
pub const ERROR_PREFIX: &str = "Error: ";

// What was typed and cannot be read, after the field's name ("Your age must be …").
pub const NOT_WHOLE: &str = "must be a whole number, like 30";
pub const NOT_NUMBER: &str = "must be a number, like 12.71";
pub const NOT_DATE: &str = "must be a date like 2026-05-01";
