//! The words of `components/working.rs` in English.
