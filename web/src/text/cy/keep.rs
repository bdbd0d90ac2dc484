//! The words of `components/keep.rs` in Welsh.
