//! Plain values (what JSON, a JavaScript object or a TOML file holds) as a tree, and the small reader that builds the
//! engine's input and rule types from it, keeping the path of the value at fault.
//!
//! Every input goes through a tree: it is read first (from any serde format, or by the caller from a JavaScript
//! value), then the engine's types are read from it by `FromNode`. That gives two things. The readers are one short
//! call per field (the macros `readable!` and `choices!`), a fraction of the code serde's derived `Deserialize` would
//! be, which keeps the WebAssembly small. And every format behaves alike: a misspelt key is refused whether it comes
//! from JSON, TOML or a JavaScript object.

use std::borrow::Cow;
use std::fmt;

use rust_decimal::Decimal;
use serde::de::{MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};

use crate::words::{self, Problem};

/// The key under which serde_json's `arbitrary_precision` passes a number's digits.
const JSON_NUMBER: &str = "$serde_json::private::Number";

/// A JSON number from its digits: a whole number that fits as one, any other as its digits (an exponent written out:
/// "1.5e1" as "15").
fn json_number(digits: String) -> Node {
    if let Ok(whole) = digits.parse() {
        return Node::Int(whole);
    }
    let digits = match digits.contains(['e', 'E']) {
        true => Decimal::from_scientific(&digits).map_or(digits, |d| d.normalize().to_string()),
        false => digits,
    };
    Node::Str(Cow::Owned(digits))
}

/// One value. Numbers other than whole ones are kept as strings, so that decimals stay exact; rule files hold only
/// strings, booleans and tables.
#[derive(Clone, Debug, PartialEq)]
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
pub fn read<'de, T: FromNode, D: Deserializer<'de>>(deserializer: D) -> Result<T, Error> {
    let tree = Node::deserialize(deserializer).map_err(|e| Error::new(e.to_string()))?;
    T::from_node(&tree)
}

impl Node {
    /// The entries of a table whose keys are all `known`: an unknown key is refused (each one named).
    pub fn table(&self, known: &[&str]) -> Result<Table<'_>, Error> {
        let mut error = None;
        match (self.fields(known, &mut error), error) {
            (Some(table), None) => Ok(table),
            (_, error) => Err(error.unwrap_or_else(Error::not_an_object)),
        }
    }

    /// As `table`, for a reader that goes on to read the known fields: each unknown key is added to `error`, and only a
    /// value that is not a table gives none.
    pub fn fields(&self, known: &[&str], error: &mut Option<Error>) -> Option<Table<'_>> {
        let Node::Table(entries) = self else {
            keep(error, Error::of(Problem::NotTable));
            return None;
        };
        for (key, _) in entries.iter().filter(|(key, _)| !known.contains(&key.as_ref())) {
            keep(error, Error::of(Problem::UnknownField { key: key.to_string() }).inside(key));
        }
        Some(Table(entries))
    }
}

/// Adds `new` to the problems found so far.
pub fn keep(error: &mut Option<Error>, new: Error) {
    match error {
        Some(error) => error.0.extend(new.0),
        None => *error = Some(new),
    }
}

/// A table's entries, their keys checked.
pub struct Table<'a>(&'a [(Cow<'static, str>, Node)]);

impl Table<'_> {
    /// The value at `key`, or `None` when it is left out.
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, value)| value)
    }

    /// The value at `key` read as a `T`; an error gets the key in front of its path.
    pub fn read<T: FromNode>(&self, key: &str) -> Result<T, Error> {
        match self.get(key) {
            Some(value) => T::from_node(value).map_err(|e| e.inside(key)),
            None => Err(Error::of(Problem::Missing).inside(key)),
        }
    }

    /// As `read`, but a key left out, or null, gives the type's default (`None` for an `Option`).
    pub fn read_or_default<T: FromNode + Default>(&self, key: &str) -> Result<T, Error> {
        match self.get(key) {
            None | Some(Node::Null) => Ok(T::default()),
            Some(_) => self.read(key),
        }
    }

    /// `read` for the `readable!` macro: the value, or `None` with its problems added to `error`. Not inlined: one
    /// copy per type of field, rather than one per field.
    #[inline(never)]
    pub fn field<T: FromNode>(&self, key: &str, error: &mut Option<Error>) -> Option<T> {
        self.read(key).map_err(|e| keep(error, e)).ok()
    }

    /// `read_or_default` for the `readable!` macro, as `field`.
    #[inline(never)]
    pub fn field_or_default<T: FromNode + Default>(&self, key: &str, error: &mut Option<Error>) -> Option<T> {
        self.read_or_default(key).map_err(|e| keep(error, e)).ok()
    }
}

