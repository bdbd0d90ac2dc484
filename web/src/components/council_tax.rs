//! Adviser mode's council tax: the bill, the band, and how the Council Tax Reduction is had: none, the amount the
//! client gets now (held as it is), or the council's scheme described in the engine's scheme format (a taper, or a
//! grid of income bands), from the council's scheme document.

use calc_core::input::{
    BandedIncome, RawApplicableAmounts, RawBandColumn, RawCouncilTax, RawCtrAward, RawCtrScheme, RawHousehold,
    RawIncomeBand,
};
use calc_core::Money;
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

use crate::components::fields::{parse, shown, shown_money, Form};
use crate::state::{Action, Edit};
use crate::text::council_tax as t;

/// How the reduction is had.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    None,
    Held,
    Taper,
    Bands,
}

fn kind(c: &RawCouncilTax) -> Kind {
    match &c.scheme {
        None if c.reduction_annual.is_positive() => Kind::Held,
        None => Kind::None,
        Some(RawCtrScheme { award: RawCtrAward::IncomeBands { .. }, .. }) => Kind::Bands,
        Some(_) => Kind::Taper,
    }
}

/// Changes how the reduction is had, keeping what the scheme shares when moving between its kinds.
fn set_kind(h: &mut RawHousehold, to: Kind) {
    let c = &mut h.council_tax;
    let award = match to {
        Kind::None | Kind::Held => {
            c.scheme = None;
            if to == Kind::None {
                c.reduction_annual = Money::ZERO;
            }
            return;
        }
        Kind::Taper => RawCtrAward::Taper {
            taper_percent: Some(Decimal::from(20)),
            without_universal_credit: Some(RawApplicableAmounts::default()),
        },
        Kind::Bands => RawCtrAward::IncomeBands {
            income: BandedIncome::default(),
            universal_credit_left_out: Vec::new(),
            earnings_disregard_weekly: Money::ZERO,
            columns: vec![RawBandColumn::default()],
            bands: vec![
                RawIncomeBand { percent: Some(Decimal::ONE_HUNDRED), up_to: vec![Money::ZERO] },
                RawIncomeBand { percent: Some(Decimal::ZERO), up_to: Vec::new() },
            ],
        },
    };
    c.reduction_annual = Money::ZERO;
    let scheme = c.scheme.get_or_insert_with(RawCtrScheme::default);
    scheme.award = award;
    scheme.capital_limit.get_or_insert(Money::new(Decimal::from(16_000)));
}

fn scheme(h: &mut RawHousehold) -> Option<&mut RawCtrScheme> {
    h.council_tax.scheme.as_mut()
}

fn applicable(h: &mut RawHousehold) -> Option<&mut RawApplicableAmounts> {
    match scheme(h).map(|s| &mut s.award) {
        Some(RawCtrAward::Taper { without_universal_credit, .. }) => {
            Some(without_universal_credit.get_or_insert_with(Default::default))
        }
        _ => None,
    }
}

/// The grid of an income-banded scheme: its columns and bands.
fn grid(h: &mut RawHousehold) -> Option<(&mut Vec<RawBandColumn>, &mut Vec<RawIncomeBand>)> {
    match scheme(h).map(|s| &mut s.award) {
        Some(RawCtrAward::IncomeBands { columns, bands, .. }) => Some((columns, bands)),
        _ => None,
    }
}

/// Weekly amounts typed one after another, separated by spaces: "150 200.50 300".
fn amounts(text: &str) -> Result<Vec<Money>, &'static str> {
    text.split_whitespace()
        .map(|t| parse::money(t).map(Option::unwrap_or_default))
        .collect::<Result<Vec<Money>, _>>()
        .map_err(|_| t::AMOUNTS_INVALID)
}

fn shown_amounts(values: &[Money]) -> String {
    values.iter().map(|m| shown_money(Some(*m))).collect::<Vec<_>>().join(" ")
}

