//! The calculator in the browser. Everything runs here: nothing the client types leaves the page.

mod app;
mod components;
mod format;
mod keep;
mod state;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
