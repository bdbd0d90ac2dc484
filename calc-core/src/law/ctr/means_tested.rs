//! A means-tested scheme: the most the reduction can be, less the taper's share of income above an applicable amount.
//!
//! With Universal Credit, the applicable amount is UC's maximum amount and the income is the UC award with the
//! earnings and other income UC took into account, each monthly figure × 12 / 52 (as in the default scheme, the
//! Council Tax Reduction Schemes (Default Scheme) (England) Regulations 2012, SI 2012/2886, which most English
//! means-tested schemes follow). Without UC, the applicable amount is the scheme's personal allowance, child
//! allowances and family premium, and the income is take-home pay with half the pension contributions added back,
//! less the scheme's earnings disregard, with new-style ESA, Carer's Allowance, other unearned income and the tariff
//! income from savings as UC works it out; Child Benefit and disability benefits are left out. Premiums for disability
//! and caring, and childcare costs, are not added: a household without UC that has them may get more than shown.

use rust_decimal::Decimal;

use super::{scheme, Found, Income};
use crate::code::Code;
use crate::input::household::{ApplicableAmounts, CtrAward};
use crate::money::Money;
use crate::period::monthly_to_weekly;
use crate::threshold::{Crossing, Figures, Scene, Solve, Threshold};
use crate::working::Trace;

/// Income passes the applicable amount: the taper starts.
pub static TAPER_STARTS: Threshold = Threshold {
    code: Code::CtrTaperStarts,
    solve: Solve::Round(3),
    notable: false,
    cause: |s, _, _| {
        let number = match scheme(s).map(|scheme| &scheme.award) {
            Some(CtrAward::Taper { percent, .. }) => *percent,
            _ => Decimal::ZERO,
        };
        Crossing { figures: Figures { number, ..Figures::default() }, rule: source(s) }
    },
};

/// The taper takes all of the reduction (or all but less than the minimum award, which is then not paid).
pub static ENDS: Threshold = Threshold {
    code: Code::CtrEnds,
    solve: Solve::Round(3),
    notable: false,
    cause: |s, _, _| {
        let limit = scheme(s).map_or(Money::ZERO, |scheme| scheme.minimum_award_weekly);
        Crossing { figures: Figures { limit, ..Figures::default() }, rule: source(s) }
    },
};

/// Without Universal Credit, earnings pass the scheme's earnings disregard: above it they count as income.
pub static EARNINGS_DISREGARD: Threshold = Threshold {
    code: Code::CtrEarningsDisregard,
    solve: Solve::Round(3),
    notable: false,
    cause: |s, _, _| Crossing::by(source(s)),
};

fn source<'r>(s: &Scene<'r>) -> &'r str {
    scheme(s).map_or("", |scheme| &scheme.source)
}

/// The reduction from `maximum` a week, with a taper of `percent` and, without Universal Credit, the scheme's
/// `without_uc` amounts; `minimum_award` is where the reduction stops.
pub(super) fn award(
    maximum: Money,
    percent: Decimal,
    without_uc: &ApplicableAmounts,
    minimum_award: Money,
    income: &Income,
    w: &mut Trace,
) -> Found {
    let uc = income.uc;
    let (applicable, assessed, how) = if uc.award.is_positive() {
        let applicable = monthly_to_weekly(uc.maximum_amount);
        let assessed = monthly_to_weekly(uc.award + uc.earned_income + uc.unearned_income);
        (applicable, assessed, "with Universal Credit: its maximum amount × 12 / 52 is the applicable amount; the award, earned and unearned income UC counts × 12 / 52 the income")
    } else {
        let net = income.take_home + income.pension_paid / Decimal::TWO;
        w.margin(&EARNINGS_DISREGARD, None, net, without_uc.earnings_disregard);
        let earnings = (net - without_uc.earnings_disregard).at_least_zero();
        let tariff = monthly_to_weekly(uc.tariff_income);
        (without_uc.total(), earnings + income.benefits + income.other + tariff, "without Universal Credit: the scheme's applicable amount; take-home pay (half the pension contributions added back) less the earnings disregard, with ESA, Carer's Allowance, other income and tariff income as the income")
    };
    let excess = (assessed - applicable).at_least_zero();
    let taken = excess * percent / Decimal::ONE_HUNDRED;
    w.margin(&TAPER_STARTS, None, assessed, applicable);
    if maximum > minimum_award {
        w.margin(&ENDS, None, taken + minimum_award, maximum);
    }
    let award = (maximum - taken).at_least_zero();
    if !w.is_explaining() {
        return Found { award, working: String::new() };
    }
    Found {
        award,
        working: format!(
            "{how}: income of {} a week is {} above the {} applicable amount, and {} % of that, {}, is taken off: {}",
            assessed.round_pence(),
            excess.round_pence(),
            applicable.round_pence(),
            percent.normalize(),
            taken.round_pence(),
            award.round_pence()
        ),
    }
}
