//! What a calculation gives: the result types, serialised as the command-line tool's and the module's JSON
//! (`schema/`). The engine (`calculation`) fills in the figures and the working; `months` and `warnings` add theirs.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use crate::code::Code;
use crate::date::Date;
use crate::money::Money;
use crate::period::Amounts;
use crate::rules::RuleSet;

pub use crate::law::esa::PermittedWork;
pub use crate::law::help_in_kind::{Help, HelpItem};
pub use crate::law::uc::benefit_cap::Exemption;
pub use crate::law::uc::{BenefitCapWorking, UniversalCredit};
pub use crate::working::Line;

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Calculation {
    pub rule_set: RuleSetUsed,
    /// The rule set Universal Credit takes: the one in force on the first day of the assessment period that holds the
    /// date (the year before's where that period began before the April up-rating), when the rules are picked by date.
    pub universal_credit_rule_set: RuleSetUsed,
    pub adults: Vec<AdultResult>,
    pub household: Totals,
    pub universal_credit: UniversalCredit,
    /// Help that is not cash (free school meals, health costs, food payments, the Warm Home Discount): each kind the
    /// household could have, whether it has it and what it is worth. Never part of the cash figures.
    pub help_in_kind: Vec<HelpItem>,
    pub warnings: Vec<Warning>,
    /// How each figure was worked out, with its legal reference.
    pub working: Vec<Line>,
    /// The year's twelve assessment periods with the paydays in each and what UC pays for each (`months`).
    pub months: Vec<AssessmentPeriod>,
    /// True where the year's Universal Credit (and Scottish Child Payment) is what the twelve assessment periods add up
    /// to, because a test the law makes in each period (the benefit cap's earnings exception, whether any UC is left)
    /// does not come out in all of them as in the averaged month: the month shown is then their average. False where
    /// the year is twelve times the averaged month, which `universal_credit` works out.
    pub universal_credit_by_periods: bool,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct RuleSetUsed {
    pub id: String,
    pub version: String,
    pub valid_from: Date,
    pub valid_to: Date,
}

impl RuleSetUsed {
    pub fn of(rules: &RuleSet) -> RuleSetUsed {
        RuleSetUsed {
            id: rules.id.to_string(),
            version: rules.version.to_string(),
            valid_from: rules.valid_from,
            valid_to: rules.valid_to,
        }
    }
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct AdultResult {
    pub gross_earnings: Amounts,
    pub income_tax: Amounts,
    pub national_insurance: Amounts,
    /// What comes out of pay for the workplace pension.
    pub pension_contributions: Amounts,
    pub net_earnings: Amounts,
    /// Earnings as Universal Credit counts them: gross pay less the income tax deducted from it (with any tax on ESA
    /// or Carer's Allowance collected through the PAYE code), Class 1 NI and the pension contribution the scheme
    /// receives (UC Regs 2013 reg. 55(5)).
    pub uc_earned_income: Amounts,
    pub esa: Amounts,
    /// Which permitted-work rule the work comes under; absent without ESA.
    pub esa_permitted_work: Option<PermittedWork>,
    pub carers_allowance: Amounts,
    /// Weekly net earnings as Carer's Allowance counts them (after tax, NI, half the pension and care costs), in the
    /// test that decided it: made with the allowance in payment.
    pub carers_allowance_net_earnings_weekly: Money,
    /// Scotland's payments on top of Carer's Allowance or Carer Support Payment: the Carer's Allowance Supplement
    /// (twice a year, to 2025-26) and the weekly Scottish Carer Supplement (from 15 March 2026). Taxable; not income
    /// for Universal Credit. The year's total over 12 months or 52 weeks; `months` shows the supplements in the
    /// periods they are paid in.
    pub scottish_carer_payments: Amounts,
    pub disability_benefits: Amounts,
}

#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Totals {
    pub gross_earnings: Amounts,
    pub income_tax: Amounts,
    pub national_insurance: Amounts,
    pub pension_contributions: Amounts,
    pub net_earnings: Amounts,
    pub universal_credit: Amounts,
    pub esa: Amounts,
    pub carers_allowance: Amounts,
    /// Scotland's supplements to Carer's Allowance and Carer Support Payment (see `AdultResult`).
    pub scottish_carer_payments: Amounts,
    pub child_benefit: Amounts,
    pub high_income_child_benefit_charge: Amounts,
    pub scottish_child_payment: Amounts,
    pub disability_benefits: Amounts,
    pub other_income: Amounts,
    /// Net earnings and every benefit (the Council Tax Reduction too), less the High Income Child Benefit Charge.
    pub total_net_income: Amounts,
    pub housing_costs: Amounts,
    pub childcare_costs: Amounts,
    pub travel_costs: Amounts,
    /// The council tax bill (after discounts, before any reduction).
    pub council_tax: Amounts,
    /// The Council Tax Reduction (council tax support), counted in total net income: held as given, or worked out
    /// from the council's scheme.
    pub council_tax_reduction: Amounts,
    /// After housing, council tax, childcare and travel.
    pub income_after_costs: Amounts,
    /// What the help in kind the household has is worth (`help_in_kind`): beside the cash, not in it.
    pub help_in_kind: Amounts,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Warning {
    /// `below_minimum_wage`, `benefit_cap_some_periods` or `universal_credit_some_periods`, or the code of the
    /// threshold's first cause (for example `esa_higher_limit`, `universal_credit_nil`), or of the stretch
    /// (`hicbc_steps`).
    pub code: Code,
    pub message: String,
    /// The adult whose hours the warning is about.
    pub adult: Option<usize>,
    /// The weekly hours at which the threshold is crossed, for that adult at their hourly wage.
    pub hours_per_week: Option<Decimal>,
}

/// One assessment period: its dates, its paydays, and what the household has for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct AssessmentPeriod {
    pub start: Date,
    /// The period's last day.
    pub end: Date,
    /// The rule year whose Universal Credit amounts the period takes: the one in force on its first day, where the
    /// rules were picked by the date.
    pub rule_year: String,
    /// False where the period begins after the last rule year the calculator has: it then takes that year's amounts,
    /// and next year's may differ.
    pub rules_known: bool,
    /// The paydays in the period, for each adult (none for an adult not working).
    pub paydays: Vec<Vec<Date>>,
    /// The earnings UC counts for the period: what was paid in it, less income tax, NI and the pension contribution.
    pub earned_income: Money,
    /// The take-home pay paid in the period.
    pub net_earnings: Money,
    pub universal_credit: Money,
    /// How far the earned income is above the point where UC stops (none while UC is due). Earnings far enough above
    /// it are carried into the next period as surplus earnings (reg. 54A), which is not modelled: the periods after
    /// one with a figure here may have less UC than shown.
    pub earnings_above_nil_point: Money,
    /// What the benefit cap takes from the period's UC (reg. 81): the earnings exception is tested in each period.
    pub benefit_cap_reduction: Money,
    pub scottish_child_payment: Money,
    /// Every other benefit and income, the main calculation's monthly figures (less the High Income Child Benefit
    /// Charge), with a Carer's Allowance Supplement in the period it is paid in.
    pub other_income: Money,
    pub total_net_income: Money,
    /// After housing, childcare and travel costs, as a month in the main calculation.
    pub income_after_costs: Money,
}
