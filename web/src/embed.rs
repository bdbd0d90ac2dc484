//! Starting the app from JavaScript: `mount(element, options)`, used by the calculator's own page, by the
//! `<in-work-calculator>` custom element and by the iframe page. Options and results are plain JSON-compatible objects;
//! money in results is a string of pounds and pence, never a float.

use calc_core::input::{Nation, RawHousehold};
use calc_core::tree::{FromNode, ToNode};
use calc_core::Language;
use rust_decimal::Decimal;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

use crate::app::{built, Answer, App, Props};
use crate::keep;
use crate::state::{Mode, Saved, State};

calc_core::readable! {
    /// What a host page may set. Every field is optional.
    #[derive(Default, serde::Serialize)]
    struct Options {
        mode: Option<Mode> = default,
        /// The language: "en" or "cy" (Welsh). The build loaded has one (`web/embed/start.js` picks it).
        lang: Option<Language> = default,
        nation: Option<Nation> = default,
        rule_year: Option<String> = default as "ruleYear",
        /// A household as the command-line tool and the JavaScript API take it; its first adult's hours are the hours
        /// now.
        household: Option<RawHousehold> = default,
        /// The hours a week to show first.
        hours: Option<Decimal> = default,
        /// The calculator's own page: start from a share link or from what this browser kept, offer share links, and
        /// register the service worker for working offline. Off for embedded calculators (the host owns the page).
        standalone: bool = default,
        /// The address of the calculator's folder, ending in "/", where its files are not the page's own (the custom
        /// element gives it): the rules' texts are loaded from there.
        base: Option<String> = default,
        /// A whole calculation to start from, as it is saved to a file (another build hands one over: see
        /// `onHandover`); the options above that set the calculation are then not used.
        saved: Option<Saved> = default,
        /// The id of an element to put the focus on once started (another build hands over the button pressed).
        focus: Option<String> = default,
    }
}

/// A function of the host's options (`onResult`, `onHandover`), if given.
fn function(options: &JsValue, name: &str) -> Option<js_sys::Function> {
    js_sys::Reflect::get(options, &name.into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok())
}

/// A value as a plain JavaScript object, for a host's function.
fn plain(value: &impl ToNode) -> JsValue {
    js_sys::JSON::parse(&value.to_node().to_json()).unwrap_or(JsValue::NULL)
}

/// Mounts the calculator in `root`. `options` as above, plus `onResult`, a function called with an `Answer` whenever
/// the answer changes, and `onHandover`, called with the calculation (as `saved` takes it) and the id of the button
/// pressed when the mode or language chosen is in another build of the app (`web/embed/start.js` then starts that
/// build with them). Throws an `Error` naming the option that is wrong.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, options: JsValue) -> Result<(), JsError> {
    let (on_result, on_handover) = (function(&options, "onResult"), function(&options, "onHandover"));
    let options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else if !options.is_object() {
        return Err(JsError::new("options: must be an object"));
    } else {
        // The rest of the options are plain values, read with every key checked.
        let plain = js_sys::Object::assign(&js_sys::Object::new(), options.unchecked_ref());
        for name in ["onResult", "onHandover"] {
            let _ = js_sys::Reflect::delete_property(&plain, &name.into());
        }
        let tree = js_tree::to_tree(&plain).and_then(|tree| Options::from_node(&tree));
        tree.map_err(|e| JsError::new(&e.inside("options").to_string()))?
    };
    if let Some(base) = &options.base {
        crate::sources::set_base(base);
    }
    let mut start = State::new(today());
    if let Some(saved) = options.saved {
        start = start.load(saved);
    } else {
        start = from_options(start, options.household, options.hours, options.standalone);
        if let Some(mode) = options.mode {
            start.mode = mode;
        }
        if let Some(language) = options.lang {
            start.language = language;
        }
        if let Some(nation) = options.nation {
            start.household.nation = Some(nation);
        }
        if options.rule_year.is_some() {
            start.household.rule_year = options.rule_year;
        }
        if let Some(hours) = options.hours {
            start.hours = hours;
        }
    }
    if on_handover.is_none() {
        // No other build to hand over to: this build's own mode and language.
        if !built(start.mode) {
            start.mode = if built(Mode::Client) { Mode::Client } else { Mode::Adviser };
        }
        start.language = crate::text::LANGUAGE;
    }
    // The engine's words, and the page's language for screen readers (the whole page's, on the calculator's own).
    calc_core::set_language(crate::text::LANGUAGE);
    let _ = root.set_attribute("lang", crate::text::page::LANG);
    if let Some(html) =
        options.standalone.then(web_sys::window).flatten().and_then(|w| w.document()?.document_element())
    {
        let _ = html.set_attribute("lang", crate::text::page::LANG);
    }
    if options.standalone {
        work_offline();
    }
    let on_result = on_result.map(|f| {
        Callback::from(move |answer: Answer| {
            let _ = f.call1(&JsValue::NULL, &plain(&answer));
        })
    });
    let on_handover = on_handover.map(|f| {
        Callback::from(move |(saved, pressed): (Saved, &str)| {
            let _ = f.call2(&JsValue::NULL, &plain(&saved), &pressed.into());
        })
    });
    let props = Props { start, standalone: options.standalone, on_result, on_handover, focus: options.focus };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
    Ok(())
}

/// Where a calculation starts without one handed over: the host's household, else (on the calculator's own page) a
/// share link or what this browser kept, else a fresh one.
fn from_options(mut start: State, household: Option<RawHousehold>, hours: Option<Decimal>, standalone: bool) -> State {
    if let Some(mut household) = household {
        // A host page need not say which day: the calculation is for today unless it names a date or a rule year.
        if household.date.is_none() && household.rule_year.is_none() {
            household.date = start.household.date;
        }
        let hours = hours.unwrap_or(start.hours);
        let language = crate::text::LANGUAGE;
        start =
            start.load(Saved { mode: Mode::Client, language, household, adult: 0, hours, more_hours: String::new() });
    }
    if standalone {
        keep::restore(start)
    } else {
        start
    }
}

/// Registers the service worker (`web/sw.js`) so the calculator works offline after this first visit.
fn work_offline() {
    if let Some(window) = web_sys::window() {
        let _ = window.navigator().service_worker().register("sw.js");
    }
}

/// Today's date from the browser's clock (the engine itself reads no clock).
pub fn today() -> Option<calc_core::Date> {
    let now = js_sys::Date::new_0();
    calc_core::Date::new(now.get_full_year() as u16, now.get_month() as u8 + 1, now.get_date() as u8)
}
