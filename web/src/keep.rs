//! Keeping and sharing a calculation: as a JSON file, in this browser's local storage, or in a link's fragment (the
//! part after `#`, which browsers never send to a server). Nothing here makes a network request.

use calc_core::tree::{FromNode, Node, ToNode};
use wasm_bindgen::{JsCast, JsValue};

use crate::state::{Mode, Saved, State};
use crate::text::page as t;

const STORAGE_KEY: &str = "in-work-calculator";
const FRAGMENT: &str = "#s=";

pub fn to_json(saved: &Saved) -> String {
    saved.to_node().to_json()
}

/// A saved calculation, or a household on its own as the command-line tool reads it (opened in adviser mode).
pub fn from_json(text: &str) -> Result<Saved, String> {
    let tree = js_tree::parse_json(text).map_err(|_| t::NOT_JSON.to_string())?;
    from_tree(&tree)
}

/// `from_json` once the text is parsed.
fn from_tree(tree: &Node) -> Result<Saved, String> {
    if let Ok(saved) = Saved::from_node(tree) {
        return Ok(saved);
    }
    let household = calc_core::input::from_tree(tree).map_err(|e| {
        let problems: Vec<String> = e.errors.iter().map(|p| format!("{} {}", p.field, p.message)).collect();
        t::not_saved(&problems.join("; "))
    })?;
    let hours = household.adults.first().and_then(|a| a.job.as_ref()).and_then(|j| j.hours_per_week);
    let (language, hours, more_hours) = (crate::text::LANGUAGE, hours.unwrap_or_default(), String::new());
    Ok(Saved { mode: Mode::Adviser, language, household, adult: 0, hours, more_hours })
}

/// The address of this page with the whole calculation in its fragment.
pub fn share_link(saved: &Saved) -> String {
    let location = web_sys::window().map(|w| w.location());
    let page = location.and_then(|l| Some(l.origin().ok()? + &l.pathname().ok()?)).unwrap_or_default();
    let json = to_json(saved);
    format!("{page}{FRAGMENT}{}", String::from(js_sys::encode_uri_component(&json)))
}

/// The state to start from: a calculation in the link's fragment, else one kept in this browser, else `fresh`.
pub fn restore(fresh: State) -> State {
    let from_fragment = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .and_then(|hash| hash.strip_prefix(FRAGMENT).map(str::to_string))
        .and_then(|encoded| js_sys::decode_uri_component(&encoded).ok())
        .and_then(|json| from_json(&String::from(json)).ok());
    let kept = || storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()).and_then(|json| from_json(&json).ok());
    match from_fragment.or_else(kept) {
        Some(saved) => fresh.load(saved),
        None => fresh,
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Keeps the calculation in this browser until forgotten.
pub fn keep_here(saved: &Saved) -> bool {
    storage().is_some_and(|s| s.set_item(STORAGE_KEY, &to_json(saved)).is_ok())
}

pub fn forget() {
    if let Some(s) = storage() {
        let _ = s.remove_item(STORAGE_KEY);
    }
}

pub fn is_kept() -> bool {
    storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()).is_some()
}

/// Offers the calculation as a file to save, laid out for reading (by the browser's `JSON.stringify`).
pub fn download(saved: &Saved) -> Option<()> {
    let value = js_sys::JSON::parse(&to_json(saved)).ok()?;
    let text = js_sys::JSON::stringify_with_replacer_and_space(&value, &JsValue::NULL, &JsValue::from(2)).ok()?;
    let parts = js_sys::Array::of1(&text);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window()?.document()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download("in-work-calculation.json");
    link.click();
    web_sys::Url::revoke_object_url(&url).ok()
}

pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::State;
    use serde::Deserialize;

    /// `from_json` without the browser: the text parsed here as `JSON.parse` would.
    fn read(text: &str) -> Result<Saved, String> {
        from_tree(&Node::deserialize(&mut serde_json::Deserializer::from_str(text)).unwrap())
    }

    #[test]
    fn a_saved_calculation_reads_back_as_it_was() {
        let mut saved = State::new(calc_core::Date::new(2026, 10, 1)).saved();
        saved.more_hours = "24, 30".into();
        assert_eq!(read(&to_json(&saved)).unwrap(), saved);
    }

    #[test]
    fn a_household_file_opens_in_adviser_mode_at_its_hours() {
        let saved =
            read(r#"{"date": "2026-10-01", "adults": [{"age": 30, "job": {"hours_per_week": "16"}}]}"#).unwrap();
        assert_eq!(saved.mode, Mode::Adviser);
        assert_eq!(saved.hours, rust_decimal::Decimal::from(16));
    }

    #[test]
    fn anything_else_is_refused_with_the_field_named() {
        let problem = read(r#"{"adults": [{"age": "thirty"}]}"#).unwrap_err();
        assert!(problem.contains("adults[0].age"), "{problem}");
    }
}
