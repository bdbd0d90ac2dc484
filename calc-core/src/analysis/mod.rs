//! What is worked out from many calculations: the exact hours curve and its outlook (`curve`), the year month by month
//! (`months`) and the warnings (`warnings`).

pub mod curve;
pub mod months;
pub mod warnings;
