//! Universal Credit for one monthly assessment period (Welfare Reform Act 2012 Part 1; UC Regulations 2013).
//!
//! The award is the maximum amount (the elements, reg. 23) less all unearned income (reg. 66) and 55 % of earned
//! income above any work allowance (reg. 22), then reduced by the benefit cap (reg. 81). Amounts are rounded to the
//! penny (reg. 6) and an award under a penny is not paid (reg. 17). Earned income is net of income tax, Class 1 NI and
//! relievable pension contributions (reg. 55(5)).

pub mod benefit_cap;
pub mod capital;
pub mod childcare;
pub mod elements;
pub mod housing;
pub mod size_criteria;

use schemars::JsonSchema;
use serde::Serialize;

use crate::code::Code;
use crate::date::Date;
use crate::input::household::Household;
use crate::input::Nation;
use crate::law::uc::benefit_cap::Exemption;
use crate::money::Money;
use crate::period::weekly_to_monthly;
use crate::rules::{Param, PerMonth, PerYear, RuleSet};
use crate::threshold::{Crossing, Figures, Solve, Threshold};
use crate::working::Trace;

/// Earned income passes the work allowance: the taper starts (reg. 22).
pub static WORK_ALLOWANCE: Threshold = Threshold {
    code: Code::WorkAllowance,
    solve: Solve::Round(1),
    notable: true,
    cause: |s, _, _| {
        let uc = &s.uc_rules.universal_credit;
        let figures = Figures { number: uc.taper_percent.value, ..Figures::default() };
        Crossing { figures, rule: &uc.work_allowance_higher.source }
    },
};

/// What is left of UC after income and the cap reaches the minimum award: below it, none is paid (reg. 17), and
/// neither is help that needs UC in payment (Scottish Child Payment).
pub static NIL: Threshold = Threshold {
    code: Code::UniversalCreditNil,
    solve: Solve::Round(2),
    notable: true,
    cause: |s, _, _| {
        let with_scottish_child_payment = s.household.nation == Nation::Scotland && !s.household.children.is_empty();
        Crossing {
            figures: Figures { with_scottish_child_payment, ..Figures::default() },
            rule: &s.uc_rules.universal_credit.minimum_award.source,
        }
    },
};

/// The rules for the assessment period beginning on `start`. Where the rules were picked by the date, a period takes
/// the UC amounts in force on its first day (`RuleSet::universal_credit_from`): a date of 10 April 2026 in a period
/// from 20 March takes the 2025-26 amounts and the two-child limit. None where the calculator does not have them
/// (a period after the last rule year). A rule year or a caller's rule set is used for every period.
pub fn rules_for<'r>(household: &Household, rules: &'r RuleSet, start: Date) -> Option<&'r RuleSet> {
    if household.rules_by_date {
        crate::rules::for_assessment_period(start)
    } else {
        Some(rules)
    }
}

/// Income the UC calculation needs from the rest of the engine, all monthly.
pub struct Income {
    pub earned: Money,
    pub esa: Money,
    pub carers_allowance: Money,
    /// Welfare benefits other than UC that count towards the benefit cap (ESA, Child Benefit).
    pub other_capped_benefits: Money,
}

impl Income {
    /// Monthly income from the earned income and the weekly benefits: each adult's ESA and Carer's Allowance and the
    /// household's Child Benefit, each × 52 / 12 (reg. 73).
    pub fn new(
        earned: Money,
        esa_weekly: impl Iterator<Item = Money>,
        carers_allowance_weekly: impl Iterator<Item = Money>,
        child_benefit_weekly: Money,
    ) -> Income {
        let esa: Money = esa_weekly.map(weekly_to_monthly).sum();
        Income {
            earned,
            esa,
            carers_allowance: carers_allowance_weekly.map(weekly_to_monthly).sum(),
            other_capped_benefits: esa + weekly_to_monthly(child_benefit_weekly),
        }
    }
}

