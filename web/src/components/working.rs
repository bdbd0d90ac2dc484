//! How each figure at the chosen hours was worked out, with the rule it rests on: the engine's own working lines.

use calc_core::working::Line;
use yew::prelude::*;

use crate::format::pounds;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lines: Vec<Line>,
    /// Shown open (adviser mode) rather than folded away.
    pub open: bool,
}

#[function_component(Working)]
pub fn working(props: &Props) -> Html {
    html! {
        <details class="working" id="working" open={props.open}>
            <summary>{ "How this was worked out" }</summary>
            <div class="table-wrap" tabindex="0" role="region" aria-label="How each figure was worked out">
                <table>
                    <thead><tr>
                        <th scope="col">{ "Figure" }</th><th scope="col">{ "Amount" }</th>
                        <th scope="col">{ "Working" }</th><th scope="col">{ "Rule" }</th>
                    </tr></thead>
                    <tbody>
                        { for props.lines.iter().map(|l| html! { <tr>
                            <th scope="row">{ label(&l.figure) }</th>
                            <td>{ format!("{} a {}", pounds(l.amount.pounds()), l.period) }</td>
                            <td>{ l.working.clone() }</td>
                            <td class="rule">{ l.rule.clone() }</td>
                        </tr> }) }
                    </tbody>
                </table>
            </div>
        </details>
    }
}

/// "universal_credit.standard_allowance" → "Universal credit: standard allowance".
fn label(figure: &str) -> String {
    let text = figure.replace("adults[0].", "").replace("universal_credit.", "Universal Credit: ").replace('_', " ");
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().collect::<String>() + chars.as_str()).unwrap_or_default()
}
