//! Client mode's questions, a few to a page, in plain words (GOV.UK "one thing per page", loosely): who lives with
//! you, your health and benefits now, which of a few things apply to you (each opening its questions), your home, the
//! job.

use std::rc::Rc;

use calc_core::input::{Nation, RawAdult, RawChild, RawDisabilityBenefits, RawHousehold, RawHousing, RawJob, TwoRates};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::errors::ErrorSummary;
use crate::components::fields::{parse, shown, shown_money, Form};
use crate::state::{edit, Action, FieldError, Shared, State, Tenure, Topic, PAGES};
use crate::text::questions::{self as t, NATIONS, PAID, SCHOOL_YEARS, SCOTTISH_SCHOOL_YEARS};

/// The option lists adviser mode shares.
pub use crate::text::questions::{BORN_BEFORE, ESA, HEALTH, TENURES, TWO_RATES};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: Shared<State>,
    /// Every problem with the answers; a page shows those with its own questions.
    pub errors: Vec<FieldError>,
    pub on_action: Callback<Action>,
}

/// Finds an adult's or a child's disability benefits in the household.
pub type BenefitsAt = Rc<dyn Fn(&mut RawHousehold) -> Option<&mut RawDisabilityBenefits>>;

/// A disability benefit paid at a standard or an enhanced rate (PIP, Adult Disability Payment), in both modes.
pub fn two_rates(
    form: &Form,
    path: &str,
    label: &str,
    hint: &str,
    current: TwoRates,
    at: &BenefitsAt,
    set: fn(&mut RawDisabilityBenefits, TwoRates),
) -> Html {
    let at = at.clone();
    form.select_with(path, label, hint, TWO_RATES, current, move |h, v| {
        if let Some(d) = at(h) {
            set(d, v)
        }
    })
}

/// A "which of these apply to you" box: ticking it opens its questions (`questions`, made only when open), unticking
/// takes their answers out.
fn topic(on: &Callback<Action>, topic: Topic, id: &str, label: &str, hint: &str, questions: Option<Html>) -> Html {
    let hint_id = format!("{id}-hint");
    let onchange =
        on.reform(move |e: Event| Action::Topic(topic, e.target_unchecked_into::<HtmlInputElement>().checked()));
    html! { <>
        <div class="field checkbox">
            <input type="checkbox" id={id.to_string()} checked={questions.is_some()} aria-describedby={hint_id.clone()} {onchange} />
            <label for={id.to_string()}>{ label.to_string() }<span class="hint" id={hint_id}>{ hint.to_string() }</span></label>
        </div>
        if let Some(questions) = questions {
            <div class="reveal">{ questions }</div>
        }
    </> }
}

/// A child's school year, asked in the nation's own terms (free school meals go by it).
pub fn school_year(form: &Form, i: usize, c: &RawChild, nation: Option<Nation>, label: &str) -> Html {
    let years = if nation == Some(Nation::Scotland) { SCOTTISH_SCHOOL_YEARS } else { SCHOOL_YEARS };
    form.select_with(
        &format!("children[{i}].school_year"),
        label,
        t::SCHOOL_YEAR_HINT,
        years,
        c.school_year,
        move |h, v| {
            if let Some(c) = h.children.get_mut(i) {
                c.school_year = v
            }
        },
    )
}

/// Adult `i`'s hourly pay, in either mode's words (one closure for both).
pub fn hourly_pay(form: &Form, i: usize, job: Option<&RawJob>, label: &str, hint: &str) -> Html {
    let current = shown_money(job.and_then(|j| j.hourly_wage));
    form.text_with(&format!("adults[{i}].job.hourly_wage"), label, hint, current, parse::money, move |h, v| {
        if let Some(j) = edit::job(h, i) {
            j.hourly_wage = v
        }
    })
}

/// Adult `i`'s hours a week now.
pub fn hours_now(form: &Form, i: usize, job: Option<&RawJob>, label: &str, hint: &str) -> Html {
    let current = shown(job.and_then(|j| j.hours_per_week).map(|d| d.normalize()));
    form.text_with(&format!("adults[{i}].job.hours_per_week"), label, hint, current, parse::number, move |h, v| {
        if let Some(j) = edit::job(h, i) {
            j.hours_per_week = v
        }
    })
}

/// Adult `i`'s travel to work a week (blank for none).
pub fn travel(form: &Form, i: usize, job: Option<&RawJob>, label: &str, hint: &str) -> Html {
    let current = shown_money(job.map(|j| j.travel_costs_weekly).filter(|t| t.is_positive()));
    form.text_with(
        &format!("adults[{i}].job.travel_costs_weekly"),
        label,
        hint,
        current,
        parse::money_or_zero,
        move |h, v| {
            if let Some(j) = edit::job(h, i) {
                j.travel_costs_weekly = v
            }
        },
    )
}

