//! An income-banded scheme: weekly income, as the scheme defines it, falls in a band of the grid's column for the
//! household, and the band gives the reduction as a percentage of the bill. Each band's top edge is a cliff: a penny
//! more income and the whole percentage changes.

use rust_decimal::Decimal;

use super::{scheme, Found, Income};
use crate::code::Code;
use crate::input::household::{CtrAward, IncomeBands};
use crate::input::{BandedIncome, UcPart};
use crate::law::uc::UniversalCredit;
use crate::money::{Money, EXACT_PLACES};
use crate::period::monthly_to_weekly;
use crate::threshold::{Crossing, Figures, Solve, Threshold};
use crate::working::Trace;

/// Income passes the top of band `step` (from 1): the reduction falls to the next band's percentage.
pub static BAND_EDGE: Threshold = Threshold {
    code: Code::CtrBandEdge,
    solve: Solve::Round(3),
    notable: true,
    cause: |s, step, _| match scheme(s) {
        Some(scheme) => {
            let CtrAward::IncomeBands(grid) = &scheme.award else { return Crossing::by(&scheme.source) };
            let band = |k: usize| grid.bands.get(k).copied().unwrap_or_default();
            let (below, edge) = band(usize::from(step) - 1);
            let (above, _) = band(usize::from(step));
            let figures =
                Figures { limit: edge.unwrap_or_default(), number: above, before: below, ..Figures::default() };
            Crossing { figures, rule: &scheme.source }
        }
        None => Crossing::by(""),
    },
};

/// The reduction from the band `income` falls in: its percentage (at most `maximum_percent`) of the weekly
/// `liability`, less `deductions` for non-dependants.
pub(super) fn award(
    liability: Money,
    maximum_percent: Decimal,
    deductions: Money,
    grid: &IncomeBands,
    income: &Income,
    w: &mut Trace,
) -> Found {
    let earnings = (income.take_home - grid.earnings_disregard_weekly).at_least_zero();
    let uc = monthly_to_weekly(counted_uc(income.uc, &grid.uc_left_out));
    let banded = match grid.income {
        BandedIncome::Earnings => earnings,
        BandedIncome::EarningsAndUniversalCredit => earnings + uc,
        BandedIncome::AllIncome => earnings + uc + income.benefits + income.other,
    };
    // A band's top edge is in the band, so income is past it only above it: by the least amount an exact figure
    // keeps (a margin counts as crossed from zero). This matters for an edge at £0 ("no earnings").
    let above = Money::new(Decimal::new(1, EXACT_PLACES));
    for (k, (_, edge)) in grid.bands.iter().enumerate() {
        if let Some(edge) = edge {
            w.step_margin(&BAND_EDGE, k as u8 + 1, None, banded, *edge + above);
        }
    }
    // The first band whose top the income does not pass (every grid ends with a band without one).
    let number = grid.bands.iter().position(|(_, edge)| edge.is_none_or(|e| banded <= e)).unwrap_or_default();
    let percent = grid.bands.get(number).map_or(Decimal::ZERO, |b| b.0).min(maximum_percent);
    let award = (liability * percent / Decimal::ONE_HUNDRED - deductions).at_least_zero();
    if !w.is_explaining() {
        return Found { award, working: String::new() };
    }
    let what = match grid.income {
        BandedIncome::Earnings => "take-home pay",
        BandedIncome::EarningsAndUniversalCredit => "take-home pay and Universal Credit",
        BandedIncome::AllIncome => "take-home pay, Universal Credit, ESA, Carer's Allowance and other income",
    };
    let left_out = if grid.uc_left_out.is_empty() || grid.income == BandedIncome::Earnings {
        String::new()
    } else {
        let parts: Vec<&str> = grid.uc_left_out.iter().map(|p| p.name()).collect();
        format!(" (UC without its {} parts)", parts.join(", "))
    };
    let disregard = if grid.earnings_disregard_weekly.is_positive() {
        format!(", after a {} earnings disregard", grid.earnings_disregard_weekly)
    } else {
        String::new()
    };
    Found {
        award,
        working: format!(
            "the income banded ({what}{left_out}{disregard}) is {} a week, in band {} of the grid (the column for {}): {} % of the bill, {}",
            banded.round_pence(),
            number + 1,
            grid.column,
            percent.normalize(),
            award.round_pence()
        ),
    }
}

/// The UC award, less the parts the scheme leaves out (none below nothing).
fn counted_uc(uc: &UniversalCredit, left_out: &[UcPart]) -> Money {
    let part = |p: &UcPart| match p {
        UcPart::HousingCosts => uc.housing_costs_element,
        UcPart::ChildcareCosts => uc.childcare_costs_element,
        UcPart::DisabledChild => uc.disabled_child_additions,
        UcPart::Carer => uc.carer_element,
        UcPart::WorkCapability => uc.lcw_element + uc.lcwra_element,
        UcPart::Child => uc.child_element,
    };
    (uc.award - left_out.iter().map(part).sum::<Money>()).at_least_zero()
}
