//! The client's answers as typed, and the hours chosen on the slider. The calculation is derived from these, never
//! stored.

use std::rc::Rc;

use calc_core::input::{
    EsaStatus, Nation, PayFrequency, RawAdult, RawChild, RawHousehold, RawHousing, RawJob, UcHealth,
};
use calc_core::{Date, Money};
use rust_decimal::Decimal;
use yew::Reducible;

/// What the client tells us: text exactly as typed, so that a half-typed number is not lost.
#[derive(Clone, Debug, PartialEq)]
pub struct Answers {
    pub date: Option<Date>,
    pub nation: Nation,
    pub age: String,
    pub children: String,
    pub health: UcHealth,
    pub esa: EsaStatus,
    pub tenure: Tenure,
    pub rent: String,
    pub lha: String,
    pub wage: String,
    pub hours_now: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tenure {
    None,
    Social,
    Private,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub answers: Answers,
    /// The hours a week on the slider.
    pub hours: Decimal,
}

pub enum Action {
    Nation(Nation),
    Age(String),
    Children(String),
    Health(UcHealth),
    Esa(EsaStatus),
    Tenure(Tenure),
    Rent(String),
    Lha(String),
    Wage(String),
    HoursNow(String),
    Hours(Decimal),
}

impl State {
    /// A starting point: a 30-year-old in England, not working, offered a job at the National Living Wage.
    pub fn new(today: Option<Date>) -> State {
        State {
            answers: Answers {
                date: today,
                nation: Nation::England,
                age: "30".into(),
                children: String::new(),
                health: UcHealth::None,
                esa: EsaStatus::None,
                tenure: Tenure::None,
                rent: String::new(),
                lha: String::new(),
                wage: "12.71".into(),
                hours_now: "0".into(),
            },
            hours: Decimal::from(16),
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let a = &mut next.answers;
        match action {
            Action::Nation(v) => a.nation = v,
            Action::Age(v) => a.age = v,
            Action::Children(v) => a.children = v,
            Action::Health(v) => a.health = v,
            Action::Esa(v) => a.esa = v,
            Action::Tenure(v) => a.tenure = v,
            Action::Rent(v) => a.rent = v,
            Action::Lha(v) => a.lha = v,
            Action::Wage(v) => a.wage = v,
            Action::HoursNow(v) => a.hours_now = v,
            Action::Hours(v) => next.hours = v,
        }
        Rc::new(next)
    }
}

/// A problem with an answer: the id of the field on the page, and what is wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    pub field: &'static str,
    pub message: String,
}

impl Answers {
    /// The household for the engine, or the answers that cannot be read as numbers.
    pub fn household(&self) -> Result<RawHousehold, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut number = |field: &'static str, label: &str, text: &str| -> Option<Decimal> {
            let cleaned = text.trim().trim_start_matches('£').replace(',', "");
            match cleaned.parse::<Decimal>() {
                Ok(d) => Some(d),
                Err(_) => {
                    errors.push(FieldError { field, message: format!("Enter {label} as a number, like 12.71") });
                    None
                }
            }
        };
        let age = number("age", "your age", &self.age).and_then(|d| i64::try_from(d.trunc()).ok());
        let wage = number("wage", "the hourly pay", &self.wage);
        let children: Vec<RawChild> = self
            .children
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .filter_map(|t| number("children", "each child's age", t))
            .map(|age| RawChild { age: i64::try_from(age.trunc()).ok(), ..Default::default() })
            .collect();
        let housing = match self.tenure {
            Tenure::None => RawHousing::None,
            Tenure::Social => RawHousing::SocialRent {
                rent_monthly: number("rent", "the monthly rent", &self.rent).map(Money::new),
                service_charges_monthly: Money::ZERO,
                spare_bedrooms: 0,
            },
            Tenure::Private => RawHousing::PrivateRent {
                rent_monthly: number("rent", "the monthly rent", &self.rent).map(Money::new),
                service_charges_monthly: Money::ZERO,
                lha_monthly: number("lha", "the local housing allowance", &self.lha).map(Money::new),
            },
        };
        let adult = RawAdult {
            age,
            job: Some(RawJob {
                hours_per_week: Some(Decimal::ZERO),
                hourly_wage: wage.map(Money::new),
                pay_frequency: PayFrequency::Weekly,
                ..Default::default()
            }),
            uc_health: self.health,
            esa: self.esa,
            ..Default::default()
        };
        let household = RawHousehold {
            date: self.date,
            nation: Some(self.nation),
            adults: vec![adult],
            children,
            housing,
            ..Default::default()
        };
        if errors.is_empty() {
            Ok(household)
        } else {
            Err(errors)
        }
    }

    /// The hours worked now (the "before" of the comparison).
    pub fn hours_now(&self) -> Result<Decimal, FieldError> {
        self.hours_now
            .trim()
            .parse::<Decimal>()
            .ok()
            .filter(|h| !h.is_sign_negative() && *h <= Decimal::from(48))
            .ok_or(FieldError { field: "hours-now", message: "Enter the hours you work now, from 0 to 48".into() })
    }
}

/// The page field that shows an engine problem at `path` (for example `adults[0].age`).
pub fn field_for(path: &str) -> &'static str {
    match path {
        p if p.ends_with(".age") && p.starts_with("adults") => "age",
        p if p.starts_with("children") => "children",
        p if p.ends_with("hourly_wage") => "wage",
        p if p.ends_with("rent_monthly") => "rent",
        p if p.ends_with("lha_monthly") => "lha",
        "nation" => "nation",
        _ => "age",
    }
}
