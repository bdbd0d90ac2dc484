//! A job's pay and what comes off it: workplace pension, Class 1 National Insurance and income tax.
//!
//! Pay is worked out per pay period, as an employer pays it: NI and pension thresholds are per pay period, so a
//! monthly and a weekly pay packet of the same annual value can be treated differently. Income tax is the annual
//! liability spread evenly over the periods, which is what PAYE's cumulative basis gives for steady pay.

pub mod income_tax;
pub mod national_insurance;
pub mod pension;

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::input::household::Adult;
use crate::input::PayFrequency;
use crate::money::{Money, Rounding};
use crate::rules::{PerPayPeriod, RuleSet};

/// One adult's pay for one pay period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PayPeriod {
    pub frequency: PayFrequency,
    pub gross: Money,
    /// The gross contribution to the pension scheme (before any tax relief is added by the scheme).
    pub pension_gross: Money,
    /// What actually comes out of pay for the pension: the whole contribution under a net pay arrangement, 80 % of it
    /// under relief at source.
    pub pension_paid: Money,
    /// Whether the contribution comes off pay before tax (net pay arrangement).
    pub pension_before_tax: bool,
    pub national_insurance: Money,
}

impl PayFrequency {
    pub fn periods_per_year(self) -> Decimal {
        match self {
            PayFrequency::Weekly => dec!(52),
            PayFrequency::Fortnightly => dec!(26),
            PayFrequency::FourWeekly => dec!(13),
            PayFrequency::Monthly => dec!(12),
        }
    }
}

impl PerPayPeriod {
    /// The threshold for a pay period of this frequency.
    pub fn for_period(&self, frequency: PayFrequency) -> Money {
        match frequency {
            PayFrequency::Weekly => self.week.money(),
            PayFrequency::Fortnightly => self.fortnight.money(),
            PayFrequency::FourWeekly => self.four_weeks.money(),
            PayFrequency::Monthly => self.month.money(),
        }
    }
}

/// Gross pay for one period: hours × hourly wage × weeks in the period, to the penny.
pub fn gross_pay(hours_per_week: Decimal, hourly_wage: Money, frequency: PayFrequency, rounding: Rounding) -> Money {
    // Hours × wage × 52 / periods: the division comes last so that a whole number of pence is not disturbed.
    rounding.apply(hourly_wage * hours_per_week * dec!(52) / frequency.periods_per_year(), Money::round_pence)
}

/// One adult's pay period: gross pay, pension and NI. Income tax is annual and worked out separately.
pub fn pay_period(adult: &Adult, rules: &RuleSet, rounding: Rounding) -> PayPeriod {
    let frequency = adult.job.pay_frequency;
    let gross = gross_pay(adult.job.hours_per_week, adult.job.hourly_wage, frequency, rounding);
    let pension = pension::contribution(adult, gross, rules, rounding);
    PayPeriod {
        frequency,
        gross,
        pension_gross: pension.gross,
        pension_paid: pension.paid,
        pension_before_tax: pension.before_tax,
        national_insurance: national_insurance::class_1(gross, frequency, rules, rounding),
    }
}

impl PayPeriod {
    pub fn annual(self, per_period: Money) -> Money {
        per_period * self.frequency.periods_per_year()
    }
}
