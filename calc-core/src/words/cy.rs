//! The engine's words in Welsh (see `words`). Being written: until then the feature `cy` gives the English.

pub(super) use super::en::*;
