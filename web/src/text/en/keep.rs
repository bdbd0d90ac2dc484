//! The words of `components/keep.rs` in English.
