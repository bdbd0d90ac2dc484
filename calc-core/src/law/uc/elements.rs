//! The elements that make up the maximum amount of Universal Credit (UC Regulations 2013 (SI 2013/376) regs. 23-30
//! and the table in reg. 36): standard allowance, child element with the two-child limit, disabled child additions,
//! LCW and LCWRA elements, and the carer element.

use rust_decimal::Decimal;

use crate::input::household::{Adult, BornBeforeFrom, Child, Household};
use crate::input::{ChildDisability, UcHealth};
use crate::money::Money;
use crate::rules::{Param, PerMonth, RuleSet};

/// Reg. 36: single or joint, under or over 25. A couple gets the higher joint rate if either is 25 or over.
pub fn standard_allowance<'r>(household: &Household, rules: &'r RuleSet) -> &'r Param<PerMonth> {
    let uc = &rules.universal_credit;
    let any_25 = household.adults.iter().any(|a| Decimal::from(a.age) >= uc.standard_allowance_age.value);
    match (household.is_couple(), any_25) {
        (false, false) => &uc.standard_allowance.single_under_25,
        (false, true) => &uc.standard_allowance.single_25_or_over,
        (true, false) => &uc.standard_allowance.couple_both_under_25,
        (true, true) => &uc.standard_allowance.couple_either_25_or_over,
    }
}

/// The child element for each child, eldest first (reg. 24 and 24A, reg. 36). The eldest child gets the higher
/// amount if born before 6 April 2017. While the two-child limit is in force, a third or later child counts only if
/// born before 6 April 2017 or an exception applies (reg. 24A and Sch. 12).
pub struct ChildElements {
    pub total: Money,
    pub counted: usize,
    pub higher_first: bool,
}

pub fn child_elements(children: &[Child], rules: &RuleSet) -> ChildElements {
    let uc = &rules.universal_credit;
    // Each child's place from the eldest (0), twins in the order given: counted instead of sorting, which is a good deal
    // of WebAssembly for at most a handful of children.
    let place = |i: usize, child: &Child| {
        children
            .iter()
            .enumerate()
            .filter(|(j, other)| other.age > child.age || (other.age == child.age && *j < i))
            .count()
    };
    let mut total = Money::ZERO;
    let mut counted = 0;
    let mut higher_first = false;
    for (i, child) in children.iter().enumerate() {
        let place = place(i, child);
        let within_limit =
            !uc.two_child_limit.value || place < 2 || child.born_before_6_april_2017 || child.two_child_limit_exception;
        if !within_limit {
            continue;
        }
        if place == 0 && child.born_before_6_april_2017 {
            total += uc.child_element_first_born_before_6_april_2017.money();
            higher_first = true;
        } else {
            total += uc.child_element.money();
        }
        counted += 1;
    }
    ChildElements { total, counted, higher_first }
}

