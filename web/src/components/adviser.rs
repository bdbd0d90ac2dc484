//! Adviser mode's form: every input the engine takes, grouped, on one screen. Each field edits the household directly.

use calc_core::input::{
    ChildDisability, DlaCare, DlaMobility, EsaStatus, Nation, PayFrequency, PensionBasis, PensionRelief, PensionScheme,
    RawAdult, RawChild, RawDisabilityBenefits, RawHousehold, RawHousing, RawJob, RawNonDependant, Sex, UcHealth,
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

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: Shared<State>,
    pub errors: Vec<FieldError>,
    pub on_action: Callback<Action>,
}

const NATIONS: &[(Nation, &str)] = &[
    (Nation::England, "England"),
    (Nation::Scotland, "Scotland"),
    (Nation::Wales, "Wales"),
    (Nation::NorthernIreland, "Northern Ireland"),
];
const HEALTH: &[(UcHealth, &str)] = &[
    (UcHealth::None, "Not assessed, or fit for work"),
    (UcHealth::Lcw, "LCW (no element)"),
    (UcHealth::LcwWithElement, "LCW with the element kept from before April 2017"),
    (UcHealth::LcwraProtected, "LCWRA, protected amount"),
    (UcHealth::LcwraNewClaimant, "LCWRA, new claimant from April 2026"),
];
const FREQUENCIES: &[(PayFrequency, &str)] = &[
    (PayFrequency::Weekly, "Weekly"),
    (PayFrequency::Fortnightly, "Fortnightly"),
    (PayFrequency::FourWeekly, "Four-weekly"),
    (PayFrequency::Monthly, "Monthly"),
];
const SCHEMES: &[(PensionScheme, &str)] = &[
    (PensionScheme::AutoEnrolment, "Automatic enrolment minimum"),
    (PensionScheme::Custom, "Another employee rate"),
    (PensionScheme::OptedOut, "Opted out"),
];
const BASES: &[(PensionBasis, &str)] =
    &[(PensionBasis::QualifyingEarnings, "Qualifying earnings"), (PensionBasis::TotalPay, "Total pay")];
const RELIEFS: &[(PensionRelief, &str)] =
    &[(PensionRelief::ReliefAtSource, "Relief at source"), (PensionRelief::NetPay, "Net pay arrangement")];
const DLA_CARE: &[(DlaCare, &str)] = &[
    (DlaCare::None, "None"),
    (DlaCare::Lowest, "Lowest rate"),
    (DlaCare::Middle, "Middle rate"),
    (DlaCare::Highest, "Highest rate"),
];
const DLA_MOBILITY: &[(DlaMobility, &str)] =
    &[(DlaMobility::None, "None"), (DlaMobility::Lower, "Lower rate"), (DlaMobility::Higher, "Higher rate")];
const CHILD_DISABILITY: &[(ChildDisability, &str)] = &[
    (ChildDisability::None, "None"),
    (ChildDisability::Lower, "Lower rate"),
    (ChildDisability::Higher, "Higher rate"),
];

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
        { two_rates(form, &field("pip_daily_living"), "PIP daily living", "", d.pip_daily_living, &at, |d, v| d.pip_daily_living = v) }
        { two_rates(form, &field("pip_mobility"), "PIP mobility", "", d.pip_mobility, &at, |d, v| d.pip_mobility = v) }
        { form.select_with(&field("dla_care"), "DLA care (or Child Disability Payment)", "", DLA_CARE, d.dla_care,
            move |h, v| if let Some(d) = at_care(h) { d.dla_care = v }) }
        { form.select_with(&field("dla_mobility"), "DLA mobility", "", DLA_MOBILITY, d.dla_mobility,
            move |h, v| if let Some(d) = at_mobility(h) { d.dla_mobility = v }) }
        { two_rates(form, &field("adp_daily_living"), "Adult Disability Payment daily living (Scotland)", "", d.adp_daily_living, &at, |d, v| d.adp_daily_living = v) }
        { two_rates(form, &field("adp_mobility"), "Adult Disability Payment mobility (Scotland)", "", d.adp_mobility, &at, |d, v| d.adp_mobility = v) }
    </> }
}

