//! What the page holds: the household exactly as the engine takes it (one model behind both modes, so switching mode,
//! saving and sharing lose nothing), the text typed into fields that does not read as a value yet, and the view
//! settings. The calculation is derived from these, never stored.

use std::collections::BTreeMap;
use std::rc::Rc;

use calc_core::input::{Nation, PayFrequency, RawAdult, RawHousehold, RawJob};
use calc_core::{Date, Hours, Language, Money};
use rust_decimal::Decimal;
use serde::Serialize;
use yew::Reducible;

calc_core::choices! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
    pub enum Mode {
        /// A few plain questions on short pages, then one answer: for a member of the public.
        Client = "client",
        /// Every input on one screen, scenarios side by side, the full working: for an adviser.
        Adviser = "adviser",
    }
}

/// The number of question pages in client mode; page `PAGES` is the answer.
pub const PAGES: usize = 5;

/// A group of client questions that "which of these apply to you" opens: a bit of `State::topics`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    Caring = 1,
    Disability = 2,
    Childcare = 4,
    Savings = 8,
    PartnerWork = 16,
    Travel = 32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub mode: Mode,
    /// The language chosen: a build has one (`text::LANGUAGE`) and hands over to the other's build for it.
    pub language: Language,
    /// Client mode's page: a question page below `PAGES`, else the answer.
    pub page: usize,
    pub household: RawHousehold,
    /// Counts the changes to `household`: the curve is worked out again when it moves (cheaper than comparing the
    /// households, and no household comparison in the WebAssembly).
    pub revision: u64,
    /// Text typed into a field, by the field's path, kept as typed so that "12." is not lost while typing.
    pub drafts: BTreeMap<String, Draft>,
    /// The adult whose hours change (0, or 1 for a partner); their hours in `household` are the hours worked now.
    pub adult: usize,
    /// The hours a week on the slider: the offer.
    pub hours: Decimal,
    /// More hours to compare side by side (adviser mode), as typed: "24, 30".
    pub more_hours: String,
    /// The groups of client questions ticked open (`Topic` bits); a group is open, too, where the household already
    /// has an answer in it.
    pub topics: u8,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub text: String,
    /// Why the text is not a value ("must be a number, like 12.71"), if it is not.
    pub error: Option<String>,
}

/// A change to the household.
pub type Edit = Rc<dyn Fn(&mut RawHousehold)>;

pub enum Action {
    /// Text typed into the field at `path`: the change it makes, or why it cannot be read.
    Text {
        path: String,
        text: String,
        edit: Result<Edit, String>,
    },
    Edit(Edit),
    /// A change to the household's shape (an adult, child or lodger added or removed): drafts no longer line up.
    Reshape(Edit),
    Load(Box<Saved>),
    Mode(Mode),
    Language(Language),
    Page(usize),
    Adult(usize),
    Hours(Decimal),
    MoreHours(String),
    /// A group of client questions ticked open, or closed: closing one takes its answers out of the household, so an
    /// unticked group changes nothing.
    Topic(Topic, bool),
}

calc_core::readable! {
    /// What is saved to a file, kept in this browser, or put in a share link: the whole state but the drafts.
    #[derive(Clone, Debug, PartialEq, Serialize)]
    pub struct Saved {
        pub mode: Mode,
        pub language: Language = default,
        pub household: RawHousehold,
        pub adult: usize = default,
        pub hours: Decimal,
        pub more_hours: String = default,
    }
}

impl State {
    /// A starting point: a 30-year-old in England, not working, offered 16 hours at the National Living Wage.
    pub fn new(today: Option<Date>) -> State {
        let adult = RawAdult {
            age: Some(30),
            job: Some(RawJob {
                hours_per_week: Some(Decimal::ZERO),
                hourly_wage: Some(Money::new(Decimal::new(1271, 2))),
                pay_frequency: PayFrequency::Weekly,
                ..Default::default()
            }),
            ..Default::default()
        };
        State {
            mode: Mode::Client,
            language: crate::text::LANGUAGE,
            page: 0,
            household: RawHousehold {
                date: today,
                nation: Some(Nation::England),
                adults: vec![adult],
                ..Default::default()
            },
            revision: 0,
            drafts: BTreeMap::new(),
            adult: 0,
            hours: Decimal::from(16),
            more_hours: String::new(),
            topics: 0,
        }
    }

