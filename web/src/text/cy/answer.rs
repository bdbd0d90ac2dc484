//! The words of `components/answer.rs` in Welsh.

use calc_core::Money;
use rust_decimal::Decimal;

use crate::format::pounds;

/// The heading, read only by screen readers.
pub const TITLE: &str = "Eich ateb";

/// The end of a sentence that starts "byddech chi": "tua £12.40 yr wythnos yn well eich byd", or for no change, the
/// whole "ni fyddech chi'n well nac yn waeth eich byd" (`None`).
fn verdict(better: Decimal) -> Option<String> {
    if better > Decimal::ZERO {
        Some(format!("tua {} yr wythnos yn well eich byd", pounds(better)))
    } else if better < Decimal::ZERO {
        Some(format!("tua {} yr wythnos yn waeth eich byd", pounds(-better)))
    } else {
        None
    }
}

/// "byddech chi tua £12.40 yr wythnos yn well eich byd", or "ni fyddech chi'n well nac yn waeth eich byd".
fn you_would_be(better: Decimal) -> String {
    match verdict(better) {
        Some(v) => format!("byddech chi {v}"),
        None => "ni fyddech chi'n well nac yn waeth eich byd".to_string(),
    }
}

/// The answer in one sentence: `better` is how much better off a week (negative for worse off).
pub fn headline(hours: &str, wage: Money, better: Decimal) -> String {
    format!(
        "Wrth weithio {hours} awr yr wythnos am {wage} yr awr, {} na nawr, ar ôl rhent, Treth y Cyngor, gofal plant a theithio.",
        you_would_be(better)
    )
}

/// The answer again with help in kind counted, where it changes it.
pub fn with_help(better: Decimal) -> String {
    format!("Gan gyfrif help mewn nwyddau hefyd (nad yw'n arian), {}.", you_would_be(better))
}

/// The same, with the help lost (the engine's clause, "free school meals stop").
pub fn with_help_lost(lost: &str, better: Decimal) -> String {
    format!("Gan gyfrif help mewn nwyddau hefyd (nad yw'n arian): {lost}, felly {}.", you_would_be(better))
}

/// Help lost that the calculator puts no value on.
pub fn also_lost(lost: &str) -> String {
    format!("Hefyd, {lost}.")
}

pub fn hours_label(hours: &str) -> String {
    format!("Oriau'r wythnos: {hours}")
}

/// The slider's value as a screen reader says it.
pub fn hours_value(hours: &str) -> String {
    format!("{hours} awr yr wythnos")
}

pub const TYPE_HOURS: &str = "Neu teipiwch yr oriau";
/// The accessible name of the scrolling box round the table.
pub const COMPARE_REGION: &str = "Incwm nawr ac ar yr oriau hyn";
pub const COMPARE_CAPTION: &str =
    "Incwm ar ôl rhent, Treth y Cyngor, gofal plant a theithio: nawr, ar yr oriau hyn, a'r gwahaniaeth";
pub const NOW: &str = "Nawr";

pub fn at_hours(hours: &str) -> String {
    format!("Ar {hours} awr")
}

pub const DIFFERENCE: &str = "Gwahaniaeth";
pub const A_WEEK: &str = "Yr wythnos";
pub const A_MONTH: &str = "Y mis";
pub const A_YEAR: &str = "Y flwyddyn";
pub const MARGINAL_RATE: &str = "O bob £1 ychwanegol rydych chi'n ei ennill, rydych chi'n colli";
pub const PARTICIPATION_RATE: &str = "Faint o'r cyflog am yr oriau hyn sy'n mynd ar dreth a budd-daliadau is";
pub const BETTER_OFF_WORKING: &str = "Rydych chi'n well eich byd yn gweithio";
/// When even the first hour leaves the client better off.
pub const ANY_HOURS: &str = "unrhyw nifer o oriau";

/// The fewest hours at which the client is better off.
pub fn from_hours(hours: &str) -> String {
    format!("o {hours} awr yr wythnos")
}

/// The heading of the notes, and the accessible name of their box.
pub const NOTES: &str = "Sylwch";
pub const OTHER_HELP_REGION: &str = "Help arall gyda Chredyd Cynhwysol";
pub const OTHER_HELP: &str = "Help arall y gallech ei gael gyda Chredyd Cynhwysol";
pub const NEAR_REGION: &str = "Trothwyon yn agos at yr oriau hyn";
pub const NEAR: &str = "Yn agos at yr oriau hyn";

/// The small print under the answer: `year` is the tax year, "2026-27".
pub fn rules_year(year: &str) -> String {
    format!(
        "Rheolau blwyddyn dreth {year}. Canllaw yw hwn, nid penderfyniad: yr Adran Gwaith a Phensiynau a CThEF sy'n penderfynu faint a gewch chi."
    )
}