fn adult_fields(form: &Form, i: usize, a: &RawAdult, on: &Callback<Action>) -> Html {
    let p = |name: &str| format!("adults[{i}].{name}");
    let job = a.job.as_ref();
    let title = if i == 0 { "You (the first adult)" } else { "Your partner" };
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
            { form.text_with(&p("age"), "Age", "In whole years on the date", shown(a.age), parse::whole, move |h, v| on_adult(i, move |a| a.age = v)(h)) }
            { form.select_with(&p("uc_health"), "Work capability (Universal Credit)", "", HEALTH, a.uc_health, move |h, v| on_adult(i, move |a| a.uc_health = v)(h)) }
            { form.select_with(&p("esa"), "New-style ESA", "", ESA, a.esa, move |h, v: EsaStatus| on_adult(i, move |a| a.esa = v)(h)) }
            { form.checkbox_with(&p("supported_permitted_work"), "Supported permitted work (ESA higher limit whatever the hours)", a.supported_permitted_work,
                move |h, v| on_adult(i, move |a| a.supported_permitted_work = v)(h)) }
            { form.checkbox_with(&p("cares_35_hours"), "Cares for 35 hours a week or more for someone on a qualifying disability benefit", a.cares_35_hours,
                move |h, v| on_adult(i, move |a| a.cares_35_hours = v)(h)) }
            { form.checkbox_with(&p("pregnant"), "Pregnant, 10 weeks or more (Healthy Start, Best Start Foods)", a.pregnant,
                move |h, v| on_adult(i, move |a| a.pregnant = v)(h)) }
            { form.text_with(&p("prescription_items_monthly"), "NHS prescription items paid for a month", "England: for valuing free prescriptions",
                shown(Some(a.prescription_items_monthly)), parse::whole, move |h, v| on_adult(i, move |a| a.prescription_items_monthly = v.unwrap_or_default())(h)) }
            { carers_allowance(form, i, Some(a), "Claims Carer's Allowance (Carer Support Payment in Scotland)") }
            { disability_fields(form, &p("disability_benefits"), &a.disability_benefits,
                Rc::new(move |h: &mut RawHousehold| h.adults.get_mut(i).map(|a| &mut a.disability_benefits))) }
            <div class="field checkbox">
                <input type="checkbox" id={job_id.clone()} checked={has_job} onchange={toggle_job} />
                <label for={job_id}>{ "Has a job, or is weighing one up" }</label>
            </div>
            if let Some(j) = job {
                { hourly_pay(form, i, job, "Hourly pay", "In pounds, before tax") }
                { hours_now(form, i, job, "Hours a week now", "0 if not working now; the chart varies the hours of the adult chosen below") }
                { form.select_with(&p("job.pay_frequency"), "Paid", "", FREQUENCIES, j.pay_frequency, move |h, v| if let Some(j) = edit::job(h, i) { j.pay_frequency = v }) }
                { form.text_with(&p("job.payday"), "A payday", "YYYY-MM-DD; any one, for the month by month figures", shown(j.payday), parse::date,
                    move |h, v| if let Some(j) = edit::job(h, i) { j.payday = v }) }
                { travel(form, i, job, "Travel to work a week", "In pounds; a cost of working") }
                { form.checkbox_with(&p("job.apprentice"), "Apprentice under 19 or in the first year", j.apprentice, move |h, v| if let Some(j) = edit::job(h, i) { j.apprentice = v }) }
            }
            if let Some(pension) = pension {
                { form.select_with(&p("pension.scheme"), "Workplace pension", "", SCHEMES, pension.scheme, move |h, v| on_adult(i, move |a| a.pension.scheme = v)(h)) }
                if pension.scheme == PensionScheme::Custom {
                    { form.text_with(&p("pension.employee_percent"), "Employee contribution, percent", "For example 5", shown(pension.employee_percent),
                        parse::number, move |h, v| on_adult(i, move |a| a.pension.employee_percent = v)(h)) }
                    { form.select_with(&p("pension.basis"), "Percent of", "", BASES, pension.basis, move |h, v| on_adult(i, move |a| a.pension.basis = v)(h)) }
                }
                if pension.scheme != PensionScheme::OptedOut {
                    { form.select_with(&p("pension.relief"), "Tax relief", "", RELIEFS, pension.relief, move |h, v| on_adult(i, move |a| a.pension.relief = v)(h)) }
                }
            }
        </fieldset>
    }
}

