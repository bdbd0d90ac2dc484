//! The words of `components/table.rs` in Welsh.
