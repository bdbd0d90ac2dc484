//! Adviser mode's form: every input the engine takes, grouped, on one screen. Each field edits the household directly.

use calc_core::input::{
    EsaStatus, Nation, PensionScheme, RawAdult, RawChild, RawDisabilityBenefits, RawHousehold, RawHousing, RawJob,
    RawNonDependant,
};
use calc_core::rules;
use std::rc::Rc;
use yew::prelude::*;

use crate::components::council_tax::council_tax_fields;
use crate::components::fields::{parse, shown, shown_money, Form};
use crate::components::questions::{
    carers_allowance, hourly_pay, hours_now, school_year, travel, two_rates, BenefitsAt, BORN_BEFORE, ESA, TENURES,
};
use crate::state::{edit, Action, Edit, FieldError, Shared, State};
use crate::text::adviser as t;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: Shared<State>,
    pub errors: Vec<FieldError>,
    pub on_action: Callback<Action>,
}

/// Whether a child has free school meals now: asked in England, where a child who has them keeps them whatever the
/// earnings until September 2026.
fn has_school_meals(form: &Form, i: usize, c: &RawChild, nation: Option<Nation>, label: &str) -> Html {
    if nation.is_some_and(|n| n != Nation::England) {
        return Html::default();
    }
    form.checkbox_with(&format!("children[{i}].has_free_school_meals"), label, c.has_free_school_meals, move |h, v| {
        if let Some(c) = h.children.get_mut(i) {
            c.has_free_school_meals = v
        }
    })
}

/// Runs `f` on adult `i`, if there is one.
fn on_adult(i: usize, f: impl Fn(&mut RawAdult) + 'static) -> impl Fn(&mut RawHousehold) {
    move |h| {
        if let Some(a) = h.adults.get_mut(i) {
            f(a)
        }
    }
}

fn disability_fields(form: &Form, path: &str, d: &RawDisabilityBenefits, at: BenefitsAt) -> Html {
    let field = |name: &str| format!("{path}.{name}");
    let (at_care, at_mobility) = (at.clone(), at.clone());
    html! { <>
        { two_rates(form, &field("pip_daily_living"), t::PIP_DAILY_LIVING, "", d.pip_daily_living, &at, |d, v| d.pip_daily_living = v) }
        { two_rates(form, &field("pip_mobility"), t::PIP_MOBILITY, "", d.pip_mobility, &at, |d, v| d.pip_mobility = v) }
        { form.select_with(&field("dla_care"), t::DLA_CARE_LABEL, "", t::DLA_CARE, d.dla_care,
            move |h, v| if let Some(d) = at_care(h) { d.dla_care = v }) }
        { form.select_with(&field("dla_mobility"), t::DLA_MOBILITY_LABEL, "", t::DLA_MOBILITY, d.dla_mobility,
            move |h, v| if let Some(d) = at_mobility(h) { d.dla_mobility = v }) }
        { two_rates(form, &field("adp_daily_living"), t::ADP_DAILY_LIVING, "", d.adp_daily_living, &at, |d, v| d.adp_daily_living = v) }
        { two_rates(form, &field("adp_mobility"), t::ADP_MOBILITY, "", d.adp_mobility, &at, |d, v| d.adp_mobility = v) }
    </> }
}

