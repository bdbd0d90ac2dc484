//! Income tax on non-savings income: Income Tax Act 2007 ss. 6-10 (rates and bands for England, Wales and Northern
//! Ireland), s. 11A and the Scottish Rate Resolution (Scottish taxpayers, Scotland Act 1998 s. 80C), and the personal
//! allowance with its taper above £100,000 of adjusted net income (ITA 2007 ss. 35 and 58).
//!
//! Relief-at-source pension contributions extend the bands from the basic rate limit upwards by the gross
//! contribution (Finance Act 2004 s. 192(4)), so that higher-rate relief is given through the bands. The tax is the
//! year's liability; PAYE on steady pay comes to the same within pennies.

use rust_decimal::Decimal;

use crate::code::Code;
use crate::input::Nation;
use crate::money::{Money, Rounding};
use crate::rules::{Param, PerYear, Percent, RuleSet};
use crate::threshold::{Crossing, Figures, Solve, Threshold};
use crate::working::Trace;

/// All taxable income (earnings and taxable benefits, whose tax is deducted from pay through the PAYE code) reaches
/// the personal allowance plus band `step` (0: the allowance itself).
pub static TAX_BAND: Threshold = Threshold {
    code: Code::TaxBand,
    solve: Solve::Round(2),
    notable: false,
    cause: |s, step, _| {
        let nation = s.household.nation;
        let rate = bands(nation, s.rules).get(usize::from(step)).copied().flatten().map_or(Decimal::ZERO, |b| b.rate);
        let figures = Figures { number: rate, step, ..Figures::default() };
        Crossing { figures, rule: source(nation, s.rules) }
    },
};

/// Adjusted net income passes the point where the personal allowance starts to be withdrawn.
pub static ALLOWANCE_TAPER: Threshold = Threshold {
    code: Code::PersonalAllowanceTaper,
    solve: Solve::Round(2),
    notable: false,
    cause: |s, _, _| Crossing::of(&s.rules.income_tax.allowance_taper_threshold),
};

/// The taper has taken all of the personal allowance.
pub static ALLOWANCE_GONE: Threshold = Threshold {
    code: Code::PersonalAllowanceGone,
    solve: Solve::Round(2),
    notable: false,
    cause: |s, _, _| Crossing::by(&s.rules.income_tax.allowance_taper_threshold.source),
};

/// Records how far the adult's taxable income is past each band of `tax`, and adjusted net income past the taper and
/// `allowance_gone` (worked out once for the hours curve).
pub fn record_margins(
    index: usize,
    tax: &AnnualTax,
    (taxable_income, adjusted_net_income): (Money, Money),
    allowance_gone: Option<Money>,
    rules: &RuleSet,
    w: &mut Trace,
) {
    for (band, threshold) in tax.thresholds.iter().flatten().enumerate() {
        w.step_margin(&TAX_BAND, band as u8, Some(index), taxable_income, *threshold);
    }
    w.margin(&ALLOWANCE_TAPER, Some(index), adjusted_net_income, rules.income_tax.allowance_taper_threshold.money());
    if let Some(gone) = allowance_gone {
        w.margin(&ALLOWANCE_GONE, Some(index), adjusted_net_income, gone);
    }
}

/// The most marginal bands a nation has (Scotland's six). Bands and thresholds are fixed arrays of this length, unused
/// places `None`, because the hours curve works tax out dozens of times and a `Vec` each time cost it measurably.
pub const MAX_BANDS: usize = 6;

/// A marginal band: its rate in percent and its upper limit on taxable income (none for the top band).
#[derive(Clone, Copy, Debug)]
pub struct Band {
    pub rate: Decimal,
    pub limit: Option<Money>,
}

/// The year's tax and the thresholds (on taxable income) at which its marginal rate changes.
pub struct AnnualTax {
    pub tax: Money,
    pub personal_allowance: Money,
    /// The personal allowance, then the allowance plus each band's (extended) upper limit; as the top band has no
    /// limit, there are no more than `MAX_BANDS`.
    pub thresholds: [Option<Money>; MAX_BANDS],
}

/// The personal allowance after the taper: reduced by a share (one half) of adjusted net income above the threshold.
pub fn personal_allowance(adjusted_net_income: Money, rules: &RuleSet, rounding: Rounding) -> Money {
    let it = &rules.income_tax;
    let excess = (adjusted_net_income - it.allowance_taper_threshold.money()).at_least_zero();
    // ITA 2007 s. 35(2): the allowance is reduced by one half of the excess; HMRC applies the reduction in whole
    // pounds (kept exact for the hours curve, where it is a £1 staircase).
    let reduction = rounding.apply(excess.percent(it.allowance_taper_percent.value), Money::floor_pounds);
    (it.personal_allowance.money() - reduction).at_least_zero()
}

/// The adjusted net income at which the taper has taken the whole personal allowance (none if there is no taper).
pub fn allowance_gone(rules: &RuleSet) -> Option<Money> {
    let it = &rules.income_tax;
    let per_pound = it.allowance_taper_percent.value / Decimal::ONE_HUNDRED;
    (!per_pound.is_zero()).then(|| it.allowance_taper_threshold.money() + it.personal_allowance.money() / per_pound)
}

