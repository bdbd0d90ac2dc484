//! One file per part of the page, each with its `Props` and `on_*` callbacks.

pub mod answer;
pub mod chart;
pub mod errors;
pub mod questions;
pub mod table;
pub mod working;