/// The UC working for one assessment period; every amount is monthly.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct UniversalCredit {
    /// False where capital is above the upper limit: no UC at all.
    pub entitled: bool,
    pub standard_allowance: Money,
    pub child_element: Money,
    /// Children for whom a child element is included.
    pub children_counted: usize,
    pub disabled_child_additions: Money,
    pub lcw_element: Money,
    pub lcwra_element: Money,
    pub carer_element: Money,
    pub childcare_costs_element: Money,
    pub housing_costs_element: Money,
    /// A private renter's local housing allowance category under the size criteria (none where it turns on
    /// children's sexes not given).
    pub lha_category: Option<size_criteria::LhaCategory>,
    pub maximum_amount: Money,
    pub work_allowance: Money,
    pub earned_income: Money,
    /// 55 % of earned income above the work allowance.
    pub earnings_deduction: Money,
    pub tariff_income: Money,
    /// All unearned income taken into account, tariff income included.
    pub unearned_income: Money,
    pub award_before_cap: Money,
    pub benefit_cap: BenefitCapWorking,
    pub award: Money,
    /// What is left after income and the cap, tested against the minimum award (reg. 17): how far the household is
    /// from UC running out, which the help that needs UC in payment tests too.
    #[serde(skip)]
    pub due: Money,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct BenefitCapWorking {
    /// Why the cap does not apply, if it does not, in the rule's words.
    pub exemption: Option<&'static str>,
    /// Which exemption that is.
    pub exemption_code: Option<Exemption>,
    pub cap: Money,
    /// UC before the cap plus the other welfare benefits that count.
    pub total_benefits: Money,
    pub reduction: Money,
}

/// The parts of the calculation that do not depend on anyone's work or hours: the elements other than childcare,
/// tariff income and the benefit cap. The hours curve evaluates a household at dozens of hours and works these out
/// once.
pub struct Fixed<'r> {
    standard: &'r Param<PerMonth>,
    children: elements::ChildElements,
    disabled_child_additions: Money,
    health_and_carer: elements::HealthAndCarer<'r>,
    housing: Option<housing::HousingElement>,
    tariff_income: Money,
    cap: Money,
    cap_param: &'r Param<PerYear>,
    /// The exemptions from the cap that do not depend on earnings.
    standing_exemption: Option<Exemption>,
    earnings_threshold: Money,
}

