//! The words of `components/council_tax.rs` in Welsh.

use calc_core::input::{Band, BandHousehold, BandedIncome, UcPart};

use crate::components::council_tax::Kind;

pub const KINDS: &[(Kind, &str)] = &[
    (Kind::None, "Dim"),
    (Kind::Held, "Y swm y mae'r cleient yn ei gael nawr, heb ei newid"),
    (Kind::Taper, "Wedi'i gyfrifo o gynllun y cyngor: prawf modd, gyda chyfradd lleihau"),
    (Kind::Bands, "Wedi'i gyfrifo o gynllun y cyngor: bandiau incwm"),
];

pub const BANDS: &[(Option<Band>, &str)] = &[
    (None, "Ddim yn hysbys"),
    (Some(Band::A), "A"),
    (Some(Band::B), "B"),
    (Some(Band::C), "C"),
    (Some(Band::D), "D"),
    (Some(Band::E), "E"),
    (Some(Band::F), "F"),
    (Some(Band::G), "G"),
    (Some(Band::H), "H"),
    (Some(Band::I), "I (Cymru)"),
];

pub const CAPS: &[(Option<Band>, &str)] = &[
    (None, "Dim cap"),
    (Some(Band::A), "Band A"),
    (Some(Band::B), "Band B"),
    (Some(Band::C), "Band C"),
    (Some(Band::D), "Band D"),
    (Some(Band::E), "Band E"),
];

pub const INCOMES: &[(BandedIncome, &str)] = &[
    (BandedIncome::Earnings, "Tâl net yn unig"),
    (BandedIncome::EarningsAndUniversalCredit, "Tâl net a Chredyd Cynhwysol"),
    (BandedIncome::AllIncome, "Tâl net, Credyd Cynhwysol, ESA, Lwfans Gofalwr ac incwm arall"),
];

pub const HOUSEHOLDS: &[(BandHousehold, &str)] = &[
    (BandHousehold::Any, "Pob aelwyd"),
    (BandHousehold::Single, "Pobl sengl"),
    (BandHousehold::Couple, "Cyplau"),
    (BandHousehold::LoneParent, "Rhieni sengl"),
    (BandHousehold::CoupleWithChildren, "Cyplau â phlant"),
    (BandHousehold::WithChildren, "Rhieni sengl a chyplau â phlant"),
];

pub const UC_PARTS: &[(UcPart, &str)] = &[
    (UcPart::HousingCosts, "Elfen costau tai"),
    (UcPart::ChildcareCosts, "Elfen costau gofal plant"),
    (UcPart::DisabledChild, "Ychwanegiad plentyn anabl"),
    (UcPart::Carer, "Elfen gofalwr"),
    (UcPart::WorkCapability, "Elfen LCW neu LCWRA"),
    (UcPart::Child, "Elfen plentyn"),
];

/// The error for a band's tops that are not amounts. A whole sentence (it begins with a capital), so that it is shown
/// as it is, not after the field's name.
pub const AMOUNTS_INVALID: &str = "Rhaid rhoi symiau wedi'u gwahanu gan fylchau, fel 150 200 300";

// The bill and how the reduction is had.
pub const COUNCIL_TAX: &str = "Treth y Cyngor";
pub const BILL: &str = "Bil Treth y Cyngor am y flwyddyn";
pub const BILL_HINT: &str = "Mewn punnoedd, ar ôl unrhyw ddisgownt, cyn Gostyngiad Treth y Cyngor";
pub const BAND: &str = "Band prisio";
pub const BAND_HINT: &str = "Mae ei angen os yw'r cynllun yn capio'r gostyngiad ar fand";
pub const REDUCTION: &str = "Gostyngiad Treth y Cyngor";
pub const HELD: &str = "Gostyngiad Treth y Cyngor am y flwyddyn";
pub const HELD_HINT: &str =
    "Mewn punnoedd, fel y mae'r cleient yn ei gael nawr; nid yw'n newid yma (fel arfer mae'n gostwng wrth i'r enillion godi)";

