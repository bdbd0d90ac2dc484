//! Month by month: the year's twelve Universal Credit assessment periods at the hours chosen, with the paydays that
//! fall in each and what UC pays for each.

use calc_core::report::AssessmentPeriod;
use calc_core::Money;
use yew::prelude::*;

use crate::format::{date, day_month, pounds};
use crate::state::Shared;
use crate::text::months as t;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub months: Shared<Vec<AssessmentPeriod>>,
    /// UC a month with earnings averaged over the year.
    pub averaged_award: Money,
    /// The year's UC is what the periods add up to, and the figures above are their average.
    pub by_periods: bool,
    /// For each adult, whether the job pays monthly.
    pub paid_monthly: Vec<bool>,
}

/// Which rules the periods use: "All twelve periods use the 2026-27 rules", or where they change.
fn rule_years(months: &[AssessmentPeriod]) -> String {
    let Some(first) = months.first() else { return String::new() };
    let mut text = t::periods_from(&date(first.start), &first.rule_year);
    let changes: Vec<&AssessmentPeriod> = months
        .windows(2)
        .filter(|w| w[0].rule_year != w[1].rule_year || w[0].rules_known != w[1].rules_known)
        .map(|w| &w[1])
        .collect();
    if changes.is_empty() {
        return t::all_periods(&first.rule_year);
    }
    for m in changes {
        if m.rules_known {
            text += &t::then_from(&date(m.start), &m.rule_year);
        } else {
            text += &t::then_unknown(&date(m.start), &m.rule_year);
        }
    }
    text + "."
}

/// The periods whose earnings are above the point where UC stops, with UC due in a later period: surplus earnings
/// (reg. 54A) may carry into it, which the engine does not model.
fn carries_surplus(months: &[AssessmentPeriod]) -> Vec<&AssessmentPeriod> {
    months
        .iter()
        .enumerate()
        .filter(|(i, m)| {
            m.earnings_above_nil_point.is_positive() && months[i + 1..].iter().any(|m| m.universal_credit.is_positive())
        })
        .map(|(_, m)| m)
        .collect()
}

/// Universal Credit from month to month in plain words, when it changes: "£565.66 in 5 of the next 12 months, when
/// more paydays fall in the month, and £677.51 in the others".
pub fn in_plain_words(months: &[AssessmentPeriod]) -> Option<String> {
    let low = months.iter().map(|m| m.universal_credit).min()?;
    let high = months.iter().map(|m| m.universal_credit).max()?;
    if low == high {
        return None;
    }
    let lows = months.iter().filter(|m| m.universal_credit == low).count();
    let up_to = !months.iter().all(|m| m.universal_credit == low || m.universal_credit == high);
    // Surplus earnings may carry over from a month in which UC stops (not modelled).
    let surplus = !carries_surplus(months).is_empty();
    Some(t::in_plain_words(low, lows, months.len(), high, up_to, surplus))
}

#[function_component(Months)]
pub fn months(props: &Props) -> Html {
    let months = &props.months;
    if months.iter().all(|m| m.paydays.iter().all(Vec::is_empty)) {
        return html! {};
    }
    let couple = props.paid_monthly.len() > 1;
    let sum = |f: fn(&AssessmentPeriod) -> Money| months.iter().map(f).sum::<Money>();
    let uc_year = sum(|m| m.universal_credit);
    // Monthly pay twice in one period: the DWP moves one payday to keep the cycle, when asked.
    let bunched: Vec<&AssessmentPeriod> = months
        .iter()
        .filter(|m| m.paydays.iter().zip(&props.paid_monthly).any(|(days, monthly)| *monthly && days.len() > 1))
        .collect();
    let paydays = |m: &AssessmentPeriod| {
        let each = m.paydays.iter().enumerate().filter(|(_, days)| !days.is_empty()).map(|(i, days)| {
            let who = match (couple, i) {
                (false, _) => "",
                (true, 0) => t::YOU,
                (true, _) => t::PARTNER,
            };
            let dates: Vec<String> = days.iter().map(|d| day_month(*d)).collect();
            format!("{who}{} ({})", days.len(), dates.join(", "))
        });
        let text = each.collect::<Vec<_>>().join("; ");
        if text.is_empty() {
            t::NO_PAYDAYS.to_string()
        } else {
            text
        }
    };
    html! {
        <section aria-labelledby="months-title">
            <h2 id="months-title">{ t::TITLE }</h2>
            <p>{ t::INTRO }</p>
            <p class="small">{ t::rule_years(&rule_years(months)) }</p>
            { for bunched.iter().map(|m| html! {
                <p class="warnings">{ t::bunched(&date(m.start), &date(m.end)) }</p>
            }) }
            { for carries_surplus(months).iter().map(|m| html! {
                <p class="warnings">{ t::surplus(&date(m.start), &date(m.end), m.earnings_above_nil_point) }</p>
            }) }
            <div class="table-wrap" tabindex="0" role="region" aria-label={t::REGION}>
                <table id="months">
                    <thead><tr>
                        <th scope="col">{ t::PERIOD }</th><th scope="col">{ t::PAYDAYS }</th>
                        <th scope="col">{ t::TAKE_HOME }</th><th scope="col">{ t::UNIVERSAL_CREDIT }</th>
                        <th scope="col">{ t::TOTAL }</th><th scope="col">{ t::AFTER_COSTS }</th>
                    </tr></thead>
                    <tbody>
                        { for months.iter().map(|m| html! { <tr>
                            <th scope="row">{ t::dates(&date(m.start), &date(m.end)) }</th>
                            <td>{ paydays(m) }</td>
                            <td>{ pounds(m.net_earnings.pounds()) }</td><td>{ pounds(m.universal_credit.pounds()) }</td>
                            <td>{ pounds(m.total_net_income.pounds()) }</td><td>{ pounds(m.income_after_costs.pounds()) }</td>
                        </tr> }) }
                        <tr class="total">
                            <th scope="row">{ t::YEAR }</th><td></td>
                            <td>{ pounds(sum(|m| m.net_earnings).pounds()) }</td><td>{ pounds(uc_year.pounds()) }</td>
                            <td>{ pounds(sum(|m| m.total_net_income).pounds()) }</td><td>{ pounds(sum(|m| m.income_after_costs).pounds()) }</td>
                        </tr>
                    </tbody>
                </table>
            </div>
            <p id="months-summary">{ if props.by_periods {
                t::by_periods(uc_year, props.averaged_award)
            } else {
                t::against_averaged(uc_year, props.averaged_award * rust_decimal::Decimal::from(12), props.averaged_award)
            } }</p>
        </section>
    }
}
