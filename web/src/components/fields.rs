//! Form fields after the GOV.UK Design System: a label, a hint, the error inline and the value as typed. Each field
//! edits one place in the household through a closure, so both modes build their forms from these few functions.

use std::collections::BTreeMap;
use std::rc::Rc;

use calc_core::input::RawHousehold;
use calc_core::{Date, Money};
use rust_decimal::Decimal;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::state::{dom_id, Action, Draft, Edit, FieldError};
use crate::text::fields as t;

/// Reads a text box's text as a change to the household, or says why it cannot.
type Reader = Rc<dyn Fn(&str) -> Result<Edit, &'static str>>;
/// The change that choosing the option at a position makes.
type Chooser = Rc<dyn Fn(usize) -> Option<Edit>>;

/// Puts a field's value in the household.
type Setter<T> = Rc<dyn Fn(&mut RawHousehold, T)>;

/// What every field needs: the text typed so far, the problems to show, and where to send changes.
pub struct Form<'a> {
    pub drafts: &'a BTreeMap<String, Draft>,
    pub errors: &'a [FieldError],
    pub on: Callback<Action>,
}

impl Form<'_> {
    fn error(&self, path: &str) -> Option<String> {
        self.errors.iter().find(|e| e.path == path).map(|e| e.message.clone())
    }

    /// A text box holding a number or date; `parse` reads it, `set` puts the value in the household.
    pub fn text<T: Clone + 'static>(
        &self,
        path: &str,
        label: &str,
        hint: &str,
        current: String,
        parse: fn(&str) -> Result<T, &'static str>,
        set: fn(&mut RawHousehold, T),
    ) -> Html {
        self.typed_text(path, label, hint, current, parse, Rc::new(set))
    }

    /// `text` with a setter that captures something (an adult's or a child's index). The others take a plain
    /// function: one setter type for all of them, a smaller app.
    pub fn text_with<T: Clone + 'static>(
        &self,
        path: &str,
        label: &str,
        hint: &str,
        current: String,
        parse: fn(&str) -> Result<T, &'static str>,
        set: impl Fn(&mut RawHousehold, T) + 'static,
    ) -> Html {
        self.typed_text(path, label, hint, current, parse, Rc::new(set))
    }

    /// The part of `text` that depends on `T`: one copy for each type of value, not one for each field's closure (a
    /// smaller app). The rest is shared by every text box.
    #[inline(never)]
    fn typed_text<T: Clone + 'static>(
        &self,
        path: &str,
        label: &str,
        hint: &str,
        current: String,
        parse: fn(&str) -> Result<T, &'static str>,
        set: Setter<T>,
    ) -> Html {
        let read = move |text: &str| {
            parse(text).map(|value| {
                let set = set.clone();
                Rc::new(move |h: &mut RawHousehold| set(h, value.clone())) as Edit
            })
        };
        self.text_box(path, label, hint, current, Rc::new(read))
    }

    fn text_box(&self, path: &str, label: &str, hint: &str, current: String, read: Reader) -> Html {
        let shown = self.drafts.get(path).map_or(current, |d| d.text.clone());
        let on = self.on.clone();
        let key = path.to_string();
        let oninput = Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            let edit = read(&text).map_err(str::to_string);
            on.emit(Action::Text { path: key.clone(), text, edit });
        });
        let f = self.field(path, hint);
        let input = html! {
            <input type="text" inputmode="decimal" id={f.id.clone()} name={f.id.clone()} value={shown} {oninput}
                aria-describedby={f.described.clone()} aria-invalid={f.invalid} />
        };
        wrap(f, label, hint, input)
    }

    /// A choice from a short list; the options' values are their positions, so no keys are spelled out twice.
    pub fn select<T: Copy + PartialEq + 'static>(
        &self,
        path: &str,
        label: &str,
        hint: &str,
        options: &[(T, &'static str)],
        current: T,
        set: fn(&mut RawHousehold, T),
    ) -> Html {
        self.typed_select(path, label, hint, options, current, Rc::new(set))
    }

    /// `select` with a setter that captures something.
    pub fn select_with<T: Copy + PartialEq + 'static>(
        &self,
        path: &str,
        label: &str,
        hint: &str,
        options: &[(T, &'static str)],
        current: T,
        set: impl Fn(&mut RawHousehold, T) + 'static,
    ) -> Html {
        self.typed_select(path, label, hint, options, current, Rc::new(set))
    }

    /// The part of `select` that depends on `T` (as `typed_text`).
    #[inline(never)]
    fn typed_select<T: Copy + PartialEq + 'static>(
        &self,
        path: &str,
        label: &str,
        hint: &str,
        options: &[(T, &'static str)],
        current: T,
        set: Setter<T>,
    ) -> Html {
        let values: Vec<T> = options.iter().map(|(value, _)| *value).collect();
        let choose = move |i: usize| {
            let (set, value) = (set.clone(), *values.get(i)?);
            Some(Rc::new(move |h: &mut RawHousehold| set(h, value)) as Edit)
        };
        let texts: Vec<&'static str> = options.iter().map(|(_, text)| *text).collect();
        let selected = options.iter().position(|(value, _)| *value == current);
        self.choice(path, label, hint, &texts, selected, Rc::new(choose))
    }

    fn choice(
        &self,
        path: &str,
        label: &str,
        hint: &str,
        texts: &[&'static str],
        selected: Option<usize>,
        choose: Chooser,
    ) -> Html {
        let on = self.on.clone();
        let onchange = Callback::from(move |e: Event| {
            let chosen = e.target_unchecked_into::<HtmlSelectElement>().value().parse::<usize>().ok();
            if let Some(edit) = chosen.and_then(|i| choose(i)) {
                on.emit(Action::Edit(edit));
            }
        });
        let f = self.field(path, hint);
        let input = html! {
            <select id={f.id.clone()} name={f.id.clone()} {onchange} aria-describedby={f.described.clone()} aria-invalid={f.invalid}>
                { for texts.iter().enumerate().map(|(i, text)| html! {
                    <option value={i.to_string()} selected={Some(i) == selected}>{ *text }</option>
                }) }
            </select>
        };
        wrap(f, label, hint, input)
    }

    /// A yes/no question as a checkbox, its label beside it.
    pub fn checkbox(&self, path: &str, label: &str, current: bool, set: fn(&mut RawHousehold, bool)) -> Html {
        self.check_box(path, label, current, Rc::new(set))
    }

    /// `checkbox` with a setter that captures something.
    pub fn checkbox_with(
        &self,
        path: &str,
        label: &str,
        current: bool,
        set: impl Fn(&mut RawHousehold, bool) + 'static,
    ) -> Html {
        self.check_box(path, label, current, Rc::new(set))
    }

    fn check_box(&self, path: &str, label: &str, current: bool, set: Setter<bool>) -> Html {
        let on = self.on.clone();
        let onchange = Callback::from(move |e: Event| {
            let checked = e.target_unchecked_into::<HtmlInputElement>().checked();
            let set = set.clone();
            on.emit(Action::Edit(Rc::new(move |h: &mut RawHousehold| set(h, checked))));
        });
        let id = dom_id(path);
        html! {
            <div class="field checkbox">
                <input type="checkbox" id={id.clone()} name={id.clone()} checked={current} {onchange} />
                <label for={id}>{ label.to_string() }</label>
            </div>
        }
    }

    /// The ids and error of the field at `path`, for the input and the text around it.
    fn field(&self, path: &str, hint: &str) -> Field {
        let id = dom_id(path);
        let error = self.error(path);
        let hint_id = (!hint.is_empty()).then(|| format!("{id}-hint"));
        let error_id = error.as_ref().map(|_| format!("{id}-error"));
        let described = [hint_id.clone(), error_id.clone()].into_iter().flatten().collect::<Vec<_>>().join(" ");
        let described = (!described.is_empty()).then_some(described);
        let invalid = if error.is_some() { "true" } else { "false" };
        Field { id, error, hint_id, error_id, described, invalid }
    }
}

struct Field {
    id: String,
    error: Option<String>,
    hint_id: Option<String>,
    error_id: Option<String>,
    /// The input's `aria-describedby`: its hint and its error.
    described: Option<String>,
    invalid: &'static str,
}

/// The label, hint and inline error around `input`.
fn wrap(f: Field, label: &str, hint: &str, input: Html) -> Html {
    html! {
        <div class="field" data-error={f.error.is_some().then_some("")}>
            <label for={f.id}>{ label.to_string() }</label>
            if let Some(id) = f.hint_id {
                <div class="hint" {id}>{ hint.to_string() }</div>
            }
            if let (Some(message), Some(id)) = (f.error, f.error_id) {
                <p class="error-message" {id}><span class="visually-hidden">{ t::ERROR_PREFIX }</span>{ message }</p>
            }
            { input }
        </div>
    }
}

/// Reading what was typed: an empty box is "not given" (`None`) where the engine says what is needed, and zero where
/// zero is the natural default.
pub mod parse {
    use super::*;

    fn cleaned(text: &str) -> String {
        text.trim().trim_start_matches('£').replace(',', "")
    }

    pub fn whole(text: &str) -> Result<Option<i64>, &'static str> {
        let t = cleaned(text);
        if t.is_empty() {
            return Ok(None);
        }
        t.parse::<i64>().map(Some).map_err(|_| t::NOT_WHOLE)
    }

    pub fn number(text: &str) -> Result<Option<Decimal>, &'static str> {
        let t = cleaned(text);
        if t.is_empty() {
            return Ok(None);
        }
        Decimal::from_str_exact(&t).map(Some).map_err(|_| t::NOT_NUMBER)
    }

    pub fn money(text: &str) -> Result<Option<Money>, &'static str> {
        number(text).map(|n| n.map(Money::new))
    }

    /// A sum where an empty box means none.
    pub fn money_or_zero(text: &str) -> Result<Money, &'static str> {
        money(text).map(Option::unwrap_or_default)
    }

    pub fn date(text: &str) -> Result<Option<Date>, &'static str> {
        let t = text.trim();
        if t.is_empty() {
            return Ok(None);
        }
        t.parse::<Date>().map(Some).map_err(|_| t::NOT_DATE)
    }
}

/// The text a field shows for a value the household holds.
pub fn shown<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// The text for a sum of money: "650" or "12.71", without the pound sign the label already gives.
pub fn shown_money(value: Option<Money>) -> String {
    value.map(|m| m.pounds().normalize().to_string()).unwrap_or_default()
}