const SEXES: &[(Option<Sex>, &str)] = &[(None, "Not given"), (Some(Sex::Female), "Girl"), (Some(Sex::Male), "Boy")];

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
            <legend>{ format!("Child {}", i + 1) }</legend>
            { form.text_with(&p("age"), "Age", "", shown(c.age), parse::whole, move |h, v| if let Some(c) = h.children.get_mut(i) { c.age = v }) }
            { form.text_with(&p("date_of_birth"), "Date of birth", "YYYY-MM-DD; optional: it settles the age and the question below", shown(c.date_of_birth), parse::date,
                move |h, v| if let Some(c) = h.children.get_mut(i) { c.date_of_birth = v }) }
            { form.select_with(&p("born_before_6_april_2017"), "Born before 6 April 2017", "Needed only where the age fits either", BORN_BEFORE, c.born_before_6_april_2017,
                move |h, v| if let Some(c) = h.children.get_mut(i) { c.born_before_6_april_2017 = v }) }
            { form.select_with(&p("sex"), "Sex", "For the bedrooms allowed: two children of the same sex under 16 share", SEXES, c.sex,
                move |h, v| if let Some(c) = h.children.get_mut(i) { c.sex = v }) }
            { school_year(form, i, c, nation, "School year") }
            { has_school_meals(form, i, c, nation, "Has free school meals now (kept whatever the earnings until September 2026)") }
            { form.checkbox_with(&p("two_child_limit_exception"), "An exception to the two-child limit applies", c.two_child_limit_exception, on_child(|c, v| c.two_child_limit_exception = v)) }
            { form.select_with(&p("disability"), "Disabled child addition", "", CHILD_DISABILITY, c.disability, move |h, v| if let Some(c) = h.children.get_mut(i) { c.disability = v }) }
            { disability_fields(form, &p("disability_benefits"), &c.disability_benefits,
                Rc::new(move |h: &mut RawHousehold| h.children.get_mut(i).map(|c| &mut c.disability_benefits))) }
            <button type="button" class="button secondary" onclick={remove}>{ format!("Remove child {}", i + 1) }</button>
        </fieldset>
    }
}

