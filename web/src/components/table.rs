//! The chart's data as a table: the figures at each breakpoint and at the hours chosen.

use calc_core::analysis::curve::{Curve, Mark};
use rust_decimal::Decimal;
use yew::prelude::*;

use crate::format::{hours, pounds};
use crate::state::Shared;
use crate::text::table as t;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub curve: Shared<Curve>,
    pub hours: Decimal,
}

#[function_component(Table)]
pub fn table(props: &Props) -> Html {
    let curve = &props.curve;
    let mut rows: Vec<(Decimal, String)> = vec![(Decimal::ZERO, t::NOT_WORKING.to_string())];
    // A stretch of small steps is two rows: where it starts (with what happens along it) and where it ends.
    for mark in curve.marks().into_iter().filter(|m| m.hours() > Decimal::ZERO) {
        match mark {
            Mark::Point(b) => rows.push((b.hours, b.describe())),
            Mark::Stretch(s) => {
                rows.push((s.from_hours, t::stretch(&hours(s.to_hours), &s.description)));
                if let Some(last) = curve.breakpoints.iter().find(|b| b.hours == s.to_hours && s.steps > 1) {
                    rows.push((last.hours, last.describe()));
                }
            }
        }
    }
    // The curve's breakpoints come in order of hours, so the hours chosen go in after those at or below them (no
    // sort, which is a good deal of WebAssembly for each type of row).
    let at = rows.partition_point(|r| r.0 <= props.hours);
    rows.insert(at, (props.hours, t::CHOSEN.to_string()));
    html! {
        <section>
            <h2 id="table-title">{ t::TITLE }</h2>
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="table-title">
                <table id="curve-table">
                    <thead><tr>
                        <th scope="col">{ t::HOURS }</th><th scope="col">{ t::WHAT_CHANGES }</th>
                        <th scope="col">{ t::NET_EARNINGS }</th><th scope="col">{ t::UNIVERSAL_CREDIT }</th>
                        <th scope="col">{ t::ESA }</th><th scope="col">{ t::OTHER_BENEFITS }</th><th scope="col">{ t::TOTAL }</th>
                        <th scope="col">{ t::AFTER_COSTS }</th>
                        <th scope="col">{ t::HELP_IN_KIND }</th>
                    </tr></thead>
                    <tbody>
                        { for rows.iter().map(|(h, what)| {
                            let v = curve.at(*h);
                            let other = v.carers_allowance + v.child_benefit + v.scottish_child_payment + v.disability_benefits + v.other_income
                                + v.council_tax_reduction;
                            html! { <tr>
                                <th scope="row">{ hours(*h) }</th><td>{ what.clone() }</td>
                                <td>{ pounds(v.net_earnings) }</td><td>{ pounds(v.universal_credit) }</td>
                                <td>{ pounds(v.esa) }</td><td>{ pounds(other) }</td><td>{ pounds(v.total_net_income) }</td>
                                <td>{ pounds(v.income_after_costs) }</td><td>{ pounds(v.help_in_kind) }</td>
                            </tr> }
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
