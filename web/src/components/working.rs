//! How each figure at the chosen hours was worked out, with the rule it rests on: the engine's own working lines.

use yew::prelude::*;

use crate::components::scenarios::Scenario;
use crate::format::{hours, pounds};
use crate::sources;
use crate::state::Shared;
use crate::text::working as t;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The scenarios whose working can be shown.
    pub scenarios: Shared<Vec<Scenario>>,
    /// The one shown at first: the hours chosen.
    pub chosen: usize,
    /// Shown open (adviser mode) rather than folded away.
    pub open: bool,
}

#[function_component(Working)]
pub fn working(props: &Props) -> Html {
    let chosen = use_state(|| props.chosen);
    // The rules' texts are loaded when the working is first shown: at once when it starts open, else when opened.
    let texts = use_state(|| None);
    let load = {
        let texts = texts.clone();
        move || {
            let texts = texts.clone();
            sources::load(move |loaded| texts.set(Some(loaded)))
        }
    };
    {
        let (load, open) = (load.clone(), props.open);
        use_effect_with(open, move |open| {
            if *open {
                load();
            }
        });
    }
    let ontoggle = Callback::from(move |_: Event| load());
    let index = (*chosen).min(props.scenarios.len().saturating_sub(1));
    let Some(Scenario { working: lines, .. }) = props.scenarios.get(index) else { return Html::default() };
    let onchange = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            chosen.set(e.target_unchecked_into::<web_sys::HtmlSelectElement>().value().parse().unwrap_or(0))
        })
    };
    html! {
        <details class="working" id="working" open={props.open} {ontoggle}>
            <summary>{ t::TITLE }</summary>
            if props.scenarios.len() > 1 {
                <div class="field">
                    <label for="working-scenario">{ t::SHOW_FOR }</label>
                    <select id="working-scenario" {onchange}>
                        { for props.scenarios.iter().enumerate().map(|(i, s)| html! {
                            <option value={i.to_string()} selected={i == index}>{ t::scenario(&s.name, &hours(s.hours)) }</option>
                        }) }
                    </select>
                </div>
            }
            <div class="table-wrap" tabindex="0" role="region" aria-label={t::REGION}>
                <table>
                    <thead><tr>
                        <th scope="col">{ t::FIGURE }</th><th scope="col">{ t::AMOUNT }</th>
                        <th scope="col">{ t::WORKING }</th><th scope="col">{ t::RULE }</th>
                    </tr></thead>
                    <tbody>
                        { for lines.iter().map(|l| html! { <tr>
                            <th scope="row">{ label(&l.figure) }</th>
                            <td>{ if l.period.is_empty() { t::NOT_VALUED.to_string() } else { t::amount(&pounds(l.amount.pounds()), &l.period) } }</td>
                            <td>{ l.working.clone() }</td>
                            <td class="rule">{ sources::expand(&l.rule, texts.as_deref().map(Vec::as_slice)) }</td>
                        </tr> }) }
                    </tbody>
                </table>
            </div>
        </details>
    }
}

/// "universal_credit.standard_allowance" → "Universal credit: standard allowance". The engine's figure names are ASCII,
/// so the first letter is made a capital without Unicode's case tables (a smaller app).
fn label(figure: &str) -> String {
    // Prefixes stripped, not replaced: a search for a text is a good deal of WebAssembly.
    let name = figure.strip_prefix("adults[0].").unwrap_or(figure);
    if let Some(words) = t::figure(name) {
        return words.to_string();
    }
    let (head, name) = match (name.strip_prefix("universal_credit."), name.strip_prefix("help_in_kind.")) {
        (Some(rest), _) => (t::UNIVERSAL_CREDIT, rest),
        (_, Some(rest)) => (t::HELP_IN_KIND, rest),
        _ => ("", name),
    };
    let mut text = head.to_string() + &name.replace('_', " ");
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text
}

// The English words: the Welsh build names the figures from its catalogue.
#[cfg(all(test, not(feature = "cy")))]
mod tests {
    use super::label;

    #[test]
    fn a_figure_name_reads_as_words() {
        assert_eq!(label("universal_credit.standard_allowance"), "Universal Credit: standard allowance");
        assert_eq!(label("adults[0].income_tax"), "Income tax");
        assert_eq!(label("help_in_kind.free_school_meals"), "Help in kind: free school meals");
        assert_eq!(label(""), "");
    }
}