/// The year's income tax on `taxable_income` (earnings and taxable benefits, after net-pay pension contributions),
/// with `adjusted_net_income` deciding the personal allowance and `band_extension` the gross relief-at-source
/// pension contributions.
pub fn annual(
    taxable_income: Money,
    adjusted_net_income: Money,
    band_extension: Money,
    nation: Nation,
    rules: &RuleSet,
    rounding: Rounding,
) -> AnnualTax {
    let allowance = personal_allowance(adjusted_net_income, rules, rounding);
    let above_allowance = (taxable_income - allowance).at_least_zero();
    let bands = bands(nation, rules);
    let basic = basic_band_index(nation);
    let mut tax = Money::ZERO;
    let mut lower = Money::ZERO;
    let mut thresholds = [None; MAX_BANDS];
    thresholds[0] = Some(allowance);
    for (i, band) in bands.iter().flatten().enumerate() {
        let limit = band.limit.map(|l| if i >= basic { l + band_extension } else { l });
        if let Some(l) = limit {
            thresholds[i + 1] = Some(allowance + l);
        }
        let upper = limit.unwrap_or(above_allowance).max(lower);
        // Bands wholly above the income add nothing (most of them, at the incomes the hours curve covers).
        if above_allowance > lower {
            tax += (above_allowance.min(upper) - lower).percent(band.rate);
        }
        lower = upper;
    }
    AnnualTax { tax: rounding.apply(tax, Money::floor_pence), personal_allowance: allowance, thresholds }
}

/// The band whose limit is the basic rate limit (the first that relief at source extends).
fn basic_band_index(nation: Nation) -> usize {
    match nation {
        Nation::Scotland => 1,
        _ => 0,
    }
}

/// The marginal bands in order, lowest first.
pub fn bands(nation: Nation, rules: &RuleSet) -> [Option<Band>; MAX_BANDS] {
    fn band(rate: &Param<Percent>, limit: &Param<PerYear>) -> Option<Band> {
        Some(Band { rate: rate.value, limit: Some(limit.money()) })
    }
    match nation {
        Nation::Scotland => {
            let s = &rules.income_tax.scotland;
            [
                band(&s.starter_rate, &s.starter_rate_limit),
                band(&s.basic_rate, &s.basic_rate_limit),
                band(&s.intermediate_rate, &s.intermediate_rate_limit),
                band(&s.higher_rate, &s.higher_rate_limit),
                band(&s.advanced_rate, &s.advanced_rate_limit),
                Some(Band { rate: s.top_rate.value, limit: None }),
            ]
        }
        _ => {
            let r = &rules.income_tax.rest_of_uk;
            [
                band(&r.basic_rate, &r.basic_rate_limit),
                band(&r.higher_rate, &r.higher_rate_limit),
                Some(Band { rate: r.additional_rate.value, limit: None }),
                None,
                None,
                None,
            ]
        }
    }
}

/// The rule reference for the working.
pub fn source(nation: Nation, rules: &RuleSet) -> &str {
    match nation {
        Nation::Scotland => &rules.income_tax.scotland.starter_rate.source,
        _ => &rules.income_tax.rest_of_uk.basic_rate.source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(year: &str, nation: Nation, income: &str, extension: &str, expected: &str) {
        let rules = crate::rules::by_id(year).unwrap();
        let income = Money::new(income.parse().unwrap());
        let extension = Money::new(extension.parse().unwrap());
        let got = annual(income, income - extension, extension, nation, rules, Rounding::Legal).tax;
        assert_eq!(got, Money::new(expected.parse().unwrap()), "{year} {nation:?} {income}");
    }

    #[test]
    fn rest_of_uk_2025_26() {
        check("2025-26", Nation::England, "12570", "0", "0");
        // 20 % × (£20,000 − £12,570) = £1,486.
        check("2025-26", Nation::England, "20000", "0", "1486");
        // 20 % × £37,700 + 40 % × (£60,000 − £12,570 − £37,700) = £7,540 + £3,892 = £11,432.
        check("2025-26", Nation::England, "60000", "0", "11432");
        // At £110,000 the allowance is £12,570 − £5,000 = £7,570: 20 % × 37,700 + 40 % × (102,430 − 37,700)
        // = £7,540 + £25,892 = £33,432.
        check("2025-26", Nation::Wales, "110000", "0", "33432");
        // A £1,000 gross relief-at-source contribution at £60,000 widens the basic band to £38,700:
        // 20 % × 38,700 + 40 % × (47,430 − 38,700) = £7,740 + £3,492 = £11,232 (£200 less).
        check("2025-26", Nation::England, "60000", "1000", "11232");
    }

    #[test]
    fn scotland_2025_26() {
        // Taxable £7,430: 19 % × £2,827 + 20 % × (£7,430 − £2,827) = £537.13 + £920.60 = £1,457.73.
        check("2025-26", Nation::Scotland, "20000", "0", "1457.73");
    }
}