fn adult_fields(form: &Form, i: usize, a: &RawAdult, on: &Callback<Action>) -> Html {
    let p = |name: &str| format!("adults[{i}].{name}");
    let job = a.job.as_ref();
    let title = if i == 0 { t::YOU } else { t::PARTNER };
    let has_job = job.is_some();
    let toggle_job = on.reform(move |_: Event| {
        Action::Reshape(Rc::new(move |h: &mut RawHousehold| {
            if let Some(a) = h.adults.get_mut(i) {
                a.job = if a.job.is_some() {
                    None
                } else {
                    Some(RawJob { hours_per_week: Some(0.into()), ..Default::default() })
                };
            }
        }) as Edit)
    });
    let job_id = format!("adults-{i}-has-job");
    let pension = job.map(|_| &a.pension);
    html! {
        <fieldset class="group">
            <legend>{ title }</legend>
            { form.text_with(&p("age"), t::AGE, t::AGE_HINT, shown(a.age), parse::whole, move |h, v| on_adult(i, move |a| a.age = v)(h)) }
            { form.select_with(&p("uc_health"), t::UC_HEALTH, "", t::HEALTH, a.uc_health, move |h, v| on_adult(i, move |a| a.uc_health = v)(h)) }
            { form.select_with(&p("esa"), t::ESA_LABEL, "", ESA, a.esa, move |h, v: EsaStatus| on_adult(i, move |a| a.esa = v)(h)) }
            { form.checkbox_with(&p("supported_permitted_work"), t::SUPPORTED_PERMITTED_WORK, a.supported_permitted_work,
                move |h, v| on_adult(i, move |a| a.supported_permitted_work = v)(h)) }
            { form.checkbox_with(&p("cares_35_hours"), t::CARES_35_HOURS, a.cares_35_hours,
                move |h, v| on_adult(i, move |a| a.cares_35_hours = v)(h)) }
            { form.checkbox_with(&p("pregnant"), t::PREGNANT, a.pregnant,
                move |h, v| on_adult(i, move |a| a.pregnant = v)(h)) }
            { form.text_with(&p("prescription_items_monthly"), t::PRESCRIPTIONS, t::PRESCRIPTIONS_HINT,
                shown(Some(a.prescription_items_monthly)), parse::whole, move |h, v| on_adult(i, move |a| a.prescription_items_monthly = v.unwrap_or_default())(h)) }
            { carers_allowance(form, i, Some(a), t::CARERS_ALLOWANCE) }
            { disability_fields(form, &p("disability_benefits"), &a.disability_benefits,
                Rc::new(move |h: &mut RawHousehold| h.adults.get_mut(i).map(|a| &mut a.disability_benefits))) }
            <div class="field checkbox">
                <input type="checkbox" id={job_id.clone()} checked={has_job} onchange={toggle_job} />
                <label for={job_id}>{ t::HAS_JOB }</label>
            </div>
            if let Some(j) = job {
                { hourly_pay(form, i, job, t::HOURLY_PAY, t::HOURLY_PAY_HINT) }
                { hours_now(form, i, job, t::HOURS_NOW, t::HOURS_NOW_HINT) }
                { form.select_with(&p("job.pay_frequency"), t::PAID, "", t::FREQUENCIES, j.pay_frequency, move |h, v| if let Some(j) = edit::job(h, i) { j.pay_frequency = v }) }
                { form.text_with(&p("job.payday"), t::PAYDAY, t::PAYDAY_HINT, shown(j.payday), parse::date,
                    move |h, v| if let Some(j) = edit::job(h, i) { j.payday = v }) }
                { travel(form, i, job, t::TRAVEL, t::TRAVEL_HINT) }
                { form.checkbox_with(&p("job.apprentice"), t::APPRENTICE, j.apprentice, move |h, v| if let Some(j) = edit::job(h, i) { j.apprentice = v }) }
            }
            if let Some(pension) = pension {
                { form.select_with(&p("pension.scheme"), t::PENSION, "", t::SCHEMES, pension.scheme, move |h, v| on_adult(i, move |a| a.pension.scheme = v)(h)) }
                if pension.scheme == PensionScheme::Custom {
                    { form.text_with(&p("pension.employee_percent"), t::EMPLOYEE_PERCENT, t::EMPLOYEE_PERCENT_HINT, shown(pension.employee_percent),
                        parse::number, move |h, v| on_adult(i, move |a| a.pension.employee_percent = v)(h)) }
                    { form.select_with(&p("pension.basis"), t::PERCENT_OF, "", t::BASES, pension.basis, move |h, v| on_adult(i, move |a| a.pension.basis = v)(h)) }
                }
                if pension.scheme != PensionScheme::OptedOut {
                    { form.select_with(&p("pension.relief"), t::RELIEF, "", t::RELIEFS, pension.relief, move |h, v| on_adult(i, move |a| a.pension.relief = v)(h)) }
                }
            }
        </fieldset>
    }
}

