//! The figures' sources, loaded only when the working is shown. The app's rule sets carry "⟦n⟧" in place of each
//! source (calc-core without its `sources` feature, which keeps about 7 KB of text out of the first load), and
//! `sources.json` beside the app (generated with the rule sets, `tests/rules.rs`) holds the texts by number. The
//! request names only that file; the service worker keeps it for working offline.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// Where the app's files are (the custom element's page may be elsewhere), ending in "/"; empty for the page's own.
    static BASE: RefCell<String> = const { RefCell::new(String::new()) };
    static TEXTS: RefCell<Option<Rc<Vec<String>>>> = const { RefCell::new(None) };
}

pub fn set_base(base: &str) {
    BASE.set(base.to_string());
}

/// Calls `done` with the texts, loading them the first time.
pub fn load(done: impl FnOnce(Rc<Vec<String>>) + 'static) {
    if let Some(texts) = TEXTS.with_borrow(Clone::clone) {
        return done(texts);
    }
    let url = BASE.with_borrow(|base| format!("{base}sources.json"));
    wasm_bindgen_futures::spawn_local(async move {
        if let Some(texts) = fetch(&url).await {
            let texts = Rc::new(texts);
            TEXTS.set(Some(Rc::clone(&texts)));
            done(texts);
        }
    });
}

async fn fetch(url: &str) -> Option<Vec<String>> {
    let response = JsFuture::from(web_sys::window()?.fetch_with_str(url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    let texts: js_sys::Array = JsFuture::from(response.json().ok()?).await.ok()?.dyn_into().ok()?;
    Some(texts.iter().map(|text| text.as_string().unwrap_or_default()).collect())
}

/// `rule` with each "⟦n⟧" replaced by its text, or by "…" while the texts are not loaded.
pub fn expand(rule: &str, texts: Option<&[String]>) -> String {
    let mut out = String::with_capacity(rule.len());
    let mut rest = rule;
    while let Some(start) = rest.find('⟦') {
        out.push_str(&rest[..start]);
        let after = &rest[start + '⟦'.len_utf8()..];
        let Some(end) = after.find('⟧') else { break };
        let text = after[..end].parse::<usize>().ok().and_then(|n| texts?.get(n));
        out.push_str(text.map_or("…", String::as_str));
        rest = &after[end + '⟧'.len_utf8()..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::expand;

    #[test]
    fn numbers_become_their_texts() {
        let texts = ["SI 2013/376 reg. 22".to_string(), "SI 2018/148".to_string()];
        assert_eq!(expand("⟦1⟧; ⟦0⟧ and more", Some(&texts)), "SI 2018/148; SI 2013/376 reg. 22 and more");
        assert_eq!(expand("⟦1⟧ and ⟦7⟧", None), "… and …");
        assert_eq!(expand("plain text", None), "plain text");
    }
}
