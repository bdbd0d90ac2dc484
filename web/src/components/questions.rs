//! Client mode's questions, a few to a page, in plain words (GOV.UK "one thing per page", loosely): who lives with
//! you, your health and benefits now, which of a few things apply to you (each opening its questions), your home, the
//! job.

use std::rc::Rc;

use calc_core::input::{
    EsaStatus, Nation, PayFrequency, RawAdult, RawChild, RawDisabilityBenefits, RawHousehold, RawHousing, RawJob,
    SchoolYear, TwoRates, UcHealth,
};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::errors::ErrorSummary;
use crate::components::fields::{parse, shown, shown_money, Form};
use crate::state::{edit, Action, FieldError, Shared, State, Tenure, Topic, PAGES};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: Shared<State>,
    /// Every problem with the answers; a page shows those with its own questions.
    pub errors: Vec<FieldError>,
    pub on_action: Callback<Action>,
}

const TITLES: [&str; PAGES] =
    ["About you", "Your health and benefits now", "Which of these apply to you?", "Your home", "The job"];

pub const TWO_RATES: &[(TwoRates, &str)] =
    &[(TwoRates::None, "None"), (TwoRates::Standard, "Standard rate"), (TwoRates::Enhanced, "Enhanced rate")];

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

const NATIONS: &[(Nation, &str)] =
    &[(Nation::England, "England"), (Nation::Scotland, "Scotland"), (Nation::Wales, "Wales")];

pub const HEALTH: &[(UcHealth, &str)] = &[
    (UcHealth::None, "No assessment, or fit for work"),
    (UcHealth::Lcw, "Limited capability for work"),
    (UcHealth::LcwraProtected, "Limited capability for work and work-related activity (from before April 2026)"),
    (UcHealth::LcwraNewClaimant, "Limited capability for work and work-related activity (new claim from April 2026)"),
];

const PAID: &[(PayFrequency, &str)] = &[
    (PayFrequency::Weekly, "Every week"),
    (PayFrequency::Fortnightly, "Every two weeks"),
    (PayFrequency::FourWeekly, "Every four weeks"),
    (PayFrequency::Monthly, "Every month"),
];
pub const ESA: &[(EsaStatus, &str)] = &[
    (EsaStatus::None, "No"),
    (EsaStatus::AssessmentPhase, "Yes, waiting for the assessment"),
    (EsaStatus::WorkRelatedActivityGroup, "Yes, in the work-related activity group"),
    (EsaStatus::SupportGroup, "Yes, in the support group"),
];

pub const TENURES: &[(Tenure, &str)] = &[
    (Tenure::None, "No"),
    (Tenure::Social, "Yes, to a council or housing association"),
    (Tenure::Private, "Yes, to a private landlord"),
];

/// Whether a child was born before 6 April 2017, for the higher first-child amount and the two-child limit.
/// The school years of England and Wales, and of Scotland, for free school meals.
const SCHOOL_YEARS: &[(Option<SchoolYear>, &str)] = &[
    (None, "Not known"),
    (Some(SchoolYear::NotAtSchool), "Not at school"),
    (Some(SchoolYear::Reception), "Reception"),
    (Some(SchoolYear::Year1), "Year 1"),
    (Some(SchoolYear::Year2), "Year 2"),
    (Some(SchoolYear::Year3), "Year 3"),
    (Some(SchoolYear::Year4), "Year 4"),
    (Some(SchoolYear::Year5), "Year 5"),
    (Some(SchoolYear::Year6), "Year 6"),
    (Some(SchoolYear::Year7), "Year 7"),
    (Some(SchoolYear::Year8), "Year 8"),
    (Some(SchoolYear::Year9), "Year 9"),
    (Some(SchoolYear::Year10), "Year 10"),
    (Some(SchoolYear::Year11), "Year 11"),
    (Some(SchoolYear::Year12), "Year 12"),
    (Some(SchoolYear::Year13), "Year 13"),
];
const SCOTTISH_SCHOOL_YEARS: &[(Option<SchoolYear>, &str)] = &[
    (None, "Not known"),
    (Some(SchoolYear::NotAtSchool), "Not at school"),
    (Some(SchoolYear::P1), "P1"),
    (Some(SchoolYear::P2), "P2"),
    (Some(SchoolYear::P3), "P3"),
    (Some(SchoolYear::P4), "P4"),
    (Some(SchoolYear::P5), "P5"),
    (Some(SchoolYear::P6), "P6"),
    (Some(SchoolYear::P7), "P7"),
    (Some(SchoolYear::S1), "S1"),
    (Some(SchoolYear::S2), "S2"),
    (Some(SchoolYear::S3), "S3"),
    (Some(SchoolYear::S4), "S4"),
    (Some(SchoolYear::S5), "S5"),
    (Some(SchoolYear::S6), "S6"),
];