    /// This state with a calculation loaded, as the page starts from a share link, this browser or a host's options.
    pub fn load(self, saved: Saved) -> State {
        (*Rc::new(self).reduce(Action::Load(Box::new(saved)))).clone()
    }

    pub fn saved(&self) -> Saved {
        Saved {
            mode: self.mode,
            language: self.language,
            household: self.household.clone(),
            adult: self.adult,
            hours: self.hours,
            more_hours: self.more_hours.clone(),
        }
    }

    /// The typed text that cannot be read, as problems to show.
    pub fn draft_errors(&self) -> Vec<FieldError> {
        self.drafts.iter().filter_map(|(path, d)| d.error.as_ref().map(|e| FieldError::new(path, e))).collect()
    }

    /// Whether a group of client questions is open: ticked, or already answered in the household.
    pub fn is_open(&self, topic: Topic) -> bool {
        self.topics & topic as u8 != 0 || edit::answered(&self.household, topic)
    }

    /// More hours to compare, each from 0 to 168, or a problem with the text.
    pub fn more_hours(&self) -> Result<Vec<Decimal>, FieldError> {
        self.more_hours
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(|t| Decimal::from_str_exact(t).ok().and_then(|h| Hours::new(h).ok()).map(Hours::get))
            .collect::<Option<Vec<_>>>()
            .ok_or_else(|| FieldError::new("more_hours", crate::text::page::MORE_HOURS_INVALID))
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        if matches!(
            action,
            Action::Text { .. } | Action::Edit(_) | Action::Reshape(_) | Action::Load(_) | Action::Topic(..)
        ) {
            next.revision += 1;
        }
        match action {
            Action::Text { path, text, edit } => {
                let error = match edit {
                    Ok(edit) => {
                        edit(&mut next.household);
                        None
                    }
                    Err(e) => Some(e),
                };
                next.drafts.insert(path, Draft { text, error });
            }
            Action::Edit(edit) => edit(&mut next.household),
            Action::Reshape(edit) => {
                edit(&mut next.household);
                next.drafts.clear();
                next.adult = next.adult.min(next.household.adults.len().saturating_sub(1));
            }
            Action::Load(saved) => {
                next = State {
                    mode: saved.mode,
                    language: saved.language,
                    page: PAGES,
                    adult: saved.adult.min(saved.household.adults.len().saturating_sub(1)),
                    household: saved.household,
                    revision: next.revision,
                    drafts: BTreeMap::new(),
                    hours: saved.hours,
                    more_hours: saved.more_hours,
                    topics: 0,
                }
            }
            Action::Mode(mode) => next.mode = mode,
            Action::Language(language) => next.language = language,
            Action::Page(page) => next.page = page.min(PAGES),
            Action::Adult(adult) => next.adult = adult,
            Action::Hours(hours) => next.hours = hours,
            Action::MoreHours(text) => next.more_hours = text,
            Action::Topic(topic, open) => {
                if open {
                    next.topics |= topic as u8;
                    // Caring's box is itself the answer: 35 hours for someone on a disability benefit.
                    if let (Topic::Caring, Some(a)) = (topic, next.household.adults.first_mut()) {
                        a.cares_35_hours = true;
                    }
                } else {
                    next.topics &= !(topic as u8);
                    edit::clear(&mut next.household, topic);
                    next.drafts.clear();
                }
            }
        }
        Rc::new(next)
    }
}

/// A problem to show: the field's path in the household (`adults[0].age`) and a sentence saying what is wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    pub path: String,
    pub message: String,
}

impl FieldError {
    /// The problem `message` (e.g. "is needed") with the field at `path` named in front of it.
    pub fn new(path: &str, message: &str) -> FieldError {
        let message = if message.starts_with(|c: char| c.is_ascii_uppercase()) {
            message.to_string()
        } else {
            format!("{} {message}", name(path))
        };
        FieldError { path: path.to_string(), message }
    }
}

