//! The words of `components/council_tax.rs` in Welsh.
