//! The page: client mode (questions on short pages, then the answer) or adviser mode (every input beside the results).
//! The curve is derived from the household (and kept while only the hours change, so dragging the slider recomputes
//! nothing but the point on it).

use calc_core::analysis::curve::{Components, Curve, Outlook};
use calc_core::analysis::warnings::about_household;
use calc_core::compute;
use calc_core::help_in_kind::{self, HelpItem};
use calc_core::input::household::Household;
use calc_core::input::{PayFrequency, RawHousehold};
use calc_core::validate;
use calc_core::{curve_for, CurveOptions, Language, RuleSet};
use rust_decimal::Decimal;
use serde::Serialize;
use yew::prelude::*;

use crate::components::{
    adviser::Adviser,
    answer::AnswerPanel,
    chart::Chart,
    errors::ErrorSummary,
    keep::Keep,
    months::{self, Months},
    print::PrintSummary,
    questions::Questions,
    scenarios::{Scenario, Scenarios},
    table::Table,
    working::Working,
};
use crate::state::{Action, FieldError, Mode, Rules, Saved, Shared, State, PAGES};
use crate::text::{page as t, LANGUAGE};

/// What the household gives: the curve of the chosen adult's hours and the income now, or the problems to show.
pub struct Derived {
    pub household: Shared<Household>,
    pub rules: &'static RuleSet,
    pub curve: Shared<Curve>,
    pub hours_now: Decimal,
    /// The weekly figures at the hours worked now.
    pub baseline: Components,
    /// The help in kind at the hours worked now.
    pub help_now: Vec<HelpItem>,
}

/// The household checked and, `with_curve`, its curve. The first question pages need only the check, so the page
/// first drawn does not wait for the curve.
fn derive(raw: &RawHousehold, adult: usize, with_curve: bool) -> Result<Option<Derived>, Vec<FieldError>> {
    let problems =
        |e: calc_core::Error| e.errors.iter().map(|p| FieldError::new(&p.field, &p.message)).collect::<Vec<_>>();
    let (household, rules) = validate(raw).map_err(problems)?;
    if !with_curve {
        return Ok(None);
    }
    let options = CurveOptions { adult, ..Default::default() };
    let (curve, hours_now) = curve_for(&household, rules, &options).map_err(problems)?;
    let baseline = curve.at(hours_now);
    let help_now = compute(&household, rules, false).help_in_kind;
    Ok(Some(Derived {
        household: Shared::new(household),
        rules,
        curve: Shared::new(curve),
        hours_now,
        baseline,
        help_now,
    }))
}

