//! The calculator for JavaScript and TypeScript: numbers only, no user interface. A thin façade over `calc-core`:
//! plain objects in and out, the same shapes as the command-line tool's JSON (`schema/`), money as strings.
//!
//! Errors are thrown as JavaScript `Error`s with a `code` (`"invalid"` when any problem is bad input, otherwise
//! `"unmodelled"`) and `errors`, the list of problems each with its `kind`, `field` path and `message`.

use calc_core::error::ProblemKind;
use calc_core::tree::{FromNode, Node};
use calc_core::{
    input, report::RuleSetUsed, rules, validate_with, CurveOptions, Error, Language, RawHousehold, RuleSet,
};
use js_tree::to_tree;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Talc: a smaller and faster allocator for WebAssembly than the standard library's dlmalloc (2.7 KB less gzipped).
// SAFETY: WebAssembly in a browser or Node.js runs this module on one thread.
#[cfg(target_family = "wasm")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

// The input and output types, generated from the Rust types by `tests/typescript.rs`.
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("../types.d.ts");

/// Works out a household's income, tax and benefits, with the working and warnings.
///
/// `options.rules`: a rule set to use instead of the built-in one in force on the household's date, shaped like a
/// rule file; `options.lang`: "cy" for the engine's words (the thresholds near, the warnings, the help named) in Welsh.
#[wasm_bindgen(unchecked_return_type = "Calculation")]
pub fn calculate(
    #[wasm_bindgen(unchecked_param_type = "Household")] household: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "{ rules?: RuleSet; lang?: \"en\" | \"cy\" }")] options: JsValue,
) -> Result<JsValue, JsValue> {
    run(|| {
        let raw = read_household(&household)?;
        let calculation = match read_options::<NoOptions>(&options)? {
            (Some(rules), _) => calc_core::calculate_with(&raw, &rules)?,
            (None, _) => calc_core::calculate(&raw)?,
        };
        Ok(calculation)
    })
}

/// Net income against one adult's weekly hours, exactly, and the outlook at the chosen hours against `current` (the
/// household as it is now) or, without it, against not working.
#[wasm_bindgen(unchecked_return_type = "CurveResult")]
pub fn curve(
    #[wasm_bindgen(unchecked_param_type = "Household")] household: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "CurveOptions & { rules?: RuleSet; lang?: \"en\" | \"cy\" }")]
    options: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Household")] current: JsValue,
) -> Result<JsValue, JsValue> {
    run(|| {
        let raw = read_household(&household)?;
        let current = if current.is_undefined() || current.is_null() {
            None
        } else {
            Some(read_household(&current).map_err(|e| e.inside("current"))?)
        };
        let result = match read_options::<CurveOptions>(&options)? {
            (Some(rules), options) => calc_core::curve_with(&raw, &rules, &options, current.as_ref())?,
            (None, options) => calc_core::curve(&raw, &options, current.as_ref())?,
        };
        Ok(result)
    })
}

/// The rule sets built in, oldest first, with the dates each covers.
#[wasm_bindgen(js_name = ruleSets, unchecked_return_type = "RuleSetUsed[]")]
pub fn rule_sets() -> Result<JsValue, JsValue> {
    run(|| Ok(rules::embedded().iter().map(RuleSetUsed::of).collect::<Vec<_>>()))
}

/// Checks a household without calculating: every problem found, each with its field path; an empty list when the
/// household can be calculated. Throws only for bad `options`.
#[wasm_bindgen(unchecked_return_type = "Problem[]")]
pub fn validate(
    #[wasm_bindgen(unchecked_param_type = "Household")] household: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "{ rules?: RuleSet }")] options: JsValue,
) -> Result<JsValue, JsValue> {
    run(|| {
        let (rules, _) = read_options::<NoOptions>(&options)?;
        let checked = read_household(&household).and_then(|raw| match &rules {
            Some(rules) => validate_with(&raw, rules).map(drop),
            None => calc_core::validate(&raw).map(drop),
        });
        Ok(checked.err().map(|e| e.errors).unwrap_or_default())
    })
}

calc_core::readable! {
    /// The options of a function that takes none besides `rules`: an empty object, so that a misspelt key is reported.
    #[derive(Default)]
    struct NoOptions {}
}

/// Runs `body` and hands its result to JavaScript as plain objects, or its error as a thrown `Error`.
fn run<T: Serialize>(body: impl FnOnce() -> Result<T, Error>) -> Result<JsValue, JsValue> {
    let value = body().map_err(to_js_error)?;
    // As JSON text that the browser parses: one string across the boundary, rather than an object built a property at
    // a time through calls into JavaScript (about 1.5 times faster for a curve; tests/browser/bench.mjs).
    let text = serde_json::to_string(&value).map_err(|e| JsValue::from_str(&e.to_string()))?;
    js_sys::JSON::parse(&text)
}

/// A household from a JavaScript value; a malformed field is reported by its path.
fn read_household(value: &JsValue) -> Result<RawHousehold, Error> {
    input::from_tree(&to_tree(value).map_err(Error::from)?)
}

/// Splits the options object into the caller's rule set (`rules`, checked as a rule file is), the language of the
/// engine's words (`lang`: "en", the default, or "cy" for Welsh; set for this call) and the other options.
fn read_options<T: Default + FromNode>(options: &JsValue) -> Result<(Option<RuleSet>, T), Error> {
    let mut entries = match to_tree(options).map_err(Error::from)? {
        Node::Null => Vec::new(),
        Node::Table(entries) => entries,
        _ => return Err(Error::invalid("options", "must be an object")),
    };
    // A key given as `undefined` is not given, as an absent key is.
    let mut take = |name: &str| match entries.iter().position(|(key, _)| key == name).map(|i| entries.remove(i).1) {
        None | Some(Node::Null) => None,
        Some(tree) => Some(tree),
    };
    let rules = take("rules").map(|tree| rules::from_tree(&tree)).transpose()?;
    let language = take("lang").map(|tree| Language::from_node(&tree).map_err(|e| Error::from(e.inside("lang"))));
    calc_core::set_language(language.transpose()?.unwrap_or_default());
    let rest = T::from_node(&Node::Table(entries)).map_err(Error::from)?;
    Ok((rules, rest))
}

/// The one conversion of an engine error into a thrown JavaScript `Error`, with `code` and `errors`.
fn to_js_error(error: Error) -> JsValue {
    let code = if error.errors.iter().any(|p| p.kind == ProblemKind::Invalid) { "invalid" } else { "unmodelled" };
    let js = js_sys::Error::new(&error.to_string());
    let problems =
        error.errors.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap_or(JsValue::UNDEFINED);
    // Setting a property on an `Error` just made cannot fail.
    let _ = js_sys::Reflect::set(&js, &"code".into(), &code.into());
    let _ = js_sys::Reflect::set(&js, &"errors".into(), &problems);
    js.into()
}