/// The element id of the field at `path`: `adults[0].job.hourly_wage` → `adults-0-job-hourly_wage`.
pub fn dom_id(path: &str) -> String {
    let id = path.replace(['[', '.'], "-").replace(']', "");
    if id.is_empty() {
        "household".to_string()
    } else {
        id
    }
}

/// "Your partner's hourly pay", "Child 2's age": a field named for a sentence.
pub fn name(path: &str) -> String {
    let mut owner = String::from("The");
    let mut parts = path.split('.').peekable();
    if let Some(first) = parts.peek().copied() {
        let index = |s: &str| s.split(['[', ']']).nth(1).and_then(|n| n.parse::<usize>().ok());
        if let Some(i) = first.starts_with("adults[").then(|| index(first)).flatten() {
            owner = if i == 0 { "Your".into() } else { "Your partner's".into() };
            parts.next();
        } else if let Some(i) = first.starts_with("children[").then(|| index(first)).flatten() {
            owner = format!("Child {}'s", i + 1);
            parts.next();
        } else if let Some(i) = first.starts_with("non_dependants[").then(|| index(first)).flatten() {
            owner = format!("Other adult {}'s", i + 1);
            parts.next();
        }
    }
    let last = parts.last().unwrap_or("answer");
    let field = match last {
        "hourly_wage" => "hourly pay",
        "hours_per_week" => "hours a week",
        "rent_monthly" => "rent a month",
        "lha_monthly" => "local housing allowance",
        "service_charges_monthly" => "service charges a month",
        "travel_costs_weekly" => "travel costs a week",
        "childcare_costs_monthly" => "childcare costs a month",
        "other_unearned_income_monthly" => "other income a month",
        "bill_annual" => "council tax bill for the year",
        "reduction_annual" => "Council Tax Reduction for the year",
        "employee_percent" => "pension contribution",
        "children" => "children's ages",
        other => other,
    };
    format!("{owner} {}", field.replace('_', " "))
}

/// Who the home is rented from, the first question about housing in both modes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tenure {
    None,
    Social,
    Private,
}

/// Edits of the household that both modes make.
pub mod edit {
    use calc_core::input::{RawDisabilityBenefits, RawHousehold, RawHousing, RawJob};
    use calc_core::Money;

    use super::{Tenure, Topic};

    /// Whether the household has an answer in a group of client questions (the first adult's, and the partner's job).
    pub fn answered(h: &RawHousehold, topic: Topic) -> bool {
        let you = h.adults.first();
        let job = you.and_then(|a| a.job.as_ref());
        match topic {
            Topic::Caring => you.is_some_and(|a| a.cares_35_hours || a.claims_carers_allowance),
            Topic::Disability => you.is_some_and(|a| a.disability_benefits != RawDisabilityBenefits::default()),
            Topic::Childcare => h.childcare_costs_monthly.is_positive(),
            Topic::Savings => h.savings.is_positive(),
            Topic::PartnerWork => h.adults.get(1).and_then(|a| a.job.as_ref()).is_some(),
            Topic::Travel => job.is_some_and(|j| j.travel_costs_weekly.is_positive()),
        }
    }

    /// Takes the answers in a group of client questions out of the household.
    pub fn clear(h: &mut RawHousehold, topic: Topic) {
        match topic {
            Topic::Caring => {
                if let Some(a) = h.adults.first_mut() {
                    a.cares_35_hours = false;
                    a.claims_carers_allowance = false;
                }
            }
            Topic::Disability => {
                if let Some(a) = h.adults.first_mut() {
                    a.disability_benefits = RawDisabilityBenefits::default();
                }
            }
            Topic::Childcare => h.childcare_costs_monthly = Money::ZERO,
            Topic::Savings => h.savings = Money::ZERO,
            Topic::PartnerWork => {
                if let Some(a) = h.adults.get_mut(1) {
                    a.job = None;
                }
            }
            Topic::Travel => {
                if let Some(j) = h.adults.first_mut().and_then(|a| a.job.as_mut()) {
                    j.travel_costs_weekly = Money::ZERO;
                }
            }
        }
    }