fn child_fields(form: &Form, i: usize, c: &RawChild, nation: Option<Nation>, on: &Callback<Action>) -> Html {
    let p = |name: &str| format!("children[{i}].{name}");
    let on_child = move |f: fn(&mut RawChild, bool)| {
        move |h: &mut RawHousehold, v: bool| {
            if let Some(c) = h.children.get_mut(i) {
                f(c, v)
            }
        }
    };
    let remove = on.reform(move |_: MouseEvent| {
        Action::Reshape(Rc::new(move |h: &mut RawHousehold| {
            h.children.remove(i);
        }) as Edit)
    });
    html! {
        <fieldset class="group child">
            <legend>{ t::child(i + 1) }</legend>
            { form.text_with(&p("age"), t::AGE, "", shown(c.age), parse::whole, move |h, v| if let Some(c) = h.children.get_mut(i) { c.age = v }) }
            { form.text_with(&p("date_of_birth"), t::DATE_OF_BIRTH, t::DATE_OF_BIRTH_HINT, shown(c.date_of_birth), parse::date,
                move |h, v| if let Some(c) = h.children.get_mut(i) { c.date_of_birth = v }) }
            { form.select_with(&p("born_before_6_april_2017"), t::BORN_BEFORE, t::BORN_BEFORE_HINT, BORN_BEFORE, c.born_before_6_april_2017,
                move |h, v| if let Some(c) = h.children.get_mut(i) { c.born_before_6_april_2017 = v }) }
            { form.select_with(&p("sex"), t::SEX, t::SEX_HINT, t::SEXES, c.sex,
                move |h, v| if let Some(c) = h.children.get_mut(i) { c.sex = v }) }
            { school_year(form, i, c, nation, t::SCHOOL_YEAR) }
            { has_school_meals(form, i, c, nation, t::SCHOOL_MEALS) }
            { form.checkbox_with(&p("two_child_limit_exception"), t::TWO_CHILD_EXCEPTION, c.two_child_limit_exception, on_child(|c, v| c.two_child_limit_exception = v)) }
            { form.select_with(&p("disability"), t::DISABLED_CHILD, "", t::CHILD_DISABILITY, c.disability, move |h, v| if let Some(c) = h.children.get_mut(i) { c.disability = v }) }
            { disability_fields(form, &p("disability_benefits"), &c.disability_benefits,
                Rc::new(move |h: &mut RawHousehold| h.children.get_mut(i).map(|c| &mut c.disability_benefits))) }
            <button type="button" class="button secondary" onclick={remove}>{ t::remove_child(i + 1) }</button>
        </fieldset>
    }
}

