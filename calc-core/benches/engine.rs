//! Benchmarks (not tests): `cargo bench -p calc-core --bench engine`. Reports the median time of one household's
//! point calculation and of its whole exact hours curve, and of the curve of a family whose earnings cross the High
//! Income Child Benefit Charge (a hundred 1 % steps).
//!
//! `BENCH_COUNT=curve` (or `hicbc`, or `point`) instead runs only that section, untimed, 100 times: for counting instructions
//! under `valgrind --tool=callgrind`, which is steadier than the clock on a shared machine.

use std::hint::black_box;
use std::time::{Duration, Instant};

use calc_core::analysis::curve::{curve, DEFAULT_MAX_HOURS};
use calc_core::calculate_household;
use calc_core::compute;
use calc_core::internals::Trace;
use calc_core::money::Rounding;
use calc_core::validate;

/// The median of `rounds` timings of `iterations` calls each, per call.
fn time(name: &str, iterations: u32, mut f: impl FnMut()) {
    let rounds = 15;
    let mut per_call: Vec<Duration> = (0..rounds)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..iterations {
                f();
            }
            start.elapsed() / iterations
        })
        .collect();
    per_call.sort();
    println!("{name:<48} {:>10.2?} per call (median of {rounds} rounds of {iterations})", per_call[rounds / 2]);
}

fn main() {
    let json = &mut serde_json::Deserializer::from_str(include_str!("lone_parent.json"));
    let raw_lone_parent = calc_core::input::read(json).expect("the benchmark household parses");
    let (household, rules) = validate(&raw_lone_parent).expect("the benchmark household is valid");
    let json = &mut serde_json::Deserializer::from_str(include_str!("hicbc_family.json"));
    let raw = calc_core::input::read(json).expect("the HICBC household parses");
    let (family, _) = validate(&raw).expect("the HICBC household is valid");
    match std::env::var("BENCH_COUNT").as_deref() {
        Ok("curve") => {
            for _ in 0..100 {
                black_box(curve(black_box(&household), rules, 0, DEFAULT_MAX_HOURS));
            }
            return;
        }
        Ok("hicbc") => {
            for _ in 0..100 {
                black_box(curve(black_box(&family), rules, 0, DEFAULT_MAX_HOURS));
            }
            return;
        }
        Ok("point") => {
            for _ in 0..100 {
                black_box(compute(black_box(&household), rules, false));
            }
            return;
        }
        _ => {}
    }
    time("point: figures only (compute, no working)", 20_000, || {
        black_box(compute(black_box(&household), rules, false));
    });
    time("point: exact with margins (what the curve evaluates)", 20_000, || {
        black_box(calc_core::internals::evaluate(
            black_box(&household),
            rules,
            Trace::new(false, Rounding::Exact, true),
        ));
    });
    time("point: with working (compute, explain)", 5_000, || {
        black_box(compute(black_box(&household), rules, true));
    });
    time("point: full (calculate: working and warnings)", 200, || {
        black_box(calculate_household(black_box(&household), rules));
    });
    time("curve: 0-48 hours, exact, all breakpoints", 500, || {
        black_box(curve(black_box(&household), rules, 0, DEFAULT_MAX_HOURS));
    });
    time("curve: 0-48 hours, through the HICBC stretch", 200, || {
        black_box(curve(black_box(&family), rules, 0, DEFAULT_MAX_HOURS));
    });
    // What the JavaScript module's calculate() and curve() do natively, from the raw household on (compared with the
    // module in Chromium by tests/browser/bench.mjs).
    let options = calc_core::CurveOptions::default();
    time("api: calculate (validate, figures, working, months)", 200, || {
        black_box(calc_core::calculate(black_box(&raw_lone_parent)).expect("calculates"));
    });
    time("api: curve (validate, curve, outlook)", 500, || {
        black_box(calc_core::curve(black_box(&raw_lone_parent), &options, None).expect("draws"));
    });
}
