//! Council tax (Local Government Finance Act 1992: Part I in England and Wales, Part II in Scotland): the bill the
//! household gives (after discounts, before any reduction), and the valuation bands' proportions, with which a
//! scheme that caps the reduction at a band's bill (`ctr`) works that bill out from the home's.
//!
//! Council tax is a charge for each day (s. 2 and s. 75), so a week is 7 days of the year's bill, and the Council Tax
//! Reduction, also worked out by the day, is a week's reduction × the days of the year ÷ 7.

use rust_decimal::Decimal;

use crate::date::Date;
use crate::input::household::{CouncilTax, Reduction};
use crate::input::{Band, Nation};
use crate::working::Trace;

/// Where the bands' proportions are set.
pub const BAND_RATIOS_RULE: &str = "Local Government Finance Act 1992 s. 5(1) (England; Wales s. 5(1A), band I since 2005) and s. 74(1) as amended by the Council Tax (Substitution of Proportion) (Scotland) Order 2016 (SSI 2016/368)";

/// The band's bill in proportion to Band D's, where the band exists in the nation: England and Wales 6 : 7 : 8 : 9 :
/// 11 : 13 : 15 : 18 (Wales's band I 21) ninths; Scotland since April 2017 240 : 280 : 320 : 360 : 473 : 585 : 705 :
/// 882 three-hundred-and-sixtieths.
pub fn ratio(nation: Nation, band: Band) -> Option<Decimal> {
    let (of_d, d) = match (nation, band) {
        (Nation::NorthernIreland, _) | (Nation::England | Nation::Scotland, Band::I) => return None,
        (Nation::Scotland, _) => {
            let proportion = match band {
                Band::A => 240,
                Band::B => 280,
                Band::C => 320,
                Band::D => 360,
                Band::E => 473,
                Band::F => 585,
                Band::G => 705,
                _ => 882,
            };
            (proportion, 360)
        }
        _ => {
            let ninths = match band {
                Band::A => 6,
                Band::B => 7,
                Band::C => 8,
                Band::D => 9,
                Band::E => 11,
                Band::F => 13,
                Band::G => 15,
                Band::H => 18,
                Band::I => 21,
            };
            (ninths, 9)
        }
    };
    Some(Decimal::from(of_d) / Decimal::from(d))
}

/// The days of the financial year (1 April to 31 March) holding `date`.
pub fn days_in_year(date: Date) -> Decimal {
    let start = if date.month() >= 4 { date.year() } else { date.year() - 1 };
    let first = Date::known(start, 4, 1);
    Decimal::from(first.days_until(Date::known(start + 1, 4, 1)))
}

/// The working of the year's bill.
pub fn note(council_tax: &CouncilTax, w: &mut Trace) {
    let rule = "Local Government Finance Act 1992 (England and Wales: Part I; Scotland: Part II)";
    let held = match council_tax.reduction {
        Reduction::Held(_) => ", before the Council Tax Reduction (held as given)",
        Reduction::Scheme(_) => ", before the Council Tax Reduction (worked out from the scheme)",
        Reduction::None => ", with no Council Tax Reduction",
    };
    w.note("council_tax", council_tax.bill_annual, "year", rule, || {
        format!("the bill as given, {} a year after discounts{held}", council_tax.bill_annual)
    });
}