/// A type read from a tree, every key checked.
pub trait FromNode: Sized {
    fn from_node(node: &Node) -> Result<Self, Error>;
}

/// A type written as a tree, as its `FromNode` reads it (the macros write both): how the app saves a calculation,
/// without a serde serializer in its WebAssembly.
pub trait ToNode {
    fn to_node(&self) -> Node;
}

impl ToNode for bool {
    fn to_node(&self) -> Node {
        Node::Bool(*self)
    }
}

impl ToNode for i64 {
    fn to_node(&self) -> Node {
        Node::Int(*self)
    }
}

impl ToNode for usize {
    fn to_node(&self) -> Node {
        Node::Int(*self as i64)
    }
}

impl ToNode for String {
    fn to_node(&self) -> Node {
        Node::Str(Cow::Owned(self.clone()))
    }
}

impl ToNode for &'static str {
    fn to_node(&self) -> Node {
        Node::Str(Cow::Borrowed(self))
    }
}

impl ToNode for Cow<'static, str> {
    fn to_node(&self) -> Node {
        Node::Str(self.clone())
    }
}

/// As a string, so that it stays exact ("12.71").
impl ToNode for Decimal {
    fn to_node(&self) -> Node {
        Node::Str(Cow::Owned(self.to_string()))
    }
}

impl<T: ToNode> ToNode for Option<T> {
    fn to_node(&self) -> Node {
        self.as_ref().map_or(Node::Null, T::to_node)
    }
}

impl<T: ToNode> ToNode for Vec<T> {
    fn to_node(&self) -> Node {
        Node::Seq(self.iter().map(T::to_node).collect())
    }
}

impl<T: ToNode> ToNode for Box<T> {
    fn to_node(&self) -> Node {
        T::to_node(self)
    }
}

/// A table of the fields given, each written by its own `ToNode`: one loop for every struct the macros write, rather
/// than each struct's fields written out in line (a smaller app).
pub fn table(fields: &[(&'static str, &dyn ToNode)]) -> Node {
    Node::Table(fields.iter().map(|(key, value)| (Cow::Borrowed(*key), value.to_node())).collect())
}

impl Node {
    /// As JSON text.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }

    fn write_json(&self, out: &mut String) {
        fn quoted(text: &str, out: &mut String) {
            out.push('"');
            for c in text.chars() {
                match c {
                    '"' => out.push_str("\\\""),
                    '\\' => out.push_str("\\\\"),
                    '\n' => out.push_str("\\n"),
                    c if c < ' ' => {
                        let hex = |n: u32| char::from_digit(n & 15, 16).unwrap_or('0');
                        out.extend(['\\', 'u', '0', '0', hex(c as u32 >> 4), hex(c as u32)]);
                    }
                    c => out.push(c),
                }
            }
            out.push('"');
        }
        match self {
            Node::Null => out.push_str("null"),
            Node::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Node::Int(i) => out.push_str(&i.to_string()),
            Node::Str(text) => quoted(text, out),
            Node::Seq(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write_json(out);
                }
                out.push(']');
            }
            Node::Table(entries) => {
                out.push('{');
                for (i, (key, value)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    quoted(key, out);
                    out.push(':');
                    value.write_json(out);
                }
                out.push('}');
            }
        }
    }
}

impl FromNode for bool {
    fn from_node(node: &Node) -> Result<Self, Error> {
        match node {
            Node::Bool(b) => Ok(*b),
            _ => Err(Error::of(Problem::NotBool)),
        }
    }
}

impl FromNode for i64 {
    fn from_node(node: &Node) -> Result<Self, Error> {
        match node {
            Node::Int(i) => Ok(*i),
            _ => Err(Error::of(Problem::NotWhole)),
        }
    }
}

impl FromNode for usize {
    fn from_node(node: &Node) -> Result<Self, Error> {
        i64::from_node(node)?.try_into().map_err(|_| Error::of(Problem::NotNegative))
    }
}

impl FromNode for String {
    fn from_node(node: &Node) -> Result<Self, Error> {
        Cow::from_node(node).map(Cow::into_owned)
    }
}

/// Text borrowed from the tree where the tree borrows it, as the embedded rule sets do.
impl FromNode for Cow<'static, str> {
    fn from_node(node: &Node) -> Result<Self, Error> {
        match node {
            Node::Str(s) => Ok(s.clone()),
            _ => Err(Error::of(Problem::NotString)),
        }
    }
}

