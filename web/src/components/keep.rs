//! Keep and share: save to a file and open it again, keep in this browser (with a button to forget), a share link
//! holding the whole calculation in its fragment, and print.

use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::keep;
use crate::state::{Action, Saved, Shared};
use crate::text::keep as t;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub saved: Shared<Saved>,
    pub on_action: Callback<Action>,
    /// The calculator's own page: offer a share link and keeping in this browser. An embedded calculator does neither
    /// (a link to the host's page would not open the calculation, and the host's page does not reopen what was kept).
    pub standalone: bool,
}

#[function_component(Keep)]
pub fn keep_panel(props: &Props) -> Html {
    let status = use_state(String::new);
    let link = use_state(|| None::<String>);
    let kept = use_state(keep::is_kept);

    let save = {
        let saved = props.saved.clone();
        Callback::from(move |_: MouseEvent| {
            keep::download(&saved);
        })
    };
    let open = {
        let (on_action, status) = (props.on_action.clone(), status.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            let (on_action, status) = (on_action.clone(), status.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let text = JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string()).unwrap_or_default();
                match keep::from_json(&text) {
                    Ok(saved) => {
                        status.set(t::opened(&file.name()));
                        on_action.emit(Action::Load(Box::new(saved)));
                    }
                    Err(e) => status.set(e),
                }
            });
            input.set_value("");
        })
    };
    let keep_here = {
        let (saved, status, kept) = (props.saved.clone(), status.clone(), kept.clone());
        Callback::from(move |_: MouseEvent| {
            if keep::keep_here(&saved) {
                kept.set(true);
                status.set(t::KEPT.into());
            } else {
                status.set(t::NOT_KEPT.into());
            }
        })
    };
    let forget = {
        let (status, kept) = (status.clone(), kept.clone());
        Callback::from(move |_: MouseEvent| {
            keep::forget();
            kept.set(false);
            status.set(t::FORGOTTEN.into());
        })
    };
    let share = {
        let (saved, link) = (props.saved.clone(), link.clone());
        Callback::from(move |_: MouseEvent| link.set(Some(keep::share_link(&saved))))
    };
    let select_all = Callback::from(|e: FocusEvent| e.target_unchecked_into::<HtmlInputElement>().select());

    html! {
        <section class="keep" aria-labelledby="keep-title">
            <h2 id="keep-title">{ t::TITLE }</h2>
            <div class="buttons">
                <button type="button" class="button secondary" id="save-file" onclick={save}>{ t::SAVE }</button>
                <input type="file" id="open-file" class="visually-hidden" accept=".json,application/json" onchange={open} />
                <label class="button secondary file" for="open-file">{ t::OPEN }</label>
                if props.standalone && *kept {
                    <button type="button" class="button warning" id="forget" onclick={forget}>{ t::FORGET }</button>
                } else if props.standalone {
                    <button type="button" class="button secondary" id="keep-here" onclick={keep_here}>{ t::KEEP }</button>
                }
                if props.standalone {
                    <button type="button" class="button secondary" id="share" onclick={share}>{ t::SHARE }</button>
                }
                <button type="button" class="button secondary" id="print" onclick={Callback::from(|_: MouseEvent| keep::print())}>{ t::PRINT }</button>
            </div>
            if let Some(url) = &*link {
                <div class="field">
                    <label for="share-link">{ t::SHARE_LINK }</label>
                    <div class="hint" id="share-link-hint">{ t::SHARE_LINK_HINT }</div>
                    <input type="text" id="share-link" readonly=true value={url.clone()} onfocus={select_all} aria-describedby="share-link-hint" />
                </div>
            }
            <p class="small" id="keep-status" role="status">{ (*status).clone() }</p>
        </section>
    }
}