    pub fn tenure(housing: &RawHousing) -> Tenure {
        match housing {
            RawHousing::None => Tenure::None,
            RawHousing::SocialRent { .. } => Tenure::Social,
            RawHousing::PrivateRent { .. } => Tenure::Private,
        }
    }

    /// Changes who the home is rented from, keeping the rent and service charges already given.
    pub fn set_tenure(h: &mut RawHousehold, tenure: Tenure) {
        let (rent_monthly, service_charges_monthly) = match &h.housing {
            RawHousing::None => (None, Money::ZERO),
            RawHousing::SocialRent { rent_monthly, service_charges_monthly, .. }
            | RawHousing::PrivateRent { rent_monthly, service_charges_monthly, .. } => {
                (*rent_monthly, *service_charges_monthly)
            }
        };
        h.housing = match tenure {
            Tenure::None => RawHousing::None,
            Tenure::Social => RawHousing::SocialRent { rent_monthly, service_charges_monthly, spare_bedrooms: 0 },
            Tenure::Private => RawHousing::PrivateRent {
                rent_monthly,
                service_charges_monthly,
                lha_monthly: None,
                additional_bedrooms: 0,
                shared_accommodation_exception: false,
            },
        };
    }

    /// The rent, if the home is rented.
    pub fn rent(h: &mut RawHousehold) -> Option<&mut Option<Money>> {
        match &mut h.housing {
            RawHousing::None => None,
            RawHousing::SocialRent { rent_monthly, .. } | RawHousing::PrivateRent { rent_monthly, .. } => {
                Some(rent_monthly)
            }
        }
    }

    /// The adult's job, made if they have none (a form only edits jobs it shows).
    pub fn job(h: &mut RawHousehold, adult: usize) -> Option<&mut RawJob> {
        h.adults.get_mut(adult).map(|a| a.job.get_or_insert_with(RawJob::default))
    }

    /// Sets the children's ages from a list, keeping what else is known about each child by position.
    pub fn set_child_ages(h: &mut RawHousehold, ages: &[i64]) {
        h.children.resize_with(ages.len(), Default::default);
        for (child, age) in h.children.iter_mut().zip(ages) {
            // What was said of the child's birth was said of the age before.
            if child.age != Some(*age) {
                child.born_before_6_april_2017 = None;
                child.date_of_birth = None;
                child.school_year = None;
            }
            child.age = Some(*age);
        }
    }
}