/// A number, or a string holding one ("12.71"), read exactly.
impl FromNode for Decimal {
    fn from_node(node: &Node) -> Result<Self, Error> {
        match node {
            Node::Int(i) => Ok(Decimal::from(*i)),
            Node::Str(s) => Decimal::from_str_exact(s).map_err(|_| {
                // Digits with at most one point that do not read are too many (told apart without a second parser).
                let digits = s.strip_prefix('-').unwrap_or(s);
                let plain = digits.bytes().any(|b| b.is_ascii_digit())
                    && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                    && digits.matches('.').count() <= 1;
                let text = s.to_string();
                Error::of(if plain { Problem::TooManyDigits { text } } else { Problem::NotANumber { text } })
            }),
            _ => Err(Error::of(Problem::NotNumber)),
        }
    }
}

/// Null, or a `T`.
impl<T: FromNode> FromNode for Option<T> {
    fn from_node(node: &Node) -> Result<Self, Error> {
        match node {
            Node::Null => Ok(None),
            _ => T::from_node(node).map(Some),
        }
    }
}

/// A list; an error in an item gets its index in front of its path, and every item's problems are kept.
impl<T: FromNode> FromNode for Vec<T> {
    fn from_node(node: &Node) -> Result<Self, Error> {
        let Node::Seq(items) = node else {
            return Err(Error::of(Problem::NotList));
        };
        let mut error = None;
        let list: Vec<T> = items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| T::from_node(item).map_err(|e| keep(&mut error, e.inside(&format!("[{i}]")))).ok())
            .collect();
        error.map_or(Ok(list), Err)
    }
}

/// The index of `node` in `names`: for enums written as their variant's name (`"england"`), by `choices!`.
pub fn choice(node: &Node, names: &[&str]) -> Result<usize, Error> {
    let text = match node {
        Node::Str(s) => s.as_ref(),
        _ => "",
    };
    names.iter().position(|name| *name == text).ok_or_else(|| {
        let names: Vec<String> = names.iter().map(|name| format!("\"{name}\"")).collect();
        Error::of(Problem::NotOneOf { names: names.join(", ") })
    })
}

