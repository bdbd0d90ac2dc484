//! Starting the app from JavaScript: `mount(element, options)`, used by the calculator's own page, by the
//! `<in-work-calculator>` custom element and by the iframe page. Options and results are plain JSON-compatible objects;
//! money in results is a string of pounds and pence, never a float.

use calc_core::input::{Nation, RawHousehold};
use calc_core::tree::{FromNode, ToNode};
use rust_decimal::Decimal;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

use crate::app::{Answer, App, Props};
use crate::keep;
use crate::state::{Mode, Saved, State};

calc_core::readable! {
    /// What a host page may set. Every field is optional.
    #[derive(Default, serde::Serialize)]
    struct Options {
        mode: Option<Mode> = default,
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
    }
}

/// Mounts the calculator in `root`. `options` as above, plus `onResult`, a function called with an `Answer` whenever
/// the answer changes. Throws an `Error` naming the option that is wrong.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, options: JsValue) -> Result<(), JsError> {
    let on_result =
        js_sys::Reflect::get(&options, &"onResult".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else if !options.is_object() {
        return Err(JsError::new("options: must be an object"));
    } else {
        // The rest of the options are plain values, read with every key checked.
        let plain = js_sys::Object::assign(&js_sys::Object::new(), options.unchecked_ref());
        let _ = js_sys::Reflect::delete_property(&plain, &"onResult".into());
        let tree = js_tree::to_tree(&plain).and_then(|tree| Options::from_node(&tree));
        tree.map_err(|e| JsError::new(&e.inside("options").to_string()))?
    };
    if let Some(base) = &options.base {
        crate::sources::set_base(base);
    }
    let mut start = State::new(today());
    if let Some(mut household) = options.household {
        // A host page need not say which day: the calculation is for today unless it names a date or a rule year.
        if household.date.is_none() && household.rule_year.is_none() {
            household.date = start.household.date;
        }
        let hours = options.hours.unwrap_or(start.hours);
        let saved =
            Saved { mode: options.mode.unwrap_or(Mode::Client), household, adult: 0, hours, more_hours: String::new() };
        start = start.load(saved);
    }
    if options.standalone {
        start = keep::restore(start);
        work_offline();
    }
    if let Some(mode) = options.mode {
        start.mode = mode;
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
    let on_result = on_result.map(|f| {
        Callback::from(move |answer: Answer| {
            let json = answer.to_node().to_json();
            if let Ok(value) = js_sys::JSON::parse(&json) {
                let _ = f.call1(&JsValue::NULL, &value);
            }
        })
    });
    yew::Renderer::<App>::with_root_and_props(root, Props { start, standalone: options.standalone, on_result })
        .render();
    Ok(())
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
