//! A JavaScript value as the engine's tree of plain values (`calc_core::tree::Node`), from which the engine's types
//! are read with every field checked. The app (`web`) and the numbers-only module (`api`) both read their input this
//! way: with no serde deserializer for JavaScript values or JSON text in either WebAssembly, which keeps them small.

use calc_core::tree::{Error, Node};
use wasm_bindgen::{JsCast, JsValue};

/// How deep a value may nest: far deeper than any input, and a guard against a value that contains itself.
const MAX_DEPTH: usize = 32;

/// A JavaScript value as a tree. Numbers that are not whole become strings as JavaScript writes them ("12.71"), which
/// read exactly as decimals. `undefined` is null, as JSON would have it.
pub fn to_tree(value: &JsValue) -> Result<Node, Error> {
    read(value, 0)
}

/// JSON text as a tree, parsed by the browser's own `JSON.parse`.
pub fn parse_json(text: &str) -> Result<Node, Error> {
    let value = js_sys::JSON::parse(text).map_err(|_| Error::new("is not JSON"))?;
    to_tree(&value)
}

fn read(value: &JsValue, depth: usize) -> Result<Node, Error> {
    if depth > MAX_DEPTH {
        return Err(Error::new("is nested too deeply"));
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
        return text.map(|t| Node::Str(t.into())).ok_or_else(|| Error::new("is a number that cannot be read"));
    }
    if let Some(text) = value.as_string() {
        return Ok(Node::Str(text.into()));
    }
    if js_sys::Array::is_array(value) {
        let items = value.unchecked_ref::<js_sys::Array>().iter().enumerate();
        return items
            .map(|(i, item)| read(&item, depth + 1).map_err(|e| e.inside(&format!("[{i}]"))))
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
                let node = read(&entry.get(1), depth + 1).map_err(|e| e.inside(&key))?;
                Ok((key.into(), node))
            })
            .collect::<Result<_, _>>()
            .map(Node::Table);
    }
    Err(Error::new("must be a plain value: null, true or false, a number, a string, a list or an object"))
}
