//! Net income against hours, stacked by source, drawn as SVG from the curve's straight pieces: each piece is one
//! polygon per source, so the chart is exact and cheap to redraw while the slider moves. Every breakpoint is marked
//! and named (focusable, with its causes as its accessible name), a stretch of small steps (the High Income Child
//! Benefit Charge) once as a band; the table beside it carries the same data.

use calc_core::analysis::curve::{Components, Curve, Mark};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use yew::prelude::*;

use crate::format::{hours, pounds, whole_pounds};
use crate::state::Shared;
use crate::text::chart as t;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub curve: Shared<Curve>,
    pub hours: Decimal,
    pub baseline: Decimal,
    /// Whether help in kind is drawn on top of the cash at first (the client can change it).
    pub help_in_kind: bool,
    /// The hours chosen by pressing or dragging on the chart (a finger on a phone).
    pub on_hours: Callback<Decimal>,
}

const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 360.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 40.0;
/// `WIDTH` by `HEIGHT`.
const VIEW_BOX: &str = "0 0 720 360";

/// One source of income on the chart: its name, its CSS class, and its weekly amount.
type Series = (&'static str, &'static str, fn(&Components) -> Decimal);

/// The sources stacked, bottom first (the printout's table lists them too).
pub const SERIES: &[Series] = &[
    (t::NET_EARNINGS, "earnings", |c| c.net_earnings),
    (t::UNIVERSAL_CREDIT, "uc", |c| c.universal_credit),
    (t::ESA, "esa", |c| c.esa),
    (t::CARERS_ALLOWANCE, "ca", |c| c.carers_allowance),
    (t::CHILD_BENEFIT, "cb", |c| c.child_benefit),
    (t::SCOTTISH_CHILD_PAYMENT, "scp", |c| c.scottish_child_payment),
    (t::DISABILITY_BENEFITS, "dis", |c| c.disability_benefits),
    (t::OTHER_INCOME, "other", |c| c.other_income),
    (t::COUNCIL_TAX_REDUCTION, "ctr", |c| c.council_tax_reduction),
    // Not cash: drawn on top of it, and left out of its total.
    (t::HELP_IN_KIND, "hik", |c| c.help_in_kind),
];

