//! The words of the page around the parts (`app.rs`, `embed.rs`, `state.rs`, `keep.rs`, `format.rs`) in English.
