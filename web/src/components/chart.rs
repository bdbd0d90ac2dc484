//! Net income against hours, stacked by source, drawn as SVG from the curve's straight pieces: each piece is one
//! polygon per source, so the chart is exact and cheap to redraw while the slider moves. Every breakpoint is marked
//! and named (focusable, with its causes as its accessible name); the table beside it carries the same data.

use std::rc::Rc;

use calc_core::curve::{Components, Curve};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use yew::prelude::*;

use crate::format::{hours, pounds, whole_pounds};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub curve: Rc<Curve>,
    pub hours: Decimal,
    pub baseline: Decimal,
}

const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 360.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 40.0;

/// One source of income on the chart: its name, its CSS class, and its weekly amount.
type Series = (&'static str, &'static str, fn(&Components) -> Decimal);

/// The sources stacked, bottom first.
const SERIES: &[Series] = &[
    ("Net earnings", "s-earnings", |c| c.net_earnings),
    ("Universal Credit", "s-uc", |c| c.universal_credit),
    ("New-style ESA", "s-esa", |c| c.esa),
    ("Carer's Allowance", "s-ca", |c| c.carers_allowance),
    ("Child Benefit", "s-cb", |c| c.child_benefit),
    ("Scottish Child Payment", "s-scp", |c| c.scottish_child_payment),
    ("Disability benefits", "s-dis", |c| c.disability_benefits),
    ("Other income", "s-other", |c| c.other_income),
];