/// A child's school year, asked in the nation's own terms (free school meals go by it).
pub fn school_year(form: &Form, i: usize, c: &RawChild, nation: Option<Nation>, label: &str) -> Html {
    let years = if nation == Some(Nation::Scotland) { SCOTTISH_SCHOOL_YEARS } else { SCHOOL_YEARS };
    form.select_with(
        &format!("children[{i}].school_year"),
        label,
        "Free school meals depend on it",
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

pub const BORN_BEFORE: &[(Option<bool>, &str)] =
    &[(None, "Not known yet"), (Some(true), "Yes, before 6 April 2017"), (Some(false), "No, on 6 April 2017 or later")];

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
        .map(|t| t.parse::<i64>().map_err(|_| "must be whole numbers separated by commas, like 4, 9"))
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
            { form.select("nation", "Where do you live?", "", NATIONS, h.nation.unwrap_or(Nation::England), |h, v| h.nation = Some(v)) }
            { form.text("adults[0].age", "How old are you?", "In years", shown(you.and_then(|a| a.age)), parse::whole,
                |h, v| if let Some(a) = h.adults.first_mut() { a.age = v }) }
            { form.checkbox("partner", "I live with a partner (we would claim Universal Credit together)", h.adults.len() > 1, |h, v| {
                h.adults.truncate(1);
                if v {
                    h.adults.push(Default::default());
                }
            }) }
            if let Some(partner) = h.adults.get(1) {
                { form.text("adults[1].age", "How old is your partner?", "In years", shown(partner.age), parse::whole,
                    |h, v| if let Some(a) = h.adults.get_mut(1) { a.age = v }) }
            }
            { form.text("children", "Ages of the children who live with you", "Separate ages with commas, for example 4, 9. Leave empty if none.",
                child_ages, ages, |h: &mut RawHousehold, v: Vec<i64>| edit::set_child_ages(h, &v)) }
            { for h.children.iter().enumerate().filter(|(_, c)| age_leaves_birth_open(c, h.date)).map(|(i, c)| html! {
                { form.select_with(&format!("children[{i}].born_before_6_april_2017"),
                    &format!("Was your child aged {} born before 6 April 2017?", c.age.unwrap_or_default()),
                    "Universal Credit pays more for an eldest child born before then, and counts every child born before then",
                    BORN_BEFORE, c.born_before_6_april_2017,
                    move |h, v| if let Some(c) = h.children.get_mut(i) { c.born_before_6_april_2017 = v }) }
            }) }
            { for h.children.iter().enumerate().filter(|(_, c)| c.age.is_some_and(|a| (4..=18).contains(&a))).map(|(i, c)| {
                school_year(&form, i, c, h.nation, &format!("Which school year is your child aged {} in?", c.age.unwrap_or_default()))
            }) }
        </> },
        1 => html! { <>
            { form.select("adults[0].uc_health", "What did your Universal Credit work capability assessment say?", "", HEALTH,
                you.map(|a| a.uc_health).unwrap_or_default(), |h, v| if let Some(a) = h.adults.first_mut() { a.uc_health = v }) }
            { form.select("adults[0].esa", "Do you get new-style Employment and Support Allowance?", "", ESA,
                you.map(|a| a.esa).unwrap_or_default(), |h, v| if let Some(a) = h.adults.first_mut() { a.esa = v }) }
            { form.checkbox("adults[0].pregnant", "I am pregnant (10 weeks or more)", you.is_some_and(|a| a.pregnant),
                |h, v| if let Some(a) = h.adults.first_mut() { a.pregnant = v }) }
            if h.adults.len() > 1 {
                { form.checkbox("adults[1].pregnant", "My partner is pregnant (10 weeks or more)", h.adults[1].pregnant,
                    |h, v| if let Some(a) = h.adults.get_mut(1) { a.pregnant = v }) }
            }
            if h.nation.unwrap_or(Nation::England) == Nation::England {
                { form.text("adults[0].prescription_items_monthly", "How many NHS prescription items do you pay for each month?",
                    "Prescriptions can be free on Universal Credit with low pay, and stop being free as pay goes up. Leave blank if none",
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
                <p class="hint">{ "Tick any that apply: each opens a question or two." }</p>
                { topic(on, Topic::Caring, "topic-caring", "I look after someone for 35 hours a week or more, and they get a disability benefit (such as PIP, DLA or Attendance Allowance)",
                    "Universal Credit pays more for carers, and Carer's Allowance has an earnings limit",
                    open(Topic::Caring).then(|| carers_allowance(&form, 0, you, &format!("I get Carer's Allowance (Carer Support Payment in Scotland). It stops in any week I earn more than {limit}")))) }
                { topic(on, Topic::Disability, "topic-disability", if scotland { "I get Adult Disability Payment" } else { "I get Personal Independence Payment (PIP)" },
                    "It is not affected by work, and it counts in your income",
                    open(Topic::Disability).then(|| html! { <>
                        { two_rates(&form, daily.0, "The daily living part", "Your award letter says the rate", daily.1, &at, daily.2) }
                        { two_rates(&form, mobility.0, "The mobility part", "", mobility.1, &at, mobility.2) }
                    </> })) }
                if !h.children.is_empty() {
                    { topic(on, Topic::Childcare, "topic-childcare", "I would pay for registered childcare while I work",
                        "Universal Credit can pay back most of it while you work",
                        open(Topic::Childcare).then(|| form.text("childcare_costs_monthly", "Childcare a month while working", "In pounds, before any help",
                            shown_money(Some(h.childcare_costs_monthly).filter(|c| c.is_positive())), parse::money_or_zero, |h, v| h.childcare_costs_monthly = v))) }
                }
                { topic(on, Topic::Savings, "topic-savings", &format!("I have savings of {} or more", uc.capital_lower_limit.money()),
                    &format!("Savings above that lower Universal Credit, and above {} stop it", uc.capital_upper_limit.money()),
                    open(Topic::Savings).then(|| form.text("savings", "How much are your savings?", "In pounds: all savings and investments, yours and your partner's",
                        shown_money(Some(h.savings).filter(|v| v.is_positive())), parse::money_or_zero, |h, v| h.savings = v))) }
                if h.adults.len() > 1 {
                    { topic(on, Topic::PartnerWork, "topic-partner-work", "My partner works", "Universal Credit counts a couple's pay together",
                        open(Topic::PartnerWork).then(|| html! { <>
                            { hourly_pay(&form, 1, partner_job, "Your partner's hourly pay", "In pounds, before tax") }
                            { hours_now(&form, 1, partner_job, "Your partner's hours a week", "") }
                        </> })) }
                }
                { topic(on, Topic::Travel, "topic-travel", "Getting to work would cost me money (fares or fuel)",
                    "We take it off your pay to see if you are better off",
                    open(Topic::Travel).then(|| travel(&form, 0, job, "Travel to work a week", "In pounds"))) }
            </> }
        }
        3 => html! { <>
            { form.select("housing.tenure", "Do you pay rent?", "", TENURES, edit::tenure(&h.housing), edit::set_tenure) }
            if edit::tenure(&h.housing) != Tenure::None {
                { form.text("housing.rent_monthly", "Rent a month", "In pounds, for example 650", shown_money(rent), parse::money,
                    |h, v| if let Some(r) = edit::rent(h) { *r = v }) }
            }
            if edit::tenure(&h.housing) == Tenure::Private {
                { form.text("housing.lha_monthly", "Local housing allowance a month", "Your adviser or the council can tell you this figure",
                    shown_money(lha), parse::money, |h, v| if let RawHousing::PrivateRent { lha_monthly, .. } = &mut h.housing { *lha_monthly = v }) }
            }
            { form.text("council_tax.bill_annual", "Council tax for the year", "From your council tax bill, after any discount (for example for living alone). Leave blank if you do not pay it",
                shown_money(Some(h.council_tax.bill_annual).filter(|b| b.is_positive())), parse::money_or_zero, |h, v| h.council_tax.bill_annual = v) }
            if h.council_tax.bill_annual.is_positive() {
                { form.text("council_tax.reduction_annual", "Help with council tax you get now, for the year", "Council Tax Reduction or council tax support, as your bill shows it. Leave blank if you get none. We keep it as it is now, but it usually goes down as you earn more",
                    shown_money(Some(h.council_tax.reduction_annual).filter(|r| r.is_positive())), parse::money_or_zero, |h, v| h.council_tax.reduction_annual = v) }
            }
        </> },
        _ => html! { <>
            { hourly_pay(&form, 0, job, "Hourly pay", "In pounds, before tax, for example 12.71") }
            { hours_now(&form, 0, job, "Hours you work now", "0 if you are not working") }
            { form.select("adults[0].job.pay_frequency", "How often would you be paid?", "", PAID,
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
            <p class="hint" id="progress">{ format!("Page {} of {}", page + 1, PAGES) }</p>
            <fieldset>
                <legend><h2 id="page-heading" tabindex="-1">{ TITLES[page] }</h2></legend>
                { fields }
            </fieldset>
            <div class="buttons">
                <button type="submit" class="button" id="continue">{ if page + 1 == PAGES { "See your answer" } else { "Continue" } }</button>
                if page > 0 {
                    <button type="button" class="button secondary" id="back" onclick={back}>{ "Back" }</button>
                }
            </div>
        </form>
    }
}
