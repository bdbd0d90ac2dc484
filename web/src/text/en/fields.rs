//! The words of `components/fields.rs` in English.
