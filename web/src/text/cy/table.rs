//! The words of `components/table.rs` in Welsh.

/// The first row.
pub const NOT_WORKING: &str = "Ddim yn gweithio";

/// The row where a stretch of small steps starts: `what` is the engine's words for it.
pub fn stretch(to: &str, what: &str) -> String {
    format!("O fan hyn i {to} awr: {what}")
}

/// The row of the hours chosen.
pub const CHOSEN: &str = "Yr oriau a ddewiswyd";
pub const TITLE: &str = "Incwm ar bob trothwy (yr wythnos)";
pub const HOURS: &str = "Oriau";
pub const WHAT_CHANGES: &str = "Beth sy'n newid";
pub const NET_EARNINGS: &str = "Enillion net";
pub const UNIVERSAL_CREDIT: &str = "Credyd Cynhwysol";
pub const ESA: &str = "ESA";
pub const OTHER_BENEFITS: &str = "Budd-daliadau eraill";
pub const TOTAL: &str = "Cyfanswm";
pub const AFTER_COSTS: &str = "Ar ôl rhent, Treth y Cyngor, gofal plant a theithio";
pub const HELP_IN_KIND: &str = "Help mewn nwyddau (nid arian)";