/// Whether adult `i` claims Carer's Allowance (Carer Support Payment in Scotland).
pub fn carers_allowance(form: &Form, i: usize, a: Option<&RawAdult>, label: &str) -> Html {
    let current = a.is_some_and(|a| a.claims_carers_allowance);
    form.checkbox_with(&format!("adults[{i}].claims_carers_allowance"), label, current, move |h, v| {
        if let Some(a) = h.adults.get_mut(i) {
            a.claims_carers_allowance = v
        }
    })
}

/// The question page that asks for the field at `path`, so a problem is shown where it can be put right.
pub fn page_of(path: &str) -> usize {
    match path {
        p if p.starts_with("children") || p == "nation" || p.ends_with(".age") && p.starts_with("adults") => 0,
        p if p.ends_with("uc_health")
            || p.ends_with(".esa")
            || p.ends_with(".pregnant")
            || p.ends_with("prescription_items_monthly") =>
        {
            1
        }
        p if p.ends_with("cares_35_hours")
            || p.ends_with("claims_carers_allowance")
            || p.contains("disability_benefits")
            || p.starts_with("adults[1].job")
            || p.ends_with("travel_costs_weekly")
            || p == "childcare_costs_monthly"
            || p == "savings" =>
        {
            2
        }
        p if p.starts_with("housing") || p.starts_with("council_tax") => 3,
        _ => 4,
    }
}

/// The children's ages as the client types them: "4, 9".
fn ages(text: &str) -> Result<Vec<i64>, &'static str> {
    text.split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(|t| t.parse::<i64>().map_err(|_| t::AGES_INVALID))
        .collect()
}

/// A child whose age on the date fits a birthday either side of 6 April 2017, so the client is asked which.
fn age_leaves_birth_open(child: &RawChild, date: Option<calc_core::Date>) -> bool {
    match (child.age, date) {
        (Some(age), Some(date)) => calc_core::input::household::born_before_6_april_2017_from_age(age, date).is_none(),
        _ => false,
    }
}

