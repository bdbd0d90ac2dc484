//! The words of `components/months.rs` in English.