// Screen coordinates are the one place floats are used: they position pixels, never money.
fn f(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

/// "At 20 hours: net earnings £254.20, Universal Credit £150.12, … — £431.59 a week in all."
fn readout(c: &Components, at: Decimal) -> String {
    let parts: Vec<String> = SERIES
        .iter()
        .filter(|(_, _, value)| !value(c).is_zero())
        .map(|(name, _, value)| format!("{name} {}", pounds(value(c))))
        .collect();
    format!("At {} hours: {}. In all {} a week.", hours(at), parts.join(", "), pounds(c.total_net_income))
}

/// Whether a source of income appears anywhere on the curve (the legend names only those that do).
fn present(curve: &Curve, value: fn(&Components) -> Decimal) -> bool {
    curve.pieces.iter().any(|p| !value(&p.start).is_zero() || !value(&p.at(p.to_hours.min(curve.max_hours))).is_zero())
}

#[function_component(Chart)]
pub fn chart(props: &Props) -> Html {
    let pointed = use_state(|| None::<Decimal>);
    let svg_ref = use_node_ref();
    let curve = &props.curve;
    let max_hours = f(curve.max_hours);
    let top_value = curve
        .pieces
        .iter()
        .flat_map(|p| [p.start.total_net_income, p.at(p.to_hours).total_net_income])
        .chain([props.baseline, curve.not_working.total_net_income])
        .fold(Decimal::ONE, Decimal::max);
    let scale = (f(top_value) / 100.0).ceil() * 100.0;
    let x = |h: f64| LEFT + h / max_hours * (WIDTH - LEFT - RIGHT);
    let y = |v: f64| HEIGHT - BOTTOM - v / scale * (HEIGHT - TOP - BOTTOM);

    let mut polygons = Vec::new();
    let mut after_costs = Vec::new();
    for piece in &curve.pieces {
        let from = piece.from_hours.max(Decimal::ZERO);
        let to = piece.to_hours.min(curve.max_hours);
        let (a, b) = (piece.at(from), piece.at(to));
        // The better-off comparison is after rent, childcare and travel, so that is the line drawn against "now".
        after_costs.push(html! {
            <line class="after-costs" x1={format!("{:.1}", x(f(from)))} y1={format!("{:.1}", y(f(a.income_after_costs).max(0.0)))}
                x2={format!("{:.1}", x(f(to)))} y2={format!("{:.1}", y(f(b.income_after_costs).max(0.0)))} />
        });
        let (mut base_a, mut base_b) = (0.0, 0.0);
        for (_, class, value) in SERIES {
            let (va, vb) = (f(value(&a)).max(0.0), f(value(&b)).max(0.0));
            if va > 0.0 || vb > 0.0 {
                let points = format!(
                    "{:.1},{:.1} {:.1},{:.1} {:.1},{:.1} {:.1},{:.1}",
                    x(f(from)),
                    y(base_a + va),
                    x(f(to)),
                    y(base_b + vb),
                    x(f(to)),
                    y(base_b),
                    x(f(from)),
                    y(base_a)
                );
                polygons.push(html! { <polygon class={*class} points={points} /> });
            }
            base_a += va;
            base_b += vb;
        }
    }

    let chosen = curve.at(props.hours);
    let shown_at = pointed.unwrap_or(props.hours);
    let plot_width = WIDTH - LEFT - RIGHT;
    let onmousemove = {
        let (pointed, max, svg_ref) = (pointed.clone(), curve.max_hours, svg_ref.clone());
        Callback::from(move |e: MouseEvent| {
            let Some(svg) = svg_ref.cast::<web_sys::Element>() else { return };
            let rect = svg.get_bounding_client_rect();
            let px = (f64::from(e.client_x()) - rect.left()) / rect.width() * WIDTH;
            let h = Decimal::from_f64_retain((px - LEFT) / plot_width * max_hours).unwrap_or_default().round_dp(1);
            pointed.set(Some(h.clamp(Decimal::ZERO, max)));
        })
    };
    let onmouseleave = {
        let pointed = pointed.clone();
        Callback::from(move |_: MouseEvent| pointed.set(None))
    };
    let hx = x(f(props.hours));
    let ticks_x: Vec<f64> = (0..=(max_hours as i64 / 8)).map(|i| (i * 8) as f64).collect();
    let ticks_y: Vec<f64> = (0..=4).map(|i| scale * i as f64 / 4.0).collect();
    let description = format!(
        "Total weekly income rises from {} not working to {} at {} hours. {} thresholds are marked; the table below gives the same figures.",
        whole_pounds(curve.not_working.total_net_income),
        whole_pounds(chosen.total_net_income),
        hours(props.hours),
        curve.breakpoints.len()
    );

    html! {
        <section aria-labelledby="chart-title">
            <h2 id="chart-title">{ "Income a week against hours worked" }</h2>
            <svg id="chart" viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-labelledby="chart-title chart-desc" focusable="false" ref={svg_ref} {onmousemove} {onmouseleave}>
                <desc id="chart-desc">{ description }</desc>
                { for ticks_y.iter().map(|v| html! {
                    <g class="grid">
                        <line x1={format!("{LEFT}")} x2={format!("{}", WIDTH - RIGHT)} y1={format!("{:.1}", y(*v))} y2={format!("{:.1}", y(*v))} />
                        <text x={format!("{}", LEFT - 6.0)} y={format!("{:.1}", y(*v) + 4.0)} text-anchor="end">{ format!("£{v:.0}") }</text>
                    </g>
                }) }
                { for ticks_x.iter().map(|h| html! {
                    <text class="axis" x={format!("{:.1}", x(*h))} y={format!("{}", HEIGHT - BOTTOM + 18.0)} text-anchor="middle">{ format!("{h:.0}") }</text>
                }) }
                <text class="axis" x={format!("{}", (LEFT + WIDTH) / 2.0)} y={format!("{}", HEIGHT - 4.0)} text-anchor="middle">{ "hours a week" }</text>
                { for polygons }
                { for after_costs }
                <line class="baseline" x1={format!("{LEFT}")} x2={format!("{}", WIDTH - RIGHT)} y1={format!("{:.1}", y(f(props.baseline)))} y2={format!("{:.1}", y(f(props.baseline)))}>
                    <title>{ format!("Now, after rent, childcare and travel: {} a week", whole_pounds(props.baseline)) }</title>
                </line>
                { for curve.breakpoints.iter().filter(|b| b.hours > Decimal::ZERO).map(|b| {
                    let bx = x(f(b.hours));
                    let name = format!("{} hours: {}", hours(b.hours), b.describe());
                    let (onfocus, onblur) = {
                        let (p1, p2, at) = (pointed.clone(), pointed.clone(), b.hours);
                        (Callback::from(move |_: FocusEvent| p1.set(Some(at))), Callback::from(move |_: FocusEvent| p2.set(None)))
                    };
                    html! {
                        <g class={classes!("breakpoint", b.kind.clone())} tabindex="0" role="img" aria-label={name.clone()} {onfocus} {onblur}>
                            <title>{ name }</title>
                            <line x1={format!("{bx:.1}")} x2={format!("{bx:.1}")} y1={format!("{TOP}")} y2={format!("{}", HEIGHT - BOTTOM)} />
                        </g>
                    }
                }) }
                if let Some(at) = *pointed {
                    <line class="pointed" x1={format!("{:.1}", x(f(at)))} x2={format!("{:.1}", x(f(at)))} y1={format!("{TOP}")} y2={format!("{}", HEIGHT - BOTTOM)} />
                }
                <g class="chosen">
                    <line x1={format!("{hx:.1}")} x2={format!("{hx:.1}")} y1={format!("{TOP}")} y2={format!("{}", HEIGHT - BOTTOM)} />
                    <circle cx={format!("{hx:.1}")} cy={format!("{:.1}", y(f(chosen.total_net_income)))} r="5" />
                </g>
            </svg>
            <p class="readout" id="chart-readout">{ readout(&curve.at(shown_at), shown_at) }</p>
            <ul class="legend">
                { for SERIES.iter().filter(|(_, _, value)| present(curve, *value)).map(|(name, class, _)| html! {
                    <li><span class={classes!("swatch", *class)} aria-hidden="true"></span>{ *name }</li>
                }) }
                <li><span class="swatch s-after-costs" aria-hidden="true"></span>{ "Income after rent, childcare and travel" }</li>
                <li><span class="swatch s-baseline" aria-hidden="true"></span>{ "The same, now: above it you are better off" }</li>
            </ul>
        </section>
    }
}
