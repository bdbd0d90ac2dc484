//! Class 1 primary (employee) National Insurance contributions: Social Security Contributions and Benefits Act 1992
//! s. 8, with the thresholds of the Social Security (Contributions) Regulations 2001 reg. 11 for each earnings period.
//!
//! Contributions are due per pay period on earnings above the primary threshold, at the main rate up to the upper
//! earnings limit and the upper rate above it. HMRC's exact percentage method drops a half penny or less and rounds a
//! larger fraction up.

use crate::code::Code;
use crate::input::PayFrequency;
use crate::money::{Money, Rounding};
use crate::rules::RuleSet;
use crate::threshold::{Crossing, Figures, Solve, Threshold};
use crate::working::Trace;

/// Pay in a pay period reaches the primary threshold: NI starts.
pub static PRIMARY_THRESHOLD: Threshold = Threshold {
    code: Code::NiPrimaryThreshold,
    solve: Solve::Round(0),
    notable: false,
    cause: |s, _, _| {
        let ni = &s.rules.national_insurance;
        let figures =
            Figures { limit: ni.primary_threshold.for_period(s.frequency()), per: s.frequency(), ..Figures::default() };
        Crossing { figures, rule: &ni.primary_threshold.week.source }
    },
};

/// Pay in a pay period reaches the upper earnings limit: NI drops to the upper rate.
pub static UPPER_EARNINGS_LIMIT: Threshold = Threshold {
    code: Code::NiUpperEarningsLimit,
    solve: Solve::Round(0),
    notable: false,
    cause: |s, _, _| {
        let ni = &s.rules.national_insurance;
        let figures = Figures {
            limit: ni.upper_earnings_limit.for_period(s.frequency()),
            per: s.frequency(),
            number: ni.upper_rate.value,
            ..Figures::default()
        };
        Crossing { figures, rule: &ni.upper_earnings_limit.week.source }
    },
};

/// Records how far adult `index`'s pay in a pay period, `gross`, is past NI's thresholds.
pub fn record_margins(index: usize, gross: Money, f: PayFrequency, rules: &RuleSet, w: &mut Trace) {
    let ni = &rules.national_insurance;
    w.margin(&PRIMARY_THRESHOLD, Some(index), gross, ni.primary_threshold.for_period(f));
    w.margin(&UPPER_EARNINGS_LIMIT, Some(index), gross, ni.upper_earnings_limit.for_period(f));
}

pub fn class_1(gross: Money, frequency: PayFrequency, rules: &RuleSet, rounding: Rounding) -> Money {
    let ni = &rules.national_insurance;
    let threshold = ni.primary_threshold.for_period(frequency);
    let upper = ni.upper_earnings_limit.for_period(frequency);
    let main_band = (gross.min(upper) - threshold).at_least_zero();
    let upper_band = (gross - upper).at_least_zero();
    rounding.apply(
        main_band.percent(ni.main_rate.value) + upper_band.percent(ni.upper_rate.value),
        Money::round_pence_half_down,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(year: &str, gross: &str, frequency: PayFrequency, expected: &str) {
        let rules = crate::rules::by_id(year).unwrap();
        let got = class_1(Money::new(gross.parse().unwrap()), frequency, rules, Rounding::Legal);
        assert_eq!(got, Money::new(expected.parse().unwrap()), "{year} {gross} {frequency:?}");
    }

    #[test]
    fn class_1_2025_26() {
        // Below the £242 weekly primary threshold: nothing.
        check("2025-26", "242.00", PayFrequency::Weekly, "0.00");
        // 8 % × (£300 − £242) = £4.64.
        check("2025-26", "300.00", PayFrequency::Weekly, "4.64");
        // 8 % × (£967 − £242) + 2 % × (£1,000 − £967) = £58.00 + £0.66 = £58.66.
        check("2025-26", "1000.00", PayFrequency::Weekly, "58.66");
        // 8 % × (£1,500 − £1,048) = £36.16 a month.
        check("2025-26", "1500.00", PayFrequency::Monthly, "36.16");
        // 8 % × (£242.06 − £242) = 0.48p: a half penny or less is dropped, so 0p; 0.56p rounds up to 1p.
        check("2025-26", "242.06", PayFrequency::Weekly, "0.00");
        check("2025-26", "242.07", PayFrequency::Weekly, "0.01");
    }
}
