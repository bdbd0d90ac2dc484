//! Council Tax Reduction (council tax support) for working-age households, from the council's scheme (England: each
//! council's scheme under Local Government Finance Act 1992 s. 13A and Sch. 1A; Wales: the Council Tax Reduction
//! Schemes and Prescribed Requirements (Wales) Regulations 2013, SI 2013/3029; Scotland: the Council Tax Reduction
//! (Scotland) Regulations 2021, SSI 2021/249), as described in the input: the national schemes and the councils'
//! own are not shipped yet.
//!
//! What every kind of scheme shares is here: the bill the reduction is worked out on (capped at a band's where the
//! scheme says), the maximum percentage, the capital limit, a flat deduction for each non-dependant and the minimum
//! award. How the reduction falls with income is the scheme's kind: a taper above an applicable amount
//! (`means_tested`) or a grid of income bands (`banded`), each with its thresholds.
//!
//! Reductions are worked out by the week (the schemes' own figures are weekly) on 7 days of the year's bill, and a
//! year's reduction is the days of the year ÷ 7 weeks of it. Changes of circumstances a scheme ignores below some size
//! are a matter of time, not of the hours, and do not change the figures here.

mod banded;
mod means_tested;

use rust_decimal::Decimal;

use crate::input::household::{CtrAward, CtrScheme, Household, Reduction};
use crate::law::council_tax;
use crate::law::uc::UniversalCredit;
use crate::money::{Money, Rounding};
use crate::period::weekly_by_days;
use crate::threshold::Scene;
use crate::working::Trace;

/// The household's income a week, as the schemes may take it.
pub struct Income<'a> {
    /// Take-home pay: gross earnings less income tax, NI and the pension contributions taken from pay.
    pub take_home: Money,
    /// The pension contributions taken from pay.
    pub pension_paid: Money,
    /// New-style ESA and Carer's Allowance (without Scotland's supplements).
    pub benefits: Money,
    /// Other unearned income.
    pub other: Money,
    /// The household's Universal Credit (its monthly figures), with its award for the averaged month.
    pub uc: &'a UniversalCredit,
}

/// The week's reduction under `scheme` for `household`, whose bill is for a year of `days`.
pub fn weekly(
    household: &Household,
    scheme: &CtrScheme,
    income: &Income,
    days: Decimal,
    rounding: Rounding,
    w: &mut Trace,
) -> Money {
    let bill = scheme.band_cap.map_or(household.council_tax.bill_annual, |(_, capped)| capped);
    let liability = weekly_by_days(bill, days);
    let non_dependants = household.non_dependants.iter().filter(|n| n.age >= 18).count();
    let deductions = scheme.non_dependant_deduction_weekly * Decimal::from(non_dependants);
    let maximum = (liability * scheme.maximum_percent / Decimal::ONE_HUNDRED - deductions).at_least_zero();
    if household.savings > scheme.capital_limit {
        let limit = scheme.capital_limit;
        w.note("council_tax_reduction", Money::ZERO, "week", &scheme.source, || {
            format!(
                "{}: savings of {} are above the {limit} capital limit, so no reduction",
                scheme.name, household.savings
            )
        });
        return Money::ZERO;
    }
    let found = match &scheme.award {
        CtrAward::Taper { percent, without_uc } => {
            means_tested::award(maximum, *percent, without_uc, scheme.minimum_award_weekly, income, w)
        }
        CtrAward::IncomeBands(bands) => banded::award(liability, scheme.maximum_percent, deductions, bands, income, w),
    };
    let award = if found.award < scheme.minimum_award_weekly { Money::ZERO } else { found.award };
    let award = rounding.apply(award, Money::round_pence);
    w.note("council_tax_reduction", award, "week", &scheme.source, || {
        let cap = match scheme.band_cap {
            Some((band, _)) => format!(
                ", the band {} bill, at which the scheme caps it (the bands' proportions: {})",
                band.name().to_ascii_uppercase(),
                council_tax::BAND_RATIOS_RULE
            ),
            None => String::new(),
        };
        let deducted = if deductions.is_positive() {
            format!(" less {} for {non_dependants} non-dependant(s) at {} each", deductions.round_pence(), scheme.non_dependant_deduction_weekly)
        } else {
            String::new()
        };
        let minimum = if scheme.minimum_award_weekly.is_positive() && award.is_zero() && found.award.is_positive() {
            format!("; {} is below the {} a week minimum award, so none is paid", found.award.round_pence(), scheme.minimum_award_weekly)
        } else {
            String::new()
        };
        format!(
            "{}: the bill worked on is {} a week (7 days of {} a year{cap}), at most {} % of it{deducted}, so at most {} a week; {}{minimum}",
            scheme.name,
            liability.round_pence(),
            bill.round_pence(),
            scheme.maximum_percent.normalize(),
            maximum.round_pence(),
            found.working
        )
    });
    award
}

/// The household's scheme, for what a threshold's crossing means (a threshold of a scheme is crossed only with one).
fn scheme<'r>(s: &Scene<'r>) -> Option<&'r CtrScheme> {
    match &s.household.council_tax.reduction {
        Reduction::Scheme(scheme) => Some(scheme),
        _ => None,
    }
}

/// What a scheme's kind finds: the reduction before the minimum award, and how, in words (only when the working is
/// asked for: the curve evaluates the scheme dozens of times).
struct Found {
    award: Money,
    working: String,
}
