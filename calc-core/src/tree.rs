//! A rule file as a tree of plain values, and the small serde deserializer that reads the rule types from it.
//!
//! `build.rs` parses the embedded TOML files at build time and writes them out as static trees, so the engine needs no
//! TOML parser at run time (it would be most of the WebAssembly's size). A caller's rule set, in any serde format, is
//! read into a tree first too: the rule types are then deserialized from one deserializer only, which keeps the
//! WebAssembly to one copy of that code. Reading from a tree runs every check of the rule types (units, periods,
//! sources, unknown keys), and the deserializer keeps the path of the value at fault itself, which costs much less
//! than wrapping it in `serde_path_to_error`.

use std::borrow::Cow;
use std::fmt;

use serde::de::{DeserializeSeed, IntoDeserializer, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

/// A value of the kinds rule files use. Numbers become strings, so that decimals stay exact.
#[derive(Clone, Debug)]
pub enum Node {
    Str(Cow<'static, str>),
    Bool(bool),
    Table(Cow<'static, [(Cow<'static, str>, Node)]>),
}

impl<'de> Deserializer<'de> for &Node {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Node::Str(s) => visitor.visit_str(s),
            Node::Bool(b) => visitor.visit_bool(*b),
            Node::Table(entries) => visitor.visit_map(Entries { entries: entries.iter(), value: None }),
        }
    }

    /// A key that is present holds a value: absent keys never reach the deserializer.
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_some(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf unit unit_struct
        newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

/// A table's entries, read in turn; an error in a value gets the value's key in front of its path.
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
        seed.deserialize(key.as_ref().into_deserializer()).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let Some((key, value)) = self.value.take() else {
            return Err(serde::de::Error::custom("a value was asked for before its key"));
        };
        seed.deserialize(value).map_err(|mut e| {
            e.path = if e.path.is_empty() { key.to_string() } else { format!("{key}.{}", e.path) };
            e
        })
    }
}

/// What is wrong, and where: the path of keys from the top of the tree (empty for the top itself).
#[derive(Debug)]
pub struct Error {
    pub path: String,
    pub message: String,
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
        f.write_str("a string, a number, true or false, or a table")
    }

    fn visit_str<E>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Str(Cow::Owned(v.to_string())))
    }

    fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Str(Cow::Owned(v.to_string())))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
        Ok(Node::Str(Cow::Owned(v.to_string())))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Node, E> {
        Ok(Node::Str(Cow::Owned(v.to_string())))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, Node>()? {
            entries.push((Cow::Owned(key), value));
        }
        Ok(Node::Table(Cow::Owned(entries)))
    }
}
