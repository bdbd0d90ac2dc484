//! The one public error: bad input, or a situation the engine does not model.
//!
//! Validation collects every problem it finds rather than stopping at the first, so a form can show them all at once.
//! Each problem names the field (a path such as `adults[0].job.hours_per_week`) and says what is wrong in a lowercase
//! fragment that reads after the field name.

use std::fmt;

use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Error {
    pub errors: Vec<Problem>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Problem {
    pub kind: ProblemKind,
    /// Where in the input the problem is, e.g. `adults[0].age`; empty where it concerns the household as a whole.
    pub field: String,
    pub message: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    /// The value is impossible or malformed.
    Invalid,
    /// The value is fine but the engine does not model the situation; it refuses rather than estimates.
    Unmodelled,
}

impl Error {
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Error {
        Error { errors: vec![Problem { kind: ProblemKind::Invalid, field: field.into(), message: message.into() }] }
    }

    pub fn unmodelled(message: impl Into<String>) -> Error {
        Error { errors: vec![Problem { kind: ProblemKind::Unmodelled, field: String::new(), message: message.into() }] }
    }

    /// The same problems, with their fields inside `outer` (e.g. `current.adults[0].age`).
    pub fn inside(mut self, outer: &str) -> Error {
        for p in &mut self.errors {
            p.field = if p.field.is_empty() { outer.to_string() } else { format!("{outer}.{}", p.field) };
        }
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.errors.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            match (p.kind, p.field.is_empty()) {
                (ProblemKind::Invalid, false) => write!(f, "{} {}", p.field, p.message)?,
                (ProblemKind::Unmodelled, false) => write!(f, "not modelled: {} {}", p.field, p.message)?,
                (ProblemKind::Invalid, true) => f.write_str(&p.message)?,
                (ProblemKind::Unmodelled, true) => write!(f, "not modelled: {}", p.message)?,
            }
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

/// Gathers problems while validating, so every bad field is reported together.
#[derive(Default)]
pub(crate) struct Problems(Vec<Problem>);

impl Problems {
    pub fn invalid(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.0.push(Problem { kind: ProblemKind::Invalid, field: field.into(), message: message.into() });
    }

    pub fn unmodelled(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.0.push(Problem { kind: ProblemKind::Unmodelled, field: field.into(), message: message.into() });
    }

    /// How many problems have been found so far.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn into_result<T>(self, value: T) -> Result<T, Error> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(Error { errors: self.0 })
        }
    }
}
