//! The page: client mode (questions on short pages, then the answer) or adviser mode (every input beside the results).
//! The curve is derived from the household (and kept while only the hours change, so dragging the slider recomputes
//! nothing but the point on it).

use std::rc::Rc;

use calc_core::calculation::compute;
use calc_core::curve::{curve, Curve, DEFAULT_MAX_HOURS};
use calc_core::household::{validate, Household};
use calc_core::input::RawHousehold;
use calc_core::RuleSet;
use rust_decimal::Decimal;
use yew::prelude::*;

use crate::components::{
    adviser::Adviser, answer::AnswerPanel, chart::Chart, errors::ErrorSummary, keep::Keep, print::PrintSummary,
    questions::Questions, scenarios::Scenarios, table::Table, working::Working,
};
use crate::keep;
use crate::state::{Action, FieldError, Mode, Rules, State, PAGES};

/// What the household gives: the curve of the chosen adult's hours and the income now, or the problems to show.
pub struct Derived {
    pub household: Household,
    pub rules: &'static RuleSet,
    pub curve: Rc<Curve>,
    pub hours_now: Decimal,
    pub baseline_weekly: Decimal,
}

fn derive((raw, adult): &(RawHousehold, usize)) -> Result<Derived, Vec<FieldError>> {
    let (household, rules) = validate(raw)
        .map_err(|e| e.errors.iter().map(|p| FieldError::new(&p.field, &p.message)).collect::<Vec<_>>())?;
    let adult = *adult;
    let Some(job) = household.adults.get(adult).map(|a| &a.job) else {
        return Err(vec![FieldError::new("adults", "needs the adult whose hours change")]);
    };
    if !job.hourly_wage.is_positive() {
        let path = format!("adults[{adult}].job.hourly_wage");
        return Err(vec![FieldError::new(&path, "is needed, above zero, to work out income for any hours")]);
    }
    let hours_now = job.hours_per_week;
    let max_hours = DEFAULT_MAX_HOURS.max(hours_now.ceil()).min(Decimal::from(168));
    let curve = curve(&household, rules, adult, max_hours);
    let baseline_weekly = curve.at(hours_now).income_after_costs;
    Ok(Derived { household, rules, curve: Rc::new(curve), hours_now, baseline_weekly })
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| keep::restore(State::new(today())));
    let derived = use_memo((state.household.clone(), state.adult), derive);
    let on_action = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let mut errors = state.draft_errors();
    if errors.is_empty() {
        if let Err(e) = &*derived {
            errors = e.clone();
        }
    }
    let more_hours = state.more_hours();
    let results = match (&*derived, errors.is_empty()) {
        (Ok(d), true) => Some(results(&state, d, &more_hours, &on_action)),
        _ => None,
    };
    let switch = |mode: Mode, text: &str| {
        let onclick = on_action.reform(move |_: MouseEvent| Action::Mode(mode));
        html! { <button type="button" class="tab" aria-pressed={(state.mode == mode).to_string()} {onclick}>{ text.to_string() }</button> }
    };

    let body = match state.mode {
        Mode::Client if state.page < PAGES => html! {
            <Questions state={(*state).clone()} errors={errors.clone()} on_action={on_action.clone()} />
        },
        Mode::Client => html! { <>
            if !errors.is_empty() { <ErrorSummary errors={errors.clone()} /> }
            <p><button type="button" class="button secondary" id="change-answers" onclick={on_action.reform(|_: MouseEvent| Action::Page(0))}>{ "Change your answers" }</button></p>
            { results.unwrap_or_default() }
        </> },
        Mode::Adviser => html! {
            <div class="adviser-layout">
                <Adviser state={(*state).clone()} errors={errors.clone()} on_action={on_action.clone()} />
                <div class="results">
                    if !errors.is_empty() { <ErrorSummary errors={errors.clone()} /> }
                    { results.unwrap_or_default() }
                </div>
            </div>
        },
    };

    html! {
        <main class={classes!("page", (state.mode == Mode::Adviser).then_some("wide"))} id="main">
            <div class="modes" role="group" aria-label="Who is using the calculator">
                { switch(Mode::Client, "For you") }
                { switch(Mode::Adviser, "For advisers") }
            </div>
            <h1>{ "Would I be better off working?" }</h1>
            <p class="lede">{ "See how your income changes with the hours you work: pay, tax, Universal Credit and other benefits. Nothing you type leaves this page." }</p>
            { body }
        </main>
    }
}

/// The answer, the scenarios (adviser mode), the chart and its table, the working, and keep/share/print.
fn results(
    state: &State,
    d: &Derived,
    more_hours: &Result<Vec<Decimal>, FieldError>,
    on_action: &Callback<Action>,
) -> Html {
    let hours = state.hours.min(d.curve.max_hours);
    let outlook = Rc::new(d.curve.outlook(hours, d.baseline_weekly));
    let wage = d.household.adults[state.adult].job.hourly_wage;
    html! { <>
        <PrintSummary household={d.household.clone()} rules={Rules(d.rules)} adult={state.adult} outlook={outlook.clone()} />
        <AnswerPanel outlook={outlook} wage={wage} max_hours={d.curve.max_hours} rule_year={d.rules.id.clone()}
            on_hours={on_action.reform(Action::Hours)} />
        if state.mode == Mode::Adviser {
            <Scenarios household={d.household.clone()} rules={Rules(d.rules)} adult={state.adult} hours_now={d.hours_now}
                hours_offered={hours} more_hours={more_hours.clone().unwrap_or_default()} more_hours_text={state.more_hours.clone()}
                more_hours_error={more_hours.clone().err()} on_more_hours={on_action.reform(Action::MoreHours)} />
        }
        <Chart curve={d.curve.clone()} hours={hours} baseline={d.baseline_weekly} />
        <Table curve={d.curve.clone()} hours={hours} />
        <Working lines={compute(&d.household.with_hours(state.adult, hours), d.rules, true).working} open={state.mode == Mode::Adviser} />
        <Keep saved={state.saved()} on_action={on_action.clone()} />
    </> }
}

/// Today's date from the browser's clock (the engine itself reads no clock).
fn today() -> Option<calc_core::Date> {
    let now = js_sys::Date::new_0();
    calc_core::Date::new(now.get_full_year() as u16, now.get_month() as u8 + 1, now.get_date() as u8)
}
