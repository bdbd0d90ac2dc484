//! Money: pounds held as `rust_decimal::Decimal`, never as floats.
//!
//! Every place where the law says how to round has its own named method, so the rounding rule is visible where it
//! is applied: Universal Credit rounds to the nearest penny with a half penny rounded up (UC Regs 2013 reg. 6);
//! Class 1 contributions drop a half penny (SSCBA 1992 and HMRC's exact percentage method); the ESA permitted-work
//! limit rounds *up* to the next 50p; the benefit cap earnings exception disregards pence.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Div, Mul, Neg, Sub};

use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

use crate::tree::{self, FromNode, Node};

/// An amount in pounds sterling. Serialised as a string ("12.34") so that it crosses JSON and JavaScript exactly;
/// read from a string or a JSON number.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(Decimal);

impl FromNode for Money {
    fn from_node(node: &Node) -> Result<Money, tree::Error> {
        Decimal::from_node(node).map(Money)
    }
}

/// Whether amounts that change with hours are rounded as the law says, or kept exact.
///
/// The hours curve uses `Exact`: without the penny rounding every figure is a piecewise-linear function of hours, so
/// its breakpoints can be solved for exactly. Rounding that belongs to a rule's threshold (the ESA limit rounded up to
/// 50p, the benefit cap threshold in whole pounds) is applied in both modes.
/// The decimal places exact amounts are kept to.
pub const EXACT_PLACES: u32 = 10;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Rounding {
    #[default]
    Legal,
    Exact,
}

impl Rounding {
    /// Applies `rule` (one of the rounding methods of `Money`) unless exact. Exact amounts are kept to 10 decimal
    /// places (a hundred-millionth of a penny), which keeps the arithmetic fast without moving any figure.
    pub fn apply(self, amount: Money, rule: fn(Money) -> Money) -> Money {
        match self {
            Rounding::Legal => rule(amount),
            Rounding::Exact => Money(round_exact(amount.0)),
        }
    }
}

/// What a rounding does with the digits it drops: the rust_decimal strategies the rules use.
#[derive(Clone, Copy, Debug)]
enum Dropped {
    /// A half goes to the even neighbour (`MidpointNearestEven`, rust_decimal's `round_dp`).
    HalfToEven,
    /// A half goes away from zero (`MidpointAwayFromZero`).
    HalfAway,
    /// A half goes towards zero (`MidpointTowardZero`).
    HalfTowardZero,
    /// All of it goes (`ToZero`).
    All,
}

/// `value.round_dp_with_strategy(places, strategy)` for the strategy `dropped` names, to the same digits, scale and
/// sign (a negative amount that rounds to zero keeps its sign only if it was zero already). rust_decimal rounds a digit
/// at a time on its 96-bit parts; one integer division of the mantissa is several times cheaper, and an evaluation
/// rounds dozens of times.
fn round(value: Decimal, places: u32, dropped: Dropped) -> Decimal {
    let scale = value.scale();
    if scale <= places {
        return value;
    }
    if value.is_zero() {
        // Only the scale changes, and rust_decimal keeps the sign a zero has.
        return value.round_dp(places);
    }
    let unit = 10_u128.pow(scale - places);
    let magnitude = value.mantissa().unsigned_abs();
    let mut kept = magnitude / unit;
    let rest = magnitude - kept * unit;
    let up = match dropped {
        Dropped::HalfToEven => 2 * rest > unit || (2 * rest == unit && kept % 2 == 1),
        Dropped::HalfAway => 2 * rest >= unit,
        Dropped::HalfTowardZero => 2 * rest > unit,
        Dropped::All => false,
    };
    if up {
        kept += 1;
    }
    // As rust_decimal does, a result of zero is positive.
    let (lo, mid, hi) = (kept as u32, (kept >> 32) as u32, (kept >> 64) as u32);
    Decimal::from_parts(lo, mid, hi, value.is_sign_negative(), places)
}

/// `value.round_dp(places)` (half to even), the same digits, scale and sign, faster.
pub fn round_dp(value: Decimal, places: u32) -> Decimal {
    round(value, places, Dropped::HalfToEven)
}

/// `value.round_dp(EXACT_PLACES)`: the hours curve rounds after nearly every division it makes.
fn round_exact(value: Decimal) -> Decimal {
    round_dp(value, EXACT_PLACES)
}

