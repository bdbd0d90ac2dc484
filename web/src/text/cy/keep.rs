//! The words of `components/keep.rs` in Welsh.

/// A saved file opened: `file` is its name.
pub fn opened(file: &str) -> String {
    format!("Wedi agor {file}.")
}

pub const KEPT: &str = "Wedi'i gadw yn y porwr hwn. Bydd yn agor yma y tro nesaf, nes i chi ddewis ei anghofio.";
pub const NOT_KEPT: &str = "Nid yw'r porwr hwn yn gadael i chi ei gadw (pori preifat, efallai).";
pub const FORGOTTEN: &str = "Wedi anghofio: does dim wedi'i gadw yn y porwr hwn.";
pub const TITLE: &str = "Cadw, rhannu neu argraffu";
pub const SAVE: &str = "Cadw mewn ffeil";
pub const OPEN: &str = "Agor ffeil a gadwyd";
pub const FORGET: &str = "Anghofio'r hyn a gadwodd y porwr hwn";
pub const KEEP: &str = "Cadw yn y porwr hwn";
pub const SHARE: &str = "Creu dolen i'w rhannu";
pub const PRINT: &str = "Argraffu";
pub const SHARE_LINK: &str = "Dolen i'w rhannu";
pub const SHARE_LINK_HINT: &str = "Mae popeth a roesoch chi i mewn yn y ddolen ei hun, ar ôl y #. Nid yw byth yn cael ei anfon at weinydd, ond gall unrhyw un sy'n cael y ddolen gennych chi ei darllen.";
