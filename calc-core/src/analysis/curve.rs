//! Net income against weekly hours, exactly: the budget constraint of one adult's job at a given hourly wage.
//!
//! Without penny rounding (`Rounding::Exact`) every figure the engine produces is a piecewise-linear function of hours,
//! and it changes regime only where some threshold is crossed. The engine reports each threshold as a *margin*
//! (the amount past it, negative before), and each margin is a continuous, monotone function of hours between the
//! cliff edges of the rules it rests on. So the breakpoints are found by solving margin = 0, in four rounds:
//!
//! 1. thresholds on pay per period and on hours (NI, automatic enrolment, the ESA 16 hours), linear in hours;
//! 2. thresholds on earnings after deductions (tax on earnings, ESA and Carer's Allowance limits, the work allowance,
//!    the benefit cap earnings exception), continuous between the breakpoints of round 1;
//! 3. thresholds on income that includes benefits (tax on all income, the personal allowance taper, the High Income
//!    Child Benefit Charge, the point where UC runs out, the benefit cap), continuous between those of round 2;
//! 4. thresholds on income that includes Universal Credit (the Council Tax Reduction's taper, its end and the edges
//!    of its income bands), continuous between those of round 3.
//!
//! Each crossing is solved by regula falsi on the exact margin, which lands on the root once both ends of the bracket
//! lie on one linear piece; nothing is sampled on a grid. The idea follows Duncan and Stark (2000), "A recursive
//! algorithm to generate piecewise linear budget constraints"; the margins make the regimes explicit instead of
//! detecting them from the shape of the curve.
//!
//! The curve's values are the engine's without rounding: the rounded point calculation differs from them by pennies.

use std::collections::BTreeMap;
use std::rc::Rc;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use schemars::JsonSchema;
use serde::Serialize;

use crate::code::Code;
use crate::engine::calculation::{evaluate_with, Fixed};
use crate::input::household::Household;
use crate::law::help_in_kind::Lost;
use crate::money::{round_dp, Money, Rounding, EXACT_PLACES};
use crate::period::WEEKS_PER_YEAR;
use crate::report::Calculation;
use crate::rules::RuleSet;
use crate::threshold::{Crossing, Figures, Scene, Solve, Threshold};
use crate::words::{self, Figure};
use crate::working::{Key, Margin, Trace};

/// How close to a breakpoint the ends of a piece are evaluated, in hours.
const EPSILON: Decimal = dec!(0.000000001);
/// A margin this close to zero (in pounds or hours) is a root: a little above the precision exact amounts keep.
const ROOT_TOLERANCE: Decimal = dec!(0.000000001);
/// A change smaller than this (pounds a week, or pounds a week per hour) is no change.
const CHANGE_TOLERANCE: Decimal = dec!(0.0000001);
/// A jump in net income smaller than a penny a week is not a cliff edge worth the name: the last penny of UC under
/// the 1p minimum award (reg. 17) goes at once, but for a reader UC simply runs out there.
const CLIFF: Decimal = dec!(0.01);
/// The rounds of solving (see the module comment).
const ROUNDS: usize = 4;
pub const DEFAULT_MAX_HOURS: Decimal = dec!(48);
/// How far past `max_hours` the curve is worked out (see `curve`).
const BEYOND: Decimal = dec!(0.000001);

/// Weekly figures of the household at some hours, or their change per extra hour.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Components {
    pub gross_earnings: Decimal,
    pub income_tax: Decimal,
    pub national_insurance: Decimal,
    pub pension_contributions: Decimal,
    pub net_earnings: Decimal,
    pub universal_credit: Decimal,
    pub esa: Decimal,
    /// Carer's Allowance or Carer Support Payment, with Scotland's supplements to it, which stop with it.
    pub carers_allowance: Decimal,
    /// Child Benefit less the High Income Child Benefit Charge.
    pub child_benefit: Decimal,
    pub scottish_child_payment: Decimal,
    pub disability_benefits: Decimal,
    pub other_income: Decimal,
    pub council_tax_reduction: Decimal,
    pub total_net_income: Decimal,
    /// After housing, council tax, childcare and travel costs.
    pub income_after_costs: Decimal,
    /// What the help in kind is worth: beside the cash, not in it.
    pub help_in_kind: Decimal,
}

macro_rules! each_component {
    ($f:ident) => {
        Components {
            gross_earnings: $f!(gross_earnings),
            income_tax: $f!(income_tax),
            national_insurance: $f!(national_insurance),
            pension_contributions: $f!(pension_contributions),
            net_earnings: $f!(net_earnings),
            universal_credit: $f!(universal_credit),
            esa: $f!(esa),
            carers_allowance: $f!(carers_allowance),
            child_benefit: $f!(child_benefit),
            scottish_child_payment: $f!(scottish_child_payment),
            disability_benefits: $f!(disability_benefits),
            other_income: $f!(other_income),
            council_tax_reduction: $f!(council_tax_reduction),
            total_net_income: $f!(total_net_income),
            income_after_costs: $f!(income_after_costs),
            help_in_kind: $f!(help_in_kind),
        }
    };
}

