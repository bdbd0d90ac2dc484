//! Workplace pension contributions.
//!
//! Automatic enrolment (Pensions Act 2008 ss. 3, 13 and 20): a worker aged 22 or over whose earnings in a pay
//! reference period are *more than* the earnings trigger is enrolled, and the minimum contribution is a percentage of
//! *qualifying earnings*, the part of pay between the lower and upper limits of the band for that period. We take the
//! employee's share as 5 % of qualifying earnings (the usual split of the 8 % minimum).
//!
//! Under relief at source the employee pays 80 % of the contribution from taxed pay and the scheme claims the basic
//! rate from HMRC (Finance Act 2004 s. 192); under a net pay arrangement the whole contribution comes off pay before
//! tax, so taxable pay is lower (Finance Act 2004 s. 193).

use rust_decimal::Decimal;

use crate::code::Code;
use crate::input::household::{Adult, Pension};
use crate::input::{PensionBasis, PensionRelief};
use crate::money::{Money, Rounding};
use crate::rules::{PerPayPeriod, RuleSet};
use crate::threshold::{Crossing, Figures, Scene, Solve, Threshold};
use crate::working::Trace;

/// A threshold on pay in a pay period, of the automatic-enrolment figures.
fn on_pay<'r>(s: &Scene<'r>, limit: &'r PerPayPeriod) -> Crossing<'r> {
    let figures = Figures { limit: limit.for_period(s.frequency()), per: s.frequency(), ..Figures::default() };
    Crossing { figures, rule: &limit.week.source }
}

/// Pay passes the earnings trigger: the worker is enrolled and contributions start.
pub static EARNINGS_TRIGGER: Threshold = Threshold {
    code: Code::PensionAutoEnrolment,
    solve: Solve::Round(0),
    notable: false,
    cause: |s, _, _| on_pay(s, &s.rules.pension.earnings_trigger),
};

/// Pay passes the bottom of the qualifying earnings band.
pub static QUALIFYING_EARNINGS_LOWER: Threshold = Threshold {
    code: Code::PensionQualifyingEarningsLower,
    solve: Solve::Round(0),
    notable: false,
    cause: |s, _, _| on_pay(s, &s.rules.pension.qualifying_earnings_lower),
};

/// Pay passes the top of the qualifying earnings band.
pub static QUALIFYING_EARNINGS_UPPER: Threshold = Threshold {
    code: Code::PensionQualifyingEarningsUpper,
    solve: Solve::Round(0),
    notable: false,
    cause: |s, _, _| on_pay(s, &s.rules.pension.qualifying_earnings_upper),
};

/// Records how far the adult's pay in a pay period, `gross`, is past the thresholds of their pension: the trigger for automatic
/// enrolment at its minimum age, and the qualifying earnings band for a scheme on qualifying earnings.
pub fn record_margins(adult: &Adult, index: usize, gross: Money, rules: &RuleSet, w: &mut Trace) {
    let (f, ae) = (adult.job.pay_frequency, &rules.pension);
    let qualifying = match adult.pension {
        Pension::AutoEnrolment { .. } if Decimal::from(adult.age) >= ae.minimum_age.value => {
            w.margin(&EARNINGS_TRIGGER, Some(index), gross, ae.earnings_trigger.for_period(f));
            true
        }
        Pension::AutoEnrolment { .. } => false,
        Pension::Custom { basis, .. } => basis == PensionBasis::QualifyingEarnings,
        Pension::OptedOut => false,
    };
    if qualifying {
        w.margin(&QUALIFYING_EARNINGS_LOWER, Some(index), gross, ae.qualifying_earnings_lower.for_period(f));
        w.margin(&QUALIFYING_EARNINGS_UPPER, Some(index), gross, ae.qualifying_earnings_upper.for_period(f));
    }
}

pub struct Contribution {
    pub gross: Money,
    pub paid: Money,
    pub before_tax: bool,
}

pub fn contribution(adult: &Adult, gross_pay: Money, rules: &RuleSet, rounding: Rounding) -> Contribution {
    let ae = &rules.pension;
    let frequency = adult.job.pay_frequency;
    let qualifying = || {
        (gross_pay.min(ae.qualifying_earnings_upper.for_period(frequency))
            - ae.qualifying_earnings_lower.for_period(frequency))
        .at_least_zero()
    };
    let (percent, base, relief) = match adult.pension {
        Pension::OptedOut => return Contribution { gross: Money::ZERO, paid: Money::ZERO, before_tax: false },
        Pension::AutoEnrolment { relief } => {
            let enrolled = Decimal::from(adult.age) >= ae.minimum_age.value
                && gross_pay > ae.earnings_trigger.for_period(frequency);
            if !enrolled {
                return Contribution { gross: Money::ZERO, paid: Money::ZERO, before_tax: false };
            }
            (ae.employee_minimum_percent.value, qualifying(), relief)
        }
        Pension::Custom { employee_percent, basis: PensionBasis::QualifyingEarnings, relief } => {
            (employee_percent, qualifying(), relief)
        }
        Pension::Custom { employee_percent, basis: PensionBasis::TotalPay, relief } => {
            (employee_percent, gross_pay, relief)
        }
    };
    let gross = rounding.apply(base.percent(percent), Money::round_pence);
    match relief {
        PensionRelief::NetPay => Contribution { gross, paid: gross, before_tax: true },
        PensionRelief::ReliefAtSource => {
            // The scheme adds basic-rate relief at the rest-of-UK basic rate, in Scotland too.
            let employee_share = Decimal::ONE_HUNDRED - rules.income_tax.rest_of_uk.basic_rate.value;
            Contribution {
                gross,
                paid: rounding.apply(gross.percent(employee_share), Money::round_pence),
                before_tax: false,
            }
        }
    }
}
