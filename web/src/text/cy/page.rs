//! The words of the page around the parts (`app.rs`, `keep.rs`, `format.rs`) in Welsh.

/// The page's language, for its `lang` attribute.
pub const LANG: &str = "cy";
/// The other language, offered at the top of the page: its own name, in itself, with its `lang`.
pub const OTHER_LANGUAGE: &str = "English";
pub const OTHER_LANG: &str = "en-GB";
pub const MODES: &str = "Pwy sy'n defnyddio'r gyfrifiannell";
pub const FOR_YOU: &str = "I chi";
pub const FOR_ADVISERS: &str = "I gynghorwyr";
pub const TITLE: &str = "A fyddwn i'n well fy myd yn gweithio?";
pub const LEDE: &str = "Gwelwch sut mae eich incwm yn newid gyda'r oriau rydych chi'n eu gweithio: cyflog, treth, Credyd Cynhwysol a budd-daliadau eraill. Nid yw dim byd rydych chi'n ei deipio yn gadael y dudalen hon.";
pub const CHANGE_ANSWERS: &str = "Newid eich atebion";
/// The scenarios' names: the client's one, and the adviser's.
pub const HOURS_CHOSEN: &str = "Yr oriau a ddewiswyd";
pub const NOW: &str = "Nawr";
pub const OFFER: &str = "Cynnig";

/// The adviser's further scenarios: "Dewis 1".
pub fn option(n: usize) -> String {
    format!("Dewis {n}")
}

pub const MORE_HOURS_INVALID: &str =
    "Rhaid i ragor o oriau i'w cymharu fod yn rhifau o 0 i 168, wedi'u gwahanu gan atalnodau";
pub const NOT_JSON: &str = "Nid cyfrifiad wedi'i gadw yw hwn: nid JSON ydyw.";

/// A file that is neither a saved calculation nor a household, with its problems.
pub fn not_saved(problems: &str) -> String {
    format!("Nid cyfrifiad wedi'i gadw nac aelwyd yw hwn: {problems}")
}

/// The months, short, for dates: "1 Mai 2026".
pub const MONTHS: [&str; 12] =
    ["Ion", "Chwef", "Maw", "Ebr", "Mai", "Meh", "Gorff", "Awst", "Medi", "Hyd", "Tach", "Rhag"];
