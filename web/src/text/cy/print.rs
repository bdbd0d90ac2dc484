//! The words of `components/print.rs` in Welsh.

use calc_core::Money;

/// The adults, in the household line.
pub fn single(age: u8) -> String {
    format!("chi, {age} oed")
}

pub fn couple(age: u8, partner_age: u8) -> String {
    format!("chi a'ch partner, {age} a {partner_age} oed")
}

pub const NO_CHILDREN: &str = "dim plant";

/// `ages` are the children's ages, "3, 7".
pub fn children(ages: &str) -> String {
    format!("plant {ages} oed")
}

pub const NO_RENT: &str = "dim rhent";

pub fn social_rent(rent: Money) -> String {
    format!("rhent cymdeithasol o {rent} y mis")
}

pub fn private_rent(rent: Money) -> String {
    format!("rhent preifat o {rent} y mis")
}

/// The household in one line, from the three parts above.
pub fn household(adults: &str, children: &str, home: &str) -> String {
    format!("Aelwyd: {adults}; {children}; {home}.")
}

pub fn job(wage: Money, hours_now: &str, hours: &str) -> String {
    format!("Swydd: {wage} yr awr, {hours_now} awr yr wythnos nawr, {hours} awr yr wythnos yn y senario hwn.")
}

pub fn income(now: &str, then: &str) -> String {
    format!(
        "Incwm yr wythnos ar ôl rhent, Treth y Cyngor, gofal plant a theithio: {now} nawr, {then} yn y senario hwn."
    )
}

/// `printed` is the date, "2026-05-01".
pub fn rules(year: &str, version: &str, printed: &str) -> String {
    format!("Rheolau: blwyddyn dreth {year} (fersiwn {version} o'r ffeil reolau). Argraffwyd {printed}.")
}

pub const ASSUMPTIONS: &str = "Tybiaethau: yr un cyflog bob wythnos, ar gyfartaledd dros y flwyddyn ar gyfer Credyd Cynhwysol (fis wrth fis, mae'n dilyn y diwrnodau cyflog ym mhob cyfnod asesu); dim newidiadau o fewn cyfnod asesu; dim hawlio budd-daliadau sydd heb eu rhestru. Canllaw yw hwn, nid penderfyniad: DWP, CThEF a'r cyngor sy'n penderfynu faint a delir.";
pub const TITLE: &str = "Cyfrifiad mewn gwaith";
pub const CAPTION: &str = "Incwm yr wythnos o bob ffynhonnell";
pub const NOW: &str = "Nawr";

pub fn at_hours(hours: &str) -> String {
    format!("Ar {hours} awr")
}
