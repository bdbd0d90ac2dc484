//! The housing costs element for renters (UC Regulations 2013 reg. 25-26 and Sch. 4).
//!
//! Social rented sector (Sch. 4 paras. 30-36): rent plus eligible service charges, less 14 % for one bedroom more than
//! the size criteria allow or 25 % for two or more. Private rented sector (paras. 22-25): rent plus service charges,
//! capped at the local housing allowance for the household's size (given; its category is worked out from the size
//! criteria, `size_criteria`, for the reader to check it against). Then a housing cost contribution is taken for each
//! non-dependant (paras. 13-16), except those under 21 or otherwise exempt, and none at all if a claimant gets the
//! daily living part of a disability benefit (para. 15). The element cannot go below zero.

use rust_decimal::Decimal;

use crate::input::household::{Household, Housing};
use crate::law::disability;
use crate::law::uc::size_criteria::{self, LhaCategory};
use crate::money::Money;
use crate::rules::RuleSet;

#[derive(Clone, Copy, Debug, Default)]
pub struct HousingElement {
    pub eligible_rent: Money,
    pub under_occupancy_reduction: Money,
    pub non_dependant_deductions: Money,
    pub amount: Money,
    /// A private renter's: the bedrooms the size criteria allow and the local housing allowance category.
    pub lha: Option<(Option<u8>, Option<LhaCategory>)>,
}

pub fn element(household: &Household, rules: &RuleSet) -> Option<HousingElement> {
    let uc = &rules.universal_credit;
    let mut lha = None;
    let (eligible_rent, under_occupancy_reduction) = match household.housing {
        Housing::None => return None,
        Housing::SocialRent { rent_monthly, service_charges_monthly, spare_bedrooms } => {
            let eligible = rent_monthly + service_charges_monthly;
            let percent = match spare_bedrooms {
                0 => Decimal::ZERO,
                1 => uc.under_occupancy_one_bedroom_percent.value,
                _ => uc.under_occupancy_two_or_more_bedrooms_percent.value,
            };
            (eligible, eligible.percent(percent).round_pence())
        }
        Housing::PrivateRent {
            rent_monthly,
            service_charges_monthly,
            lha_monthly,
            additional_bedrooms,
            shared_accommodation_exception,
        } => {
            let bedrooms = size_criteria::bedrooms(household, additional_bedrooms);
            lha = Some((bedrooms, size_criteria::lha_category(household, bedrooms, shared_accommodation_exception)));
            ((rent_monthly + service_charges_monthly).min(lha_monthly), Money::ZERO)
        }
    };
    let claimant_exempt = household.adults.iter().any(|a| disability::has_care_component(&a.disability_benefits));
    let contributing = if claimant_exempt {
        0
    } else {
        household
            .non_dependants
            .iter()
            .filter(|n| !n.exempt && Decimal::from(n.age) >= uc.non_dependant_minimum_age.value)
            .count()
    };
    let non_dependant_deductions = uc.non_dependant_deduction.money() * Decimal::from(contributing);
    let amount = (eligible_rent - under_occupancy_reduction - non_dependant_deductions).at_least_zero();
    Some(HousingElement { eligible_rent, under_occupancy_reduction, non_dependant_deductions, amount, lha })
}
