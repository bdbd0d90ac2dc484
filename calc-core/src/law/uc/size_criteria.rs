//! The size criteria for renters (UC Regulations 2013 Sch. 4 paras. 8-12) and the local housing allowance category
//! they give in the private rented sector (paras. 26-29).
//!
//! One bedroom for each of these, each person counted in the first that fits them (para. 10): a couple; a person who
//! is not a child (16 or over: a child is a person under 16, Welfare Reform Act 2012 s. 40), such as a qualifying
//! young person or a non-dependant; two children of the same sex; two children under 10; any other child. The
//! categories are read here as the rent officers' size criteria set them out (Rent Officers (Additional Functions)
//! Order 1995 Sch. 2 para. 1), which para. 10 follows; para. 10's own text was not read in a stored copy. Additional
//! bedrooms (para. 12: overnight care, a foster parent, a disabled child or adult who cannot share) are given by the
//! caller. In the private rented sector no renter is allowed more than 4 (para. 26), and a single renter under 35 who
//! is responsible for no child and has no non-dependant gets the shared accommodation rate only (paras. 27-28) unless
//! excepted (para. 29; getting PIP or ADP daily living, or DLA care at the middle or highest rate, is an exception of
//! itself, para. 29(5)).

use schemars::JsonSchema;
use serde::Serialize;

use crate::input::household::{Child, Household};
use crate::input::Sex;
use crate::law::disability;

pub const RULE: &str =
    "Universal Credit Regulations 2013 (SI 2013/376) Sch. 4 paras. 8-12 (bedrooms allowed) and 26-29 (four-bedroom limit, shared accommodation)";

crate::choices! {
    /// The local housing allowance category the household's size criteria give (a private renter's).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
    pub enum LhaCategory {
        SharedAccommodation = "shared_accommodation",
        OneBedroom = "one_bedroom",
        TwoBedrooms = "two_bedrooms",
        ThreeBedrooms = "three_bedrooms",
        FourBedrooms = "four_bedrooms",
    }
}

/// The bedrooms allowed, with the `additional` ones given; `None` where it turns on children's sexes not given.
pub fn bedrooms(household: &Household, additional: u8) -> Option<u8> {
    let non_dependants = household.non_dependants.iter().filter(|n| n.age >= 16).count();
    let young_people = household.children.iter().filter(|c| c.age >= 16).count();
    let children: Vec<&Child> = household.children.iter().filter(|c| c.age < 16).collect();
    let rooms = 1 + non_dependants + young_people + usize::from(children_rooms(&children)?) + usize::from(additional);
    Some(u8::try_from(rooms).unwrap_or(u8::MAX))
}

/// The fewest bedrooms children under 16 share by twos: the same sex at any age, either sex under 10.
fn children_rooms(children: &[&Child]) -> Option<u8> {
    let n = children.len();
    if children.iter().all(|c| c.age < 10) {
        return Some(n.div_ceil(2) as u8);
    }
    if n > 1 && children.iter().any(|c| c.sex.is_none()) {
        return None;
    }
    let youngest = |sex: Sex| children.iter().filter(|c| c.sex == Some(sex)).map(|c| c.age).min();
    let count = |sex: Sex| children.iter().filter(|c| c.sex == Some(sex)).count();
    let (girls, boys) = (count(Sex::Female), count(Sex::Male));
    let mut rooms = girls.div_ceil(2) + boys.div_ceil(2) + (n - girls - boys);
    // With an odd number of each, one girl and one boy are left over: they share if both can be under 10.
    if girls % 2 == 1 && boys % 2 == 1 && youngest(Sex::Female) < Some(10) && youngest(Sex::Male) < Some(10) {
        rooms -= 1;
    }
    Some(rooms as u8)
}

/// The category for a private renter allowed `bedrooms` (`None` if not known), `excepted` (para. 29) where the caller
/// says so.
pub fn lha_category(household: &Household, bedrooms: Option<u8>, excepted: bool) -> Option<LhaCategory> {
    let renter = household.adults.first()?;
    let shared = household.adults.len() == 1
        && renter.age < 35
        && household.children.is_empty()
        && household.non_dependants.is_empty()
        && !excepted
        && !disability::has_care_component(&renter.disability_benefits);
    if shared {
        return Some(LhaCategory::SharedAccommodation);
    }
    Some(match bedrooms?.min(4) {
        0 | 1 => LhaCategory::OneBedroom,
        2 => LhaCategory::TwoBedrooms,
        3 => LhaCategory::ThreeBedrooms,
        _ => LhaCategory::FourBedrooms,
    })
}

/// The category in words, for the working.
pub fn words(category: Option<LhaCategory>) -> &'static str {
    match category {
        Some(LhaCategory::SharedAccommodation) => "the shared accommodation rate (a single renter under 35, para. 27)",
        Some(LhaCategory::OneBedroom) => "the one-bedroom rate",
        Some(LhaCategory::TwoBedrooms) => "the two-bedroom rate",
        Some(LhaCategory::ThreeBedrooms) => "the three-bedroom rate",
        Some(LhaCategory::FourBedrooms) => "the four-bedroom rate (the most, para. 26)",
        None => "a rate that turns on the children's sexes, which are not given",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::household::{BornBeforeFrom, School, SchoolFrom};
    use crate::input::{ChildDisability, RawDisabilityBenefits};

    fn child(age: u8, sex: Option<Sex>) -> Child {
        Child {
            age,
            born_before_6_april_2017: false,
            born_before_from: BornBeforeFrom::Age,
            disability: ChildDisability::None,
            two_child_limit_exception: false,
            disability_benefits: RawDisabilityBenefits::default(),
            sex,
            school: School { years: (-1, -1), from: SchoolFrom::Given },
            has_free_school_meals: false,
        }
    }

    #[test]
    fn children_share_by_sex_or_under_ten() {
        let rooms = |children: &[Child]| children_rooms(&children.iter().collect::<Vec<_>>());
        let (f, m) = (Some(Sex::Female), Some(Sex::Male));
        // Under 10, any sexes, even not given: two to a room.
        assert_eq!(rooms(&[child(3, None), child(8, None), child(9, None)]), Some(2));
        // A girl of 12 and a boy of 11 cannot share; a girl of 12 and a girl of 14 can.
        assert_eq!(rooms(&[child(12, f), child(11, m)]), Some(2));
        assert_eq!(rooms(&[child(12, f), child(14, f)]), Some(1));
        // An odd girl and an odd boy left over share only if both can be under 10: the youngest are left over.
        assert_eq!(rooms(&[child(13, f), child(15, f), child(4, f), child(6, m)]), Some(2));
        assert_eq!(rooms(&[child(13, f), child(12, m)]), Some(2));
        // One child over 10 alone needs no sex; two, where one is not given, cannot be counted.
        assert_eq!(rooms(&[child(12, None)]), Some(1));
        assert_eq!(rooms(&[child(12, None), child(4, f)]), None);
    }
}
