//! The words of `components/questions.rs` in English.
