//! The words of `components/print.rs` in English.
