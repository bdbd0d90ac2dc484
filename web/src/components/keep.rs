//! Keep and share: save to a file and open it again, keep in this browser (with a button to forget), a share link
//! holding the whole calculation in its fragment, and print.

use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::keep;
use crate::state::{Action, Saved, Shared};

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
                        status.set(format!("Opened {}.", file.name()));
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
                status.set("Kept in this browser. It will open here next time until you choose to forget it.".into());
            } else {
                status.set("This browser does not allow keeping it (private browsing, perhaps).".into());
            }
        })
    };
    let forget = {
        let (status, kept) = (status.clone(), kept.clone());
        Callback::from(move |_: MouseEvent| {
            keep::forget();
            kept.set(false);
            status.set("Forgotten: nothing is kept in this browser.".into());
        })
    };
    let share = {
        let (saved, link) = (props.saved.clone(), link.clone());
        Callback::from(move |_: MouseEvent| link.set(Some(keep::share_link(&saved))))
    };
    let select_all = Callback::from(|e: FocusEvent| e.target_unchecked_into::<HtmlInputElement>().select());

    html! {
        <section class="keep" aria-labelledby="keep-title">
            <h2 id="keep-title">{ "Keep, share or print" }</h2>
            <div class="buttons">
                <button type="button" class="button secondary" id="save-file" onclick={save}>{ "Save to a file" }</button>
                <input type="file" id="open-file" class="visually-hidden" accept=".json,application/json" onchange={open} />
                <label class="button secondary file" for="open-file">{ "Open a saved file" }</label>
                if props.standalone && *kept {
                    <button type="button" class="button warning" id="forget" onclick={forget}>{ "Forget what this browser kept" }</button>
                } else if props.standalone {
                    <button type="button" class="button secondary" id="keep-here" onclick={keep_here}>{ "Keep in this browser" }</button>
                }
                if props.standalone {
                    <button type="button" class="button secondary" id="share" onclick={share}>{ "Make a share link" }</button>
                }
                <button type="button" class="button secondary" id="print" onclick={Callback::from(|_: MouseEvent| keep::print())}>{ "Print" }</button>
            </div>
            if let Some(url) = &*link {
                <div class="field">
                    <label for="share-link">{ "Share link" }</label>
                    <div class="hint" id="share-link-hint">{ "Everything you entered is in the link itself, after the #. It is never sent to a server, but anyone you give it to can read it." }</div>
                    <input type="text" id="share-link" readonly=true value={url.clone()} onfocus={select_all} aria-describedby="share-link-hint" />
                </div>
            }
            <p class="small" id="keep-status" role="status">{ (*status).clone() }</p>
        </section>
    }
}
