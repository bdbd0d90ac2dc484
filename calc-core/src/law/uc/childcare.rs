//! The childcare costs element (UC Regulations 2013 regs. 31-35): 85 % of the childcare paid, capped by the number
//! of children it is paid for (reg. 36 table), if the work condition is met (reg. 32): a single claimant in paid work, or a couple
//! both in paid work, or one in paid work and the other with limited capability for work or caring for a severely
//! disabled person.

use crate::input::household::{Child, Household};
use crate::money::Money;
use crate::rules::RuleSet;

/// The highest age at which childcare can be counted: until the 1 September after the child's 16th birthday.
const CHILDCARE_MAX_AGE: u8 = 16;

pub struct ChildcareElement {
    pub amount: Money,
    pub work_condition_met: bool,
    pub cap: Money,
}

/// How many children are of an age for childcare to count.
pub fn of_childcare_age(children: &[Child]) -> usize {
    children.iter().filter(|c| c.age <= CHILDCARE_MAX_AGE).count()
}

pub fn element(household: &Household, rules: &RuleSet) -> ChildcareElement {
    let uc = &rules.universal_credit;
    let in_work = |a: &crate::input::household::Adult| a.job.in_paid_work();
    let work_condition_met = match household.adults.as_slice() {
        [one] => in_work(one),
        [a, b] => {
            let unable = |x: &crate::input::household::Adult| x.has_lcw_or_lcwra() || x.cares_35_hours;
            (in_work(a) && in_work(b)) || (in_work(a) && unable(b)) || (in_work(b) && unable(a))
        }
        _ => false,
    };
    let cap = match household.children_in_childcare {
        0 => Money::ZERO,
        1 => uc.childcare_max_one_child.money(),
        _ => uc.childcare_max_two_or_more_children.money(),
    };
    let amount = if work_condition_met {
        household.childcare_costs_monthly.percent(uc.childcare_percent.value).round_pence().min(cap)
    } else {
        Money::ZERO
    };
    ChildcareElement { amount, work_condition_met, cap }
}