impl Money {
    /// As written out, always to two decimal places ("5.00"): results are in whole pence. Nothing is "-0.00": an
    /// amount that rounds to no pence, from either side, is "0.00".
    fn written(&self) -> Decimal {
        let pence = self.0.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
        if pence.is_zero() {
            Decimal::ZERO
        } else {
            pence
        }
    }
}

impl Serialize for Money {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&format_args!("{:.2}", self.written()))
    }
}

impl crate::tree::ToNode for Money {
    fn to_node(&self) -> Node {
        Node::Str(format!("{:.2}", self.written()).into())
    }
}

impl Money {
    pub const ZERO: Money = Money(Decimal::ZERO);

    pub const fn new(pounds: Decimal) -> Money {
        Money(pounds)
    }

    pub fn pounds(self) -> Decimal {
        self.0
    }

    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    // The sign and zero tests below read the sign bit and the mantissa instead of comparing with zero: an evaluation
    // makes dozens of them, and a comparison of decimals first brings both to one scale.
    pub fn is_positive(self) -> bool {
        self.0.is_sign_positive() && !self.0.is_zero()
    }

    /// The larger of this amount and zero: no benefit, allowance or earnings figure goes below nothing. (As
    /// `max(Money::ZERO)` would, any zero becomes `Money::ZERO`.)
    pub fn at_least_zero(self) -> Money {
        if self.is_positive() {
            self
        } else {
            Money::ZERO
        }
    }

    /// To the nearest penny, a half penny rounded up (UC Regs 2013 reg. 6(1); also used for weekly/monthly/annual
    /// conversions of benefit rates, which DWP publishes to the penny).
    pub fn round_pence(self) -> Money {
        Money(round(self.0, 2, Dropped::HalfAway))
    }

    /// To the nearest penny, a half penny or less dropped (HMRC's exact percentage method for Class 1 NICs).
    pub fn round_pence_half_down(self) -> Money {
        Money(round(self.0, 2, Dropped::HalfTowardZero))
    }

    /// Down to a whole penny (fractions of a penny of tax are not charged).
    pub fn floor_pence(self) -> Money {
        Money(round(self.0, 2, Dropped::All))
    }

    /// Down to whole pounds ("pence disregarded").
    pub fn floor_pounds(self) -> Money {
        Money(self.0.floor())
    }

    /// Up to the next multiple of `step` pounds (e.g. 0.50 for the ESA permitted-work higher limit).
    pub fn ceil_to(self, step: Decimal) -> Money {
        Money((self.0 / step).ceil() * step)
    }

    /// This amount as a percentage of it: `percent` is in percent (55 means 55 %).
    pub fn percent(self, percent: Decimal) -> Money {
        // × 0.01 is exact and much cheaper than ÷ 100.
        Money(self.0 * percent * Decimal::new(1, 2))
    }
}

impl Money {
    /// "+£1.50" or "−£3.00": a change.
    pub fn signed(self) -> String {
        if self.0.is_sign_negative() {
            self.to_string()
        } else {
            format!("+{self}")
        }
    }
}

impl fmt::Display for Money {
    /// "£1,234.56", or "−£3.00" for negative amounts: the form the working shows to a reader.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rounded = self.0.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
        let sign = if rounded.is_sign_negative() && !rounded.is_zero() { "−" } else { "" };
        let text = format!("{:.2}", rounded.abs());
        let (whole, pence) = text.split_once('.').unwrap_or((&text, "00"));
        let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
        for (i, digit) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(digit);
        }
        write!(f, "{sign}£{grouped}.{pence}")
    }
}

// Adding and subtracting are marked for inlining: an evaluation does a hundred or more, many with a zero, and without
// the hint the compiler kept them as calls that cost more than most of the sums.
impl Add for Money {
    type Output = Money;
    #[inline]
    fn add(self, rhs: Money) -> Money {
        Money(self.0 + rhs.0)
    }
}

impl AddAssign for Money {
    #[inline]
    fn add_assign(&mut self, rhs: Money) {
        self.0 += rhs.0;
    }
}

impl Sub for Money {
    type Output = Money;
    #[inline]
    fn sub(self, rhs: Money) -> Money {
        Money(self.0 - rhs.0)
    }
}

impl Neg for Money {
    type Output = Money;
    fn neg(self) -> Money {
        Money(-self.0)
    }
}

impl Mul<Decimal> for Money {
    type Output = Money;
    fn mul(self, rhs: Decimal) -> Money {
        Money(self.0 * rhs)
    }
}

impl Div<Decimal> for Money {
    type Output = Money;
    fn div(self, rhs: Decimal) -> Money {
        Money(self.0 / rhs)
    }
}

