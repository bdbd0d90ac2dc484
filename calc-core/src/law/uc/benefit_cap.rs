//! The benefit cap (Welfare Reform Act 2012 s. 96; UC Regulations 2013 regs. 78-83).
//!
//! If the welfare benefits a household gets in an assessment period (UC, new-style ESA and JSA, Child Benefit and
//! others, reg. 79(4)) exceed the cap for its kind and place (reg. 80A), UC is reduced by the excess, less any
//! childcare costs element (reg. 81), but not below nothing. The cap does not apply where an exemption in reg. 82 or
//! 83 holds: net earnings at or above 16 hours a week at the National Living Wage, pence disregarded (reg. 82(1)(a),
//! reg. 6(1A)), the 9-month grace period after such earnings (reg. 82(1)(b)), the LCWRA element or new-style ESA with
//! the support component (LCW alone does not exempt), the carer element or Carer's Allowance, or a disability benefit
//! for an adult or child (reg. 83). Carer's Allowance and disability benefits do not count towards the cap.

use rust_decimal::Decimal;

use crate::code::Code;
use crate::input::household::Household;
use crate::input::{ChildDisability, EsaStatus};
use crate::money::Money;
use crate::rules::{Param, PerYear, RuleSet};
use crate::threshold::{Crossing, Figures, Solve, Threshold};

/// The welfare benefits counted, less the childcare costs element, reach the cap: it starts reducing UC (reg. 81).
pub static BINDS: Threshold = Threshold {
    code: Code::BenefitCapBinds,
    solve: Solve::Round(2),
    notable: true,
    cause: |s, _, _| Crossing::by(&s.uc_rules.universal_credit.benefit_cap.couple_or_parent_outside_london.source),
};

/// Earned income reaches the earnings exception: the cap no longer applies (reg. 82(1)(a)).
pub static EARNINGS_EXCEPTION: Threshold = Threshold {
    code: Code::BenefitCapEarningsException,
    solve: Solve::Round(1),
    notable: true,
    cause: |s, _, _| Crossing {
        figures: Figures { limit: earnings_threshold(s.uc_rules), ..Figures::default() },
        rule: &s.uc_rules.universal_credit.benefit_cap.earnings_exception.source,
    },
};

crate::choices! {
    /// An exemption from the cap (regs. 82 and 83).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
    pub enum Exemption {
        /// Earnings at or above the earnings exception (reg. 82(1)(a)).
        Earnings = "earnings",
        /// The 9-month grace period (reg. 82(1)(b)).
        GracePeriod = "grace_period",
        /// The LCWRA element, or new-style ESA with the support component (reg. 83(1)(a)).
        LimitedCapability = "limited_capability",
        /// A carer (reg. 83(1)(b), (ba)).
        Carer = "carer",
        /// A disability benefit for someone in the household (reg. 83(1)(c)-(hb)).
        DisabilityBenefit = "disability_benefit",
    }
}

impl Exemption {
    pub fn reason(self) -> &'static str {
        match self {
            Exemption::Earnings => "earnings are at or above the benefit cap earnings threshold (UC Regs 2013 reg. 82(1)(a))",
            Exemption::GracePeriod => "the household is in the 9-month grace period (UC Regs 2013 reg. 82(1)(b))",
            Exemption::LimitedCapability => {
                "an adult has the LCWRA element or new-style ESA with the support component (UC Regs 2013 reg. 83(1)(a))"
            }
            Exemption::Carer => "an adult is a carer (UC Regs 2013 reg. 83(1)(b), (ba))",
            Exemption::DisabilityBenefit => {
                "someone in the household gets a disability benefit (UC Regs 2013 reg. 83(1)(c)-(hb)); a disabled child addition is taken to mean the child gets DLA or Child Disability Payment"
            }
        }
    }
}

/// 16 hours at the National Living Wage as a monthly amount (× 52 / 12), pence disregarded (reg. 82(1)(a)).
pub fn earnings_threshold(rules: &RuleSet) -> Money {
    let hours = rules.universal_credit.benefit_cap.earnings_exception_hours.value;
    (rules.minimum_wage.national_living_wage.money() * hours * Decimal::from(52) * (Decimal::ONE / Decimal::from(12)))
        .floor_pounds()
}

/// The monthly cap for this household (reg. 80A): the annual amount divided by 12, to the penny.
pub fn monthly_cap<'r>(household: &Household, rules: &'r RuleSet) -> (Money, &'r Param<PerYear>) {
    let cap = &rules.universal_credit.benefit_cap;
    let family = household.is_couple() || !household.children.is_empty();
    let annual = match (family, household.in_london) {
        (false, false) => &cap.single_outside_london,
        (false, true) => &cap.single_in_london,
        (true, false) => &cap.couple_or_parent_outside_london,
        (true, true) => &cap.couple_or_parent_in_london,
    };
    ((annual.money() * (Decimal::ONE / Decimal::from(12))).round_pence(), annual)
}

/// The exemption that applies: the earnings exception (earnings at or above `earnings_threshold`), or else `standing`,
/// the exemptions that do not depend on earnings (`exemption_whatever_earnings`).
pub fn exemption(
    standing: Option<Exemption>,
    earned_income_monthly: Money,
    earnings_threshold: Money,
) -> Option<Exemption> {
    if earned_income_monthly >= earnings_threshold {
        Some(Exemption::Earnings)
    } else {
        standing
    }
}

/// The exemptions that do not depend on earnings.
pub fn exemption_whatever_earnings(household: &Household) -> Option<Exemption> {
    let adults = &household.adults;
    if household.benefit_cap_grace_period {
        Some(Exemption::GracePeriod)
    } else if adults.iter().any(|a| a.has_lcwra() || a.esa == EsaStatus::SupportGroup) {
        Some(Exemption::LimitedCapability)
    } else if adults.iter().any(|a| a.cares_35_hours) {
        Some(Exemption::Carer)
    } else if adults.iter().any(|a| a.gets_disability_benefit())
        || household
            .children
            .iter()
            .any(|c| c.disability_benefits != Default::default() || c.disability != ChildDisability::None)
    {
        Some(Exemption::DisabilityBenefit)
    } else {
        None
    }
}

/// The reduction to UC: the excess of all welfare benefits over the cap, less the childcare costs element, no more
/// than the UC itself.
pub fn reduction(total_benefits: Money, cap: Money, childcare_element: Money, uc_before_cap: Money) -> Money {
    (total_benefits - cap - childcare_element).at_least_zero().min(uc_before_cap)
}
