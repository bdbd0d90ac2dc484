//! The words of `components/errors.rs` in Welsh.
