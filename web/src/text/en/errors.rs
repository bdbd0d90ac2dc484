//! The words of `components/errors.rs` in English.
