//! Adviser mode's council tax: the bill, the band, and how the Council Tax Reduction is had: none, the amount the
//! client gets now (held as it is), or the council's scheme described in the engine's scheme format (a taper, or a
//! grid of income bands), from the council's scheme document.

use calc_core::input::{
    Band, BandHousehold, BandedIncome, RawApplicableAmounts, RawBandColumn, RawCouncilTax, RawCtrAward, RawCtrScheme,
    RawHousehold, RawIncomeBand, UcPart,
};
use calc_core::Money;
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

use crate::components::fields::{parse, shown, shown_money, Form};
use crate::state::{Action, Edit};

/// How the reduction is had.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    None,
    Held,
    Taper,
    Bands,
}

const KINDS: &[(Kind, &str)] = &[
    (Kind::None, "None"),
    (Kind::Held, "The amount the client gets now, held as it is"),
    (Kind::Taper, "Worked out from the council's scheme: means-tested, with a taper"),
    (Kind::Bands, "Worked out from the council's scheme: income bands"),
];

const BANDS: &[(Option<Band>, &str)] = &[
    (None, "Not known"),
    (Some(Band::A), "A"),
    (Some(Band::B), "B"),
    (Some(Band::C), "C"),
    (Some(Band::D), "D"),
    (Some(Band::E), "E"),
    (Some(Band::F), "F"),
    (Some(Band::G), "G"),
    (Some(Band::H), "H"),
    (Some(Band::I), "I (Wales)"),
];

const CAPS: &[(Option<Band>, &str)] = &[
    (None, "No cap"),
    (Some(Band::A), "Band A"),
    (Some(Band::B), "Band B"),
    (Some(Band::C), "Band C"),
    (Some(Band::D), "Band D"),
    (Some(Band::E), "Band E"),
];

const INCOMES: &[(BandedIncome, &str)] = &[
    (BandedIncome::Earnings, "Take-home pay alone"),
    (BandedIncome::EarningsAndUniversalCredit, "Take-home pay and Universal Credit"),
    (BandedIncome::AllIncome, "Take-home pay, UC, ESA, Carer's Allowance and other income"),
];

const HOUSEHOLDS: &[(BandHousehold, &str)] = &[
    (BandHousehold::Any, "Every household"),
    (BandHousehold::Single, "Single people"),
    (BandHousehold::Couple, "Couples"),
    (BandHousehold::LoneParent, "Lone parents"),
    (BandHousehold::CoupleWithChildren, "Couples with children"),
    (BandHousehold::WithChildren, "Lone parents and couples with children"),
];

const UC_PARTS: &[(UcPart, &str)] = &[
    (UcPart::HousingCosts, "Housing costs element"),
    (UcPart::ChildcareCosts, "Childcare costs element"),
    (UcPart::DisabledChild, "Disabled child addition"),
    (UcPart::Carer, "Carer element"),
    (UcPart::WorkCapability, "LCW or LCWRA element"),
    (UcPart::Child, "Child element"),
];

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
        .map_err(|_| "must be amounts separated by spaces, like 150 200 300")
}

fn shown_amounts(values: &[Money]) -> String {
    values.iter().map(|m| shown_money(Some(*m))).collect::<Vec<_>>().join(" ")
}

