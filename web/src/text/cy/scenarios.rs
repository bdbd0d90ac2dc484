//! The words of `components/scenarios.rs` in Welsh.