fn housing_fields(form: &Form, housing: &RawHousing) -> Html {
    let tenure_select = form.select("housing.tenure", t::TENURE, "", TENURES, edit::tenure(housing), edit::set_tenure);
    let rent = |value: Option<calc_core::Money>| {
        form.text("housing.rent_monthly", t::RENT, t::RENT_HINT, shown_money(value), parse::money, |h, v| {
            if let Some(r) = edit::rent(h) {
                *r = v
            }
        })
    };
    let service = |value: calc_core::Money| {
        form.text(
            "housing.service_charges_monthly",
            t::SERVICE_CHARGES,
            "",
            shown_money(Some(value)),
            parse::money_or_zero,
            |h, v| match &mut h.housing {
                RawHousing::SocialRent { service_charges_monthly, .. }
                | RawHousing::PrivateRent { service_charges_monthly, .. } => *service_charges_monthly = v,
                RawHousing::None => {}
            },
        )
    };
    match housing {
        RawHousing::None => tenure_select,
        RawHousing::SocialRent { rent_monthly, service_charges_monthly, spare_bedrooms } => html! { <>
            { tenure_select }{ rent(*rent_monthly) }{ service(*service_charges_monthly) }
            { form.text("housing.spare_bedrooms", t::SPARE_BEDROOMS, "", spare_bedrooms.to_string(), parse::whole,
                |h, v| if let RawHousing::SocialRent { spare_bedrooms, .. } = &mut h.housing { *spare_bedrooms = v.unwrap_or(0) }) }
        </> },
        RawHousing::PrivateRent {
            rent_monthly,
            service_charges_monthly,
            lha_monthly,
            additional_bedrooms,
            shared_accommodation_exception,
        } => html! { <>
            { tenure_select }{ rent(*rent_monthly) }{ service(*service_charges_monthly) }
            { form.text("housing.lha_monthly", t::LHA, t::LHA_HINT, shown_money(*lha_monthly), parse::money,
                |h, v| if let RawHousing::PrivateRent { lha_monthly, .. } = &mut h.housing { *lha_monthly = v }) }
            { form.text("housing.additional_bedrooms", t::ADDITIONAL_BEDROOMS, t::ADDITIONAL_BEDROOMS_HINT,
                additional_bedrooms.to_string(), parse::whole,
                |h, v| if let RawHousing::PrivateRent { additional_bedrooms, .. } = &mut h.housing { *additional_bedrooms = v.unwrap_or(0) }) }
            { form.checkbox("housing.shared_accommodation_exception", t::SHARED_EXCEPTION,
                *shared_accommodation_exception,
                |h, v| if let RawHousing::PrivateRent { shared_accommodation_exception, .. } = &mut h.housing { *shared_accommodation_exception = v }) }
        </> },
    }
}

