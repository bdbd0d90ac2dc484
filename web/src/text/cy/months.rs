//! The words of `components/months.rs` in Welsh.

use calc_core::Money;

use crate::format::pounds;

/// The rule years of the periods, when they are all the same: `year` is "2026-27".
pub fn all_periods(year: &str) -> String {
    format!("Mae pob un o'r deuddeg cyfnod yn defnyddio rheolau {year}.")
}

/// The first rule year, when it changes; the changes follow (`then_from`, `then_unknown`) and a full stop.
pub fn periods_from(date: &str, year: &str) -> String {
    format!("O {date}, mae'r cyfnodau'n defnyddio rheolau {year}")
}

pub fn then_from(date: &str, year: &str) -> String {
    format!("; o {date}, rheolau {year}")
}

/// A change to a year whose amounts are not known yet, shown with `year`'s.
pub fn then_unknown(date: &str, year: &str) -> String {
    format!("; o {date}, symiau'r flwyddyn nesaf, nad ydyn nhw'n hysbys eto: dangosir symiau {year} yn eu lle")
}

/// Universal Credit from month to month: `low` in `lows` of the `periods`, and `high` in the others (`up_to` when the
/// others are not all the same); `surplus` when surplus earnings may carry into a later month.
pub fn in_plain_words(low: Money, lows: usize, periods: usize, high: Money, up_to: bool, surplus: bool) -> String {
    // After "cael": "dim byd", "tua £…"; after "a" the same words take the aspirate mutation ("a thua £…").
    let first = if low.is_zero() { "dim byd".to_string() } else { format!("tua {}", pounds(low.pounds())) };
    let others = if up_to {
        format!("a hyd at {}", pounds(high.pounds()))
    } else if high.is_zero() {
        "a dim byd".to_string()
    } else {
        format!("a thua {}", pounds(high.pounds()))
    };
    let surplus = if surplus {
        " Mewn mis ar ôl un heb Gredyd Cynhwysol, gallai fod yn llai: gofynnwch i gynghorydd."
    } else {
        ""
    };
    format!(
        "Mae Credyd Cynhwysol yn cael ei gyfrifo ar y cyflog a gewch chi ym mhob mis, felly byddai'n newid o fis i fis. Byddech chi'n cael {first} mewn {lows} o'r {periods} mis nesaf, pan fydd mwy o ddiwrnodau cyflog yn y mis, {others} yn y misoedd eraill.{surplus}"
    )
}

/// Whose paydays, for a couple.
pub const YOU: &str = "Chi: ";
pub const PARTNER: &str = "Partner: ";
/// No paydays in a period.
pub const NO_PAYDAYS: &str = "Dim";
pub const TITLE: &str = "Mis wrth fis";
pub const INTRO: &str = "Mae Credyd Cynhwysol yn cael ei gyfrifo ar y cyflog a gewch chi ym mhob cyfnod asesu misol. Felly mae'n is mewn cyfnod gyda mwy o ddiwrnodau cyflog, ac yn uwch mewn cyfnod gyda llai (Rheoliadau Credyd Cynhwysol 2013, rheoliadau 21, 54 a 61). Mae'r ffigurau uchod yn gyfartaledd dros y flwyddyn.";

/// `rule_years` is the sentence of `all_periods` or `periods_from`.
pub fn rule_years(rule_years: &str) -> String {
    format!("{rule_years} Nid yw'r tabl yn dangos diwrnodau cyflog sy'n symud oherwydd penwythnosau neu wyliau banc.")
}

/// Two monthly paydays in one period.
pub fn bunched(start: &str, end: &str) -> String {
    format!(
        "Mae dau ddiwrnod cyflog misol yn y cyfnod o {start} i {end}. Gall DWP symud un ohonyn nhw i'r cyfnod nesaf, er mwyn cadw un y mis: gofynnwch iddyn nhw (Rheoliadau Credyd Cynhwysol 2013, rheoliad 61(6))."
    )
}

/// Earnings above the point where UC stops, which may carry into the next periods.
pub fn surplus(start: &str, end: &str, above: Money) -> String {
    format!(
        "Yn y cyfnod o {start} i {end}, mae'r enillion {above} yn uwch na'r pwynt lle mae Credyd Cynhwysol yn dod i ben. Mae enillion sy'n ddigon uwch na'r pwynt hwnnw yn cael eu cario i'r cyfnodau nesaf fel enillion dros ben (Rheoliadau Credyd Cynhwysol 2013, rheoliad 54A). Nid yw'r gyfrifiannell hon yn modelu hynny: gall Credyd Cynhwysol ar ôl y cyfnod hwnnw fod yn is na'r hyn a ddangosir."
    )
}

/// The accessible name of the scrolling box round the table.
pub const REGION: &str = "Mis wrth fis: pob cyfnod asesu";
pub const PERIOD: &str = "Cyfnod asesu";
pub const PAYDAYS: &str = "Diwrnodau cyflog";
pub const TAKE_HOME: &str = "Tâl net";
pub const UNIVERSAL_CREDIT: &str = "Credyd Cynhwysol";
pub const TOTAL: &str = "Cyfanswm incwm";
pub const AFTER_COSTS: &str = "Ar ôl rhent, Treth y Cyngor, gofal plant a theithio";

/// A period, from its first day to its last.
pub fn dates(start: &str, end: &str) -> String {
    format!("{start} i {end}")
}

pub const YEAR: &str = "Y deuddeg cyfnod";

/// The year's UC where it is what the periods add up to.
pub fn by_periods(year: Money, averaged: Money) -> String {
    format!(
        "Dros y deuddeg cyfnod, mae Credyd Cynhwysol yn dod i {year}. Nid yw'r cap ar fudd-daliadau na'r pwynt lle mae Credyd Cynhwysol yn dod i ben yr un fath ym mhob cyfnod. Felly mae'r ffigurau uchod yn gyfartaledd blwyddyn o gyfnodau (gyda 52 diwrnod cyflog wythnosol), nid deuddeg mis o'r swm cyfartalog o {averaged}."
    )
}

/// The year's UC against twelve months of the averaged award.
pub fn against_averaged(year: Money, twelve: Money, averaged: Money) -> String {
    format!("Dros y deuddeg cyfnod, mae Credyd Cynhwysol yn dod i {year}, o'i gymharu â {twelve} am ddeuddeg mis o'r swm cyfartalog o {averaged}.")
}
