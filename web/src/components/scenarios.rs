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
use crate::text::scenarios as t;

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
    (t::GROSS_EARNINGS, |t| t.gross_earnings),
    (t::INCOME_TAX, |t| t.income_tax),
    (t::NATIONAL_INSURANCE, |t| t.national_insurance),
    (t::PENSION, |t| t.pension_contributions),
    (t::NET_EARNINGS, |t| t.net_earnings),
    (t::UNIVERSAL_CREDIT, |t| t.universal_credit),
    (t::ESA, |t| t.esa),
    (t::CARERS_ALLOWANCE, |t| t.carers_allowance),
    (t::SCOTTISH_CARER_PAYMENTS, |t| t.scottish_carer_payments),
    (t::CHILD_BENEFIT, |t| t.child_benefit),
    (t::HICBC, |t| t.high_income_child_benefit_charge),
    (t::SCOTTISH_CHILD_PAYMENT, |t| t.scottish_child_payment),
    (t::DISABILITY_BENEFITS, |t| t.disability_benefits),
    (t::OTHER_INCOME, |t| t.other_income),
    (t::COUNCIL_TAX_REDUCTION, |t| t.council_tax_reduction),
    (t::TOTAL_NET_INCOME, |t| t.total_net_income),
    (t::RENT, |t| t.housing_costs),
    (t::CHILDCARE, |t| t.childcare_costs),
    (t::COUNCIL_TAX, |t| t.council_tax),
    (t::TRAVEL, |t| t.travel_costs),
    (t::AFTER_COSTS, |t| t.income_after_costs),
    (t::HELP_IN_KIND, |t| t.help_in_kind),
];

#[function_component(Scenarios)]
pub fn scenarios(props: &Props) -> Html {
    let monthly = use_state(|| false);
    let totals: Vec<&Totals> = props.scenarios.iter().map(|s| &s.totals).collect();
    let pick = |a: Amounts| if *monthly { a.monthly } else { a.weekly };
    let now = pick(totals[0].income_after_costs);
    let toggle = {
        let monthly = monthly.clone();
        Callback::from(move |_: Event| monthly.set(!*monthly))
    };
    let on_more = props.on_more_hours.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let error = props.more_hours_error.as_ref();
    let id = dom_id("more_hours");
    html! {
        <section aria-labelledby="scenarios-title">
            <h2 id="scenarios-title">{ t::title(*monthly) }</h2>
            <div class="field" data-error={error.is_some().then_some("")}>
                <label for={id.clone()}>{ t::MORE_HOURS }</label>
                <div class="hint" id="more_hours-hint">{ t::MORE_HOURS_HINT }</div>
                if let Some(e) = error {
                    <p class="error-message" id="more_hours-error"><span class="visually-hidden">{ t::ERROR }</span>{ e.message.clone() }</p>
                }
                <input type="text" inputmode="decimal" id={id} value={props.more_hours_text.clone()} oninput={on_more}
                    aria-describedby={if error.is_some() { "more_hours-hint more_hours-error" } else { "more_hours-hint" }} />
            </div>
            <div class="field checkbox">
                <input type="checkbox" id="scenarios-monthly" checked={*monthly} onchange={toggle} />
                <label for="scenarios-monthly">{ t::MONTHLY }</label>
            </div>
            <div class="table-wrap" tabindex="0" role="region" aria-label={t::REGION}>
                <table id="scenarios">
                    <thead>
                        <tr>
                            <th scope="col">{ t::FIGURE }</th>
                            { for props.scenarios.iter().map(|s| html! { <th scope="col">{ s.name.clone() }<br /><span class="small">{ t::hours(&hours(s.hours)) }</span></th> }) }
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
                            <th scope="row">{ t::BETTER_OFF }</th>
                            { for totals.iter().map(|t| html! { <td>{ pounds((pick(t.income_after_costs) - now).pounds()) }</td> }) }
                        </tr>
                    </tbody>
                </table>
            </div>
        </section>
    }
}
