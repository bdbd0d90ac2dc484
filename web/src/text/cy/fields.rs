//! The words of `components/fields.rs` in Welsh.
