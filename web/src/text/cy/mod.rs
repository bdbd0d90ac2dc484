//! The app's words in Welsh, a file for each part of the page (`components/`) and `page` for the page around them.

pub mod adviser;
pub mod answer;
pub mod chart;
pub mod council_tax;
pub mod errors;
pub mod fields;
pub mod keep;
pub mod months;
pub mod page;
pub mod print;
pub mod questions;
pub mod scenarios;
pub mod table;
pub mod working;