pub fn council_tax_fields(form: &Form, c: &RawCouncilTax, on: &Callback<Action>) -> Html {
    let reshape = |f: Rc<dyn Fn(&mut RawHousehold)>| on.reform(move |_: MouseEvent| Action::Reshape(f.clone() as Edit));
    let how = kind(c);
    let held = html! {
        { form.text("council_tax.reduction_annual", "Council Tax Reduction for the year", "In pounds, as the client gets it now; held as it is (it usually falls as earnings rise)",
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
                    { form.select(&format!("{at}.income"), "Income the bands are of", "As the scheme defines it", INCOMES, *income,
                        |h, v| if let Some(RawCtrScheme { award: RawCtrAward::IncomeBands { income, .. }, .. }) = scheme(h) { *income = v }) }
                    if *income != BandedIncome::Earnings {
                        <fieldset class="group">
                            <legend>{ "Parts of Universal Credit the scheme leaves out" }</legend>
                            { for UC_PARTS.iter().map(|(part, label)| {
                                let part = *part;
                                form.checkbox_with(&format!("{at}.universal_credit_left_out.{}", part.name()), label, universal_credit_left_out.contains(&part),
                                    move |h, on| if let Some(RawCtrScheme { award: RawCtrAward::IncomeBands { universal_credit_left_out: out, .. }, .. }) = scheme(h) {
                                        out.retain(|p| *p != part);
                                        if on { out.push(part) }
                                    })
                            }) }
                        </fieldset>
                    }
                    { form.text(&format!("{at}.earnings_disregard_weekly"), "Earnings disregard a week", "In pounds, taken off earnings before they are banded",
                        shown_money(Some(*earnings_disregard_weekly)), parse::money_or_zero,
                        |h, v| if let Some(RawCtrScheme { award: RawCtrAward::IncomeBands { earnings_disregard_weekly, .. }, .. }) = scheme(h) { *earnings_disregard_weekly = v }) }
                    <fieldset class="group">
                        <legend>{ "The grid's columns" }</legend>
                        { for columns.iter().enumerate().map(|(i, col)| html! { <>
                            { form.select_with(&format!("{at}.columns[{i}].household"), &format!("Column {}: households", i + 1), "", HOUSEHOLDS, col.household,
                                move |h, v| if let Some(c) = grid(h).and_then(|(c, _)| c.get_mut(i)) { c.household = v }) }
                            { form.text_with(&format!("{at}.columns[{i}].children"), &format!("Column {}: with at least this many children", i + 1), "", col.children.to_string(), parse::whole,
                                move |h, v| if let Some(c) = grid(h).and_then(|(c, _)| c.get_mut(i)) { c.children = v.unwrap_or(0) }) }
                        </> }) }
                        <div class="buttons">
                            <button type="button" class="button secondary" onclick={reshape(Rc::new(|h: &mut RawHousehold| if let Some((c, b)) = grid(h) {
                                c.push(RawBandColumn::default());
                                let last = b.len().saturating_sub(1);
                                for band in b.iter_mut().take(last) { band.up_to.push(Money::ZERO) }
                            }))}>{ "Add a column" }</button>
                            if columns.len() > 1 {
                                <button type="button" class="button secondary" onclick={reshape(Rc::new(|h: &mut RawHousehold| if let Some((c, b)) = grid(h) {
                                    c.pop();
                                    for band in b.iter_mut() { band.up_to.truncate(c.len()) }
                                }))}>{ "Remove the last column" }</button>
                            }
                        </div>
                    </fieldset>
                    <fieldset class="group">
                        <legend>{ "The bands, from the lowest income up" }</legend>
                        { for bands.iter().enumerate().map(|(i, band)| html! { <>
                            { form.text_with(&format!("{at}.bands[{i}].percent"), &format!("Band {}: reduction", i + 1), "In percent of the bill", shown(band.percent), parse::number,
                                move |h, v| if let Some(b) = grid(h).and_then(|(_, b)| b.get_mut(i)) { b.percent = v }) }
                            if i + 1 < bands.len() {
                                { form.text_with(&format!("{at}.bands[{i}].up_to"), &format!("Band {}: top of the band in each column", i + 1),
                                    "Weekly income in pounds, one for each column in order, separated by spaces", shown_amounts(&band.up_to), amounts,
                                    move |h, v| if let Some(b) = grid(h).and_then(|(_, b)| b.get_mut(i)) { b.up_to = v }) }
                            }
                        </> }) }
                        <div class="buttons">
                            <button type="button" class="button secondary" onclick={reshape(Rc::new(|h: &mut RawHousehold| if let Some((c, b)) = grid(h) {
                                let at = b.len().saturating_sub(1);
                                b.insert(at, RawIncomeBand { percent: None, up_to: vec![Money::ZERO; c.len()] });
                            }))}>{ "Add a band below the last" }</button>
                            if bands.len() > 2 {
                                <button type="button" class="button secondary" onclick={reshape(Rc::new(|h: &mut RawHousehold| if let Some((_, b)) = grid(h) {
                                    let at = b.len().saturating_sub(2);
                                    b.remove(at);
                                }))}>{ "Remove the band below the last" }</button>
                            }
                        </div>
                    </fieldset>
                </> }
            }
            RawCtrAward::None => Html::default(),
        };
        html! { <>
            { form.text("council_tax.scheme.name", "The scheme's name and year", "For the working, e.g. the council's name and 2026-27", s.name.clone().unwrap_or_default(),
                |t: &str| Ok::<_, &'static str>((!t.trim().is_empty()).then(|| t.trim().to_string())), |h, v| if let Some(s) = scheme(h) { s.name = v }) }
            { form.text("council_tax.scheme.source", "Where its figures come from", "The scheme document's title or address", s.source.clone().unwrap_or_default(),
                |t: &str| Ok::<_, &'static str>((!t.trim().is_empty()).then(|| t.trim().to_string())), |h, v| if let Some(s) = scheme(h) { s.source = v }) }
            { form.text("council_tax.scheme.maximum_percent", "Most the reduction can be", "In percent of the bill; blank for 100", shown(s.maximum_percent), parse::number,
                |h, v| if let Some(s) = scheme(h) { s.maximum_percent = v }) }
            { form.select("council_tax.scheme.band_cap", "Worked out on at most this band's bill", "Needs the home's band", CAPS, s.band_cap,
                |h, v| if let Some(s) = scheme(h) { s.band_cap = v }) }
            { form.text("council_tax.scheme.capital_limit", "Capital limit", "In pounds: savings above it rule out any reduction (£16,000 in the default scheme)", shown_money(s.capital_limit), parse::money,
                |h, v| if let Some(s) = scheme(h) { s.capital_limit = v }) }
            { form.text("council_tax.scheme.minimum_award_weekly", "Minimum award a week", "In pounds; a smaller reduction is not paid", shown_money(Some(s.minimum_award_weekly)), parse::money_or_zero,
                |h, v| if let Some(s) = scheme(h) { s.minimum_award_weekly = v }) }
            { form.text("council_tax.scheme.non_dependant_deduction_weekly", "Deduction for each other adult living here, a week", "In pounds, one flat amount", shown_money(Some(s.non_dependant_deduction_weekly)), parse::money_or_zero,
                |h, v| if let Some(s) = scheme(h) { s.non_dependant_deduction_weekly = v }) }
            { award }
        </> }
    });
    html! {
        <fieldset class="group">
            <legend>{ "Council tax" }</legend>
            { form.text("council_tax.bill_annual", "Council tax bill for the year", "In pounds, after any discount, before Council Tax Reduction",
                shown_money(Some(c.bill_annual)), parse::money_or_zero, |h, v| h.council_tax.bill_annual = v) }
            { form.select("council_tax.band", "Valuation band", "Needed where the scheme caps the reduction at a band", BANDS, c.band, |h, v| h.council_tax.band = v) }
            { form.select("council_tax.reduction", "Council Tax Reduction", "", KINDS, how, set_kind) }
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
        ("single_under_25", "Personal allowance, single under 25", |a| a.single_under_25, |a, v| a.single_under_25 = v),
        (
            "single_25_or_over",
            "Personal allowance, single 25 or over",
            |a| a.single_25_or_over,
            |a, v| a.single_25_or_over = v,
        ),
        ("lone_parent", "Personal allowance, lone parent", |a| a.lone_parent, |a, v| a.lone_parent = v),
        ("couple", "Personal allowance, couple", |a| a.couple, |a, v| a.couple = v),
        ("child", "For each child", |a| a.child, |a, v| a.child = v),
        ("family_premium", "Family premium", |a| a.family_premium, |a, v| a.family_premium = v),
        (
            "earnings_disregard_single",
            "Earnings disregard, single",
            |a| a.earnings_disregard_single,
            |a, v| a.earnings_disregard_single = v,
        ),
        (
            "earnings_disregard_lone_parent",
            "Earnings disregard, lone parent",
            |a| a.earnings_disregard_lone_parent,
            |a, v| a.earnings_disregard_lone_parent = v,
        ),
        (
            "earnings_disregard_couple",
            "Earnings disregard, couple",
            |a| a.earnings_disregard_couple,
            |a, v| a.earnings_disregard_couple = v,
        ),
    ];
    html! { <>
        { form.text("council_tax.scheme.award.taper_percent", "Taper", "In percent of income above the applicable amount, e.g. 20", shown(taper), parse::number,
            |h, v| if let Some(RawCtrScheme { award: RawCtrAward::Taper { taper_percent, .. }, .. }) = scheme(h) { *taper_percent = v }) }
        <fieldset class="group">
            <legend>{ "Without Universal Credit: the scheme's weekly amounts" }</legend>
            { for amounts.into_iter().map(|(key, label, get, set)| {
                form.text_with(&format!("{at}.{key}"), label, "In pounds a week", shown_money(get(&a)), parse::money,
                    move |h, v| if let Some(a) = applicable(h) { set(a, v) })
            }) }
        </fieldset>
    </> }
}