/// Data derived from the state and shared with components: the same when it is the same allocation. It is made anew
/// only when it changes, so comparing its contents (a whole curve) would repeat the work for nothing.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Shared<T> {
    pub fn new(value: T) -> Shared<T> {
        Shared(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Shared<T> {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Shared<T>) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// A rule set the page uses: one of the embedded ones, so two are the same when they are the same one.
#[derive(Clone, Copy, Debug)]
pub struct Rules(pub &'static calc_core::RuleSet);

impl PartialEq for Rules {
    fn eq(&self, other: &Rules) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use calc_core::input::{RawChild, RawHousing};

    #[test]
    fn a_field_path_is_an_element_id() {
        assert_eq!(dom_id("adults[1].job.hourly_wage"), "adults-1-job-hourly_wage");
        assert_eq!(dom_id("housing.rent_monthly"), "housing-rent_monthly");
        assert_eq!(dom_id(""), "household");
    }

    #[test]
    fn a_problem_names_its_field_for_a_sentence() {
        assert_eq!(FieldError::new("adults[0].age", "is 15").message, "Your age is 15");
        assert_eq!(
            FieldError::new("adults[1].job.hourly_wage", "is needed").message,
            "Your partner's hourly pay is needed"
        );
        assert_eq!(FieldError::new("children[2].age", "is needed").message, "Child 3's age is needed");
        assert_eq!(FieldError::new("savings", "must not be negative").message, "The savings must not be negative");
        // A message that is already a sentence is kept as it is.
        assert_eq!(FieldError::new("more_hours", "More hours must be numbers").message, "More hours must be numbers");
    }

    #[test]
    fn changing_who_the_home_is_rented_from_keeps_the_rent() {
        let mut h = RawHousehold::default();
        edit::set_tenure(&mut h, Tenure::Social);
        *edit::rent(&mut h).unwrap() = Some(Money::new(Decimal::from(450)));
        edit::set_tenure(&mut h, Tenure::Private);
        assert!(
            matches!(h.housing, RawHousing::PrivateRent { rent_monthly: Some(r), lha_monthly: None, .. } if r == Money::new(Decimal::from(450)))
        );
        edit::set_tenure(&mut h, Tenure::None);
        assert!(edit::rent(&mut h).is_none());
    }

    #[test]
    fn new_ages_keep_what_else_is_known_about_each_child() {
        let mut h = RawHousehold {
            children: vec![RawChild {
                age: Some(9),
                born_before_6_april_2017: Some(true),
                two_child_limit_exception: true,
                ..Default::default()
            }],
            ..Default::default()
        };
        edit::set_child_ages(&mut h, &[9, 2]);
        assert_eq!(h.children.iter().map(|c| c.age).collect::<Vec<_>>(), [Some(9), Some(2)]);
        assert_eq!(h.children[0].born_before_6_april_2017, Some(true));
        assert_eq!(h.children[1].born_before_6_april_2017, None);
        // A new age: what was said of the birth no longer holds, the rest does.
        edit::set_child_ages(&mut h, &[10, 2]);
        assert_eq!(h.children[0].born_before_6_april_2017, None);
        assert!(h.children[0].two_child_limit_exception);
        edit::set_child_ages(&mut h, &[]);
        assert!(h.children.is_empty());
    }

    #[test]
    fn text_that_is_not_a_value_is_kept_as_typed_with_its_problem_and_the_household_keeps_its_value() {
        let state = Rc::new(State::new(None));
        let age = state.household.adults[0].age;
        let next = state.reduce(Action::Text {
            path: "adults[0].age".into(),
            text: "3o".into(),
            edit: Err("must be a whole number".into()),
        });
        assert_eq!(next.household.adults[0].age, age);
        assert_eq!(next.draft_errors(), vec![FieldError::new("adults[0].age", "must be a whole number")]);
    }

    #[test]
    fn a_group_of_questions_ticked_open_and_closed_takes_its_answers_out() {
        let state = Rc::new(State::new(None));
        let open = state.clone().reduce(Action::Topic(Topic::Caring, true));
        assert!(open.household.adults[0].cares_35_hours && open.is_open(Topic::Caring));
        let open = open.reduce(Action::Topic(Topic::Savings, true));
        assert!(open.is_open(Topic::Savings) && !open.is_open(Topic::Travel));
        let mut answered = (*open).clone();
        answered.household.savings = Money::new(Decimal::from(20000));
        answered.household.adults[0].claims_carers_allowance = true;
        let closed =
            Rc::new(answered).reduce(Action::Topic(Topic::Savings, false)).reduce(Action::Topic(Topic::Caring, false));
        assert_eq!(closed.household, state.household);
        assert!(!closed.is_open(Topic::Savings) && !closed.is_open(Topic::Caring));
        // Answers already in the household (a saved calculation) open their group.
        let mut loaded = State::new(None);
        loaded.household.savings = Money::new(Decimal::from(8000));
        assert!(loaded.is_open(Topic::Savings));
    }

    #[test]
    fn more_hours_are_read_or_refused_whole() {
        let mut state = State::new(None);
        state.more_hours = "24, 37.5,".into();
        assert_eq!(state.more_hours().unwrap(), vec![Decimal::from(24), Decimal::new(375, 1)]);
        state.more_hours = "24, lots".into();
        assert!(state.more_hours().is_err());
        state.more_hours = "200".into();
        assert!(state.more_hours().is_err());
    }
}
