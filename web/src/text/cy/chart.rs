//! The words of `components/chart.rs` in Welsh.
