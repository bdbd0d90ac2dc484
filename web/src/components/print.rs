//! What a printed page needs beyond the figures: whose calculation, the rule year, the date and the assumptions. Shown
//! only when printing (the screen already shows the questions).

use calc_core::analysis::curve::{Components, Outlook};
use calc_core::input::household::{Household, Housing};
use yew::prelude::*;

use crate::components::chart::SERIES;
use crate::format::{hours, pounds};
use crate::state::{Rules, Shared};

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
        [you] => format!("you, aged {}", you.age),
        [you, partner] => format!("you and your partner, aged {} and {}", you.age, partner.age),
        _ => String::new(),
    };
    let children = match h.children.len() {
        0 => "no children".to_string(),
        _ => format!("children aged {}", h.children.iter().map(|c| c.age.to_string()).collect::<Vec<_>>().join(", ")),
    };
    let home = match &h.housing {
        Housing::None => "no rent".to_string(),
        Housing::SocialRent { rent_monthly, .. } => format!("social rent of {} a month", rent_monthly),
        Housing::PrivateRent { rent_monthly, .. } => format!("private rent of {} a month", rent_monthly),
    };
    let job = &h.adults[props.adult].job;
    let printed = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
    html! {
        <section class="print-only">
            <h2>{ "In-work calculation" }</h2>
            <ul>
                <li>{ format!("Household: {adults}; {children}; {home}.") }</li>
                <li>{ format!("Job: {} an hour, {} hours a week now, {} hours a week in this scenario.", job.hourly_wage, hours(job.hours_per_week), hours(props.outlook.hours)) }</li>
                <li>{ format!("Income a week after rent, council tax, childcare and travel: {} now, {} in this scenario.", pounds(props.outlook.baseline_weekly), pounds(props.outlook.figures.income_after_costs)) }</li>
                <li>{ format!("Rules: the {} tax year (rule file version {}). Printed {}.", props.rules.0.id, props.rules.0.version, printed.get(..10).unwrap_or_default()) }</li>
                <li>{ "Assumptions: the same pay every week, averaged over the year for Universal Credit (month by month it follows the paydays in each assessment period); no changes within an assessment period; benefits not listed are not claimed. A guide, not a decision: DWP, HMRC and the council decide what is paid." }</li>
            </ul>
            <table class="compare">
                <caption>{ "Income a week from each source" }</caption>
                <thead><tr><td></td><th scope="col">{ "Now" }</th><th scope="col">{ format!("At {} hours", hours(o.hours)) }</th></tr></thead>
                <tbody>
                    { for SERIES.iter().filter(|(_, _, v)| !v(&props.baseline).is_zero() || !v(&o.figures).is_zero()).map(|(name, _, v)| html! {
                        <tr><th scope="row">{ *name }</th><td>{ pounds(v(&props.baseline)) }</td><td>{ pounds(v(&o.figures)) }</td></tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}
