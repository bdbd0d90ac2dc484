//! The words of `components/fields.rs` in Welsh.

/// Before an error message, for screen readers.
pub const ERROR_PREFIX: &str = "Gwall: ";

// What was typed and cannot be read, after the field's name: a dash first, so that the words read after any name.
pub const NOT_WHOLE: &str = "– rhaid rhoi rhif cyfan, fel 30";
pub const NOT_NUMBER: &str = "– rhaid rhoi rhif, fel 12.71";
pub const NOT_DATE: &str = "– rhaid rhoi dyddiad fel 2026-05-01";