fn housing_fields(form: &Form, housing: &RawHousing) -> Html {
    let tenure_select = form.select("housing.tenure", "Rent", "", TENURES, edit::tenure(housing), edit::set_tenure);
    let rent = |value: Option<calc_core::Money>| {
        form.text(
            "housing.rent_monthly",
            "Rent a month",
            "In pounds, eligible rent",
            shown_money(value),
            parse::money,
            |h, v| {
                if let Some(r) = edit::rent(h) {
                    *r = v
                }
            },
        )
    };
    let service = |value: calc_core::Money| {
        form.text(
            "housing.service_charges_monthly",
            "Eligible service charges a month",
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
            { form.text("housing.spare_bedrooms", "Spare bedrooms (social sector size criteria)", "", spare_bedrooms.to_string(), parse::whole,
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
            { form.text("housing.lha_monthly", "Local housing allowance a month", "For the household's size and area; the working says which category the size criteria give", shown_money(*lha_monthly), parse::money,
                |h, v| if let RawHousing::PrivateRent { lha_monthly, .. } = &mut h.housing { *lha_monthly = v }) }
            { form.text("housing.additional_bedrooms", "Additional bedrooms allowed", "Overnight care, a foster parent, a disabled child or adult who cannot share (UC Regs Sch. 4 para. 12)",
                additional_bedrooms.to_string(), parse::whole,
                |h, v| if let RawHousing::PrivateRent { additional_bedrooms, .. } = &mut h.housing { *additional_bedrooms = v.unwrap_or(0) }) }
            { form.checkbox("housing.shared_accommodation_exception", "Excepted from the shared accommodation rate (care leaver under 25, hostel, MAPPA, domestic abuse, modern slavery)",
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
    let mut years: Vec<(Option<&'static str>, &'static str)> = vec![(None, "In force on the date")];
    years.extend(rules::embedded().iter().map(|r| (Some(&*r.id), &*r.id)));
    let rule_year =
        h.rule_year.as_deref().and_then(|y| years.iter().find(|(id, _)| *id == Some(y))).and_then(|(id, _)| *id);
    let reshape = |f: fn(&mut RawHousehold)| on.reform(move |_: MouseEvent| Action::Reshape(Rc::new(f) as Edit));
    let adults = s.household.adults.len();
    let whose: Vec<(usize, &'static str)> = vec![(0, "You (the first adult)"), (1, "Your partner")];
    let on_whose = on.reform(|e: Event| {
        let i = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value().parse::<usize>().unwrap_or(0);
        Action::Adult(i)
    });

    html! {
        <form class="adviser" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())} novalidate=true>
            <fieldset class="group">
                <legend>{ "Date, rules and place" }</legend>
                { form.text("date", "Date of the calculation", "YYYY-MM-DD; picks the rules in force", shown(h.date), parse::date, |h, v| h.date = v) }
                { form.select("rule_year", "Rule year", "", &years, rule_year, |h, v| h.rule_year = v.map(String::from)) }
                { form.select("nation", "Nation", "", NATIONS, h.nation.unwrap_or(Nation::England), |h, v| h.nation = Some(v)) }
                { form.checkbox("in_london", "Lives in Greater London (benefit cap)", h.in_london, |h, v| h.in_london = v) }
            </fieldset>
            { for h.adults.iter().enumerate().map(|(i, a)| adult_fields(&form, i, a, on)) }
            <div class="buttons">
                if adults < 2 {
                    <button type="button" class="button secondary" id="add-partner" onclick={reshape(|h| h.adults.push(RawAdult { age: Some(30), ..Default::default() }))}>{ "Add a partner" }</button>
                } else {
                    <button type="button" class="button secondary" onclick={reshape(|h| h.adults.truncate(1))}>{ "Remove the partner" }</button>
                    <div class="field">
                        <label for="whose-hours">{ "Whose hours change on the chart" }</label>
                        <select id="whose-hours" onchange={on_whose}>
                            { for whose.iter().map(|(i, text)| html! { <option value={i.to_string()} selected={*i == s.adult}>{ *text }</option> }) }
                        </select>
                    </div>
                }
            </div>
            { for h.children.iter().enumerate().map(|(i, c)| child_fields(&form, i, c, h.nation, on)) }
            <div class="buttons">
                <button type="button" class="button secondary" id="add-child" onclick={reshape(|h| h.children.push(RawChild { age: Some(5), ..Default::default() }))}>{ "Add a child" }</button>
            </div>
            <fieldset class="group">
                <legend>{ "Home" }</legend>
                { housing_fields(&form, &h.housing) }
                { for h.non_dependants.iter().enumerate().map(|(i, n)| html! { <>
                    { form.text_with(&format!("non_dependants[{i}].age"), &format!("Other adult {} living here: age", i + 1), "", shown(n.age), parse::whole,
                        move |h, v| if let Some(n) = h.non_dependants.get_mut(i) { n.age = v }) }
                    { form.checkbox_with(&format!("non_dependants[{i}].exempt"), "No housing cost contribution for them", n.exempt,
                        move |h, v| if let Some(n) = h.non_dependants.get_mut(i) { n.exempt = v }) }
                </> }) }
                <div class="buttons">
                    <button type="button" class="button secondary" onclick={reshape(|h| h.non_dependants.push(RawNonDependant { age: Some(25), exempt: false }))}>{ "Add another adult living here" }</button>
                    if !h.non_dependants.is_empty() {
                        <button type="button" class="button secondary" onclick={reshape(|h| { h.non_dependants.pop(); })}>{ "Remove the last one" }</button>
                    }
                </div>
            </fieldset>
            { council_tax_fields(&form, &h.council_tax, on) }
            <fieldset class="group">
                <legend>{ "Money and costs" }</legend>
                { form.text("childcare_costs_monthly", "Registered childcare a month while working", "In pounds, before any help", shown_money(Some(h.childcare_costs_monthly)),
                    parse::money_or_zero, |h, v| h.childcare_costs_monthly = v) }
                { form.text("children_in_childcare", "Children the childcare is for", "Picks the cap on the childcare costs element. Leave blank for every child aged 16 or under",
                    shown(h.children_in_childcare), parse::whole, |h, v| h.children_in_childcare = v) }
                { form.text("savings", "Savings and other capital", "In pounds", shown_money(Some(h.savings)), parse::money_or_zero, |h, v| h.savings = v) }
                { form.text("other_unearned_income_monthly", "Other unearned income a month", "Counted in full by Universal Credit, e.g. a private pension",
                    shown_money(Some(h.other_unearned_income_monthly)), parse::money_or_zero, |h, v| h.other_unearned_income_monthly = v) }
                { form.checkbox("benefit_cap_grace_period", "In the benefit cap grace period", h.benefit_cap_grace_period, |h, v| h.benefit_cap_grace_period = v) }
                { form.text("assessment_period_day", "Day of the month the Universal Credit claim began", "1 to 31; each assessment period starts on it. Leave blank for the day of the date",
                    shown(h.assessment_period_day), parse::whole, |h, v| h.assessment_period_day = v) }
            </fieldset>
        </form>
    }
}