// Screen coordinates are the one place floats are used: they position pixels, never money.
fn f(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

/// A coordinate to a tenth of a pixel, "64.5": written as whole numbers, so the app needs no float formatting.
fn px(v: f64) -> String {
    let tenths = (v * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.unsigned_abs();
    format!("{sign}{}.{}", t / 10, t % 10)
}

/// A line from the top of the plot to its foot at `x`.
fn upright(x: f64, pointed: bool) -> Html {
    html! { <line data-pointed={pointed.then_some("")} x1={px(x)} x2={px(x)} y1={px(TOP)} y2={px(HEIGHT - BOTTOM)} /> }
}

/// "At 20 hours: net earnings £254.20, Universal Credit £150.12, … — £431.59 a week in all.", with the help in kind
/// after it where it is shown.
fn readout(c: &Components, at: Decimal, with_help: bool) -> String {
    let (_, cash) = SERIES.split_last().expect("series");
    let parts: Vec<String> = cash
        .iter()
        .filter(|(_, _, value)| !value(c).is_zero())
        .map(|(name, _, value)| format!("{name} {}", pounds(value(c))))
        .collect();
    let help = (with_help && !c.help_in_kind.is_zero()).then(|| pounds(c.help_in_kind));
    t::readout(&hours(at), &parts.join(", "), &pounds(c.total_net_income), help.as_deref())
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
    let has_help = present(curve, |c| c.help_in_kind);
    let show_help = use_state(|| props.help_in_kind);
    let with_help = has_help && *show_help;
    // Help in kind is the last series: drawn only where it is shown.
    let series = if with_help { SERIES } else { &SERIES[..SERIES.len() - 1] };
    let max_hours = f(curve.max_hours);
    let top_value = curve
        .pieces
        .iter()
        .flat_map(|p| {
            [p.start, p.at(p.to_hours)]
                .map(|c| c.total_net_income + if with_help { c.help_in_kind } else { Decimal::ZERO })
        })
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
        // The better-off comparison is after rent, council tax, childcare and travel, so that is the line drawn against "now".
        after_costs.push(html! {
            <line class="after-costs" x1={px(x(f(from)))} y1={px(y(f(a.income_after_costs).max(0.0)))}
                x2={px(x(f(to)))} y2={px(y(f(b.income_after_costs).max(0.0)))} />
        });
        let (mut base_a, mut base_b) = (0.0, 0.0);
        for (_, series, value) in series {
            let (va, vb) = (f(value(&a)).max(0.0), f(value(&b)).max(0.0));
            if va > 0.0 || vb > 0.0 {
                let corners = [(from, base_a + va), (to, base_b + vb), (to, base_b), (from, base_a)];
                let points = corners.map(|(h, v)| format!("{},{}", px(x(f(h))), px(y(v)))).join(" ");
                polygons.push(html! { <polygon data-s={*series} points={points} /> });
            }
            base_a += va;
            base_b += vb;
        }
    }

    let chosen = curve.at(props.hours);
    let shown_at = pointed.unwrap_or(props.hours);
    let plot_width = WIDTH - LEFT - RIGHT;
    // Pointing shows the figures there; pressing or dragging (a mouse button or a finger) chooses those hours.
    let onpointermove = {
        let (pointed, max, svg_ref, on_hours) =
            (pointed.clone(), curve.max_hours, svg_ref.clone(), props.on_hours.clone());
        Callback::from(move |e: PointerEvent| {
            let Some(svg) = svg_ref.cast::<web_sys::Element>() else { return };
            let rect = svg.get_bounding_client_rect();
            let at_x = (f64::from(e.client_x()) - rect.left()) / rect.width() * WIDTH;
            // To a tenth of an hour, counted in whole tenths (so no float-to-decimal conversion in the app).
            let h = Decimal::new(((at_x - LEFT) / plot_width * max_hours * 10.0).round() as i64, 1)
                .clamp(Decimal::ZERO, max);
            pointed.set(Some(h));
            if e.buttons() & 1 == 1 {
                on_hours.emit(h);
            }
        })
    };
    let onpointerdown = onpointermove.clone();
    let onpointerleave = {
        let pointed = pointed.clone();
        Callback::from(move |_: PointerEvent| pointed.set(None))
    };
    let hx = x(f(props.hours));
    let ticks_x: Vec<i64> = (0..=(max_hours as i64 / 8)).map(|i| i * 8).collect();
    // The scale is a multiple of £100, so each quarter of it is whole pounds.
    let ticks_y: Vec<i64> = (0..=4).map(|i| scale as i64 * i / 4).collect();
    let marks = curve.marks();
    let name = |m: &Mark| match m {
        Mark::Point(b) => t::mark(&hours(b.hours), &b.describe()),
        Mark::Stretch(s) => t::stretch(&hours(s.from_hours), &hours(s.to_hours), &s.description),
    };
    let marks: Vec<(&Mark, String)> =
        marks.iter().filter(|m| m.hours() > Decimal::ZERO).map(|m| (m, name(m))).collect();
    let description = t::description(
        &whole_pounds(curve.not_working.total_net_income),
        &whole_pounds(chosen.total_net_income),
        &hours(props.hours),
        marks.len(),
    );

    html! {
        <section aria-labelledby="chart-title">
            <h2 id="chart-title">{ t::TITLE }</h2>
            if has_help {
                <div class="field checkbox">
                    <input type="checkbox" id="show-help-in-kind" checked={*show_help}
                        onchange={move |_: Event| show_help.set(!*show_help)} />
                    <label for="show-help-in-kind">{ t::SHOW_HELP }</label>
                </div>
            }
            <ul class="legend">
                { for series.iter().filter(|(_, _, value)| present(curve, *value)).map(|(name, series, _)| html! {
                    <li><span class="swatch" data-s={*series} aria-hidden="true"></span>{ *name }</li>
                }) }
                <li><span class="swatch s-after-costs" aria-hidden="true"></span>{ t::AFTER_COSTS }</li>
                <li><span class="swatch s-baseline" aria-hidden="true"></span>{ t::BASELINE }</li>
            </ul>
            // The thresholds also as a list under the legend, to read where the chart's marks are thin (a phone).
            if !marks.is_empty() {
                <details class="thresholds">
                    <summary>{ t::thresholds(marks.len()) }</summary>
                    <ul id="chart-thresholds">{ for marks.iter().map(|(_, name)| html! { <li>{ name.clone() }</li> }) }</ul>
                </details>
            }
            <svg id="chart" viewBox={VIEW_BOX} role="img" aria-labelledby="chart-title chart-desc" focusable="false" ref={svg_ref} {onpointermove} {onpointerdown} {onpointerleave}>
                <desc id="chart-desc">{ description }</desc>
                { for ticks_y.iter().map(|v| html! {
                    <g class="grid">
                        <line x1={px(LEFT)} x2={px(WIDTH - RIGHT)} y1={px(y(*v as f64))} y2={px(y(*v as f64))} />
                        <text x={px(LEFT - 6.0)} y={px(y(*v as f64) + 4.0)} text-anchor="end">{ format!("£{v}") }</text>
                    </g>
                }) }
                { for ticks_x.iter().map(|h| html! {
                    <text class="axis" x={px(x(*h as f64))} y={px(HEIGHT - BOTTOM + 18.0)} text-anchor="middle">{ h.to_string() }</text>
                }) }
                <text class="axis" x={px((LEFT + WIDTH) / 2.0)} y={px(HEIGHT - 4.0)} text-anchor="middle">{ t::HOURS_AXIS }</text>
                { for polygons }
                { for after_costs }
                <line class="baseline" x1={px(LEFT)} x2={px(WIDTH - RIGHT)} y1={px(y(f(props.baseline)))} y2={px(y(f(props.baseline)))}>
                    <title>{ t::baseline_title(&whole_pounds(props.baseline)) }</title>
                </line>
                { for marks.iter().map(|(m, name)| {
                    let at = m.hours();
                    let (onfocus, onblur) = {
                        let (p1, p2) = (pointed.clone(), pointed.clone());
                        (Callback::from(move |_: FocusEvent| p1.set(Some(at))), Callback::from(move |_: FocusEvent| p2.set(None)))
                    };
                    match m {
                        Mark::Point(b) => {
                            html! {
                                <g class="breakpoint" data-kind={b.kind.name()} tabindex="0" role="img" aria-label={name.clone()} {onfocus} {onblur}>
                                    <title>{ name }</title>
                                    { upright(x(f(b.hours)), false) }
                                </g>
                            }
                        }
                        // A stretch of small cliffs is one mark: a band from its first step to its last.
                        Mark::Stretch(s) => {
                            let (from, to) = (x(f(s.from_hours)), x(f(s.to_hours)));
                            html! {
                                <g class="breakpoint" data-kind="stretch" tabindex="0" role="img" aria-label={name.clone()} {onfocus} {onblur}>
                                    <title>{ name }</title>
                                    <rect x={px(from)} y={px(TOP)} width={px(to - from)} height={px(HEIGHT - BOTTOM - TOP)} />
                                    { upright(from, false) }
                                    { upright(to, false) }
                                </g>
                            }
                        }
                    }
                }) }
                if let Some(at) = *pointed {
                    { upright(x(f(at)), true) }
                }
                <g class="chosen">
                    { upright(hx, false) }
                    <circle cx={px(hx)} cy={px(y(f(chosen.total_net_income)))} r="5" />
                </g>
            </svg>
            <p class="readout" id="chart-readout">{ readout(&curve.at(shown_at), shown_at, with_help) }</p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::px;

    #[test]
    fn coordinates_to_a_tenth() {
        for (v, text) in
            [(64.0, "64.0"), (12.34, "12.3"), (12.36, "12.4"), (0.04, "0.0"), (-3.25, "-3.3"), (-0.5, "-0.5")]
        {
            assert_eq!(px(v), text, "{v}");
        }
    }
}