impl Components {
    pub fn from_calculation(c: &Calculation) -> Components {
        let t = &c.household;
        Components {
            gross_earnings: t.gross_earnings.weekly.pounds(),
            income_tax: t.income_tax.weekly.pounds(),
            national_insurance: t.national_insurance.weekly.pounds(),
            pension_contributions: t.pension_contributions.weekly.pounds(),
            net_earnings: t.net_earnings.weekly.pounds(),
            universal_credit: t.universal_credit.weekly.pounds(),
            esa: t.esa.weekly.pounds(),
            carers_allowance: (t.carers_allowance.weekly + t.scottish_carer_payments.weekly).pounds(),
            child_benefit: (t.child_benefit.weekly - t.high_income_child_benefit_charge.weekly).pounds(),
            scottish_child_payment: t.scottish_child_payment.weekly.pounds(),
            disability_benefits: t.disability_benefits.weekly.pounds(),
            other_income: t.other_income.weekly.pounds(),
            council_tax_reduction: t.council_tax_reduction.weekly.pounds(),
            total_net_income: t.total_net_income.weekly.pounds(),
            income_after_costs: t.income_after_costs.weekly.pounds(),
            help_in_kind: t.help_in_kind.weekly.pounds(),
        }
    }

    fn zip(&self, other: &Components, f: impl Fn(Decimal, Decimal) -> Decimal) -> Components {
        macro_rules! z {
            ($n:ident) => {
                f(self.$n, other.$n)
            };
        }
        each_component!(z)
    }

    /// Every figure, in order.
    fn all(&self) -> [Decimal; 16] {
        [
            self.gross_earnings,
            self.income_tax,
            self.national_insurance,
            self.pension_contributions,
            self.net_earnings,
            self.universal_credit,
            self.esa,
            self.carers_allowance,
            self.child_benefit,
            self.scottish_child_payment,
            self.disability_benefits,
            self.other_income,
            self.council_tax_reduction,
            self.total_net_income,
            self.income_after_costs,
            self.help_in_kind,
        ]
    }

    fn map(&self, f: impl Fn(Decimal) -> Decimal) -> Components {
        macro_rules! m {
            ($n:ident) => {
                f(self.$n)
            };
        }
        each_component!(m)
    }

    /// Rounded to `dp` decimal places, for output.
    fn rounded(&self, dp: u32) -> Components {
        self.map(|d| round_dp(d, dp).normalize())
    }
}

/// One straight piece of the curve: from `from_hours` (just after it) to `to_hours` (just before it).
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Piece {
    pub from_hours: Decimal,
    pub to_hours: Decimal,
    /// The weekly figures just after `from_hours`.
    pub start: Components,
    /// How much each weekly figure changes for each extra hour a week.
    pub per_hour: Components,
    /// Of each extra pound earned, the share lost to tax, NI, pension and benefits withdrawn.
    pub marginal_deduction_rate: Option<Decimal>,
}

impl Piece {
    /// The straight piece through the figures `at_lo` at hours `lo` and `at_hi` at `hi`, probed just inside its ends.
    fn through(lo: Decimal, at_lo: &Components, hi: Decimal, at_hi: &Components) -> Piece {
        let span = hi - lo;
        // Two breakpoints closer than the probes' ε leave a piece of no width: flat, rather than a division by zero.
        let per_hour =
            if span > Decimal::ZERO { at_hi.zip(at_lo, |h, l| (h - l) / span) } else { Components::default() };
        Piece {
            from_hours: lo - EPSILON,
            to_hours: hi + EPSILON,
            start: at_lo.zip(&per_hour, |v, p| v - p * EPSILON),
            marginal_deduction_rate: marginal_rate(&per_hour),
            per_hour,
        }
    }

