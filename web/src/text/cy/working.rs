//! The words of `components/working.rs` in Welsh.
