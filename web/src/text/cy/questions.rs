//! The words of `components/questions.rs` in Welsh.
