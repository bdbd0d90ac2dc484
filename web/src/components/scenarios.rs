//! Adviser mode's scenarios side by side: the household now, at the hours offered, and at any other hours, each
//! figure a week or a month, with how much better off each is than now.

use calc_core::help_in_kind::HelpItem;
use calc_core::period::Amounts;
use calc_core::report::AssessmentPeriod;
use calc_core::report::Line;
use calc_core::report::Totals;
use calc_core::Money;
use rust_decimal::Decimal;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::format::{hours, pounds};
use crate::state::{dom_id, FieldError, Shared};

/// One scenario: its name ("Now", "Offer", "Option 1"), the hours, and the household's figures and working there.
/// Worked out once per render and shared by this table and the working.
#[derive(Debug)]
pub struct Scenario {
    pub name: String,
    pub hours: Decimal,
    pub totals: Totals,
    /// The help in kind there, item by item.
    pub help_in_kind: Vec<HelpItem>,
    pub working: Vec<Line>,
    /// The twelve assessment periods as paid: for the hours chosen only (none for the others).
    pub months: Shared<Vec<AssessmentPeriod>>,
    /// UC for the month with earnings averaged.
    pub averaged_award: Money,
    /// The year's UC is what the periods add up to (`Calculation::universal_credit_by_periods`).
    pub by_periods: bool,
}

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Now first, then the others.
    pub scenarios: Shared<Vec<Scenario>>,
    pub more_hours_text: String,
    pub more_hours_error: Option<FieldError>,
    pub on_more_hours: Callback<String>,
}

/// A row of the table: its label and the figure it shows from the totals (negative for what is taken off).
type Row = (&'static str, fn(&Totals) -> Amounts);

const ROWS: &[Row] = &[
    ("Gross earnings", |t| t.gross_earnings),
    ("Income tax", |t| t.income_tax),
    ("National Insurance", |t| t.national_insurance),
    ("Pension contributions", |t| t.pension_contributions),
    ("Net earnings", |t| t.net_earnings),
    ("Universal Credit", |t| t.universal_credit),
    ("New-style ESA", |t| t.esa),
    ("Carer's Allowance", |t| t.carers_allowance),
    ("Scotland's carer supplements", |t| t.scottish_carer_payments),
    ("Child Benefit", |t| t.child_benefit),
    ("High Income Child Benefit Charge", |t| t.high_income_child_benefit_charge),
    ("Scottish Child Payment", |t| t.scottish_child_payment),
    ("Disability benefits", |t| t.disability_benefits),
    ("Other income", |t| t.other_income),
    ("Council Tax Reduction", |t| t.council_tax_reduction),
    ("Total net income", |t| t.total_net_income),
    ("Rent", |t| t.housing_costs),
    ("Childcare", |t| t.childcare_costs),
    ("Council tax", |t| t.council_tax),
    ("Travel to work", |t| t.travel_costs),
    ("Income after rent, council tax, childcare and travel", |t| t.income_after_costs),
    ("Help in kind (not cash)", |t| t.help_in_kind),
];

#[function_component(Scenarios)]
pub fn scenarios(props: &Props) -> Html {
    let monthly = use_state(|| false);
    let totals: Vec<&Totals> = props.scenarios.iter().map(|s| &s.totals).collect();
    let pick = |a: Amounts| if *monthly { a.monthly } else { a.weekly };
    let now = pick(totals[0].income_after_costs);
    let period = if *monthly { "a month" } else { "a week" };
    let toggle = {
        let monthly = monthly.clone();
        Callback::from(move |_: Event| monthly.set(!*monthly))
    };
    let on_more = props.on_more_hours.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let error = props.more_hours_error.as_ref();
    let id = dom_id("more_hours");
    html! {
        <section aria-labelledby="scenarios-title">
            <h2 id="scenarios-title">{ format!("Scenarios side by side ({period})") }</h2>
            <div class="field" data-error={error.is_some().then_some("")}>
                <label for={id.clone()}>{ "More hours to compare" }</label>
                <div class="hint" id="more_hours-hint">{ "Hours a week, separated by commas, for example 24, 30, 37.5" }</div>
                if let Some(e) = error {
                    <p class="error-message" id="more_hours-error"><span class="visually-hidden">{ "Error: " }</span>{ e.message.clone() }</p>
                }
                <input type="text" inputmode="decimal" id={id} value={props.more_hours_text.clone()} oninput={on_more}
                    aria-describedby={if error.is_some() { "more_hours-hint more_hours-error" } else { "more_hours-hint" }} />
            </div>
            <div class="field checkbox">
                <input type="checkbox" id="scenarios-monthly" checked={*monthly} onchange={toggle} />
                <label for="scenarios-monthly">{ "Show amounts a month" }</label>
            </div>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Scenarios: every figure in each scenario">
                <table id="scenarios">
                    <thead>
                        <tr>
                            <th scope="col">{ "Figure" }</th>
                            { for props.scenarios.iter().map(|s| html! { <th scope="col">{ s.name.clone() }<br /><span class="small">{ format!("{} hours", hours(s.hours)) }</span></th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for ROWS.iter().map(|(label, value)| html! {
                            <tr>
                                <th scope="row">{ *label }</th>
                                { for totals.iter().map(|t| html! { <td>{ pounds(pick(value(t)).pounds()) }</td> }) }
                            </tr>
                        }) }
                        <tr class="total">
                            <th scope="row">{ "Better off than now" }</th>
                            { for totals.iter().map(|t| html! { <td>{ pounds((pick(t.income_after_costs) - now).pounds()) }</td> }) }
                        </tr>
                    </tbody>
                </table>
            </div>
        </section>
    }
}
