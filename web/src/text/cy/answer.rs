//! The words of `components/answer.rs` in Welsh.