calc_core::readable! {
    /// What the app reports each time its answer changes (the `result` event's `detail`, the iframe's message).
    #[derive(Clone, Debug, PartialEq, Serialize)]
    pub struct Answer {
        pub rule_year: String as "ruleYear",
        pub hours: Decimal,
        pub hours_now: Decimal as "hoursNow",
        pub income_after_costs_weekly: Decimal as "incomeAfterCostsWeekly",
        pub income_now_weekly: Decimal as "incomeNowWeekly",
        pub better_off_weekly: Decimal as "betterOffWeekly",
        pub better_off_monthly: Decimal as "betterOffMonthly",
        pub net_earnings_weekly: Decimal as "netEarningsWeekly",
        pub universal_credit_weekly: Decimal as "universalCreditWeekly",
        pub total_net_income_weekly: Decimal as "totalNetIncomeWeekly",
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Where the page starts: a fresh state, or one from a share link, this browser, or the host page's options.
    pub start: State,
    /// The calculator's own page, rather than one embedded in another site (which has no share links).
    pub standalone: bool,
    /// Told each time the answer changes (the embedding's `result` event).
    pub on_result: Option<Callback<Answer>>,
    /// Given the calculation when the mode or language chosen is in another build (`built`, `text::LANGUAGE`), to
    /// start that build with it.
    pub on_handover: Option<Callback<(Saved, &'static str)>>,
    /// The id of the element to put the focus on once drawn: the button pressed in the build that handed over.
    pub focus: Option<String>,
}

/// Whether this build of the app has the mode. Client mode and adviser mode are two builds (web/Cargo.toml), so
/// that a client's phone loads only client mode; in the other build the mode's parts are left out, as their code is
/// never reached.
pub fn built(mode: Mode) -> bool {
    match mode {
        Mode::Client => cfg!(feature = "client"),
        Mode::Adviser => cfg!(feature = "adviser"),
    }
}

#[function_component(App)]
pub fn app(props: &Props) -> Html {
    let state = {
        let start = props.start.clone();
        use_reducer(move || start)
    };
    // The curve from the job page on (its errors are the job's: no pay, or hours out of range) and in adviser mode.
    let with_curve = state.mode == Mode::Adviser || state.page + 1 >= PAGES;
    let derived = {
        let state = state.clone();
        use_memo((state.revision, state.adult, with_curve), move |&(_, adult, with_curve)| {
            derive(&state.household, adult, with_curve)
        })
    };
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
    {
        // Moving between client pages, focus goes to the new page's heading (or the answer), as a new page would put
        // it; not on the first page drawn.
        let first = use_mut_ref(|| true);
        use_effect_with(state.page, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                focus_first(&["page-heading", "headline"]);
            }
        });
    }
    {
        // A mode or language this build does not have (chosen, or in a calculation opened) goes to the build that has.
        let handover = props.on_handover.clone().filter(|_| !built(state.mode) || state.language != LANGUAGE);
        let saved = state.saved();
        // The new build puts the focus on the button pressed here, as it was.
        let pressed = if state.language != LANGUAGE { "language" } else { mode_id(state.mode) };
        use_effect_with((state.mode, state.language), move |_| {
            if let Some(handover) = handover {
                handover.emit((saved, pressed));
            }
        });
        let focus = props.focus.clone();
        use_effect_with((), move |_| {
            if let Some(id) = focus {
                focus_first(&[&id]);
            }
        });
    }
    let more_hours = state.more_hours();
    let shown = match (&*derived, errors.is_empty()) {
        (Ok(Some(d)), true) => {
            let hours = state.hours.min(d.curve.max_hours);
            let scenarios = scenarios(&state, d, hours, &more_hours);
            let help = &scenarios[chosen_index(&state)].help_in_kind;
            let outlook = d.curve.outlook(hours, &d.baseline, help_in_kind::lost(&d.help_now, help));
            Some((d, Shared::new(outlook), Shared::new(scenarios)))
        }
        _ => None,
    };
    let answer = shown.as_ref().map(|(d, o, _)| Answer {
        rule_year: d.rules.id.to_string(),
        hours: o.hours,
        hours_now: d.hours_now,
        income_after_costs_weekly: o.figures.income_after_costs.round_dp(2),
        income_now_weekly: o.baseline_weekly.round_dp(2),
        better_off_weekly: o.better_off_weekly.round_dp(2),
        better_off_monthly: o.better_off_monthly.round_dp(2),
        net_earnings_weekly: o.figures.net_earnings.round_dp(2),
        universal_credit_weekly: o.figures.universal_credit.round_dp(2),
        total_net_income_weekly: o.figures.total_net_income.round_dp(2),
    });
    {
        let on_result = props.on_result.clone();
        use_effect_with(answer, move |answer| {
            if let (Some(on_result), Some(answer)) = (on_result, answer) {
                on_result.emit(answer.clone());
            }
        });
    }
    let results = shown.map(|(d, outlook, scenarios)| {
        results(&state, d, outlook, scenarios, &more_hours, &on_action, props.standalone)
    });
    let switch = |mode: Mode, text: &str| {
        let onclick = on_action.reform(move |_: MouseEvent| Action::Mode(mode));
        html! { <button type="button" class="tab" id={mode_id(mode)} aria-pressed={if state.mode == mode { "true" } else { "false" }} {onclick}>{ text.to_string() }</button> }
    };

    let body = match state.mode {
        Mode::Client if built(Mode::Client) && state.page < PAGES => html! {
            <Questions state={Shared::new((*state).clone())} errors={errors.clone()} on_action={on_action.clone()} />
        },
        Mode::Client if built(Mode::Client) => html! { <>
            if !errors.is_empty() { <ErrorSummary errors={errors.clone()} /> }
            <p><button type="button" class="button secondary" id="change-answers" onclick={on_action.reform(|_: MouseEvent| Action::Page(0))}>{ t::CHANGE_ANSWERS }</button></p>
            { results.unwrap_or_default() }
        </> },
        Mode::Adviser if built(Mode::Adviser) => html! {
            <div class="adviser-layout">
                <Adviser state={Shared::new((*state).clone())} errors={errors.clone()} on_action={on_action.clone()} />
                <div class="results">
                    if !errors.is_empty() { <ErrorSummary errors={errors.clone()} /> }
                    { results.unwrap_or_default() }
                </div>
            </div>
        },
        // The mode is in the other build: handed over.
        _ => html! {},
    };

    // On its own page the calculator is the page's main part; inside another site's page it is one section of it.
    let (outer, title) = if props.standalone { ("main", "h1") } else { ("section", "h2") };
    html! {
        <@{outer} class="page" data-wide={(state.mode == Mode::Adviser).then_some("")} id="main">
            <div class="modes" role="group" aria-label={t::MODES}>
                { switch(Mode::Client, t::FOR_YOU) }
                { switch(Mode::Adviser, t::FOR_ADVISERS) }
                if props.on_handover.is_some() {
                    <button type="button" class="tab language" id="language" lang={t::OTHER_LANG} onclick={on_action.reform(|_: MouseEvent| Action::Language(other_language()))}>{ t::OTHER_LANGUAGE }</button>
                }
            </div>
            <@{title} class="title">{ t::TITLE }</@>
            <p class="lede">{ t::LEDE }</p>
            { body }
        </@>
    }
}