/// Which children were born before 6 April 2017 and how that is known, for the working: "born before 6 April 2017:
/// the child aged 15 (from the age on 2026-06-01); on or after it: the child aged 4 (from the age on 2026-06-01)".
pub fn births(household: &Household) -> String {
    let said = |before: bool| {
        household
            .children
            .iter()
            .filter(|c| c.born_before_6_april_2017 == before)
            .map(|c| {
                let from = match c.born_before_from {
                    BornBeforeFrom::Age => format!("from the age on {}", household.date),
                    BornBeforeFrom::DateOfBirth => "from the date of birth".to_string(),
                    BornBeforeFrom::Given => "as given: the age fits either".to_string(),
                };
                format!("the child aged {} ({from})", c.age)
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (before, after) = (said(true), said(false));
    let none = |s: String| if s.is_empty() { "none".to_string() } else { s };
    format!(
        "born before 6 April 2017 (the higher first-child amount, reg. 36; outside the two-child limit, reg. 24A(1)): {}; on or after it: {}",
        none(before),
        none(after)
    )
}

/// Reg. 24(2): an addition for each disabled child, whether or not the two-child limit stops their child element.
pub fn disabled_child_additions(children: &[Child], rules: &RuleSet) -> Money {
    let uc = &rules.universal_credit;
    children
        .iter()
        .map(|c| match c.disability {
            ChildDisability::None => Money::ZERO,
            ChildDisability::Lower => uc.disabled_child_addition_lower.money(),
            ChildDisability::Higher => uc.disabled_child_addition_higher.money(),
        })
        .sum()
}

/// The LCW or LCWRA element (regs. 27-28) and the carer element (regs. 29-30), worked out together because reg. 29(4)
/// lets one person have only one of them.
pub struct HealthAndCarer<'r> {
    /// The LCW or LCWRA element included, if any.
    pub health: Option<&'r Param<PerMonth>>,
    pub carer_element: Money,
    pub carers: usize,
    /// A carer whose carer element, or LCW element, reg. 29(4) left out.
    pub overlap: Option<Overlap>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overlap {
    /// The LCWRA element included is the carer's own, so the carer element is not (reg. 29(4)).
    LcwraInstead,
    /// The carer keeps the LCW element from before 3 April 2017 (SI 2017/204 Sch. 2 para. 8) and only the higher of it
    /// and the carer element is included (reg. 29(4) as saved): the carer element where `carer_higher`.
    HigherOfLcwAndCarer { carer_higher: bool },
}

/// Which elements the award includes for work capability and caring:
/// - a joint claim includes one LCW or LCWRA element, the higher amount (reg. 27(4); from 6 April 2026 reg. 27(4)(b),
///   inserted by the Universal Credit Act 2025 Sch. 1 para. 3(c), where the two LCWRA amounts differ). The element is
///   the member's whose own amount it is; where both amounts are equal we take it as the non-carer's, so that a carer
///   keeps the carer element, as DWP decides these claims (reg. 27 names no member, ADM F5010);
/// - the carer element for each adult with regular and substantial caring responsibilities for a severely disabled
///   person, whatever their earnings (reg. 30(1)) and whether or not they claim Carer's Allowance (reg. 30(2)). We
///   assume two carers in a couple care for different people (reg. 29(3) allows one element per cared-for person);
/// - but where the element included is the carer's own (reg. 29(4), ADM F5020 and F6014): LCWRA only, even where the
///   new-claimant LCWRA amount is lower than the carer element; and for an LCW element kept from before 3 April 2017,
///   the higher of it and the carer element (reg. 29(4) as saved by SI 2017/204 Sch. 2 para. 8).
///
/// So a carer on the protected LCWRA amount whose partner has the new-claimant amount gets the protected amount and no
/// carer element; with the amounts the other way round, the partner's protected amount is included and the carer keeps
/// the carer element.
pub fn health_and_carer<'r>(adults: &[Adult], rules: &'r RuleSet) -> HealthAndCarer<'r> {
    let uc = &rules.universal_credit;
    let own = |a: &Adult| match a.uc_health {
        UcHealth::None | UcHealth::Lcw => None,
        UcHealth::LcwWithElement => Some(&uc.lcw_element),
        UcHealth::LcwraProtected => Some(&uc.lcwra_element_protected),
        UcHealth::LcwraNewClaimant => Some(&uc.lcwra_element_new_claimant),
    };
    let highest = adults.iter().filter_map(own).map(|p| p.value).max();
    // The member the element is included for: the one whose amount it is, a non-carer first where both are equal.
    let holder = adults
        .iter()
        .enumerate()
        .filter(|(_, a)| own(a).map(|p| p.value) == highest && highest.is_some())
        .min_by_key(|(_, a)| a.cares_35_hours)
        .map(|(i, _)| i);
    let mut health = holder.and_then(|i| own(&adults[i]));
    let mut overlap = None;
    let mut carers = 0;
    for (i, _) in adults.iter().enumerate().filter(|(_, a)| a.cares_35_hours) {
        match (holder == Some(i), health) {
            (true, Some(p)) if std::ptr::eq(p, &uc.lcw_element) => {
                let carer_higher = uc.carer_element.value > p.value;
                if carer_higher {
                    health = None;
                    carers += 1;
                }
                overlap = Some(Overlap::HigherOfLcwAndCarer { carer_higher });
            }
            (true, Some(_)) => overlap = Some(Overlap::LcwraInstead),
            _ => carers += 1,
        }
    }
    HealthAndCarer { health, carer_element: uc.carer_element.money() * Decimal::from(carers), carers, overlap }
}
