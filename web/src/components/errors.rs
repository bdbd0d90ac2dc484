//! The error summary (GOV.UK pattern): every problem, each linking to its field.

use yew::prelude::*;

use crate::state::{dom_id, FieldError};
use crate::text::errors as t;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub errors: Vec<FieldError>,
}

#[function_component(ErrorSummary)]
pub fn error_summary(props: &Props) -> Html {
    html! {
        <div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
            <h2 id="error-summary-title">{ t::TITLE }</h2>
            <ul>
                { for props.errors.iter().map(|e| html! {
                    <li><a href={format!("#{}", dom_id(&e.path))}>{ e.message.clone() }</a></li>
                }) }
            </ul>
        </div>
    }
}