    pub fn at(&self, hours: Decimal) -> Components {
        let d = hours - self.from_hours;
        self.start.zip(&self.per_hour, |s, p| s + p * d)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Breakpoint {
    pub hours: Decimal,
    pub kind: BreakKind,
    pub direction: Direction,
    /// `help_in_kind` where only the help in kind changes (a cliff): `kind` and `direction` are then the help's. Where
    /// the cash changes too, they are the cash's, and the help's change is in `jump.help_in_kind`.
    pub layer: Layer,
    pub causes: Vec<Cause>,
    /// The change in each weekly figure across the breakpoint (zero for a kink).
    pub jump: Components,
    pub marginal_deduction_rate_before: Option<Decimal>,
    pub marginal_deduction_rate_after: Option<Decimal>,
}

crate::choices! {
    /// What net income does at a breakpoint.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
    pub enum BreakKind {
        /// It jumps.
        Cliff = "cliff",
        /// It bends.
        Kink = "kink",
    }

    /// What a breakpoint changes.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
    pub enum Layer {
        /// Cash income jumps or bends (help in kind may jump with it).
        Cash = "cash",
        /// Help in kind jumps, and the cash does not change.
        HelpInKind = "help_in_kind",
    }

    /// Which way a breakpoint goes for the household.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
    pub enum Direction {
        /// Net income jumps up, or rises faster after.
        Gain = "gain",
        Loss = "loss",
        /// Only the make-up of income changes (one benefit replacing another pound for pound).
        Neutral = "neutral",
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Cause {
    pub code: Code,
    /// The adult the threshold concerns; absent for the household's Universal Credit and benefit cap.
    pub adult: Option<usize>,
    /// What happens, in plain words.
    pub description: String,
    /// The legislation that sets the threshold.
    pub rule: String,
    /// Worth a warning even where it only bends the curve (`Threshold::notable`).
    #[serde(skip)]
    pub notable: bool,
    /// One step of a staircase, shown to people as part of its stretch.
    #[serde(skip)]
    pub step: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Curve {
    /// The adult whose hours vary (others keep their hours).
    pub adult: usize,
    pub hourly_wage: Money,
    pub max_hours: Decimal,
    /// The weekly figures at exactly zero hours (not working).
    pub not_working: Components,
    pub breakpoints: Vec<Breakpoint>,
    /// Runs of small equal cliffs, each named once: the 1 % steps of the High Income Child Benefit Charge. Each step
    /// is also in `breakpoints`, with its own jump.
    pub stretches: Vec<Stretch>,
    pub pieces: Vec<Piece>,
}

/// A run of steps of one staircase, in a row (other breakpoints may fall between them).
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Stretch {
    /// The staircase's code (`hicbc_steps`).
    pub code: Code,
    /// The adult whose income the steps are on.
    pub adult: Option<usize>,
    /// The hours of the first step and of the last.
    pub from_hours: Decimal,
    pub to_hours: Decimal,
    pub steps: usize,
    /// What happens along it, in plain words.
    pub description: String,
    pub rule: String,
    /// The jumps of all its steps added up, in each weekly figure.
    pub jump: Components,
}

/// An evaluation of the exact engine at some hours.
struct Probe {
    hours: Decimal,
    values: Components,
    margins: Vec<Margin>,
}

struct Evaluator<'a> {
    household: Household,
    adult: usize,
    rules: &'a RuleSet,
    /// What does not change with hours, worked out once.
    fixed: Fixed<'a>,
    /// Probes made so far by hours, so that the ends of intervals no round has split are not evaluated again (a map:
    /// most probes are looked up, and comparing decimals one by one along a list was a measurable cost).
    made: BTreeMap<Decimal, Rc<Probe>>,
}

impl Evaluator<'_> {
    fn probe(&mut self, hours: Decimal) -> Rc<Probe> {
        if let Some(p) = self.made.get(&hours) {
            return Rc::clone(p);
        }
        self.household.adults[self.adult].job.hours_per_week = hours;
        let trace = Trace::new(false, Rounding::Exact, true);
        let (calculation, margins) = evaluate_with(&self.household, self.rules, &self.fixed, trace);
        let probe = Rc::new(Probe { hours, values: Components::from_calculation(&calculation), margins });
        self.made.insert(hours, Rc::clone(&probe));
        probe
    }
}

fn margin(probe: &Probe, key: Key) -> Option<&Margin> {
    probe.margins.iter().find(|m| m.key == key)
}

/// As `margin`, trying first the position the margin had in another probe (the engine records them in a fixed order).
fn margin_at(probe: &Probe, key: Key, position: usize) -> Option<&Margin> {
    match probe.margins.get(position) {
        Some(m) if m.key == key => Some(m),
        _ => margin(probe, key),
    }
}

/// The round in which a threshold's crossings are solved (see the module comment); none for a staircase, whose steps
/// are placed once the rounds are done (see `steps_on`).
fn round(key: &Key) -> Option<usize> {
    match key.threshold.solve {
        Solve::Round(round) => Some(round),
        Solve::Staircase(_) | Solve::Step(_) => None,
    }
}

/// The steps of a staircase margin crossed strictly inside the piece from `lo` to `hi` (probes just inside its ends),
/// in order of hours: each step's hours and the step's key, and whether the margin rises through it. The margin is
/// linear in hours along a piece, so each step is placed exactly by interpolation. Only `adult`'s margins move with
/// the hours, so at most one staircase is crossed on a piece, and at most its number of steps.
fn steps_on(lo: &Probe, hi: &Probe, adult: usize, rules: &RuleSet) -> Vec<(Decimal, (Key, bool))> {
    let mut steps = Vec::new();
    for (position, m) in lo.margins.iter().enumerate().filter(|(_, m)| m.key.adult == Some(adult)) {
        let Solve::Staircase(staircase) = &m.key.threshold.solve else { continue };
        let (size, count) = ((staircase.size)(rules), staircase.steps);
        let Some(m_hi) = margin_at(hi, m.key, position) else { continue };
        let (v_lo, v_hi) = (m.value(), m_hi.value());
        if v_lo == v_hi {
            continue;
        }
        // Step k is at k × size past the threshold, and is counted once reached (a whole step of the excess): the
        // steps crossed are those above the lower end, up to the higher.
        let (low, high) = (v_lo.min(v_hi) / size, v_lo.max(v_hi) / size);
        if high < Decimal::ONE || low >= Decimal::from(count) {
            continue;
        }
        let first = low.floor().max(Decimal::ZERO).to_u8().map_or(count, |k| k + 1);
        let last = high.floor().min(Decimal::from(count)).to_u8().unwrap_or(count);
        for k in first..=last {
            let at = size * Decimal::from(k);
            let hours = round_dp(lo.hours + (at - v_lo) * (hi.hours - lo.hours) / (v_hi - v_lo), 12);
            // A step within a hair of the piece's ends is left to the breakpoint there (it would leave no room for
            // the probes either side).
            if hours > lo.hours + EPSILON && hours < hi.hours - EPSILON {
                steps.push((hours, (Key { threshold: staircase.step, step: k, ..m.key }, v_hi > v_lo)));
            }
        }
        if v_hi < v_lo {
            steps.reverse();
        }
    }
    steps
}

/// The curve for `adult`'s hours from 0 to `max_hours`, with everything else in the household as it is.
pub fn curve(household: &Household, rules: &RuleSet, adult: usize, max_hours: Decimal) -> Curve {
    let fixed = Fixed::for_curve(household, rules, adult);
    let mut ev = Evaluator { household: household.clone(), adult, rules, fixed, made: BTreeMap::new() };
    let zero = ev.probe(Decimal::ZERO);
    let not_working = zero.values;

    // Breakpoints found so far, each with the thresholds crossed there.
    // Each with the thresholds crossed there and whether their margins rise through zero (the usual way) or fall.
    // Worked out a hair beyond the range, so that a cliff exactly at its end is found there, and the figures at
    // `max_hours` are those after it, as the point calculation gives them.
    let end = max_hours + BEYOND;
    let mut points: Vec<(Decimal, Vec<(Key, bool)>)> = vec![(Decimal::ZERO, vec![]), (end, vec![])];
    // Probes just inside each interval, kept from round to round: (left end + ε, right end − ε).
    let mut inner: Vec<(Rc<Probe>, Rc<Probe>)> = Vec::new();
    for level in 0..ROUNDS {
        inner = points.windows(2).map(|w| (ev.probe(w[0].0 + EPSILON), ev.probe(w[1].0 - EPSILON))).collect();
        let mut found = Vec::new();
        for (lo, hi) in &inner {
            for (position, m) in lo.margins.iter().enumerate().filter(|(_, m)| round(&m.key) == Some(level)) {
                let key = m.key;
                let Some(m_hi) = margin_at(hi, key, position) else { continue };
                if m.is_before() != m_hi.is_before() {
                    let hours = solve(&mut ev, key, lo.hours, m, hi.hours, m_hi);
                    found.push((hours, (key, m.is_before())));
                }
            }
        }
        if found.is_empty() {
            continue;
        }
        // Kept in order of hours by inserting each new point in its place (no sort: less WebAssembly).
        for (hours, key) in found {
            match points.iter_mut().find(|(h, _)| (*h - hours).abs() < EPSILON * Decimal::TEN) {
                Some((_, keys)) => keys.push(key),
                None => {
                    let at = points.partition_point(|p| p.0 < hours);
                    points.insert(at, (hours, vec![key]));
                }
            }
        }
    }
    // The last round's probes are exactly the pieces' ends unless it split nothing; refresh if the count changed.
    if inner.len() != points.len() - 1 {
        inner = points.windows(2).map(|w| (ev.probe(w[0].0 + EPSILON), ev.probe(w[1].0 - EPSILON))).collect();
    }
    // A threshold can be crossed exactly at a breakpoint found for another (tax on all income and tax on earnings
    // coincide once a taxable benefit stops): name it as a cause there too.
    for (i, pair) in inner.windows(2).enumerate() {
        let (before, after) = (&pair[0].1, &pair[1].0);
        for (position, m) in before.margins.iter().enumerate().filter(|(_, m)| round(&m.key).is_some()) {
            let key = m.key;
            let crossed = margin_at(after, key, position).is_some_and(|a| a.is_before() != m.is_before());
            if crossed && !points[i + 1].1.iter().any(|(k, _)| *k == key) {
                points[i + 1].1.push((key, m.is_before()));
            }
        }
    }

    // A Council Tax Reduction threshold crossed by the first penny earned (an income band for no earnings at all) is
    // a cause of the breakpoint at zero hours. (UC starting again there, with the childcare costs element, is what
    // `starting_work` says.)
    for (position, m) in zero.margins.iter().enumerate().filter(|(_, m)| round(&m.key) == Some(ROUNDS - 1)) {
        if margin_at(&inner[0].0, m.key, position).is_some_and(|a| a.is_before() != m.is_before()) {
            points[0].1.push((m.key, m.is_before()));
        }
    }

    // The steps of a staircase (the High Income Child Benefit Charge) split the pieces they fall on.
    let mut pieces: Vec<Piece> = Vec::with_capacity(inner.len());
    let mut all_points = Vec::with_capacity(points.len());
    let last = points.pop().expect("a curve has its two ends");
    for (point, (lo, hi)) in points.into_iter().zip(&inner) {
        all_points.push(point);
        let steps = steps_on(lo, hi, adult, rules);
        if steps.is_empty() {
            pieces.push(Piece::through(lo.hours, &lo.values, hi.hours, &hi.values));
        } else {
            let hours: Vec<Decimal> = steps.iter().map(|s| s.0).collect();
            split(&mut ev, lo, hi, &hours, &mut pieces);
            all_points.extend(steps.into_iter().map(|(h, key)| (h, vec![key])));
        }
    }
    all_points.push(last);
    let points = all_points;

    // What the stretches' staircases are said of: the varying adult.
    let scene = Scene { household, rules, uc_rules: ev.fixed.uc_rules, adult: Some(adult) };
    // Whether working has costs (childcare, travel), which begin at the breakpoint at zero hours.
    let costs_of_working = household.childcare_costs_monthly.is_positive()
        || household.adults[adult].job.travel_costs_weekly.is_positive();
    let mut breakpoints = Vec::new();
    let mut stretches: Vec<Stretch> = Vec::new();
    // Each stretch's first and last steps, whether they rise, and its staircase.
    let mut runs: Vec<(u8, u8, bool, &Threshold)> = Vec::new();
    for (i, (hours, keys)) in points.iter().enumerate() {
        let (before, after) = match i {
            0 => (not_working, pieces[0].start),
            _ if i == points.len() - 1 || *hours > max_hours => continue,
            _ => (pieces[i - 1].at(*hours), pieces[i].start),
        };
        let jump = after.zip(&before, |a, b| a - b);
        let rate_before = if i == 0 { None } else { pieces[i - 1].marginal_deduction_rate };
        let rate_after = pieces[i].marginal_deduction_rate;
        let slope_change = if i == 0 {
            Decimal::ZERO
        } else {
            pieces[i].per_hour.total_net_income - pieces[i - 1].per_hour.total_net_income
        };
        // A change in the cash, or else a cliff in the help in kind alone (which is never mixed into the cash).
        let cash_changes = jump.total_net_income.abs() >= CLIFF || slope_change.abs() > CHANGE_TOLERANCE;
        let layer = if !cash_changes && jump.help_in_kind.abs() >= CLIFF { Layer::HelpInKind } else { Layer::Cash };
        let net_jump = if layer == Layer::HelpInKind { jump.help_in_kind } else { jump.total_net_income };
        let is_cliff = net_jump.abs() >= CLIFF;
        // Any figure that jumps or bends makes a breakpoint: the total, or only its make-up (ESA stopping and UC
        // replacing it pound for pound).
        let largest = |c: &Components| c.all().into_iter().fold(Decimal::ZERO, |m, d| m.max(d.abs()));
        let slopes_change =
            i > 0 && largest(&pieces[i].per_hour.zip(&pieces[i - 1].per_hour, |a, b| a - b)) > CHANGE_TOLERANCE;
        let changes = largest(&jump) > CHANGE_TOLERANCE || slopes_change;
        // A threshold crossed without effect (for example the ESA lower limit while UC is not yet withdrawn) is not a
        // breakpoint of the curve.
        if !changes {
            continue;
        }
        let direction = if is_cliff {
            if net_jump > Decimal::ZERO {
                Direction::Gain
            } else {
                Direction::Loss
            }
        } else if slope_change.abs() > CHANGE_TOLERANCE {
            if slope_change > Decimal::ZERO {
                Direction::Gain
            } else {
                Direction::Loss
            }
        } else {
            Direction::Neutral
        };
        let mut causes: Vec<Cause> =
            keys.iter().map(|(k, rising)| cause(*k, *rising, household, rules, &ev.fixed)).collect();
        // Starting work: the costs of working and the help with them begin (unless the only change is a threshold's).
        if i == 0 && (keys.is_empty() || costs_of_working) {
            causes.push(Cause {
                code: Code::StartingWork,
                adult: Some(adult),
                description: words::cause(Code::StartingWork, &Figures::default(), true),
                rule: rules.universal_credit.childcare_percent.source.to_string(),
                notable: false,
                step: false,
            });
        }
        breakpoints.push(Breakpoint {
            hours: round_dp(*hours, 6).normalize(),
            kind: if is_cliff { BreakKind::Cliff } else { BreakKind::Kink },
            direction,
            layer,
            causes,
            jump: jump.rounded(6),
            marginal_deduction_rate_before: rate_before.map(|r| round_dp(r, 6).normalize()),
            marginal_deduction_rate_after: rate_after.map(|r| round_dp(r, 6).normalize()),
        });
        // A breakpoint that is only a staircase's step continues the stretch of the step before it, or starts one.
        let b = breakpoints.last().expect("just pushed");
        if let [(Key { threshold: Threshold { solve: Solve::Step(staircase), .. }, step: k, .. }, rising)] =
            keys.as_slice()
        {
            let continues = |(_, last, up, _): &(u8, u8, bool, &Threshold)| {
                up == rising && if *up { last + 1 == *k } else { *last == k + 1 }
            };
            match (stretches.last_mut(), runs.last_mut()) {
                (Some(s), Some(run)) if continues(run) => {
                    s.to_hours = b.hours;
                    s.steps += 1;
                    s.jump = s.jump.zip(&b.jump, |a, j| a + j);
                    run.1 = *k;
                }
                _ => {
                    stretches.push(Stretch {
                        code: staircase.code,
                        adult: Some(adult),
                        from_hours: b.hours,
                        to_hours: b.hours,
                        steps: 1,
                        description: String::new(),
                        rule: (staircase.cause)(&scene, 0, true).rule.to_string(),
                        jump: b.jump,
                    });
                    runs.push((*k, *k, *rising, *staircase));
                }
            }
        }
    }
    for (s, (first, last, rising, staircase)) in stretches.iter_mut().zip(runs) {
        if let Solve::Staircase(stairs) = &staircase.solve {
            s.description = (stairs.stretch)(&scene, first, last, rising);
        }
        s.jump = s.jump.rounded(6);
    }

    Curve {
        adult,
        hourly_wage: household.adults[adult].job.hourly_wage,
        max_hours,
        not_working,
        breakpoints,
        stretches,
        pieces,
    }
}

/// The piece from `lo` to `hi` cut at `steps` (its hours, in order), where the figures jump but their slope does not
/// change: only a staircase's charge moves there. Rather than probing both sides of each of up to a hundred steps,
/// the run is probed beside its first step, after its last and at its middle; in exact arithmetic the steps are
/// equal (1 % of the Child Benefit each, none where another adult's income sets the charge), so the middle checks
/// what the ends predict for the steps between, and a middle that does not fit splits the run in two, each checked
/// the same way. The slope and the steps are kept to the places exact amounts keep, which keeps the arithmetic
/// short (a hundred pieces of full-precision decimals were most of the curve's time).
fn split(ev: &mut Evaluator, lo: &Probe, hi: &Probe, steps: &[Decimal], pieces: &mut Vec<Piece>) {
    let n = steps.len();
    let before_first = ev.probe(steps[0] - EPSILON).values;
    pieces.push(Piece::through(lo.hours, &lo.values, steps[0] - EPSILON, &before_first));
    // The figures just after each step, probed or worked out.
    let mut after: Vec<Components> = vec![ev.probe(steps[0] + EPSILON).values; n];
    if n > 1 {
        // The slope between steps, measured across the first whole step.
        let end_of_first = ev.probe(steps[1] - EPSILON).values;
        let width = steps[1] - steps[0] - EPSILON * Decimal::TWO;
        let slope = end_of_first.zip(&after[0], |e, a| round_dp((e - a) / width, EXACT_PLACES));
        after[n - 1] = ev.probe(steps[n - 1] + EPSILON).values;
        fill(ev, steps, &slope, &mut after, 0, n - 1);
        for (j, at) in after[..n - 1].iter().enumerate() {
            pieces.push(Piece {
                from_hours: steps[j],
                to_hours: steps[j + 1],
                start: at.zip(&slope, |a, s| a - s * EPSILON),
                per_hour: slope,
                marginal_deduction_rate: marginal_rate(&slope),
            });
        }
    }
    pieces.push(Piece::through(steps[n - 1] + EPSILON, &after[n - 1], hi.hours, &hi.values));
}

/// Fills `after` (the figures just after each step) strictly between steps `i` and `j`, whose figures are known.
fn fill(ev: &mut Evaluator, steps: &[Decimal], slope: &Components, after: &mut [Components], i: usize, j: usize) {
    if j - i < 2 {
        return;
    }
    let per_step = after[j]
        .zip(&after[i], |b, a| b - a)
        .zip(slope, |d, s| round_dp((d - s * (steps[j] - steps[i])) / Decimal::from(j - i), EXACT_PLACES));
    let base = after[i];
    let predict = |k: usize| {
        base.zip(slope, |a, s| a + s * (steps[k] - steps[i])).zip(&per_step, |v, p| v + p * Decimal::from(k - i))
    };
    let middle = (i + j) / 2;
    let probed = ev.probe(steps[middle] + EPSILON).values;
    let fits = probed.zip(&predict(middle), |a, b| a - b).all().iter().all(|d| d.abs() <= CHANGE_TOLERANCE);
    if fits {
        for (k, at) in after.iter_mut().enumerate().take(j).skip(i + 1) {
            *at = predict(k);
        }
        after[middle] = probed;
    } else {
        after[middle] = probed;
        fill(ev, steps, slope, after, i, middle);
        fill(ev, steps, slope, after, middle, j);
    }
}

/// Finds where the margin `key` crosses zero between `a` (margin `ma`) and `b` (margin `mb`), by regula falsi. Each
/// guess x is checked by probing x − ε and x + ε, which are also the ends of the pieces either side of a breakpoint at
/// x, so the next round finds them already made. A step that does not halve the bracket is followed by a midpoint, so
/// the bracket at least halves every two steps, even where the margin jumps at its root (a benefit that stops
/// changes the tax deducted from pay, and so the earnings its own test is made on).
fn solve(ev: &mut Evaluator, key: Key, a: Decimal, ma: &Margin, b: Decimal, mb: &Margin) -> Decimal {
    let below_zero = ma.is_before();
    // Strictly past zero: a margin of exactly zero is at a limit that a rule may count either way ("exceeds" keeps a
    // benefit there), so the root is taken where the margin has left zero.
    let past = |m: &Margin| if below_zero { m.value() > Decimal::ZERO } else { m.is_before() };
    let (mut a, mut ma, mut b, mut mb) = (a, ma.value(), b, mb.value());
    let mut bisect = false;
    for _ in 0..120 {
        let width = b - a;
        // Hours are kept to 12 decimal places (finer than the margins can tell apart), which keeps arithmetic short.
        let x = round_dp(if bisect { (a + b) / Decimal::TWO } else { a - ma * (b - a) / (mb - ma) }, 12);
        let (lo, hi) = ((x - EPSILON).max(a), (x + EPSILON).min(b));
        let (Some(m_lo), Some(m_hi)) = (margin(&ev.probe(lo), key).copied(), margin(&ev.probe(hi), key).copied())
        else {
            return x;
        };
        if !past(&m_lo) && past(&m_hi) {
            return x;
        }
        if !past(&m_hi) {
            (a, ma) = (hi, m_hi.value());
        } else {
            (b, mb) = (lo, m_lo.value());
        }
        bisect = (b - a) * Decimal::TWO > width;
        if b - a <= ROOT_TOLERANCE {
            break;
        }
    }
    (a + b) / Decimal::TWO
}

/// 1 − (change in net income ÷ change in gross earnings), for a piece along which earnings rise.
fn marginal_rate(per_hour: &Components) -> Option<Decimal> {
    (per_hour.gross_earnings > CHANGE_TOLERANCE)
        .then(|| Decimal::ONE - per_hour.total_net_income / per_hour.gross_earnings)
}

/// What crossing `key` means, `rising` (the margin going up through zero: pay rising past a threshold) or not
/// (income falling back below one when a taxable benefit stops, or UC starting again). Universal Credit's thresholds
/// are in its rules (`Fixed::uc_rules`); those of a group of assessment periods (`Key::period`) name its paydays.
fn cause(key: Key, rising: bool, household: &Household, rules: &RuleSet, fixed: &Fixed) -> Cause {
    let scene = Scene { household, rules, uc_rules: fixed.uc_rules, adult: key.adult };
    let code = key.threshold.code_at(key.step);
    let Crossing { figures, rule } = (key.threshold.cause)(&scene, key.step, rising);
    let description = words::cause(code, &figures, rising);
    let group = key.period.checked_sub(1).and_then(|g| fixed.months.year_of_pay.get(usize::from(g)));
    let description = match group {
        None => description,
        Some(g) => words::in_periods(g.paydays.iter().sum(), g.periods, &description),
    };
    Cause {
        code,
        adult: key.adult,
        description,
        rule: rule.to_string(),
        notable: key.threshold.notable,
        step: matches!(key.threshold.solve, Solve::Step(_)),
    }
}

impl Breakpoint {
    /// Its causes in words.
    pub fn describe(&self) -> String {
        words::causes(self.causes.iter().map(|c| c.description.as_str()))
    }

    /// Whether it is only a step of a staircase, and so shown to people as part of its stretch.
    pub fn is_step(&self) -> bool {
        !self.causes.is_empty() && self.causes.iter().all(|c| c.step)
    }
}

/// What a reader is shown of the curve's thresholds: a breakpoint, or a stretch in place of its steps.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Mark<'a> {
    Point(&'a Breakpoint),
    Stretch(&'a Stretch),
}

impl Mark<'_> {
    /// The hours it starts at.
    pub fn hours(&self) -> Decimal {
        match self {
            Mark::Point(b) => b.hours,
            Mark::Stretch(s) => s.from_hours,
        }
    }

    /// Whether it is within `REACH_HOURS` of `hours` (a stretch: any part of it).
    pub fn is_near(&self, hours: Decimal) -> bool {
        match self {
            Mark::Point(b) => b.hours > Decimal::ZERO && (b.hours - hours).abs() <= REACH_HOURS,
            Mark::Stretch(s) => s.from_hours - REACH_HOURS <= hours && hours <= s.to_hours + REACH_HOURS,
        }
    }

    /// In plain words, from the point of view of someone working `hours`.
    pub fn plain_words(&self, hours: Decimal) -> String {
        match self {
            Mark::Point(b) => plain_words(b, hours),
            Mark::Stretch(s) => stretch_words(s, hours),
        }
    }
}

impl Curve {
    /// The piece that applies at `hours` (the one starting there, at a breakpoint).
    pub fn piece_at(&self, hours: Decimal) -> &Piece {
        self.pieces
            .iter()
            .find(|p| hours < p.to_hours)
            .unwrap_or_else(|| self.pieces.last().expect("a curve has pieces"))
    }

    /// The weekly figures at `hours` (zero hours means not working).
    pub fn at(&self, hours: Decimal) -> Components {
        if hours.is_zero() {
            self.not_working
        } else {
            self.piece_at(hours).at(hours)
        }
    }

    /// Of the gross earnings from working `hours` rather than none, the share lost to tax, NI, pension and benefits.
    pub fn participation_tax_rate(&self, hours: Decimal) -> Option<Decimal> {
        let now = self.at(hours);
        let earned = now.gross_earnings - self.not_working.gross_earnings;
        (earned > CHANGE_TOLERANCE)
            .then(|| Decimal::ONE - (now.total_net_income - self.not_working.total_net_income) / earned)
    }

    /// The fewest hours at which income after costs is above `baseline` (a week), if any up to the maximum.
    pub fn first_better_off(&self, baseline: Decimal) -> Option<Decimal> {
        for piece in &self.pieces {
            let start = piece.start.income_after_costs;
            let end = piece.at(piece.to_hours).income_after_costs;
            if start > baseline {
                return Some(piece.from_hours.max(Decimal::ZERO));
            }
            if end > baseline {
                let slope = piece.per_hour.income_after_costs;
                return Some(piece.from_hours + (baseline - start) / slope);
            }
        }
        None
    }

    /// The runs of hours worked at which income after costs is below `baseline` (a week), each end to the hundredth.
    /// Each piece is straight, so it is below the baseline on one side of where it crosses it.
    pub fn worse_off(&self, baseline: Decimal) -> Vec<HoursRun> {
        let mut runs: Vec<HoursRun> = Vec::new();
        for piece in &self.pieces {
            let (from, to) = (piece.from_hours.max(Decimal::ZERO), piece.to_hours);
            let (start, slope) = (piece.at(from).income_after_costs, piece.per_hour.income_after_costs);
            let crossing = |level: Decimal| from + (baseline - level) / slope;
            let run = match (start < baseline, piece.at(to).income_after_costs < baseline) {
                (true, true) => (from, to),
                (true, false) => (from, crossing(start)),
                (false, true) => (crossing(start), to),
                (false, false) => continue,
            };
            let (from_hours, to_hours) = (round_dp(run.0, 2), round_dp(run.1, 2));
            match runs.last_mut() {
                Some(last) if last.to_hours >= from_hours => last.to_hours = to_hours,
                _ if from_hours < to_hours => runs.push(HoursRun { from_hours, to_hours }),
                _ => {}
            }
        }
        runs
    }

    /// The hours at which the gain over `baseline` per hour worked is greatest. On each straight piece the gain per
    /// hour is monotone, so the best is at an end of a piece.
    pub fn best_gain_per_hour(&self, baseline: Decimal) -> Option<(Decimal, Decimal)> {
        let mut best: Option<(Decimal, Decimal)> = None;
        for piece in &self.pieces {
            for hours in [piece.from_hours + EPSILON, piece.to_hours - EPSILON] {
                if hours <= EPSILON {
                    continue;
                }
                let gain = (piece.at(hours).income_after_costs - baseline) / hours;
                if best.is_none_or(|(_, g)| gain > g) {
                    best = Some((hours, gain));
                }
            }
        }
        best.map(|(h, g)| (round_dp(h, 2), round_dp(g, 4)))
    }
}

/// What the curve says about one choice of hours, against a baseline (the client's situation now).
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Outlook {
    pub hours: Decimal,
    /// The weekly figures at those hours (exact; the rounded calculation differs by pennies).
    pub figures: Components,
    pub marginal_deduction_rate: Option<Decimal>,
    pub participation_tax_rate: Option<Decimal>,
    /// Income after housing, childcare and travel costs in the baseline, a week.
    pub baseline_weekly: Decimal,
    /// How much better off (negative: worse off) than the baseline, after costs.
    pub better_off_weekly: Decimal,
    pub better_off_monthly: Decimal,
    /// What the help in kind is worth in the baseline, a week.
    pub baseline_help_in_kind_weekly: Decimal,
    /// How much better off than the baseline with the help in kind counted beside the cash (after costs), a week
    /// and a month: less than `better_off_weekly` where help in kind is lost.
    pub better_off_with_help_in_kind_weekly: Decimal,
    pub better_off_with_help_in_kind_monthly: Decimal,
    /// The help in kind had in the baseline that is worth less or stops at these hours.
    pub help_in_kind_lost: Vec<Lost>,
    /// The fewest hours a week at which the household is better off than the baseline (by a penny a week or more).
    pub first_better_off_hours: Option<Decimal>,
    /// The runs of hours, up to the curve's maximum, at which the household is worse off than the baseline (by a penny
    /// a week or more), in order.
    pub worse_off: Vec<HoursRun>,
    /// The hours at which the gain over the baseline per hour worked is greatest, and that gain.
    pub best_hours_for_gain_per_hour: Option<Decimal>,
    pub best_gain_per_hour: Option<Decimal>,
    /// Breakpoints within reach of the hours (4 hours either way), in plain words.
    pub thresholds_near: Vec<Nearby>,
}

/// A run of weekly hours (`from_hours` is 0 where it starts with the first hour worked).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, JsonSchema)]
pub struct HoursRun {
    pub from_hours: Decimal,
    pub to_hours: Decimal,
}

#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Nearby {
    pub hours: Decimal,
    pub message: String,
}

impl Outlook {
    /// The hours at which the household would be worse off, up to `max_hours`, in plain words (none if there are none).
    pub fn worse_off_words(&self, max_hours: Decimal) -> Option<String> {
        words::worse_off(&self.worse_off, max_hours)
    }
}

/// Better off means by at least this much a week.
const BETTER_OFF: Decimal = dec!(0.01);

/// Breakpoints this many hours either side of the chosen hours are "near".
pub const REACH_HOURS: Decimal = dec!(4);

impl Curve {
    /// The outlook at `hours` against a baseline's weekly figures (for example those of the client's situation now;
    /// `not_working` if there is none): its income after costs and its help in kind, of which `help_in_kind_lost`
    /// (see `help_in_kind::lost`) is had in the baseline and worth less at `hours`.
    pub fn outlook(&self, hours: Decimal, baseline: &Components, help_in_kind_lost: Vec<Lost>) -> Outlook {
        let figures = self.at(hours);
        let baseline_weekly = baseline.income_after_costs;
        let better = figures.income_after_costs - baseline_weekly;
        let with_help = better + figures.help_in_kind - baseline.help_in_kind;
        let monthly = |weekly: Decimal| round_dp(weekly * WEEKS_PER_YEAR / Decimal::from(12), 2);
        let best = self.best_gain_per_hour(baseline_weekly);
        Outlook {
            hours,
            figures: figures.rounded(4),
            marginal_deduction_rate: self.piece_at(hours).marginal_deduction_rate.map(|r| round_dp(r, 4)),
            participation_tax_rate: self.participation_tax_rate(hours).map(|r| round_dp(r, 4)),
            baseline_weekly: round_dp(baseline_weekly, 2),
            better_off_weekly: round_dp(better, 2),
            better_off_monthly: monthly(better),
            baseline_help_in_kind_weekly: round_dp(baseline.help_in_kind, 2),
            better_off_with_help_in_kind_weekly: round_dp(with_help, 2),
            better_off_with_help_in_kind_monthly: monthly(with_help),
            help_in_kind_lost,
            first_better_off_hours: self.first_better_off(baseline_weekly + BETTER_OFF).map(|h| round_dp(h, 2)),
            worse_off: self.worse_off(baseline_weekly - BETTER_OFF),
            best_hours_for_gain_per_hour: best.map(|b| b.0),
            best_gain_per_hour: best.map(|b| b.1),
            thresholds_near: self.near(hours),
        }
    }

    /// The breakpoints within `REACH_HOURS` of `hours`, each said in plain words; a stretch of steps within reach
    /// is said once.
    pub fn near(&self, hours: Decimal) -> Vec<Nearby> {
        self.marks()
            .iter()
            .filter(|m| m.is_near(hours))
            .map(|m| Nearby { hours: m.hours(), message: m.plain_words(hours) })
            .collect()
    }

    /// The breakpoints in order of hours, with each stretch in place of its steps.
    pub fn marks(&self) -> Vec<Mark<'_>> {
        let mut stretches = self.stretches.iter().peekable();
        let mut marks = Vec::with_capacity(self.breakpoints.len());
        for b in &self.breakpoints {
            if !b.is_step() {
                marks.push(Mark::Point(b));
            } else if let Some(s) = stretches.next_if(|s| s.from_hours == b.hours) {
                marks.push(Mark::Stretch(s));
            }
        }
        marks
    }
}

/// The breakpoint in plain words, for someone working `hours` (see `words::breakpoint`).
pub fn plain_words(b: &Breakpoint, hours: Decimal) -> String {
    words::breakpoint(b.hours, hours, &b.describe(), &effects(&b.jump))
}

/// The stretch in plain words, for someone working `hours` (see `words::stretch`).
pub fn stretch_words(s: &Stretch, hours: Decimal) -> String {
    words::stretch(s.from_hours, s.to_hours, s.steps, hours, &s.description, &effects(&s.jump))
}

/// The changes across a cliff, in words (`words::effects`).
fn effects(jump: &Components) -> String {
    words::effects(&[
        (Figure::NetEarnings, jump.net_earnings),
        (Figure::UniversalCredit, jump.universal_credit),
        (Figure::Esa, jump.esa),
        (Figure::CarersAllowance, jump.carers_allowance),
        (Figure::ChildBenefit, jump.child_benefit),
        (Figure::ScottishChildPayment, jump.scottish_child_payment),
        (Figure::CouncilTaxReduction, jump.council_tax_reduction),
        (Figure::TotalNetIncome, jump.total_net_income),
        (Figure::HelpInKind, jump.help_in_kind),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_piece_of_no_width_is_flat_not_a_division_by_zero() {
        // Two breakpoints closer than ε made the piece between them divide by a zero span.
        let values = Components { total_net_income: dec!(100), ..Default::default() };
        let piece = Piece::through(dec!(5), &values, dec!(5), &values);
        assert_eq!(piece.per_hour, Components::default());
        assert_eq!(piece.at(dec!(5)).total_net_income, dec!(100));
    }
}
