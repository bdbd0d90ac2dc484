//! The page: the questions, then the answer, the chart and its table. The curve is derived from the answers (and
//! kept while only the hours change, so dragging the slider recomputes nothing but the point on it).

use std::rc::Rc;

use calc_core::calculation::compute;
use calc_core::curve::{curve, Curve, Outlook, DEFAULT_MAX_HOURS};
use calc_core::household::{validate, Household};
use calc_core::RuleSet;
use rust_decimal::Decimal;
use yew::prelude::*;

use crate::components::{
    answer::AnswerPanel, chart::Chart, errors::ErrorSummary, questions::Questions, table::Table, working::Working,
};
use crate::state::{field_for, Action, Answers, FieldError, State};

/// What the answers give: the curve and the rule year, or the problems to show.
pub struct Derived {
    pub household: Household,
    pub rules: &'static RuleSet,
    pub curve: Rc<Curve>,
    pub baseline_weekly: Decimal,
}

fn derive(answers: &Answers) -> Result<Derived, Vec<FieldError>> {
    let raw = answers.household()?;
    let hours_now = answers.hours_now().map_err(|e| vec![e])?;
    let (household, rules) = validate(&raw).map_err(|e| {
        e.errors
            .iter()
            .map(|p| FieldError { field: field_for(&p.field), message: sentence(&p.field, &p.message) })
            .collect::<Vec<_>>()
    })?;
    let curve = curve(&household, rules, 0, DEFAULT_MAX_HOURS);
    let baseline_weekly = curve.at(hours_now).income_after_costs;
    Ok(Derived { household, rules, curve: Rc::new(curve), baseline_weekly })
}

/// The engine's "adults[0].age is 15; it must be from 16 to 120" as a sentence for the page.
fn sentence(field: &str, message: &str) -> String {
    let name = match field_for(field) {
        "age" => "Your age",
        "children" => "A child's age",
        "wage" => "The hourly pay",
        "rent" => "The rent",
        "lha" => "The local housing allowance",
        _ => "This answer",
    };
    format!("{name} {message}")
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| State::new(today()));
    let derived = use_memo(state.answers.clone(), derive);
    let on_action = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let hours = state.hours;

    let body = match &*derived {
        Ok(d) => {
            let outlook: Outlook = d.curve.outlook(hours, d.baseline_weekly);
            html! {
                <>
                    <AnswerPanel outlook={Rc::new(outlook)} wage={state.answers.wage.clone()} rule_year={d.rules.id.clone()}
                        on_hours={on_action.reform(Action::Hours)} />
                    <Chart curve={d.curve.clone()} hours={hours} baseline={d.baseline_weekly} />
                    <Table curve={d.curve.clone()} hours={hours} />
                    <Working lines={compute(&d.household.with_hours(0, hours), d.rules, true).working} />
                </>
            }
        }
        Err(errors) => html! { <ErrorSummary errors={errors.clone()} /> },
    };
    let errors = match &*derived {
        Ok(_) => Vec::new(),
        Err(errors) => errors.clone(),
    };

    html! {
        <main class="page" id="main">
            <h1>{ "Would I be better off working?" }</h1>
            <p class="lede">{ "Answer a few questions, then move the slider to see how your income changes with the hours you work. Nothing you type leaves this page." }</p>
            <Questions answers={state.answers.clone()} errors={errors} on_action={on_action.clone()} />
            { body }
        </main>
    }
}

/// Today's date from the browser's clock (the engine itself reads no clock).
fn today() -> Option<calc_core::Date> {
    let now = js_sys::Date::new_0();
    calc_core::Date::new(now.get_full_year() as u16, now.get_month() as u8 + 1, now.get_date() as u8)
}
