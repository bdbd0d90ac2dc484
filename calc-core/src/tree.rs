//! Plain values (what JSON, a JavaScript object or a TOML file holds) as a tree, and the small serde deserializer that
//! reads the engine's types from it, keeping the path of the value at fault.
//!
//! Every input goes through a tree: it is read first (from any serde format), then the engine's types are read from
//! it. That gives three things. The rule files are parsed by `build.rs` at build time and embedded in a compact form
//! that `Node::decode` reads, so the engine carries no TOML parser at run time (it would be most of the
//! WebAssembly's size). Each of the engine's input types is deserialized from one deserializer only, and the path is
//! kept here rather than by wrapping every deserializer (`serde_path_to_error`), which keeps the WebAssembly small.
//! And every format behaves alike: a misspelt key is refused whether it comes from JSON or from a JavaScript object
//! (whose own deserializer reads only the keys a struct asks for).

use std::borrow::Cow;
use std::fmt;

use serde::de::{DeserializeOwned, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};

/// One value. Numbers other than whole ones are kept as strings, so that decimals stay exact; rule files hold only
/// strings, booleans and tables, and the embedded ones borrow their strings from the program's data.
#[derive(Clone, Debug)]
pub enum Node {
    Null,
    Bool(bool),
    Int(i64),
    Str(Cow<'static, str>),
    Seq(Vec<Node>),
    Table(Vec<(Cow<'static, str>, Node)>),
}

/// Reads a `T` from any serde format through a tree; an error names the path of the value at fault (`adults[0].age`,
/// empty for the whole input).
pub fn read<'de, T: DeserializeOwned, D: Deserializer<'de>>(deserializer: D) -> Result<T, Error> {
    let tree = Node::deserialize(deserializer).map_err(|e| Error { path: String::new(), message: e.to_string() })?;
    from_tree(&tree)
}

/// Reads a `T` from a tree (one made by the caller, for example from a JavaScript value).
pub fn from_tree<T: DeserializeOwned>(tree: &Node) -> Result<T, Error> {
    T::deserialize(tree)
}

impl Node {
    /// The table `build.rs` wrote in its compact form (see `encode` there), its strings borrowed from `text`.
    pub fn decode(text: &'static str) -> Node {
        fn table(tokens: &mut std::str::Split<'static, char>) -> Vec<(Cow<'static, str>, Node)> {
            let mut entries = Vec::new();
            while let Some((kind, rest)) = tokens.next().and_then(|token| token.split_at_checked(1)) {
                let (key, text) = rest.split_once('\u{1f}').unwrap_or((rest, ""));
                let value = match kind {
                    "}" => break,
                    "{" => Node::Table(table(tokens)),
                    "!" => Node::Bool(text == "true"),
                    _ => Node::Str(Cow::Borrowed(text)),
                };
                entries.push((Cow::Borrowed(key), value));
            }
            entries
        }
        Node::Table(table(&mut text.split('\u{1e}')))
    }

    /// The entries of a table whose keys are all `known`: an unknown key is refused, as `deny_unknown_fields` does.
    pub fn table(&self, known: &[&str]) -> Result<Table<'_>, Error> {
        let Node::Table(entries) = self else {
            return Err(serde::de::Error::custom("must be a table"));
        };
        match entries.iter().find(|(key, _)| !known.contains(&key.as_ref())) {
            Some((key, _)) => Err(Error { path: key.to_string(), message: format!("unknown field `{key}`") }),
            None => Ok(Table(entries)),
        }
    }
}

/// A table's entries, their keys checked.
pub struct Table<'a>(&'a [(Cow<'static, str>, Node)]);

impl Table<'_> {
    /// The value at `key`.
    pub fn get(&self, key: &str) -> Result<&Node, Error> {
        match self.0.iter().find(|(k, _)| k == key) {
            Some((_, value)) => Ok(value),
            None => Err(serde::de::Error::custom(format!("missing field `{key}`"))),
        }
    }
}

impl<'de> Deserializer<'de> for &Node {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Node::Null => visitor.visit_unit(),
            Node::Bool(b) => visitor.visit_bool(*b),
            Node::Int(i) => visitor.visit_i64(*i),
            Node::Str(s) => visitor.visit_str(s),
            Node::Seq(items) => visitor.visit_seq(Items { items: items.iter().enumerate() }),
            Node::Table(entries) => visitor.visit_map(Entries { entries: entries.iter(), value: None }),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Node::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    /// The engine's plain enums are written as their variant's name (`"england"`).
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self {
            Node::Str(s) => visitor.visit_enum(s.as_ref().into_deserializer()),
            _ => self.deserialize_any(visitor),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf unit unit_struct
        newtype_struct seq tuple tuple_struct map struct identifier ignored_any
    }
}

/// A table's entries, read in turn; an error in a key or a value gets the key in front of its path.
struct Entries<'a> {
    entries: std::slice::Iter<'a, (Cow<'static, str>, Node)>,
    value: Option<(&'a str, &'a Node)>,
}

impl<'de> MapAccess<'de> for Entries<'_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        let Some((key, value)) = self.entries.next() else {
            return Ok(None);
        };
        self.value = Some((key, value));
        let name: serde::de::value::StrDeserializer<Error> = key.as_ref().into_deserializer();
        seed.deserialize(name).map(Some).map_err(|e| e.inside(key))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let Some((key, value)) = self.value.take() else {
            return Err(serde::de::Error::custom("a value was asked for before its key"));
        };
        seed.deserialize(value).map_err(|e| e.inside(key))
    }
}

