//! A threshold a rule tests, declared once beside the rule that tests it (`law`): its code, the round of the curve's
//! solving that finds its crossings, whether a reader is warned of it, and what crossing it means (its figures and its
//! legal source). The rule records how far each threshold is (`working::Trace::margin`); the curve solves for the
//! crossings and asks the threshold what each means; the words come from the catalogue (`words`).

use rust_decimal::Decimal;

use crate::code::Code;
use crate::input::household::Household;
use crate::input::PayFrequency;
use crate::money::Money;
use crate::rules::{Kind, Param, RuleSet};

/// A threshold whose crossing changes how income responds to hours.
#[derive(Debug)]
pub struct Threshold {
    /// What tells it from the other thresholds (its steps, if it has any, are told apart by number).
    pub code: Code,
    pub solve: Solve,
    /// Worth a warning even where it only bends the curve (a cliff always is).
    pub notable: bool,
    /// What crossing step `step` (0 for a threshold without steps) means, `rising` (the margin going up through zero:
    /// pay rising past a threshold) or falling (income falling back below one when a taxable benefit stops, or UC
    /// starting again).
    pub cause: for<'r> fn(&Scene<'r>, u8, bool) -> Crossing<'r>,
}

impl Threshold {
    /// The code of its step `step`: a staircase's first and last steps have codes of their own.
    pub fn code_at(&self, step: u8) -> Code {
        match self.solve {
            Solve::Step(Threshold { solve: Solve::Staircase(s), .. }) if step == 1 => s.first,
            Solve::Step(Threshold { solve: Solve::Staircase(s), .. }) if step == s.steps => s.last,
            _ => self.code,
        }
    }
}

/// How the curve finds a threshold's crossings (see `analysis::curve`).
#[derive(Debug)]
pub enum Solve {
    /// In a round: 0 for thresholds on pay per period and on hours, 1 on earnings after deductions, 2 on income that
    /// includes benefits, 3 on income that includes Universal Credit (the Council Tax Reduction's).
    Round(usize),
    /// As a staircase, whose steps are placed once the rounds are done.
    Staircase(Staircase),
    /// As a step of this staircase.
    Step(&'static Threshold),
}

/// A staircase: the amount between its steps, how many there are, the threshold of each step (and the codes of the
/// first and the last), and what a run of its steps from the first to the last means, rising or falling (a stretch of
/// the curve, named once).
#[derive(Debug)]
pub struct Staircase {
    pub size: fn(&RuleSet) -> Decimal,
    pub steps: u8,
    pub step: &'static Threshold,
    pub first: Code,
    pub last: Code,
    pub stretch: fn(&Scene, u8, u8, bool) -> String,
}

/// What a threshold's meaning may depend on: the household, its rule set and the one Universal Credit uses (which
/// can be the next year's, by assessment period), and the adult the threshold concerns.
pub struct Scene<'r> {
    pub household: &'r Household,
    pub rules: &'r RuleSet,
    pub uc_rules: &'r RuleSet,
    pub adult: Option<usize>,
}

impl Scene<'_> {
    /// How often the adult is paid.
    pub fn frequency(&self) -> PayFrequency {
        self.adult.map(|i| self.household.adults[i].job.pay_frequency).unwrap_or_default()
    }
}

/// What crossing a threshold means: the figures its words need, and the legislation that sets it.
pub struct Crossing<'r> {
    pub figures: Figures,
    pub rule: &'r str,
}

impl<'r> Crossing<'r> {
    /// Crossing a figure of the rules: the amount is the limit, and its source the rule.
    pub fn of<K: Kind>(figure: &'r Param<K>) -> Crossing<'r> {
        Crossing { figures: Figures { limit: figure.money(), ..Figures::default() }, rule: &figure.source }
    }

    /// Crossing a threshold whose words need no figure.
    pub fn by(rule: &'r str) -> Crossing<'r> {
        Crossing { figures: Figures::default(), rule }
    }
}

/// The figures the words for a crossing need; which ones, and what they mean, depend on its code (see `words`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Figures {
    /// The amount the threshold is at.
    pub limit: Money,
    /// The pay period `limit` is for.
    pub per: PayFrequency,
    /// A rate or a number of hours that goes with it.
    pub number: Decimal,
    /// The rate before the crossing, where the words name both (a banded scheme's percentages).
    pub before: Decimal,
    /// The step of a staircase, or the tax band.
    pub step: u8,
    /// Whether Scottish Child Payment goes with it.
    pub with_scottish_child_payment: bool,
}
