//! The words of `components/council_tax.rs` in English.

use calc_core::input::{Band, BandHousehold, BandedIncome, UcPart};

use crate::components::council_tax::Kind;

pub const KINDS: &[(Kind, &str)] = &[
    (Kind::None, "None"),
    (Kind::Held, "The amount the client gets now, held as it is"),
    (Kind::Taper, "Worked out from the council's scheme: means-tested, with a taper"),
    (Kind::Bands, "Worked out from the council's scheme: income bands"),
];

pub const BANDS: &[(Option<Band>, &str)] = &[
    (None, "Not known"),
    (Some(Band::A), "A"),
    (Some(Band::B), "B"),
    (Some(Band::C), "C"),
    (Some(Band::D), "D"),
    (Some(Band::E), "E"),
    (Some(Band::F), "F"),
    (Some(Band::G), "G"),
    (Some(Band::H), "H"),
    (Some(Band::I), "I (Wales)"),
];

pub const CAPS: &[(Option<Band>, &str)] = &[
    (None, "No cap"),
    (Some(Band::A), "Band A"),
    (Some(Band::B), "Band B"),
    (Some(Band::C), "Band C"),
    (Some(Band::D), "Band D"),
    (Some(Band::E), "Band E"),
];

pub const INCOMES: &[(BandedIncome, &str)] = &[
    (BandedIncome::Earnings, "Take-home pay alone"),
    (BandedIncome::EarningsAndUniversalCredit, "Take-home pay and Universal Credit"),
    (BandedIncome::AllIncome, "Take-home pay, UC, ESA, Carer's Allowance and other income"),
];

pub const HOUSEHOLDS: &[(BandHousehold, &str)] = &[
    (BandHousehold::Any, "Every household"),
    (BandHousehold::Single, "Single people"),
    (BandHousehold::Couple, "Couples"),
    (BandHousehold::LoneParent, "Lone parents"),
    (BandHousehold::CoupleWithChildren, "Couples with children"),
    (BandHousehold::WithChildren, "Lone parents and couples with children"),
];

pub const UC_PARTS: &[(UcPart, &str)] = &[
    (UcPart::HousingCosts, "Housing costs element"),
    (UcPart::ChildcareCosts, "Childcare costs element"),
    (UcPart::DisabledChild, "Disabled child addition"),
    (UcPart::Carer, "Carer element"),
    (UcPart::WorkCapability, "LCW or LCWRA element"),
    (UcPart::Child, "Child element"),
];

/// The error for a band's tops that are not amounts.
pub const AMOUNTS_INVALID: &str = "must be amounts separated by spaces, like 150 200 300";

// The bill and how the reduction is had.
pub const COUNCIL_TAX: &str = "Council tax";
pub const BILL: &str = "Council tax bill for the year";
pub const BILL_HINT: &str = "In pounds, after any discount, before Council Tax Reduction";
pub const BAND: &str = "Valuation band";
pub const BAND_HINT: &str = "Needed where the scheme caps the reduction at a band";
pub const REDUCTION: &str = "Council Tax Reduction";
pub const HELD: &str = "Council Tax Reduction for the year";
pub const HELD_HINT: &str = "In pounds, as the client gets it now; held as it is (it usually falls as earnings rise)";

// What every scheme has.
pub const NAME: &str = "The scheme's name and year";
pub const NAME_HINT: &str = "For the working, e.g. the council's name and 2026-27";
pub const SOURCE: &str = "Where its figures come from";
pub const SOURCE_HINT: &str = "The scheme document's title or address";
pub const MAXIMUM: &str = "Most the reduction can be";
pub const MAXIMUM_HINT: &str = "In percent of the bill; blank for 100";
pub const BAND_CAP: &str = "Worked out on at most this band's bill";
pub const BAND_CAP_HINT: &str = "Needs the home's band";
pub const CAPITAL_LIMIT: &str = "Capital limit";
pub const CAPITAL_LIMIT_HINT: &str =
    "In pounds: savings above it rule out any reduction (£16,000 in the default scheme)";
pub const MINIMUM_AWARD: &str = "Minimum award a week";
pub const MINIMUM_AWARD_HINT: &str = "In pounds; a smaller reduction is not paid";
pub const NON_DEPENDANT_DEDUCTION: &str = "Deduction for each other adult living here, a week";
pub const NON_DEPENDANT_DEDUCTION_HINT: &str = "In pounds, one flat amount";

// A scheme of income bands.
pub const INCOME: &str = "Income the bands are of";
pub const INCOME_HINT: &str = "As the scheme defines it";
pub const LEFT_OUT: &str = "Parts of Universal Credit the scheme leaves out";
pub const EARNINGS_DISREGARD: &str = "Earnings disregard a week";
pub const EARNINGS_DISREGARD_HINT: &str = "In pounds, taken off earnings before they are banded";
pub const COLUMNS: &str = "The grid's columns";
/// A column's household: "Column 1: households".
pub fn column_household(n: usize) -> String {
    format!("Column {n}: households")
}
/// A column's children: "Column 1: with at least this many children".
pub fn column_children(n: usize) -> String {
    format!("Column {n}: with at least this many children")
}
pub const ADD_COLUMN: &str = "Add a column";
pub const REMOVE_COLUMN: &str = "Remove the last column";
pub const BANDS_HEADING: &str = "The bands, from the lowest income up";
/// A band's reduction: "Band 1: reduction".
pub fn band_percent(n: usize) -> String {
    format!("Band {n}: reduction")
}
pub const BAND_PERCENT_HINT: &str = "In percent of the bill";
/// A band's tops: "Band 1: top of the band in each column".
pub fn band_up_to(n: usize) -> String {
    format!("Band {n}: top of the band in each column")
}
pub const BAND_UP_TO_HINT: &str = "Weekly income in pounds, one for each column in order, separated by spaces";
pub const ADD_BAND: &str = "Add a band below the last";
pub const REMOVE_BAND: &str = "Remove the band below the last";

// A scheme with a taper.
pub const TAPER: &str = "Taper";
pub const TAPER_HINT: &str = "In percent of income above the applicable amount, e.g. 20";
pub const APPLICABLE_AMOUNTS: &str = "Without Universal Credit: the scheme's weekly amounts";
pub const APPLICABLE_AMOUNT_HINT: &str = "In pounds a week";
pub const SINGLE_UNDER_25: &str = "Personal allowance, single under 25";
pub const SINGLE_25_OR_OVER: &str = "Personal allowance, single 25 or over";
pub const LONE_PARENT: &str = "Personal allowance, lone parent";
pub const COUPLE: &str = "Personal allowance, couple";
pub const CHILD: &str = "For each child";
pub const FAMILY_PREMIUM: &str = "Family premium";
pub const DISREGARD_SINGLE: &str = "Earnings disregard, single";
pub const DISREGARD_LONE_PARENT: &str = "Earnings disregard, lone parent";
pub const DISREGARD_COUPLE: &str = "Earnings disregard, couple";
