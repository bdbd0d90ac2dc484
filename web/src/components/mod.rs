//! One file per part of the page, each with its `Props` and `on_*` callbacks.

pub mod adviser;
pub mod answer;
pub mod chart;
pub mod council_tax;
pub mod errors;
pub mod fields;
pub mod keep;
pub mod months;
pub mod print;
pub mod questions;
pub mod scenarios;
pub mod table;
pub mod working;
