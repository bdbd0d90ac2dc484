//! Council tax (Local Government Finance Act 1992: Part I in England and Wales, Part II in Scotland) and Council Tax
//! Reduction (England: LGFA 1992 s. 13A and each council's scheme; Wales: SI 2013/3029; Scotland: SSI 2021/249).
//!
//! For now the bill is the household's own (after discounts, before any reduction), and the reduction is the one it
//! gets now, held as it is: the councils' schemes, which work the reduction out from income, are not modelled yet.
//! What is paid is the bill less the reduction, the same at any hours.

use crate::input::household::CouncilTax;
use crate::money::Money;
use crate::working::Trace;

/// What the household pays for the year.
pub fn payable(council_tax: &CouncilTax) -> Money {
    council_tax.bill_annual - council_tax.reduction_annual
}

/// The working of the year's council tax.
pub fn note(council_tax: &CouncilTax, w: &mut Trace) {
    let CouncilTax { bill_annual, reduction_annual } = *council_tax;
    let rule = "Local Government Finance Act 1992 (England and Wales: Part I; Scotland: Part II); the reduction: each council's scheme";
    w.note("council_tax", payable(council_tax), "year", rule, || {
        format!(
            "the bill as given, {bill_annual} a year (after discounts), less the Council Tax Reduction as given, {reduction_annual}, held at every hours: the council's scheme is not worked out"
        )
    });
}
