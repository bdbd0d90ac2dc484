//! The calculator in the browser. Everything runs here: nothing the client types leaves the page.
//!
//! The module exports one function, `mount`, which the page's own `app.js`, the `<in-work-calculator>` element and the
//! iframe page (`web/embed/`) all call: the same app, started with different options.

mod app;
mod components;
mod embed;
mod format;
mod keep;
mod sources;
mod state;
mod text;

/// Talc: a smaller and faster allocator for WebAssembly than the standard library's dlmalloc.
// SAFETY: the page runs the module on one thread.
#[cfg(target_family = "wasm")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

/// Nothing starts by itself: whoever loads the module calls `mount` (a host page may load it without wanting the app
/// in its body).
fn main() {}