/// Structs with their `FromNode`: a table with exactly the fields' keys, each read as its field's type. A field
/// marked `= default` may be left out (or null), giving its type's default (`None` for an `Option`); any other is
/// required. `as "key"` reads (and serde writes) the field under another key. Both are told to serde too, so that the
/// JSON Schema and the written form say what the reader does. Every field is read before the value is built, so that
/// every bad one is reported (with every unknown key), and nothing half-built is left to clean up: the early return
/// of `?` after each field would cost a cleanup path per field.
#[macro_export]
macro_rules! readable {
    ($(
        $(#[$meta:meta])*
        $vis:vis struct $name:ident $(<$generic:ident>)? {
            $( $(#[$field_meta:meta])* $field_vis:vis $field:ident: $type:ty $(= $default:ident)? $(as $key:literal)?, )*
        }
    )*) => {$(
        $(#[$meta])*
        $vis struct $name $(<$generic>)? {
            $(
                $(#[$field_meta])*
                $(#[serde($default)])?
                $(#[serde(rename = $key)])?
                $field_vis $field: $type,
            )*
        }

        impl $(<$generic: $crate::tree::FromNode>)? $crate::tree::FromNode for $name $(<$generic>)? {
            fn from_node(node: &$crate::tree::Node) -> Result<Self, $crate::tree::Error> {
                let mut error = None;
                let Some(table) = node.fields(&[$($crate::readable!(@key $field $($key)?)),*], &mut error) else {
                    return Err(error.unwrap_or_else($crate::tree::Error::not_an_object));
                };
                $( let $field = $crate::readable!(@read table, $crate::readable!(@key $field $($key)?), &mut error $(, $default)?); )*
                match (error, ($($field,)*)) {
                    (None, ($(Some($field),)*)) => Ok($name { $($field,)* }),
                    (error, _) => Err(error.unwrap_or_else($crate::tree::Error::field_unreadable)),
                }
            }
        }

        impl $(<$generic: $crate::tree::ToNode>)? $crate::tree::ToNode for $name $(<$generic>)? {
            fn to_node(&self) -> $crate::tree::Node {
                $crate::tree::table(&[$(
                    ($crate::readable!(@key $field $($key)?), &self.$field as &dyn $crate::tree::ToNode),
                )*])
            }
        }
    )*};
    (@key $field:ident) => { stringify!($field) };
    (@key $field:ident $key:literal) => { $key };
    (@read $table:ident, $key:expr, $error:expr) => { $table.field($key, $error) };
    (@read $table:ident, $key:expr, $error:expr, default) => { $table.field_or_default($key, $error) };
}

/// Enums whose variant is named by one key, `tag` (serde's internally tagged enums), with their `FromNode`: the tag
/// picks the variant (the first when it is left out), and the other keys are that variant's fields, read as
/// `readable!` reads a struct's (`= default`, `as "key"`). Every problem is reported: a bad tag with every key no
/// variant has, or a good one with every bad field and every key its variant does not have.
#[macro_export]
macro_rules! tagged {
    (
        $(#[$meta:meta])*
        pub enum $name:ident by $tag:literal {
            $(
                $(#[$variant_meta:meta])*
                $variant:ident = $text:literal $({
                    $( $(#[$field_meta:meta])* $field:ident: $type:ty $(= $default:ident)? $(as $key:literal)?, )*
                })?,
            )*
        }
    ) => {
        $(#[$meta])*
        #[serde(tag = $tag)]
        pub enum $name {
            $(
                $(#[$variant_meta])*
                #[serde(rename = $text)]
                $variant $({
                    $(
                        $(#[$field_meta])*
                        $(#[serde($default)])?
                        $(#[serde(rename = $key)])?
                        $field: $type,
                    )*
                })?,
            )*
        }

        impl $crate::tree::FromNode for $name {
            fn from_node(node: &$crate::tree::Node) -> Result<Self, $crate::tree::Error> {
                let mut error = None;
                let fail = |error: Option<$crate::tree::Error>| {
                    Err(error.unwrap_or_else($crate::tree::Error::not_an_object))
                };
                let Some(chosen) = $crate::tree::tag(node, $tag, &[$($text),*], &mut error) else {
                    node.fields(&[$tag, $($($($crate::readable!(@key $field $($key)?),)*)?)*], &mut error);
                    return fail(error);
                };
                $(
                    if chosen == $text {
                        // Unused by a variant without fields.
                        let Some(_table) = node.fields(&[$tag, $($($crate::readable!(@key $field $($key)?),)*)?], &mut error) else {
                            return fail(error);
                        };
                        $($( let $field = $crate::readable!(@read _table, $crate::readable!(@key $field $($key)?), &mut error $(, $default)?); )*)?
                        return match (error, ($($($field,)*)?)) {
                            (None, ($($(Some($field),)*)?)) => Ok($name::$variant $({ $($field,)* })?),
                            (error, _) => fail(error),
                        };
                    }
                )*
                fail(error)
            }
        }

        impl $crate::tree::ToNode for $name {
            fn to_node(&self) -> $crate::tree::Node {
                let text = match self {
                    $( $name::$variant { .. } => $text, )*
                };
                let tag: &dyn $crate::tree::ToNode = &text;
                match self {
                    $(
                        $name::$variant $({ $($field,)* })? => $crate::tree::table(&[
                            ($tag, tag),
                            $($( ($crate::readable!(@key $field $($key)?), $field as &dyn $crate::tree::ToNode), )*)?
                        ]),
                    )*
                }
            }
        }
    };
}

/// For `tagged!`: which of `names` the `tag` of the table `node` is (the first when it is left out), or `None` with
/// the problem added to `error`.
pub fn tag<'n>(node: &Node, tag: &str, names: &[&'n str], error: &mut Option<Error>) -> Option<&'n str> {
    let Node::Table(entries) = node else {
        keep(error, Error::of(Problem::NotTable));
        return None;
    };
    match Table(entries).get(tag) {
        None => names.first().copied(),
        Some(value) => choice(value, names).map(|i| names[i]).map_err(|e| keep(error, e.inside(tag))).ok(),
    }
}

/// Enums of plain choices, each written as the text given (`England = "england"`), which serde writes too (the
/// enums derive `Serialize`), and their `FromNode`.
#[macro_export]
macro_rules! choices {
    ($(
        $(#[$meta:meta])*
        pub enum $name:ident { $( $(#[$variant_meta:meta])* $variant:ident = $text:literal, )* }
    )*) => {$(
        $(#[$meta])*
        pub enum $name { $( $(#[$variant_meta])* #[serde(rename = $text)] $variant, )* }

        impl $name {
            /// The name, as written in JSON.
            pub fn name(self) -> &'static str {
                match self { $($name::$variant => $text,)* }
            }
        }

        impl $crate::tree::FromNode for $name {
            fn from_node(node: &$crate::tree::Node) -> Result<Self, $crate::tree::Error> {
                const ALL: &[$name] = &[$($name::$variant),*];
                let i = $crate::tree::choice(node, &[$($text),*])?;
                Ok(ALL[i])
            }
        }

        impl $crate::tree::ToNode for $name {
            fn to_node(&self) -> $crate::tree::Node {
                $crate::tree::Node::Str(std::borrow::Cow::Borrowed(match self { $($name::$variant => $text,)* }))
            }
        }
    )*};
}

/// What is wrong, and where: one or more problems, each with the path from the top of the tree, written as in
/// JavaScript (`adults[0].age`; empty for the top itself).
#[derive(Debug)]
pub struct Error(Vec<Fault>);

/// One problem: where, and what.
#[derive(Debug)]
pub struct Fault {
    pub path: String,
    pub message: String,
}

impl Error {
    /// What is wrong with the value itself (the path is added on the way out).
    pub fn new(message: impl Into<String>) -> Error {
        Error(vec![Fault { path: String::new(), message: message.into() }])
    }

    /// What is wrong with the value itself, in the words of the language set.
    pub(crate) fn of(problem: Problem) -> Error {
        Error::new(words::problem(&problem))
    }

    /// A value that is not a table, where a struct or a tagged enum was to be read (for the macros).
    pub fn not_an_object() -> Error {
        Error::of(Problem::NotObject)
    }

    /// A struct with a field that could not be read, where no other problem was kept (for the macros).
    pub fn field_unreadable() -> Error {
        Error::of(Problem::FieldUnreadable)
    }

    /// The same problems, one step further out: `step` is a key, or an index written `[0]`.
    pub fn inside(mut self, step: &str) -> Error {
        for fault in &mut self.0 {
            fault.path = match fault.path.chars().next() {
                None => step.to_string(),
                Some('[') => format!("{step}{}", fault.path),
                Some(_) => format!("{step}.{}", fault.path),
            };
        }
        self
    }

    pub fn faults(&self) -> &[Fault] {
        &self.0
    }
}

/// Each problem as an invalid field of the engine's error.
impl From<Error> for crate::Error {
    fn from(error: Error) -> crate::Error {
        let invalid = |fault: Fault| crate::error::Problem {
            kind: crate::error::ProblemKind::Invalid,
            field: fault.path,
            message: fault.message,
        };
        crate::Error { errors: error.0.into_iter().map(invalid).collect() }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for (i, fault) in self.0.iter().enumerate() {
            let separator = if i > 0 { "; " } else { "" };
            write!(f, "{separator}{}: {}", fault.path, fault.message)?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

/// A tree from any serde format (JSON, TOML).
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
        while let Some(key) = map.next_key::<String>()? {
            // serde_json with `arbitrary_precision` (as the command-line tool reads JSON) hands a number over as a
            // map of this one key to its digits, so that "12.7100000000000000001" is read as written, not as the
            // nearest double.
            if entries.is_empty() && key == JSON_NUMBER {
                return Ok(json_number(map.next_value()?));
            }
            entries.push((Cow::Owned(key), map.next_value()?));
        }
        Ok(Node::Table(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    #[test]
    fn errors_name_the_path_as_javascript_writes_it() {
        let check = |input: Value, path: &str| {
            let err = read::<crate::RawHousehold, _>(&input).unwrap_err();
            assert_eq!(err.faults()[0].path, path, "{err}");
        };
        check(json!({ "adults": [{ "age": 30 }, { "age": "x" }] }), "adults[1].age");
        check(json!({ "adults": [{ "colour": "blue" }] }), "adults[0].colour");
        check(json!({ "nation": "atlantis" }), "nation");
        check(json!("a household"), "");
    }

    #[test]
    fn a_field_left_out_or_null_takes_its_default_and_decimals_read_exactly() {
        let read_json = |input: Value| read::<crate::RawHousehold, _>(input);
        let household =
            read_json(json!({ "in_london": null, "adults": [{ "job": { "hourly_wage": "12.71" } }] })).unwrap();
        assert!(!household.in_london);
        assert_eq!(household.adults[0].age, None);
        assert_eq!(
            household.adults[0].job.as_ref().unwrap().hourly_wage,
            Some(crate::Money::new(Decimal::new(1271, 2)))
        );
        let wage = |value: Value| read_json(json!({ "adults": [{ "job": { "hourly_wage": value } }] }));
        let twelve = wage(json!(12)).unwrap().adults[0].job.as_ref().unwrap().hourly_wage;
        assert_eq!(twelve, Some(crate::Money::new(Decimal::from(12))));
        assert_eq!(wage(json!("12.7.1")).unwrap_err().faults()[0].message, "\"12.7.1\" is not a number");
        assert_eq!(wage(json!(true)).unwrap_err().faults()[0].path, "adults[0].job.hourly_wage");
        let nation = read_json(json!({ "nation": "atlantis" })).unwrap_err();
        assert!(nation.faults()[0].message.starts_with("must be one of \"england\", \"scotland\""), "{nation}");
        let age = read_json(json!({ "adults": [{ "age": 30.5 }] })).unwrap_err();
        assert_eq!(age.faults()[0].message, "must be a whole number");
    }

    #[test]
    fn every_badly_typed_field_and_unknown_key_is_reported_at_once() {
        let input = json!({
            "nation": "atlantis", "colour": "blue",
            "adults": [{ "age": "thirty", "job": { "hours_per_week": true } }, { "age": 30.5 }]
        });
        let err = read::<crate::RawHousehold, _>(&input).unwrap_err();
        let paths: Vec<&str> = err.faults().iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, ["colour", "nation", "adults[0].age", "adults[0].job.hours_per_week", "adults[1].age"]);
    }

    #[test]
    fn a_tree_is_written_as_json_that_reads_back_the_same() {
        let text = "a \"quote\", a \\ backslash,\na new line and a bell \u{7}";
        let node = Node::Table(vec![
            ("text".into(), Node::Str(text.into())),
            ("list".into(), Node::Seq(vec![Node::Int(-3), Node::Bool(true), Node::Null])),
        ]);
        let json = node.to_json();
        assert_eq!(
            json,
            r#"{"text":"a \"quote\", a \\ backslash,\na new line and a bell \u0007","list":[-3,true,null]}"#
        );
        assert_eq!(Node::deserialize(&mut serde_json::Deserializer::from_str(&json)).unwrap(), node);
    }
}