/// The language offered beside this build's.
fn other_language() -> Language {
    match LANGUAGE {
        Language::En => Language::Cy,
        Language::Cy => Language::En,
    }
}

/// The id of a mode's button.
fn mode_id(mode: Mode) -> &'static str {
    match mode {
        Mode::Client => "mode-client",
        Mode::Adviser => "mode-adviser",
    }
}

/// Moves keyboard focus to the first of these elements on the page.
fn focus_first(ids: &[&str]) {
    use wasm_bindgen::JsCast;
    let document = web_sys::window().and_then(|w| w.document());
    let found = ids.iter().find_map(|id| document.as_ref()?.get_element_by_id(id));
    if let Some(element) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Which scenario is the hours chosen: the second in adviser mode (after now), the only one in client mode.
fn chosen_index(state: &State) -> usize {
    usize::from(state.mode == Mode::Adviser)
}

/// The scenarios shown: in adviser mode now, the hours chosen (the offer) and any more hours; in client mode only the
/// hours chosen. Each is worked out once, with its working, for both the table and the working; the hours chosen month
/// by month too.
fn scenarios(
    state: &State,
    d: &Derived,
    hours: Decimal,
    more_hours: &Result<Vec<Decimal>, FieldError>,
) -> Vec<Scenario> {
    let mut list = vec![(t::HOURS_CHOSEN.to_string(), hours)];
    if state.mode == Mode::Adviser {
        list = vec![(t::NOW.to_string(), d.hours_now), (t::OFFER.to_string(), hours)];
        let more = more_hours.as_deref().unwrap_or_default();
        list.extend(more.iter().enumerate().map(|(i, h)| (t::option(i + 1), *h)));
    }
    list.into_iter()
        .enumerate()
        .map(|(i, (name, hours))| {
            let household = d.household.with_hours(state.adult, hours);
            let c = compute(&household, d.rules, true);
            // Month by month for the hours chosen (the offer, in adviser mode).
            let months = if i == chosen_index(state) {
                calc_core::analysis::months::year(&household, d.rules, &c)
            } else {
                Vec::new()
            };
            Scenario {
                name,
                hours,
                totals: c.household,
                help_in_kind: c.help_in_kind,
                working: c.working,
                months: Shared::new(months),
                averaged_award: c.universal_credit.award,
                by_periods: c.universal_credit_by_periods,
            }
        })
        .collect()
}

/// The answer, the scenarios (adviser mode), the chart and its table, the working, and keep/share/print.
fn results(
    state: &State,
    d: &Derived,
    outlook: Shared<Outlook>,
    scenarios: Shared<Vec<Scenario>>,
    more_hours: &Result<Vec<Decimal>, FieldError>,
    on_action: &Callback<Action>,
    standalone: bool,
) -> Html {
    let hours = outlook.hours;
    let chosen = chosen_index(state);
    // The help named as information, had at these hours, in plain words.
    let other_help = scenarios[chosen].help_in_kind.iter().filter(|i| i.gets);
    let other_help: Vec<String> = other_help.filter_map(|i| help_in_kind::information(i.help, d.rules)).collect();
    let wage = d.household.adults[state.adult].job.hourly_wage;
    let paid_monthly =
        d.household.adults.iter().map(|a| a.job.pay_frequency == PayFrequency::Monthly).collect::<Vec<_>>();
    html! { <>
        <PrintSummary household={d.household.clone()} rules={Rules(d.rules)} adult={state.adult} outlook={outlook.clone()} baseline={d.baseline} />
        <AnswerPanel outlook={outlook} wage={wage} max_hours={d.curve.max_hours} rule_year={d.rules.id.to_string()}
            month_to_month={months::in_plain_words(&scenarios[chosen].months)}
            notes={about_household(&d.household, d.rules).into_iter().map(|w| w.message).collect::<Vec<_>>()}
            {other_help} on_hours={on_action.reform(Action::Hours)} />
        if built(Mode::Adviser) && state.mode == Mode::Adviser {
            <Scenarios scenarios={scenarios.clone()} more_hours_text={state.more_hours.clone()}
                more_hours_error={more_hours.clone().err()} on_more_hours={on_action.reform(Action::MoreHours)} />
            <Months months={scenarios[chosen].months.clone()} averaged_award={scenarios[chosen].averaged_award}
                by_periods={scenarios[chosen].by_periods} paid_monthly={paid_monthly} />
        }
        <Chart curve={d.curve.clone()} hours={hours} baseline={d.baseline.income_after_costs} help_in_kind={state.mode == Mode::Client}
            on_hours={on_action.reform(Action::Hours)} />
        <Table curve={d.curve.clone()} hours={hours} />
        <Working {scenarios} {chosen} open={state.mode == Mode::Adviser} />
        <Keep saved={Shared::new(state.saved())} on_action={on_action.clone()} standalone={standalone} />
    </> }
}