/// A list's items, read in turn; an error in an item gets its index in front of its path.
struct Items<'a> {
    items: std::iter::Enumerate<std::slice::Iter<'a, Node>>,
}

impl<'de> SeqAccess<'de> for Items<'_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        match self.items.next() {
            Some((i, item)) => seed.deserialize(item).map(Some).map_err(|e| e.inside(&format!("[{i}]"))),
            None => Ok(None),
        }
    }
}

/// What is wrong, and where: the path from the top of the tree, written as in JavaScript (`adults[0].age`; empty for
/// the top itself).
#[derive(Debug)]
pub struct Error {
    pub path: String,
    pub message: String,
}

impl Error {
    /// The same error, one step further out: `step` is a key, or an index written `[0]`.
    pub fn inside(mut self, step: &str) -> Error {
        self.path = match self.path.chars().next() {
            None => step.to_string(),
            Some('[') => format!("{step}{}", self.path),
            Some(_) => format!("{step}.{}", self.path),
        };
        self
    }
}

impl serde::de::Error for Error {
    fn custom<T: fmt::Display>(message: T) -> Error {
        Error { path: String::new(), message: message.to_string() }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

impl std::error::Error for Error {}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Node, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a plain value: null, true or false, a number, a string, a list or a table")
    }

    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_none<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Node, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Int(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
        Ok(i64::try_from(v).map_or_else(|_| Node::Str(Cow::Owned(v.to_string())), Node::Int))
    }

    /// As a string, which reads exactly as a decimal ("12.71", not the nearest binary fraction).
    fn visit_f64<E>(self, v: f64) -> Result<Node, E> {
        Ok(Node::Str(Cow::Owned(v.to_string())))
    }

    fn visit_str<E>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Str(Cow::Owned(v.to_string())))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::Seq(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, Node>()? {
            entries.push((Cow::Owned(key), value));
        }
        Ok(Node::Table(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    #[test]
    fn decodes_the_compact_form() {
        let node = Node::decode("{a\u{1e}\"b\u{1f}x y\u{1e}!c\u{1f}true\u{1e}}\u{1e}\"d\u{1f}");
        assert_eq!(Value::deserialize(&node).unwrap(), json!({ "a": { "b": "x y", "c": true }, "d": "" }));
    }

    #[test]
    fn errors_name_the_path_as_javascript_writes_it() {
        let check = |input: Value, path: &str| {
            let err = read::<crate::RawHousehold, _>(&input).unwrap_err();
            assert_eq!(err.path, path, "{}", err.message);
        };
        check(json!({ "adults": [{ "age": 30 }, { "age": "x" }] }), "adults[1].age");
        check(json!({ "adults": [{ "colour": "blue" }] }), "adults[0].colour");
        check(json!({ "nation": "atlantis" }), "nation");
        check(json!("a household"), "");
    }
}
