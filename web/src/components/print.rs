//! What a printed page needs beyond the figures: whose calculation, the rule year, the date and the assumptions. Shown
//! only when printing (the screen already shows the questions).

use calc_core::analysis::curve::{Components, Outlook};
use calc_core::input::household::{Household, Housing};
use yew::prelude::*;

use crate::components::chart::SERIES;
use crate::format::{hours, pounds};
use crate::state::{Rules, Shared};
use crate::text::print as t;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub household: Shared<Household>,
    pub rules: Rules,
    pub adult: usize,
    pub outlook: Shared<Outlook>,
    /// The weekly figures now, for the table of each source now and at the hours chosen.
    pub baseline: Components,
}

#[function_component(PrintSummary)]
pub fn print_summary(props: &Props) -> Html {
    let (h, o) = (&props.household, &props.outlook);
    let adults = match h.adults.as_slice() {
        [you] => t::single(you.age),
        [you, partner] => t::couple(you.age, partner.age),
        _ => String::new(),
    };
    let children = match h.children.len() {
        0 => t::NO_CHILDREN.to_string(),
        _ => t::children(&h.children.iter().map(|c| c.age.to_string()).collect::<Vec<_>>().join(", ")),
    };
    let home = match &h.housing {
        Housing::None => t::NO_RENT.to_string(),
        Housing::SocialRent { rent_monthly, .. } => t::social_rent(*rent_monthly),
        Housing::PrivateRent { rent_monthly, .. } => t::private_rent(*rent_monthly),
    };
    let job = &h.adults[props.adult].job;
    let printed = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
    html! {
        <section class="print-only">
            <h2>{ t::TITLE }</h2>
            <ul>
                <li>{ t::household(&adults, &children, &home) }</li>
                <li>{ t::job(job.hourly_wage, &hours(job.hours_per_week), &hours(props.outlook.hours)) }</li>
                <li>{ t::income(&pounds(props.outlook.baseline_weekly), &pounds(props.outlook.figures.income_after_costs)) }</li>
                <li>{ t::rules(props.rules.0.id.as_ref(), props.rules.0.version.as_ref(), printed.get(..10).unwrap_or_default()) }</li>
                <li>{ t::ASSUMPTIONS }</li>
            </ul>
            <table class="compare">
                <caption>{ t::CAPTION }</caption>
                <thead><tr><td></td><th scope="col">{ t::NOW }</th><th scope="col">{ t::at_hours(&hours(o.hours)) }</th></tr></thead>
                <tbody>
                    { for SERIES.iter().filter(|(_, _, v)| !v(&props.baseline).is_zero() || !v(&o.figures).is_zero()).map(|(name, _, v)| html! {
                        <tr><th scope="row">{ *name }</th><td>{ pounds(v(&props.baseline)) }</td><td>{ pounds(v(&o.figures)) }</td></tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}
