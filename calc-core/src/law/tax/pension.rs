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

use crate::input::household::{Adult, Pension};
use crate::input::{PensionBasis, PensionRelief};
use crate::money::{Money, Rounding};
use crate::rules::RuleSet;

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