impl<'r> Fixed<'r> {
    pub fn new(household: &Household, rules: &'r RuleSet) -> Fixed<'r> {
        let (cap, cap_param) = benefit_cap::monthly_cap(household, rules);
        Fixed {
            standard: elements::standard_allowance(household, rules),
            children: elements::child_elements(&household.children, rules),
            disabled_child_additions: elements::disabled_child_additions(&household.children, rules),
            health_and_carer: elements::health_and_carer(&household.adults, rules),
            housing: housing::element(household, rules),
            tariff_income: capital::tariff_income(household.savings, rules),
            cap,
            cap_param,
            standing_exemption: benefit_cap::exemption_whatever_earnings(household),
            earnings_threshold: benefit_cap::earnings_threshold(rules),
        }
    }
}

/// The award for `household` with `income`; `fixed` is `Fixed::new` of the same household (whatever its hours).
pub fn calculate(
    household: &Household,
    income: &Income,
    fixed: &Fixed,
    rules: &RuleSet,
    w: &mut Trace,
) -> UniversalCredit {
    let uc = &rules.universal_credit;
    const M: &str = "month";

    if capital::above_upper_limit(household.savings, rules) {
        w.note("universal_credit.award", Money::ZERO, M, &uc.capital_upper_limit.source, || {
            format!(
                "no entitlement: capital of {} is above the {} limit",
                household.savings,
                uc.capital_upper_limit.money()
            )
        });
        return UniversalCredit { entitled: false, ..Default::default() };
    }

    let standard = fixed.standard;
    w.note("universal_credit.standard_allowance", standard.money(), M, &standard.source, || {
        let kind = if household.is_couple() { "joint claimants" } else { "a single claimant" };
        format!("standard allowance for {kind}: {}", standard.money())
    });

    let children = &fixed.children;
    if !household.children.is_empty() {
        w.note("universal_credit.child_element", children.total, M, &uc.child_element.source, || {
            let limit = if uc.two_child_limit.value { " (two-child limit in force)" } else { "" };
            let first = if children.higher_first {
                format!(
                    "{} for the eldest, born before 6 April 2017, and ",
                    uc.child_element_first_born_before_6_april_2017.money()
                )
            } else {
                String::new()
            };
            format!(
                "{first}{} for each other child counted: {} of {} children counted{limit}; {}",
                uc.child_element.money(),
                children.counted,
                household.children.len(),
                elements::births(household)
            )
        });
    }
    let disabled_child_additions = fixed.disabled_child_additions;
    if disabled_child_additions.is_positive() {
        w.note(
            "universal_credit.disabled_child_additions",
            disabled_child_additions,
            M,
            &uc.disabled_child_addition_lower.source,
            || format!("disabled child additions: {disabled_child_additions}"),
        );
    }

    let elements::HealthAndCarer { health, carer_element, carers, overlap } = fixed.health_and_carer;
    let (lcw_element, lcwra_element) = match health {
        Some(p) if std::ptr::eq(p, &uc.lcw_element) => (p.money(), Money::ZERO),
        Some(p) => (Money::ZERO, p.money()),
        None => (Money::ZERO, Money::ZERO),
    };
    if let Some(p) = health {
        let figure =
            if lcw_element.is_positive() { "universal_credit.lcw_element" } else { "universal_credit.lcwra_element" };
        w.note(figure, p.money(), M, &p.source, || {
            let joint = if household.adults.iter().filter(|a| a.has_lcw_or_lcwra()).count() > 1 {
                "; one element for a couple, the higher amount, included for the adult whose amount it is (reg. 27(4))"
            } else {
                ""
            };
            format!("{} for limited capability for work{joint}", p.money())
        });
    }
    if carers > 0 || overlap.is_some() {
        w.note("universal_credit.carer_element", carer_element, M, &uc.carer_element.source, || {
            let why = match overlap {
                None => String::new(),
                Some(elements::Overlap::LcwraInstead) => {
                    "; a carer whose own LCWRA element is included gets that element only, not the carer element \
                     (reg. 29(4))"
                        .to_string()
                }
                Some(elements::Overlap::HigherOfLcwAndCarer { carer_higher }) => format!(
                    "; a carer who keeps the LCW element from before 3 April 2017 gets only the higher of it ({}) and \
                     the carer element, so the {} element is left out (reg. 29(4) as saved by SI 2017/204 Sch. 2 \
                     para. 8)",
                    uc.lcw_element.money(),
                    if carer_higher { "LCW" } else { "carer" }
                ),
            };
            format!("{carers} × {} carer element{why}", uc.carer_element.money())
        });
    }

    let childcare = childcare::element(household, rules);
    if household.childcare_costs_monthly.is_positive() {
        w.note("universal_credit.childcare_costs_element", childcare.amount, M, &uc.childcare_percent.source, || {
            if childcare.work_condition_met {
                format!(
                    "{} % × {} childcare = {}, capped at {}",
                    uc.childcare_percent.value,
                    household.childcare_costs_monthly,
                    household.childcare_costs_monthly.percent(uc.childcare_percent.value).round_pence(),
                    childcare.cap
                )
            } else {
                "nothing: the work condition is not met (a single claimant, or both of a couple, must be in paid work)"
                    .to_string()
            }
        });
    }

    let housing = fixed.housing;
    let housing_costs_element = housing.map_or(Money::ZERO, |h| h.amount);
    if let Some(h) = housing {
        w.note(
            "universal_credit.housing_costs_element",
            h.amount,
            M,
            &uc.under_occupancy_one_bedroom_percent.source,
            || {
                format!(
                "{} eligible rent and service charges − {} under-occupancy reduction − {} non-dependant contributions",
                h.eligible_rent, h.under_occupancy_reduction, h.non_dependant_deductions
            )
            },
        );
        if let Some((bedrooms, category)) = h.lha {
            w.note("universal_credit.lha_category", h.eligible_rent, M, size_criteria::RULE, || {
                let allowed = bedrooms.map_or("a number of bedrooms that turns on the children's sexes".to_string(), |b| format!("{b} bedroom(s)"));
                format!(
                    "the size criteria allow {allowed}, which gives {}: the local housing allowance given should be for it; the rent and service charges, capped at the allowance given, are {}",
                    size_criteria::words(category),
                    h.eligible_rent
                )
            });
        }
    }

    let maximum_amount = standard.money()
        + children.total
        + disabled_child_additions
        + lcw_element
        + lcwra_element
        + carer_element
        + childcare.amount
        + housing_costs_element;
    w.note("universal_credit.maximum_amount", maximum_amount, M, "Universal Credit Regulations 2013 reg. 23", || {
        "the sum of the elements above".to_string()
    });

    let gets_work_allowance = !household.children.is_empty() || household.adults.iter().any(|a| a.has_lcw_or_lcwra());
    // Reg. 22(2): the lower amount where the award "contains an amount for" housing costs; an element reduced to
    // nothing by non-dependant contributions contains none.
    let has_housing_element = housing_costs_element.is_positive();
    let work_allowance = match (gets_work_allowance, has_housing_element) {
        (false, _) => Money::ZERO,
        (true, true) => uc.work_allowance_lower.money(),
        (true, false) => uc.work_allowance_higher.money(),
    };
    if gets_work_allowance {
        let which = if has_housing_element { "lower (housing costs included)" } else { "higher (no housing costs)" };
        w.note("universal_credit.work_allowance", work_allowance, M, &uc.work_allowance_higher.source, || {
            format!("the {which} work allowance: {work_allowance}")
        });
    }

    let r = w.rounding;
    if work_allowance.is_positive() {
        w.margin(&WORK_ALLOWANCE, None, income.earned, work_allowance);
    }
    let earnings_deduction =
        r.apply((income.earned - work_allowance).at_least_zero().percent(uc.taper_percent.value), Money::round_pence);
    w.note("universal_credit.earnings_deduction", earnings_deduction, M, &uc.taper_percent.source, || {
        format!("{} % × ({} earned income − {} work allowance)", uc.taper_percent.value, income.earned, work_allowance)
    });

    let tariff_income = fixed.tariff_income;
    if tariff_income.is_positive() {
        w.note("universal_credit.tariff_income", tariff_income, M, &uc.tariff_income_per_band.source, || {
            format!(
                "{} for each {} or part above {}: capital of {}",
                uc.tariff_income_per_band.money(),
                uc.tariff_band.money(),
                uc.capital_lower_limit.money(),
                household.savings
            )
        });
    }
    let unearned_income =
        income.esa + income.carers_allowance + household.other_unearned_income_monthly + tariff_income;
    if unearned_income.is_positive() {
        w.note(
            "universal_credit.unearned_income",
            unearned_income,
            M,
            "Universal Credit Regulations 2013 regs. 66 and 73",
            || {
                format!(
                    "{} ESA + {} Carer's Allowance + {} other + {} tariff income, each weekly amount × 52 / 12",
                    income.esa, income.carers_allowance, household.other_unearned_income_monthly, tariff_income
                )
            },
        );
    }

    let remaining = maximum_amount - unearned_income - earnings_deduction;
    let award_before_cap = r.apply(remaining.at_least_zero(), Money::round_pence);

    let (cap, cap_param) = (fixed.cap, fixed.cap_param);
    let standing = fixed.standing_exemption;
    let earnings_threshold = fixed.earnings_threshold;
    let exemption = benefit_cap::exemption(standing, income.earned, earnings_threshold);
    let total_benefits = award_before_cap + income.other_capped_benefits;
    if standing.is_none() {
        w.margin(&benefit_cap::EARNINGS_EXCEPTION, None, income.earned, earnings_threshold);
        w.margin(&benefit_cap::BINDS, None, total_benefits - childcare.amount, cap);
    }
    let reduction = match exemption {
        Some(_) => Money::ZERO,
        None => benefit_cap::reduction(total_benefits, cap, childcare.amount, award_before_cap),
    };
    w.note("universal_credit.benefit_cap_reduction", reduction, M, &cap_param.source, || match exemption {
        Some(e) => format!("the cap does not apply: {}", e.reason()),
        None => format!(
            "{total_benefits} in capped benefits − {cap} cap − {} childcare costs element, if above nothing",
            childcare.amount
        ),
    });

    // UC stops where what is left after income and the cap falls below the minimum award (reg. 17), and with it any
    // help that needs UC in payment.
    let due = remaining.min(award_before_cap) - reduction;
    w.margin(&NIL, None, due, uc.minimum_award.money());
    let mut award = award_before_cap - reduction;
    if award < uc.minimum_award.money() {
        award = Money::ZERO;
    }
    w.note("universal_credit.award", award, M, "Universal Credit Regulations 2013 regs. 6, 17 and 22", || {
        format!(
            "{maximum_amount} maximum amount − {unearned_income} unearned income − {earnings_deduction} earnings deduction − {reduction} benefit cap"
        )
    });

    UniversalCredit {
        entitled: true,
        standard_allowance: standard.money(),
        child_element: children.total,
        children_counted: children.counted,
        disabled_child_additions,
        lcw_element,
        lcwra_element,
        carer_element,
        childcare_costs_element: childcare.amount,
        housing_costs_element,
        lha_category: housing.and_then(|h| h.lha).and_then(|(_, c)| c),
        maximum_amount,
        work_allowance,
        earned_income: income.earned,
        earnings_deduction,
        tariff_income,
        unearned_income,
        award_before_cap,
        benefit_cap: BenefitCapWorking {
            exemption: exemption.map(Exemption::reason),
            exemption_code: exemption,
            cap,
            total_benefits,
            reduction,
        },
        award,
        due,
    }
}
