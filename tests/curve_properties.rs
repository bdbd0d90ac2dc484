//! The exact hours curve against the engine itself, on random households.

use calc_core::analysis::curve::{curve, Components, Curve};
use calc_core::compute;
use calc_core::input::household::Household;
use calc_core::internals::Trace;
use calc_core::internals::{evaluate_with, Fixed};
use calc_core::money::Rounding;
use calc_core::validate;
use calc_core::RuleSet;
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

const MAX_HOURS: Decimal = dec!(48);

fn setup(value: serde_json::Value) -> (Household, &'static RuleSet, Curve) {
    let (household, rules) = validate(&tests::household(value).unwrap()).unwrap();
    let curve = curve(&household, rules, 0, MAX_HOURS);
    (household, rules, curve)
}

/// The figures compared, from a set of components.
fn figures(c: &Components) -> [(&'static str, Decimal); 8] {
    [
        ("help_in_kind", c.help_in_kind),
        ("total_net_income", c.total_net_income),
        ("child_benefit", c.child_benefit),
        ("income_after_costs", c.income_after_costs),
        ("universal_credit", c.universal_credit),
        ("net_earnings", c.net_earnings),
        ("esa", c.esa),
        ("carers_allowance", c.carers_allowance),
    ]
}

/// What the curve of adult 0 evaluates at `hours`: their figures exact (`Fixed::for_curve`).
fn exact(household: &Household, rules: &RuleSet, hours: Decimal) -> Components {
    let household = household.with_hours(0, hours);
    let fixed = Fixed::for_curve(&household, rules, 0);
    let (calc, _) = evaluate_with(&household, rules, &fixed, Trace::new(false, Rounding::Exact, false));
    Components::from_calculation(&calc)
}

/// Checks the curve against the point calculation at the hours `seeds` give (in ten-thousandths of an hour) and 0.01
/// hours either side of every breakpoint, to within `tolerance` a week; returns how many breakpoints are steps of the
/// HICBC staircase.
fn matches_the_point_calculation(
    value: serde_json::Value,
    seeds: &[i64],
    tolerance: Decimal,
) -> Result<usize, TestCaseError> {
    let (household, rules, curve) = setup(value);
    // Within a hundredth of an hour of a breakpoint, penny rounding can put the point calculation on the other
    // side of the threshold (gross pay of £192.004 rounds to £192.00, not above the trigger): those hours are
    // checked at exactly ±0.01 below instead.
    let near = |h: Decimal| curve.breakpoints.iter().any(|b| (b.hours - h).abs() < dec!(0.01));
    let mut hours: Vec<Decimal> = seeds.iter().map(|s| Decimal::new(*s, 4)).filter(|h| !near(*h)).collect();
    // Two breakpoints can be closer than 0.01 hours: a point beside one is then skipped where it is near another.
    let near_another =
        |h: Decimal, b: Decimal| curve.breakpoints.iter().any(|o| o.hours != b && (o.hours - h).abs() < dec!(0.01));
    for b in &curve.breakpoints {
        hours.extend(
            [b.hours - dec!(0.01), b.hours + dec!(0.01)]
                .into_iter()
                .filter(|h| *h > Decimal::ZERO && *h < MAX_HOURS && !near_another(*h, b.hours)),
        );
    }
    for h in hours {
        let point = compute(&household.with_hours(0, h), rules, false);
        let point = Components::from_calculation(&point);
        let on_curve = curve.at(h);
        for ((name, p), (_, c)) in figures(&point).iter().zip(figures(&on_curve).iter()) {
            prop_assert!(
                (*p - *c).abs() <= tolerance,
                "{name} at {h} hours: point {p}, curve {c}; breakpoints {:?}",
                curve.breakpoints.iter().map(|b| b.hours).collect::<Vec<_>>()
            );
        }
    }
    let steps =
        curve.breakpoints.iter().filter(|b| b.causes.iter().any(|c| c.code.name().starts_with("hicbc_"))).count();
    Ok(steps)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 120, ..ProptestConfig::default() })]

    /// At hundreds of hours, and 0.01 hours either side of every breakpoint, the curve gives what the engine's own
    /// (rounded) point calculation gives, to within the pennies that rounding moves (5p a week).
    #[test]
    fn curve_equals_the_point_calculation(value in tests::generators::household(), seeds in proptest::collection::vec(1..480_000_i64, 200)) {
        matches_the_point_calculation(value, &seeds, dec!(0.05))?;
    }

    /// The same for families crossing the High Income Child Benefit Charge's stretch: each of its 1 % steps is on the
    /// curve as a small cliff, where the point calculation has it. The point calculation also takes the charge in
    /// whole pounds, rounded down (under £1 a year, 2p a week), which the curve leaves out to keep its steps equal.
    #[test]
    fn curve_equals_the_point_calculation_through_the_hicbc_steps(value in tests::generators::high_earning_family(), seeds in proptest::collection::vec(1..480_000_i64, 200)) {
        let steps = matches_the_point_calculation(value, &seeds, dec!(0.07))?;
        prop_assert!(steps <= 100, "{steps} HICBC steps: at most 100");
    }

    /// A brute-force scan of the exact engine at 0.01-hour steps finds no jump and no change of slope that the curve
    /// did not report within a step.
    #[test]
    fn no_breakpoint_is_missed(value in tests::generators::household()) {
        no_breakpoint_missed(value)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// The same scan through the High Income Child Benefit Charge's steps.
    #[test]
    fn no_hicbc_step_is_missed(value in tests::generators::high_earning_family()) {
        no_breakpoint_missed(value)?;
    }
}

fn no_breakpoint_missed(value: serde_json::Value) -> Result<(), TestCaseError> {
    let (household, rules, curve) = setup(value);
    let step = dec!(0.01);
    let reported = |from: Decimal, to: Decimal| {
        curve.breakpoints.iter().any(|b| b.hours >= from - dec!(0.0001) && b.hours <= to + dec!(0.0001))
    };
    let tolerance = dec!(0.000001);
    // The hours a step started at, and the change in net income, in UC and in help in kind over it.
    let mut previous: Option<(Decimal, Decimal, Decimal, Decimal)> = None;
    let mut h = step;
    let mut last = exact(&household, rules, h);
    while h + step <= MAX_HOURS {
        let next = exact(&household, rules, h + step);
        let slope = next.total_net_income - last.total_net_income;
        let slope_uc = next.universal_credit - last.universal_credit;
        let slope_help = next.help_in_kind - last.help_in_kind;
        if let Some((ph, prev, prev_uc, prev_help)) = previous {
            let bent = (slope - prev).abs() > tolerance
                || (slope_uc - prev_uc).abs() > tolerance
                || (slope_help - prev_help).abs() > tolerance;
            prop_assert!(!bent || reported(ph, h + step),
                "the slope changes between {ph} and {} hours (net {} then {} per step; UC {} then {}) but no breakpoint was reported; breakpoints {:?}",
                h + step, prev, slope, prev_uc, slope_uc,
                curve.breakpoints.iter().map(|b| (b.hours, b.kind)).collect::<Vec<_>>());
        }
        previous = Some((h, slope, slope_uc, slope_help));
        last = next;
        h += step;
    }
    Ok(())
}
