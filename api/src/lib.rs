//! The calculator for JavaScript and TypeScript: numbers only, no user interface. A thin façade over `calc-core`:
//! plain objects in and out, the same shapes as the command-line tool's JSON (`schema/`), money as strings.
//!
//! Errors are thrown as JavaScript `Error`s with a `code` (`"invalid"` when any problem is bad input, otherwise
//! `"unmodelled"`) and `errors`, the list of problems each with its `kind`, `field` path and `message`.

use calc_core::error::ProblemKind;
use calc_core::tree::{self, Node};
use calc_core::{calculation::RuleSetUsed, household, input, rules, CurveOptions, Error, RawHousehold, RuleSet};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

// The input and output types, generated from the Rust types by `tests/typescript.rs`.
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("../types.d.ts");

/// Works out a household's income, tax and benefits, with the working and warnings.
///
/// `options.rules`: a rule set to use instead of the built-in one in force on the household's date, shaped like a
/// rule file.
#[wasm_bindgen(unchecked_return_type = "Calculation")]
pub fn calculate(
    #[wasm_bindgen(unchecked_param_type = "Household")] household: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "{ rules?: RuleSet }")] options: JsValue,
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
    #[wasm_bindgen(unchecked_optional_param_type = "CurveOptions & { rules?: RuleSet }")] options: JsValue,
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
            Some(rules) => household::validate_with(&raw, rules).map(drop),
            None => household::validate(&raw).map(drop),
        });
        Ok(checked.err().map(|e| e.errors).unwrap_or_default())
    })
}

/// The options of a function that takes none besides `rules`: an empty object, so that a misspelt key is reported.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct NoOptions {}

/// Runs `body` and hands its result to JavaScript as plain objects, or its error as a thrown `Error`.
fn run<T: Serialize>(body: impl FnOnce() -> Result<T, Error>) -> Result<JsValue, JsValue> {
    let value = body().map_err(to_js_error)?;
    // Plain objects rather than `Map`s, which is what callers expect of JSON-shaped data.
    Ok(value.serialize(&serde_wasm_bindgen::Serializer::json_compatible())?)
}

/// A household from a JavaScript value; a malformed field is reported by its path.
fn read_household(value: &JsValue) -> Result<RawHousehold, Error> {
    input::from_tree(&to_tree(value, 0).map_err(invalid)?)
}

/// Splits the options object into the caller's rule set (`rules`, checked as a rule file is) and the other options.
fn read_options<T: Default + DeserializeOwned>(options: &JsValue) -> Result<(Option<RuleSet>, T), Error> {
    let mut entries = match to_tree(options, 0).map_err(invalid)? {
        Node::Null => return Ok((None, T::default())),
        Node::Table(entries) => entries,
        _ => return Err(Error::invalid("options", "must be an object")),
    };
    // `rules: undefined` is no rule set, as an absent key is.
    let rules = match entries.iter().position(|(key, _)| key == "rules").map(|i| entries.remove(i).1) {
        None | Some(Node::Null) => None,
        Some(tree) => Some(rules::from_tree(&tree)?),
    };
    let rest = tree::from_tree(&Node::Table(entries)).map_err(invalid)?;
    Ok((rules, rest))
}

/// How deep a value may nest: far deeper than any input, and a guard against a value that contains itself.
const MAX_DEPTH: usize = 32;

/// A JavaScript value as a tree of plain values. Numbers that are not whole become strings as JavaScript writes them
/// ("12.71"), which read exactly as decimals.
fn to_tree(value: &JsValue, depth: usize) -> Result<Node, tree::Error> {
    use serde::de::Error as _;
    if depth > MAX_DEPTH {
        return Err(tree::Error::custom("is nested too deeply"));
    }
    if value.is_undefined() || value.is_null() {
        return Ok(Node::Null);
    }
    if let Some(b) = value.as_bool() {
        return Ok(Node::Bool(b));
    }
    if let Some(number) = value.as_f64() {
        if js_sys::Number::is_safe_integer(value) {
            return Ok(Node::Int(number as i64));
        }
        let text = value.unchecked_ref::<js_sys::Number>().to_string_with_radix(10).ok().and_then(|t| t.as_string());
        return text.map(|t| Node::Str(t.into())).ok_or_else(|| tree::Error::custom("is a number that cannot be read"));
    }
    if let Some(text) = value.as_string() {
        return Ok(Node::Str(text.into()));
    }
    if js_sys::Array::is_array(value) {
        let items = value.unchecked_ref::<js_sys::Array>().iter().enumerate();
        return items
            .map(|(i, item)| to_tree(&item, depth + 1).map_err(|e| e.inside(&format!("[{i}]"))))
            .collect::<Result<_, _>>()
            .map(Node::Seq);
    }
    if value.is_object() && !value.is_function() {
        let entries = js_sys::Object::entries(value.unchecked_ref());
        return entries
            .iter()
            .map(|entry| {
                let entry = entry.unchecked_into::<js_sys::Array>();
                let key = entry.get(0).as_string().unwrap_or_default();
                let node = to_tree(&entry.get(1), depth + 1).map_err(|e| e.inside(&key))?;
                Ok((key.into(), node))
            })
            .collect::<Result<_, _>>()
            .map(Node::Table);
    }
    Err(tree::Error::custom("must be a plain value: null, true or false, a number, a string, a list or an object"))
}

/// A problem found while reading a tree, as the engine's error.
fn invalid(e: tree::Error) -> Error {
    Error::invalid(e.path, e.message)
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
