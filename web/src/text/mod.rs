//! The app's own words: one catalogue per language, `en/` and `cy/` (Welsh), each a file for each part of the page with
//! the same names in each, so that a build cannot lack one. A build has one language, chosen by the feature `cy` (see
//! web/Cargo.toml), so that a page loads only its own words. The engine's words come from its own catalogue
//! (calc-core's `words`), in the same language.

use calc_core::Language;

/// The language of this build's words.
pub const LANGUAGE: Language = if cfg!(feature = "cy") { Language::Cy } else { Language::En };

#[cfg(not(feature = "cy"))]
mod en;
#[cfg(not(feature = "cy"))]
pub use en::*;

#[cfg(feature = "cy")]
mod cy;
#[cfg(feature = "cy")]
pub use cy::*;