#[function_component(Questions)]
pub fn questions(props: &Props) -> Html {
    let s = &props.state;
    let h = &s.household;
    let page = s.page.min(PAGES - 1);
    // A problem with one child's age is shown at the one box that holds them all.
    let errors: Vec<FieldError> = props
        .errors
        .iter()
        .filter(|e| page_of(&e.path) == page)
        .map(|e| {
            match e.path.starts_with("children")
                && !e.path.ends_with("born_before_6_april_2017")
                && !e.path.ends_with("school_year")
            {
                true => FieldError { path: "children".into(), message: e.message.clone() },
                false => e.clone(),
            }
        })
        .collect();
    let form = Form { drafts: &s.drafts, errors: &errors, on: props.on_action.clone() };
    let you = h.adults.first();
    let job = you.and_then(|a| a.job.as_ref());
    let rent = match &h.housing {
        RawHousing::SocialRent { rent_monthly, .. } | RawHousing::PrivateRent { rent_monthly, .. } => *rent_monthly,
        RawHousing::None => None,
    };
    let lha = match &h.housing {
        RawHousing::PrivateRent { lha_monthly, .. } => *lha_monthly,
        _ => None,
    };
    let child_ages = h.children.iter().filter_map(|c| c.age).map(|a| a.to_string()).collect::<Vec<_>>().join(", ");

    let fields = match page {
        0 => html! { <>
            { form.select("nation", t::NATION_LABEL, "", NATIONS, h.nation.unwrap_or(Nation::England), |h, v| h.nation = Some(v)) }
            { form.text("adults[0].age", t::AGE_LABEL, t::IN_YEARS, shown(you.and_then(|a| a.age)), parse::whole,
                |h, v| if let Some(a) = h.adults.first_mut() { a.age = v }) }
            { form.checkbox("partner", t::PARTNER_LABEL, h.adults.len() > 1, |h, v| {
                h.adults.truncate(1);
                if v {
                    h.adults.push(Default::default());
                }
            }) }
            if let Some(partner) = h.adults.get(1) {
                { form.text("adults[1].age", t::PARTNER_AGE_LABEL, t::IN_YEARS, shown(partner.age), parse::whole,
                    |h, v| if let Some(a) = h.adults.get_mut(1) { a.age = v }) }
            }
            { form.text("children", t::CHILDREN_LABEL, t::CHILDREN_HINT,
                child_ages, ages, |h: &mut RawHousehold, v: Vec<i64>| edit::set_child_ages(h, &v)) }
            { for h.children.iter().enumerate().filter(|(_, c)| age_leaves_birth_open(c, h.date)).map(|(i, c)| html! {
                { form.select_with(&format!("children[{i}].born_before_6_april_2017"),
                    &t::born_before_label(c.age.unwrap_or_default()),
                    t::BORN_BEFORE_HINT,
                    BORN_BEFORE, c.born_before_6_april_2017,
                    move |h, v| if let Some(c) = h.children.get_mut(i) { c.born_before_6_april_2017 = v }) }
            }) }
            { for h.children.iter().enumerate().filter(|(_, c)| c.age.is_some_and(|a| (4..=18).contains(&a))).map(|(i, c)| {
                school_year(&form, i, c, h.nation, &t::school_year_label(c.age.unwrap_or_default()))
            }) }
        </> },
        1 => html! { <>
            { form.select("adults[0].uc_health", t::HEALTH_LABEL, "", HEALTH,
                you.map(|a| a.uc_health).unwrap_or_default(), |h, v| if let Some(a) = h.adults.first_mut() { a.uc_health = v }) }
            { form.select("adults[0].esa", t::ESA_LABEL, "", ESA,
                you.map(|a| a.esa).unwrap_or_default(), |h, v| if let Some(a) = h.adults.first_mut() { a.esa = v }) }
            { form.checkbox("adults[0].pregnant", t::PREGNANT_LABEL, you.is_some_and(|a| a.pregnant),
                |h, v| if let Some(a) = h.adults.first_mut() { a.pregnant = v }) }
            if h.adults.len() > 1 {
                { form.checkbox("adults[1].pregnant", t::PARTNER_PREGNANT_LABEL, h.adults[1].pregnant,
                    |h, v| if let Some(a) = h.adults.get_mut(1) { a.pregnant = v }) }
            }
            if h.nation.unwrap_or(Nation::England) == Nation::England {
                { form.text("adults[0].prescription_items_monthly", t::PRESCRIPTIONS_LABEL,
                    t::PRESCRIPTIONS_HINT,
                    shown(you.map(|a| a.prescription_items_monthly).filter(|n| *n > 0)), parse::whole,
                    |h, v| if let Some(a) = h.adults.first_mut() { a.prescription_items_monthly = v.unwrap_or_default() }) }
            }
        </> },
        2 => {
            // The figures the questions name, from the household's rules (the newest while they cannot be chosen).
            let embedded = calc_core::rules::embedded();
            let rules = calc_core::rules_for(h).unwrap_or(&embedded[embedded.len() - 1]);
            let on = &props.on_action;
            let scotland = h.nation == Some(Nation::Scotland);
            let benefits = you.map(|a| a.disability_benefits.clone()).unwrap_or_default();
            let at: BenefitsAt =
                Rc::new(|h: &mut RawHousehold| h.adults.first_mut().map(|a| &mut a.disability_benefits));
            // Adult Disability Payment in Scotland, PIP elsewhere: each part's field, rate and setter.
            type Part = (&'static str, TwoRates, fn(&mut RawDisabilityBenefits, TwoRates));
            let (daily, mobility): (Part, Part) = if scotland {
                (
                    ("adults[0].disability_benefits.adp_daily_living", benefits.adp_daily_living, |d, v| {
                        d.adp_daily_living = v
                    }),
                    ("adults[0].disability_benefits.adp_mobility", benefits.adp_mobility, |d, v| d.adp_mobility = v),
                )
            } else {
                (
                    ("adults[0].disability_benefits.pip_daily_living", benefits.pip_daily_living, |d, v| {
                        d.pip_daily_living = v
                    }),
                    ("adults[0].disability_benefits.pip_mobility", benefits.pip_mobility, |d, v| d.pip_mobility = v),
                )
            };
            let uc = &rules.universal_credit;
            let limit = rules.carers_allowance.earnings_limit.money();
            let partner_job = h.adults.get(1).and_then(|a| a.job.as_ref());
            let open = |t: Topic| s.is_open(t);
            html! { <>
                <p class="hint">{ t::TOPICS_HINT }</p>
                { topic(on, Topic::Caring, "topic-caring", t::CARING_TOPIC,
                    t::CARING_HINT,
                    open(Topic::Caring).then(|| carers_allowance(&form, 0, you, &t::carers_allowance_label(limit)))) }
                { topic(on, Topic::Disability, "topic-disability", if scotland { t::ADP_TOPIC } else { t::PIP_TOPIC },
                    t::DISABILITY_HINT,
                    open(Topic::Disability).then(|| html! { <>
                        { two_rates(&form, daily.0, t::DAILY_LIVING_LABEL, t::DAILY_LIVING_HINT, daily.1, &at, daily.2) }
                        { two_rates(&form, mobility.0, t::MOBILITY_LABEL, "", mobility.1, &at, mobility.2) }
                    </> })) }
                if !h.children.is_empty() {
                    { topic(on, Topic::Childcare, "topic-childcare", t::CHILDCARE_TOPIC,
                        t::CHILDCARE_HINT,
                        open(Topic::Childcare).then(|| form.text("childcare_costs_monthly", t::CHILDCARE_LABEL, t::CHILDCARE_FIELD_HINT,
                            shown_money(Some(h.childcare_costs_monthly).filter(|c| c.is_positive())), parse::money_or_zero, |h, v| h.childcare_costs_monthly = v))) }
                }
                { topic(on, Topic::Savings, "topic-savings", &t::savings_topic(uc.capital_lower_limit.money()),
                    &t::savings_hint(uc.capital_upper_limit.money()),
                    open(Topic::Savings).then(|| form.text("savings", t::SAVINGS_LABEL, t::SAVINGS_HINT,
                        shown_money(Some(h.savings).filter(|v| v.is_positive())), parse::money_or_zero, |h, v| h.savings = v))) }
                if h.adults.len() > 1 {
                    { topic(on, Topic::PartnerWork, "topic-partner-work", t::PARTNER_WORK_TOPIC, t::PARTNER_WORK_HINT,
                        open(Topic::PartnerWork).then(|| html! { <>
                            { hourly_pay(&form, 1, partner_job, t::PARTNER_PAY_LABEL, t::BEFORE_TAX) }
                            { hours_now(&form, 1, partner_job, t::PARTNER_HOURS_LABEL, "") }
                        </> })) }
                }
                { topic(on, Topic::Travel, "topic-travel", t::TRAVEL_TOPIC,
                    t::TRAVEL_HINT,
                    open(Topic::Travel).then(|| travel(&form, 0, job, t::TRAVEL_LABEL, t::IN_POUNDS))) }
            </> }
        }
        3 => html! { <>
            { form.select("housing.tenure", t::TENURE_LABEL, "", TENURES, edit::tenure(&h.housing), edit::set_tenure) }
            if edit::tenure(&h.housing) != Tenure::None {
                { form.text("housing.rent_monthly", t::RENT_LABEL, t::RENT_HINT, shown_money(rent), parse::money,
                    |h, v| if let Some(r) = edit::rent(h) { *r = v }) }
            }
            if edit::tenure(&h.housing) == Tenure::Private {
                { form.text("housing.lha_monthly", t::LHA_LABEL, t::LHA_HINT,
                    shown_money(lha), parse::money, |h, v| if let RawHousing::PrivateRent { lha_monthly, .. } = &mut h.housing { *lha_monthly = v }) }
            }
            { form.text("council_tax.bill_annual", t::COUNCIL_TAX_LABEL, t::COUNCIL_TAX_HINT,
                shown_money(Some(h.council_tax.bill_annual).filter(|b| b.is_positive())), parse::money_or_zero, |h, v| h.council_tax.bill_annual = v) }
            if h.council_tax.bill_annual.is_positive() {
                { form.text("council_tax.reduction_annual", t::REDUCTION_LABEL, t::REDUCTION_HINT,
                    shown_money(Some(h.council_tax.reduction_annual).filter(|r| r.is_positive())), parse::money_or_zero, |h, v| h.council_tax.reduction_annual = v) }
            }
        </> },
        _ => html! { <>
            { hourly_pay(&form, 0, job, t::PAY_LABEL, t::PAY_HINT) }
            { hours_now(&form, 0, job, t::HOURS_LABEL, t::HOURS_HINT) }
            { form.select("adults[0].job.pay_frequency", t::PAID_LABEL, "", PAID,
                job.map(|j| j.pay_frequency).unwrap_or_default(), |h, v| if let Some(j) = edit::job(h, 0) { j.pay_frequency = v }) }
        </> },
    };

    let on = props.on_action.clone();
    let blocked = !errors.is_empty();
    let next = Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        if !blocked {
            on.emit(Action::Page(page + 1));
        }
    });
    let back = props.on_action.reform(move |_: MouseEvent| Action::Page(page.saturating_sub(1)));
    html! {
        <form class="questions" onsubmit={next} novalidate=true>
            if !errors.is_empty() {
                <ErrorSummary errors={errors.clone()} />
            }
            <p class="hint" id="progress">{ t::progress(page + 1, PAGES) }</p>
            <fieldset>
                <legend><h2 id="page-heading" tabindex="-1">{ t::TITLES[page] }</h2></legend>
                { fields }
            </fieldset>
            <div class="buttons">
                <button type="submit" class="button" id="continue">{ if page + 1 == PAGES { t::SEE_ANSWER } else { t::CONTINUE } }</button>
                if page > 0 {
                    <button type="button" class="button secondary" id="back" onclick={back}>{ t::BACK }</button>
                }
            </div>
        </form>
    }
}
