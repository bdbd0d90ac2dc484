//! The one clear answer, the slider of hours that moves it, and the thresholds near in plain words.

use calc_core::analysis::curve::Outlook;
use calc_core::help_in_kind::help_lost;
use calc_core::period::{MONTHS_PER_YEAR, WEEKS_PER_YEAR};
use calc_core::Money;
use rust_decimal::Decimal;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::format::{hours, percent, pounds};
use crate::state::Shared;
use crate::text::answer as t;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub outlook: Shared<Outlook>,
    pub wage: Money,
    pub max_hours: Decimal,
    pub rule_year: String,
    /// How Universal Credit changes from month to month with the paydays, in plain words (none if it does not).
    pub month_to_month: Option<String>,
    /// What the answer rests on that the client should know, whatever the hours (a Council Tax Reduction held as it
    /// is, a wage below the legal minimum), in plain words.
    pub notes: Vec<String>,
    /// Other help that comes with Universal Credit at these hours, named in plain words but not valued.
    pub other_help: Vec<String>,
    pub on_hours: Callback<Decimal>,
}

/// "from 7.5 hours a week", or "any hours" when even the first hour leaves the client better off.
fn better_from(h: Decimal) -> String {
    if h < Decimal::new(5, 1) {
        t::ANY_HOURS.to_string()
    } else {
        t::from_hours(&hours(h))
    }
}

#[function_component(AnswerPanel)]
pub fn answer_panel(props: &Props) -> Html {
    let o = &props.outlook;
    let with_help = o.better_off_with_help_in_kind_weekly;
    // Help that is not cash, where it changes: said beside the cash, never added into it.
    let help = match (with_help != o.better_off_weekly, o.help_in_kind_lost.as_slice()) {
        (false, []) => None,
        (true, []) => Some(t::with_help(with_help)),
        (true, lost) => Some(t::with_help_lost(&help_lost(lost), with_help)),
        // Only help the calculator puts no value on.
        (false, lost) => Some(t::also_lost(&help_lost(lost))),
    };
    // Hours from the slider as it moves, or typed exactly (taken when the box is left); the app keeps them in range.
    let hours_from = |text: &str| Decimal::from_str_exact(text.trim()).ok().filter(|h| !h.is_sign_negative());
    let take = |on_hours: Callback<Decimal>| {
        move |e: Event| {
            if let Some(h) = hours_from(&e.target_unchecked_into::<HtmlInputElement>().value()) {
                on_hours.emit(h);
            }
        }
    };
    let (slid, typed) = (take(props.on_hours.clone()), take(props.on_hours.clone()));
    let oninput = Callback::from(move |e: InputEvent| slid(e.into()));
    let onchange = Callback::from(typed);
    html! {
        <section class="answer" aria-labelledby="answer-title">
            <h2 id="answer-title" class="visually-hidden">{ t::TITLE }</h2>
            <p class="headline" id="headline" aria-live="polite" tabindex="-1">
                { t::headline(&hours(o.hours), props.wage, o.better_off_weekly) }
            </p>
            if let Some(text) = help {
                <p id="help-in-kind">{ text }</p>
            }
            if let Some(text) = o.worse_off_words(props.max_hours) {
                <p id="worse-off"><strong>{ text }</strong></p>
            }
            <div class="field slider">
                <label for="hours">{ t::hours_label(&hours(o.hours)) }</label>
                <input id="hours" type="range" min="0" max={props.max_hours.to_string()} step="0.5" value={o.hours.to_string()} {oninput}
                    aria-valuetext={t::hours_value(&hours(o.hours))} />
                <label for="hours-exact">{ t::TYPE_HOURS }</label>
                <input id="hours-exact" type="text" inputmode="decimal" value={hours(o.hours)} onchange={onchange} />
            </div>
            <div class="table-wrap" tabindex="0" role="region" aria-label={t::COMPARE_REGION}>
            <table class="compare" id="compare">
                <caption class="visually-hidden">{ t::COMPARE_CAPTION }</caption>
                <thead><tr>
                    <td></td><th scope="col">{ t::NOW }</th><th scope="col">{ t::at_hours(&hours(o.hours)) }</th><th scope="col">{ t::DIFFERENCE }</th>
                </tr></thead>
                <tbody>
                    { for [(t::A_WEEK, Decimal::ONE), (t::A_MONTH, WEEKS_PER_YEAR / MONTHS_PER_YEAR), (t::A_YEAR, WEEKS_PER_YEAR)].iter().map(|(name, times)| html! {
                        <tr>
                            <th scope="row">{ *name }</th>
                            <td>{ pounds(o.baseline_weekly * times) }</td>
                            <td>{ pounds(o.figures.income_after_costs * times) }</td>
                            <td>{ pounds(o.better_off_weekly * times) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
            <dl class="figures">
                if let Some(rate) = o.marginal_deduction_rate {
                    <div><dt>{ t::MARGINAL_RATE }</dt><dd>{ percent(rate) }</dd></div>
                }
                if let Some(rate) = o.participation_tax_rate {
                    <div><dt>{ t::PARTICIPATION_RATE }</dt><dd>{ percent(rate) }</dd></div>
                }
                if let Some(h) = o.first_better_off_hours {
                    <div><dt>{ t::BETTER_OFF_WORKING }</dt><dd>{ better_from(h) }</dd></div>
                }
            </dl>
            if let Some(text) = &props.month_to_month {
                <p id="month-to-month">{ text.clone() }</p>
            }
            if !props.notes.is_empty() {
                <div class="warnings" role="region" aria-label={t::NOTES}>
                    <h3>{ t::NOTES }</h3>
                    <ul>{ for props.notes.iter().map(|n| html! { <li>{ n.clone() }</li> }) }</ul>
                </div>
            }
            if !props.other_help.is_empty() {
                <div class="warnings" role="region" aria-label={t::OTHER_HELP_REGION}>
                    <h3>{ t::OTHER_HELP }</h3>
                    <ul id="other-help">{ for props.other_help.iter().map(|n| html! { <li>{ n.clone() }</li> }) }</ul>
                </div>
            }
            if !o.thresholds_near.is_empty() {
                <div class="warnings" role="region" aria-label={t::NEAR_REGION}>
                    <h3>{ t::NEAR }</h3>
                    <ul>{ for o.thresholds_near.iter().map(|n| html! { <li>{ n.message.clone() }</li> }) }</ul>
                </div>
            }
            <p class="small">{ t::rules_year(&props.rule_year) }</p>
        </section>
    }
}
