//! The few questions of client mode, in plain words, each with a label, a hint and its error shown inline.

use calc_core::input::{EsaStatus, Nation, UcHealth};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::state::{Action, Answers, FieldError, Tenure};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub answers: Answers,
    pub errors: Vec<FieldError>,
    pub on_action: Callback<Action>,
}

fn text_input(
    id: &'static str,
    label: &str,
    hint: &str,
    value: &str,
    errors: &[FieldError],
    on: Callback<String>,
) -> Html {
    let error = errors.iter().find(|e| e.field == id).map(|e| e.message.clone());
    let oninput = Callback::from(move |e: InputEvent| on.emit(e.target_unchecked_into::<HtmlInputElement>().value()));
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = if error.is_some() { format!("{hint_id} {error_id}") } else { hint_id.clone() };
    html! {
        <div class={classes!("field", error.is_some().then_some("field-error"))}>
            <label for={id}>{ label.to_string() }</label>
            <div class="hint" id={hint_id}>{ hint.to_string() }</div>
            if let Some(message) = error {
                <p class="error-message" id={error_id}><span class="visually-hidden">{ "Error: " }</span>{ message }</p>
            }
            <input id={id} name={id} type="text" inputmode="decimal" value={value.to_string()} {oninput}
                aria-describedby={described} aria-invalid={if errors.iter().any(|e| e.field == id) { "true" } else { "false" }} />
        </div>
    }
}

fn select<T: Copy + 'static>(
    id: &'static str,
    label: &str,
    options: &[(T, &'static str, &'static str)],
    selected: &str,
    on: Callback<T>,
) -> Html {
    let values: Vec<(T, &'static str)> = options.iter().map(|(v, key, _)| (*v, *key)).collect();
    let onchange = Callback::from(move |e: Event| {
        let key = e.target_unchecked_into::<HtmlSelectElement>().value();
        if let Some((v, _)) = values.iter().find(|(_, k)| *k == key) {
            on.emit(*v);
        }
    });
    html! {
        <div class="field">
            <label for={id}>{ label.to_string() }</label>
            <select id={id} name={id} {onchange}>
                { for options.iter().map(|(_, key, text)| html! {
                    <option value={*key} selected={*key == selected}>{ *text }</option>
                }) }
            </select>
        </div>
    }
}

#[function_component(Questions)]
pub fn questions(props: &Props) -> Html {
    let a = &props.answers;
    let on = |f: fn(String) -> Action| props.on_action.reform(f);
    let nation_key = match a.nation {
        Nation::England => "england",
        Nation::Scotland => "scotland",
        Nation::Wales => "wales",
        Nation::NorthernIreland => "northern_ireland",
    };
    let health_key = match a.health {
        UcHealth::None => "none",
        UcHealth::Lcw | UcHealth::LcwWithElement => "lcw",
        UcHealth::LcwraProtected => "lcwra_protected",
        UcHealth::LcwraNewClaimant => "lcwra_new_claimant",
    };
    let esa_key = match a.esa {
        EsaStatus::None => "none",
        EsaStatus::AssessmentPhase => "assessment_phase",
        EsaStatus::WorkRelatedActivityGroup => "work_related_activity_group",
        EsaStatus::SupportGroup => "support_group",
    };
    let tenure_key = match a.tenure {
        Tenure::None => "none",
        Tenure::Social => "social",
        Tenure::Private => "private",
    };
    html! {
        <form class="questions" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())} novalidate=true>
            <fieldset>
                <legend>{ "About you" }</legend>
                { select("nation", "Where do you live?", &[
                    (Nation::England, "england", "England"),
                    (Nation::Scotland, "scotland", "Scotland"),
                    (Nation::Wales, "wales", "Wales"),
                ], nation_key, props.on_action.reform(Action::Nation)) }
                { text_input("age", "How old are you?", "In years", &a.age, &props.errors, on(Action::Age)) }
                { text_input("children", "Ages of the children who live with you", "Separate ages with commas, for example 4, 9. Leave empty if none.", &a.children, &props.errors, on(Action::Children)) }
            </fieldset>
            <fieldset>
                <legend>{ "Your health and benefits now" }</legend>
                { select("health", "What did your Universal Credit work capability assessment say?", &[
                    (UcHealth::None, "none", "No assessment, or fit for work"),
                    (UcHealth::Lcw, "lcw", "Limited capability for work"),
                    (UcHealth::LcwraProtected, "lcwra_protected", "Limited capability for work and work-related activity (from before April 2026)"),
                    (UcHealth::LcwraNewClaimant, "lcwra_new_claimant", "Limited capability for work and work-related activity (new claim from April 2026)"),
                ], health_key, props.on_action.reform(Action::Health)) }
                { select("esa", "Do you get new-style Employment and Support Allowance?", &[
                    (EsaStatus::None, "none", "No"),
                    (EsaStatus::AssessmentPhase, "assessment_phase", "Yes, waiting for the assessment"),
                    (EsaStatus::WorkRelatedActivityGroup, "work_related_activity_group", "Yes, in the work-related activity group"),
                    (EsaStatus::SupportGroup, "support_group", "Yes, in the support group"),
                ], esa_key, props.on_action.reform(Action::Esa)) }
            </fieldset>
            <fieldset>
                <legend>{ "Your home" }</legend>
                { select("tenure", "Do you pay rent?", &[
                    (Tenure::None, "none", "No"),
                    (Tenure::Social, "social", "Yes, to a council or housing association"),
                    (Tenure::Private, "private", "Yes, to a private landlord"),
                ], tenure_key, props.on_action.reform(Action::Tenure)) }
                if a.tenure != Tenure::None {
                    { text_input("rent", "Rent a month", "In pounds, for example 650", &a.rent, &props.errors, on(Action::Rent)) }
                }
                if a.tenure == Tenure::Private {
                    { text_input("lha", "Local housing allowance a month", "Your adviser or the council can tell you this figure", &a.lha, &props.errors, on(Action::Lha)) }
                }
            </fieldset>
            <fieldset>
                <legend>{ "The job" }</legend>
                { text_input("wage", "Hourly pay", "In pounds, before tax, for example 12.71", &a.wage, &props.errors, on(Action::Wage)) }
                { text_input("hours-now", "Hours you work now", "0 if you are not working", &a.hours_now, &props.errors, on(Action::HoursNow)) }
            </fieldset>
        </form>
    }
}