// What every scheme has.
pub const NAME: &str = "Enw a blwyddyn y cynllun";
pub const NAME_HINT: &str = "Ar gyfer y gwaith cyfrifo, e.e. enw'r cyngor a 2026-27";
pub const SOURCE: &str = "O ble y daw ei ffigurau";
pub const SOURCE_HINT: &str = "Teitl neu gyfeiriad dogfen y cynllun";
pub const MAXIMUM: &str = "Y gostyngiad mwyaf posibl";
pub const MAXIMUM_HINT: &str = "Fel canran o'r bil; gadewch yn wag am 100";
pub const BAND_CAP: &str = "Wedi'i gyfrifo ar fil y band hwn ar y mwyaf";
pub const BAND_CAP_HINT: &str = "Mae angen band y cartref";
pub const CAPITAL_LIMIT: &str = "Terfyn cyfalaf";
pub const CAPITAL_LIMIT_HINT: &str =
    "Mewn punnoedd: nid oes dim gostyngiad os yw'r cynilion yn uwch na hyn (£16,000 yn y cynllun diofyn)";
pub const MINIMUM_AWARD: &str = "Dyfarniad lleiaf yr wythnos";
pub const MINIMUM_AWARD_HINT: &str = "Mewn punnoedd; nid yw gostyngiad llai yn cael ei dalu";
pub const NON_DEPENDANT_DEDUCTION: &str = "Didyniad am bob oedolyn arall sy'n byw yma, yr wythnos";
pub const NON_DEPENDANT_DEDUCTION_HINT: &str = "Mewn punnoedd, un swm sefydlog";

// A scheme of income bands.
pub const INCOME: &str = "Yr incwm y mae'r bandiau'n seiliedig arno";
pub const INCOME_HINT: &str = "Fel y mae'r cynllun yn ei ddiffinio";
pub const LEFT_OUT: &str = "Rhannau o Gredyd Cynhwysol y mae'r cynllun yn eu gadael allan";
pub const EARNINGS_DISREGARD: &str = "Diystyriad enillion yr wythnos";
pub const EARNINGS_DISREGARD_HINT: &str = "Mewn punnoedd, a dynnir o'r enillion cyn eu rhoi mewn band";
pub const COLUMNS: &str = "Colofnau'r grid";
/// A column's household: "Colofn 1: aelwydydd".
pub fn column_household(n: usize) -> String {
    format!("Colofn {n}: aelwydydd")
}
/// A column's children: "Colofn 1: gydag o leiaf hyn o blant".
pub fn column_children(n: usize) -> String {
    format!("Colofn {n}: gydag o leiaf hyn o blant")
}
pub const ADD_COLUMN: &str = "Ychwanegu colofn";
pub const REMOVE_COLUMN: &str = "Tynnu'r golofn olaf";
pub const BANDS_HEADING: &str = "Y bandiau, o'r incwm isaf i fyny";
/// A band's reduction: "Band 1: gostyngiad".
pub fn band_percent(n: usize) -> String {
    format!("Band {n}: gostyngiad")
}
pub const BAND_PERCENT_HINT: &str = "Fel canran o'r bil";
/// A band's tops: "Band 1: brig y band ym mhob colofn".
pub fn band_up_to(n: usize) -> String {
    format!("Band {n}: brig y band ym mhob colofn")
}
pub const BAND_UP_TO_HINT: &str =
    "Incwm wythnosol mewn punnoedd, un ar gyfer pob colofn yn eu trefn, wedi'u gwahanu gan fylchau";
pub const ADD_BAND: &str = "Ychwanegu band o dan yr olaf";
pub const REMOVE_BAND: &str = "Tynnu'r band o dan yr olaf";

// A scheme with a taper.
pub const TAPER: &str = "Cyfradd lleihau";
pub const TAPER_HINT: &str = "Fel canran o'r incwm uwchlaw'r swm cymwysadwy, e.e. 20";
pub const APPLICABLE_AMOUNTS: &str = "Heb Gredyd Cynhwysol: symiau wythnosol y cynllun";
pub const APPLICABLE_AMOUNT_HINT: &str = "Mewn punnoedd yr wythnos";
pub const SINGLE_UNDER_25: &str = "Lwfans personol, sengl o dan 25 oed";
pub const SINGLE_25_OR_OVER: &str = "Lwfans personol, sengl 25 oed neu drosodd";
pub const LONE_PARENT: &str = "Lwfans personol, rhiant sengl";
pub const COUPLE: &str = "Lwfans personol, cwpl";
pub const CHILD: &str = "Am bob plentyn";
pub const FAMILY_PREMIUM: &str = "Premiwm teulu";
pub const DISREGARD_SINGLE: &str = "Diystyriad enillion, sengl";
pub const DISREGARD_LONE_PARENT: &str = "Diystyriad enillion, rhiant sengl";
pub const DISREGARD_COUPLE: &str = "Diystyriad enillion, cwpl";