#[function_component(Adviser)]
pub fn adviser(props: &Props) -> Html {
    let s = &props.state;
    let h = &s.household;
    let on = &props.on_action;
    let form = Form { drafts: &s.drafts, errors: &props.errors, on: on.clone() };
    let mut years: Vec<(Option<&'static str>, &'static str)> = vec![(None, t::IN_FORCE)];
    years.extend(rules::embedded().iter().map(|r| (Some(&*r.id), &*r.id)));
    let rule_year =
        h.rule_year.as_deref().and_then(|y| years.iter().find(|(id, _)| *id == Some(y))).and_then(|(id, _)| *id);
    let reshape = |f: fn(&mut RawHousehold)| on.reform(move |_: MouseEvent| Action::Reshape(Rc::new(f) as Edit));
    let adults = s.household.adults.len();
    let whose: Vec<(usize, &'static str)> = vec![(0, t::YOU), (1, t::PARTNER)];
    let on_whose = on.reform(|e: Event| {
        let i = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value().parse::<usize>().unwrap_or(0);
        Action::Adult(i)
    });

    html! {
        <form class="adviser" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())} novalidate=true>
            <fieldset class="group">
                <legend>{ t::DATE_RULES_PLACE }</legend>
                { form.text("date", t::DATE, t::DATE_HINT, shown(h.date), parse::date, |h, v| h.date = v) }
                { form.select("rule_year", t::RULE_YEAR, "", &years, rule_year, |h, v| h.rule_year = v.map(String::from)) }
                { form.select("nation", t::NATION, "", t::NATIONS, h.nation.unwrap_or(Nation::England), |h, v| h.nation = Some(v)) }
                { form.checkbox("in_london", t::IN_LONDON, h.in_london, |h, v| h.in_london = v) }
            </fieldset>
            { for h.adults.iter().enumerate().map(|(i, a)| adult_fields(&form, i, a, on)) }
            <div class="buttons">
                if adults < 2 {
                    <button type="button" class="button secondary" id="add-partner" onclick={reshape(|h| h.adults.push(RawAdult { age: Some(30), ..Default::default() }))}>{ t::ADD_PARTNER }</button>
                } else {
                    <button type="button" class="button secondary" onclick={reshape(|h| h.adults.truncate(1))}>{ t::REMOVE_PARTNER }</button>
                    <div class="field">
                        <label for="whose-hours">{ t::WHOSE_HOURS }</label>
                        <select id="whose-hours" onchange={on_whose}>
                            { for whose.iter().map(|(i, text)| html! { <option value={i.to_string()} selected={*i == s.adult}>{ *text }</option> }) }
                        </select>
                    </div>
                }
            </div>
            { for h.children.iter().enumerate().map(|(i, c)| child_fields(&form, i, c, h.nation, on)) }
            <div class="buttons">
                <button type="button" class="button secondary" id="add-child" onclick={reshape(|h| h.children.push(RawChild { age: Some(5), ..Default::default() }))}>{ t::ADD_CHILD }</button>
            </div>
            <fieldset class="group">
                <legend>{ t::HOME }</legend>
                { housing_fields(&form, &h.housing) }
                { for h.non_dependants.iter().enumerate().map(|(i, n)| html! { <>
                    { form.text_with(&format!("non_dependants[{i}].age"), &t::other_adult_age(i + 1), "", shown(n.age), parse::whole,
                        move |h, v| if let Some(n) = h.non_dependants.get_mut(i) { n.age = v }) }
                    { form.checkbox_with(&format!("non_dependants[{i}].exempt"), t::OTHER_ADULT_EXEMPT, n.exempt,
                        move |h, v| if let Some(n) = h.non_dependants.get_mut(i) { n.exempt = v }) }
                </> }) }
                <div class="buttons">
                    <button type="button" class="button secondary" onclick={reshape(|h| h.non_dependants.push(RawNonDependant { age: Some(25), exempt: false }))}>{ t::ADD_OTHER_ADULT }</button>
                    if !h.non_dependants.is_empty() {
                        <button type="button" class="button secondary" onclick={reshape(|h| { h.non_dependants.pop(); })}>{ t::REMOVE_OTHER_ADULT }</button>
                    }
                </div>
            </fieldset>
            { council_tax_fields(&form, &h.council_tax, on) }
            <fieldset class="group">
                <legend>{ t::MONEY_AND_COSTS }</legend>
                { form.text("childcare_costs_monthly", t::CHILDCARE, t::CHILDCARE_HINT, shown_money(Some(h.childcare_costs_monthly)),
                    parse::money_or_zero, |h, v| h.childcare_costs_monthly = v) }
                { form.text("children_in_childcare", t::CHILDREN_IN_CHILDCARE, t::CHILDREN_IN_CHILDCARE_HINT,
                    shown(h.children_in_childcare), parse::whole, |h, v| h.children_in_childcare = v) }
                { form.text("savings", t::SAVINGS, t::SAVINGS_HINT, shown_money(Some(h.savings)), parse::money_or_zero, |h, v| h.savings = v) }
                { form.text("other_unearned_income_monthly", t::UNEARNED_INCOME, t::UNEARNED_INCOME_HINT,
                    shown_money(Some(h.other_unearned_income_monthly)), parse::money_or_zero, |h, v| h.other_unearned_income_monthly = v) }
                { form.checkbox("benefit_cap_grace_period", t::GRACE_PERIOD, h.benefit_cap_grace_period, |h, v| h.benefit_cap_grace_period = v) }
                { form.text("assessment_period_day", t::ASSESSMENT_DAY, t::ASSESSMENT_DAY_HINT,
                    shown(h.assessment_period_day), parse::whole, |h, v| h.assessment_period_day = v) }
            </fieldset>
        </form>
    }
}
