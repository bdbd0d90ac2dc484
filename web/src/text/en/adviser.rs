//! The words of `components/adviser.rs` in English.