impl Sum for Money {
    /// Starts from the first amount, not from zero: the same sum (zero plus an amount is that amount exactly) with one
    /// addition fewer, and most sums here are of one adult's or one child's amount.
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.reduce(Add::add).unwrap_or(Money::ZERO)
    }
}

impl schemars::JsonSchema for Money {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Money".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": ["string", "number"],
            "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
            "description": "An amount in pounds, e.g. \"12.71\". Results always give a string with two decimal places."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn check(value: Decimal, f: fn(Money) -> Money, expected: Decimal) {
        assert_eq!(f(Money::new(value)), Money::new(expected), "{value}");
    }

    #[test]
    fn an_amount_that_rounds_to_no_pence_is_never_minus_zero() {
        let json = |d: Decimal| serde_json::to_string(&Money::new(d)).unwrap();
        assert_eq!(json(dec!(-0.0000017)), "\"0.00\"");
        assert_eq!(json(dec!(-0.004)), "\"0.00\"");
        assert_eq!(json(dec!(-0.005)), "\"-0.01\"");
        assert_eq!(json(dec!(12.5)), "\"12.50\"");
    }

    #[test]
    fn rounding_rules() {
        check(dec!(1.005), Money::round_pence, dec!(1.01));
        check(dec!(1.004), Money::round_pence, dec!(1.00));
        check(dec!(1.005), Money::round_pence_half_down, dec!(1.00));
        check(dec!(1.0051), Money::round_pence_half_down, dec!(1.01));
        check(dec!(1.009), Money::floor_pence, dec!(1.00));
        check(dec!(846.56), Money::floor_pounds, dec!(846));
        // 16 × £12.71 = £203.36, rounded up to the next 50p is £203.50.
        check(dec!(203.36), |m| m.ceil_to(dec!(0.5)), dec!(203.50));
        check(dec!(195.50), |m| m.ceil_to(dec!(0.5)), dec!(195.50));
    }

    #[test]
    fn rounding_is_rust_decimals() {
        let cases = [
            dec!(1.23456789012345),
            dec!(-1.23456789015),
            dec!(0.00000000005),
            dec!(0.00000000015),
            dec!(-0.00000000001),
            dec!(-0.000000000000),
            dec!(7.2307692307692307692307692308),
            dec!(-79228162514.264337593543950335),
            dec!(12.5),
            dec!(1.005),
            dec!(-1.005),
            dec!(1.015),
            dec!(2.675),
            dec!(-2.6749999),
            dec!(0.004),
            dec!(-0.005),
            dec!(-0.0051),
            dec!(398.883333333333333333),
            dec!(79228162514264337593543950335),
            dec!(7.9228162514264337593543950335),
        ];
        let strategies = [
            (Dropped::HalfToEven, RoundingStrategy::MidpointNearestEven),
            (Dropped::HalfAway, RoundingStrategy::MidpointAwayFromZero),
            (Dropped::HalfTowardZero, RoundingStrategy::MidpointTowardZero),
            (Dropped::All, RoundingStrategy::ToZero),
        ];
        for value in cases {
            for (dropped, strategy) in strategies {
                for places in [0, 1, 2, 4, 6, EXACT_PLACES, 12, 28] {
                    let rounded = round(value, places, dropped);
                    let expected = value.round_dp_with_strategy(places, strategy);
                    assert_eq!(
                        (rounded, rounded.scale(), rounded.is_sign_negative()),
                        (expected, expected.scale(), expected.is_sign_negative()),
                        "{value} {places} {dropped:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn at_least_zero_is_max_with_zero() {
        for value in [dec!(1.50), dec!(-1.50), dec!(0.00), dec!(-0.000), Decimal::ZERO, dec!(0.0000000001)] {
            let got = Money::new(value).at_least_zero().pounds();
            let expected = Ord::max(Money::new(value), Money::ZERO).pounds();
            assert_eq!(
                (got, got.scale(), got.is_sign_negative()),
                (expected, expected.scale(), expected.is_sign_negative())
            );
            assert_eq!(Money::new(value).is_positive(), value > Decimal::ZERO, "{value}");
        }
    }

    #[test]
    fn display_groups_thousands() {
        assert_eq!(Money::new(dec!(1234567.5)).to_string(), "£1,234,567.50");
        assert_eq!(Money::new(dec!(-3)).to_string(), "−£3.00");
        assert_eq!(Money::new(dec!(0.004)).to_string(), "£0.00");
    }
}