pub fn council_tax_fields(form: &Form, c: &RawCouncilTax, on: &Callback<Action>) -> Html {
    let reshape = |f: Rc<dyn Fn(&mut RawHousehold)>| on.reform(move |_: MouseEvent| Action::Reshape(f.clone() as Edit));
    let how = kind(c);
    let held = html! {
        { form.text("council_tax.reduction_annual", t::HELD, t::HELD_HINT,
            shown_money(Some(c.reduction_annual)), parse::money_or_zero, |h, v| h.council_tax.reduction_annual = v) }
    };
    let scheme_fields = c.scheme.as_ref().map(|s| {
        let award = match &s.award {
            RawCtrAward::Taper { taper_percent, without_universal_credit } => {
                taper_fields(form, *taper_percent, without_universal_credit.clone().unwrap_or_default())
            }
            RawCtrAward::IncomeBands { income, universal_credit_left_out, earnings_disregard_weekly, columns, bands } => {
                let at = "council_tax.scheme.award";
                html! { <>
                    { form.select(&format!("{at}.income"), t::INCOME, t::INCOME_HINT, t::INCOMES, *income,
                        |h, v| if let Some(RawCtrScheme { award: RawCtrAward::IncomeBands { income, .. }, .. }) = scheme(h) { *income = v }) }
                    if *income != BandedIncome::Earnings {
                        <fieldset class="group">
                            <legend>{ t::LEFT_OUT }</legend>
                            { for t::UC_PARTS.iter().map(|(part, label)| {
                                let part = *part;
                                form.checkbox_with(&format!("{at}.universal_credit_left_out.{}", part.name()), label, universal_credit_left_out.contains(&part),
                                    move |h, on| if let Some(RawCtrScheme { award: RawCtrAward::IncomeBands { universal_credit_left_out: out, .. }, .. }) = scheme(h) {
                                        out.retain(|p| *p != part);
                                        if on { out.push(part) }
                                    })
                            }) }
                        </fieldset>
                    }
                    { form.text(&format!("{at}.earnings_disregard_weekly"), t::EARNINGS_DISREGARD, t::EARNINGS_DISREGARD_HINT,
                        shown_money(Some(*earnings_disregard_weekly)), parse::money_or_zero,
                        |h, v| if let Some(RawCtrScheme { award: RawCtrAward::IncomeBands { earnings_disregard_weekly, .. }, .. }) = scheme(h) { *earnings_disregard_weekly = v }) }
                    <fieldset class="group">
                        <legend>{ t::COLUMNS }</legend>
                        { for columns.iter().enumerate().map(|(i, col)| html! { <>
                            { form.select_with(&format!("{at}.columns[{i}].household"), &t::column_household(i + 1), "", t::HOUSEHOLDS, col.household,
                                move |h, v| if let Some(c) = grid(h).and_then(|(c, _)| c.get_mut(i)) { c.household = v }) }
                            { form.text_with(&format!("{at}.columns[{i}].children"), &t::column_children(i + 1), "", col.children.to_string(), parse::whole,
                                move |h, v| if let Some(c) = grid(h).and_then(|(c, _)| c.get_mut(i)) { c.children = v.unwrap_or(0) }) }
                        </> }) }
                        <div class="buttons">
                            <button type="button" class="button secondary" onclick={reshape(Rc::new(|h: &mut RawHousehold| if let Some((c, b)) = grid(h) {
                                c.push(RawBandColumn::default());
                                let last = b.len().saturating_sub(1);
                                for band in b.iter_mut().take(last) { band.up_to.push(Money::ZERO) }
                            }))}>{ t::ADD_COLUMN }</button>
                            if columns.len() > 1 {
                                <button type="button" class="button secondary" onclick={reshape(Rc::new(|h: &mut RawHousehold| if let Some((c, b)) = grid(h) {
                                    c.pop();
                                    for band in b.iter_mut() { band.up_to.truncate(c.len()) }
                                }))}>{ t::REMOVE_COLUMN }</button>
                            }
                        </div>
                    </fieldset>
                    <fieldset class="group">
                        <legend>{ t::BANDS_HEADING }</legend>
                        { for bands.iter().enumerate().map(|(i, band)| html! { <>
                            { form.text_with(&format!("{at}.bands[{i}].percent"), &t::band_percent(i + 1), t::BAND_PERCENT_HINT, shown(band.percent), parse::number,
                                move |h, v| if let Some(b) = grid(h).and_then(|(_, b)| b.get_mut(i)) { b.percent = v }) }
                            if i + 1 < bands.len() {
                                { form.text_with(&format!("{at}.bands[{i}].up_to"), &t::band_up_to(i + 1),
                                    t::BAND_UP_TO_HINT, shown_amounts(&band.up_to), amounts,
                                    move |h, v| if let Some(b) = grid(h).and_then(|(_, b)| b.get_mut(i)) { b.up_to = v }) }
                            }
                        </> }) }
                        <div class="buttons">
                            <button type="button" class="button secondary" onclick={reshape(Rc::new(|h: &mut RawHousehold| if let Some((c, b)) = grid(h) {
                                let at = b.len().saturating_sub(1);
                                b.insert(at, RawIncomeBand { percent: None, up_to: vec![Money::ZERO; c.len()] });
                            }))}>{ t::ADD_BAND }</button>
                            if bands.len() > 2 {
                                <button type="button" class="button secondary" onclick={reshape(Rc::new(|h: &mut RawHousehold| if let Some((_, b)) = grid(h) {
                                    let at = b.len().saturating_sub(2);
                                    b.remove(at);
                                }))}>{ t::REMOVE_BAND }</button>
                            }
                        </div>
                    </fieldset>
                </> }
            }
            RawCtrAward::None => Html::default(),
        };
        html! { <>
            { form.text("council_tax.scheme.name", t::NAME, t::NAME_HINT, s.name.clone().unwrap_or_default(),
                |t: &str| Ok::<_, &'static str>((!t.trim().is_empty()).then(|| t.trim().to_string())), |h, v| if let Some(s) = scheme(h) { s.name = v }) }
            { form.text("council_tax.scheme.source", t::SOURCE, t::SOURCE_HINT, s.source.clone().unwrap_or_default(),
                |t: &str| Ok::<_, &'static str>((!t.trim().is_empty()).then(|| t.trim().to_string())), |h, v| if let Some(s) = scheme(h) { s.source = v }) }
            { form.text("council_tax.scheme.maximum_percent", t::MAXIMUM, t::MAXIMUM_HINT, shown(s.maximum_percent), parse::number,
                |h, v| if let Some(s) = scheme(h) { s.maximum_percent = v }) }
            { form.select("council_tax.scheme.band_cap", t::BAND_CAP, t::BAND_CAP_HINT, t::CAPS, s.band_cap,
                |h, v| if let Some(s) = scheme(h) { s.band_cap = v }) }
            { form.text("council_tax.scheme.capital_limit", t::CAPITAL_LIMIT, t::CAPITAL_LIMIT_HINT, shown_money(s.capital_limit), parse::money,
                |h, v| if let Some(s) = scheme(h) { s.capital_limit = v }) }
            { form.text("council_tax.scheme.minimum_award_weekly", t::MINIMUM_AWARD, t::MINIMUM_AWARD_HINT, shown_money(Some(s.minimum_award_weekly)), parse::money_or_zero,
                |h, v| if let Some(s) = scheme(h) { s.minimum_award_weekly = v }) }
            { form.text("council_tax.scheme.non_dependant_deduction_weekly", t::NON_DEPENDANT_DEDUCTION, t::NON_DEPENDANT_DEDUCTION_HINT, shown_money(Some(s.non_dependant_deduction_weekly)), parse::money_or_zero,
                |h, v| if let Some(s) = scheme(h) { s.non_dependant_deduction_weekly = v }) }
            { award }
        </> }
    });
    html! {
        <fieldset class="group">
            <legend>{ t::COUNCIL_TAX }</legend>
            { form.text("council_tax.bill_annual", t::BILL, t::BILL_HINT,
                shown_money(Some(c.bill_annual)), parse::money_or_zero, |h, v| h.council_tax.bill_annual = v) }
            { form.select("council_tax.band", t::BAND, t::BAND_HINT, t::BANDS, c.band, |h, v| h.council_tax.band = v) }
            { form.select("council_tax.reduction", t::REDUCTION, "", t::KINDS, how, set_kind) }
            if how == Kind::Held { { held } }
            { scheme_fields.unwrap_or_default() }
        </fieldset>
    }
}

fn taper_fields(form: &Form, taper: Option<Decimal>, a: RawApplicableAmounts) -> Html {
    let at = "council_tax.scheme.award.without_universal_credit";
    type Get = fn(&RawApplicableAmounts) -> Option<Money>;
    type Set = fn(&mut RawApplicableAmounts, Option<Money>);
    let amounts: [(&str, &str, Get, Set); 9] = [
        ("single_under_25", t::SINGLE_UNDER_25, |a| a.single_under_25, |a, v| a.single_under_25 = v),
        ("single_25_or_over", t::SINGLE_25_OR_OVER, |a| a.single_25_or_over, |a, v| a.single_25_or_over = v),
        ("lone_parent", t::LONE_PARENT, |a| a.lone_parent, |a, v| a.lone_parent = v),
        ("couple", t::COUPLE, |a| a.couple, |a, v| a.couple = v),
        ("child", t::CHILD, |a| a.child, |a, v| a.child = v),
        ("family_premium", t::FAMILY_PREMIUM, |a| a.family_premium, |a, v| a.family_premium = v),
        (
            "earnings_disregard_single",
            t::DISREGARD_SINGLE,
            |a| a.earnings_disregard_single,
            |a, v| a.earnings_disregard_single = v,
        ),
        (
            "earnings_disregard_lone_parent",
            t::DISREGARD_LONE_PARENT,
            |a| a.earnings_disregard_lone_parent,
            |a, v| a.earnings_disregard_lone_parent = v,
        ),
        (
            "earnings_disregard_couple",
            t::DISREGARD_COUPLE,
            |a| a.earnings_disregard_couple,
            |a, v| a.earnings_disregard_couple = v,
        ),
    ];
    html! { <>
        { form.text("council_tax.scheme.award.taper_percent", t::TAPER, t::TAPER_HINT, shown(taper), parse::number,
            |h, v| if let Some(RawCtrScheme { award: RawCtrAward::Taper { taper_percent, .. }, .. }) = scheme(h) { *taper_percent = v }) }
        <fieldset class="group">
            <legend>{ t::APPLICABLE_AMOUNTS }</legend>
            { for amounts.into_iter().map(|(key, label, get, set)| {
                form.text_with(&format!("{at}.{key}"), label, t::APPLICABLE_AMOUNT_HINT, shown_money(get(&a)), parse::money,
                    move |h, v| if let Some(a) = applicable(h) { set(a, v) })
            }) }
        </fieldset>
    </> }
}
