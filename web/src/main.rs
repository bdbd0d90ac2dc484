//! The calculator in the browser. Everything runs here: nothing the client types leaves the page.

mod app;
mod components;
mod format;
mod keep;
mod state;

fn main() {
    yew::Renderer::<app::App>::new().render();
    work_offline();
}

/// Registers the service worker (`web/sw.js`) so the calculator works offline after this first visit.
fn work_offline() {
    if let Some(window) = web_sys::window() {
        let _ = window.navigator().service_worker().register("sw.js");
    }
}
