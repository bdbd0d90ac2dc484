//! Month by month: the year's twelve Universal Credit assessment periods at the hours chosen, with the paydays that
//! fall in each and what UC pays for each.

use calc_core::report::AssessmentPeriod;
use calc_core::Money;
use yew::prelude::*;

use crate::format::{date, day_month, pounds};
use crate::state::Shared;

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
    let mut text = format!("From {}, the periods use the {} rules", date(first.start), first.rule_year);
    let changes: Vec<&AssessmentPeriod> = months
        .windows(2)
        .filter(|w| w[0].rule_year != w[1].rule_year || w[0].rules_known != w[1].rules_known)
        .map(|w| &w[1])
        .collect();
    if changes.is_empty() {
        return format!("All twelve periods use the {} rules.", first.rule_year);
    }
    for m in changes {
        if m.rules_known {
            text += &format!("; from {}, the {} rules", date(m.start), m.rule_year);
        } else {
            text += &format!(
                "; from {}, next year's amounts, which are not known yet: they are shown with the {} ones",
                date(m.start),
                m.rule_year
            );
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
    let amount = |m: Money| if m.is_zero() { "nothing".to_string() } else { format!("about {}", pounds(m.pounds())) };
    let others = if months.iter().all(|m| m.universal_credit == low || m.universal_credit == high) {
        amount(high)
    } else {
        format!("up to {}", pounds(high.pounds()))
    };
    // Surplus earnings may carry over from a month in which UC stops (not modelled).
    let surplus = if carries_surplus(months).is_empty() {
        ""
    } else {
        " In a month after one with no Universal Credit it could be less: ask an adviser."
    };
    Some(format!(
        "Universal Credit is worked out on the pay you get in each month, so it would change from month to month. It would be {} in {lows} of the next {} months, when more paydays fall in the month, and {others} in the others.{surplus}",
        amount(low),
        months.len()
    ))
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
                (true, 0) => "You: ",
                (true, _) => "Partner: ",
            };
            let dates: Vec<String> = days.iter().map(|d| day_month(*d)).collect();
            format!("{who}{} ({})", days.len(), dates.join(", "))
        });
        let text = each.collect::<Vec<_>>().join("; ");
        if text.is_empty() {
            "None".to_string()
        } else {
            text
        }
    };
    html! {
        <section aria-labelledby="months-title">
            <h2 id="months-title">{ "Month by month" }</h2>
            <p>{ "Universal Credit is worked out on the pay received in each monthly assessment period, so it is lower in a period with more paydays and higher in one with fewer (Universal Credit Regulations 2013 regs. 21, 54 and 61). The figures above average the year." }</p>
            <p class="small">{ format!("{} Paydays moved by weekends or bank holidays are not shown.", rule_years(months)) }</p>
            { for bunched.iter().map(|m| html! {
                <p class="warnings">{ format!("Two monthly paydays fall in the period from {} to {}. The DWP can move one of them to the next period, to keep one a month: ask them (Universal Credit Regulations 2013 reg. 61(6)).", date(m.start), date(m.end)) }</p>
            }) }
            { for carries_surplus(months).iter().map(|m| html! {
                <p class="warnings">{ format!("In the period from {} to {}, earnings are {} above the point where Universal Credit stops. Earnings far enough above it are carried into the next periods as surplus earnings (Universal Credit Regulations 2013 reg. 54A), which this calculator does not model: Universal Credit after that period may be lower than shown.", date(m.start), date(m.end), m.earnings_above_nil_point) }</p>
            }) }
            <div class="table-wrap" tabindex="0" role="region" aria-label="Month by month: each assessment period">
                <table id="months">
                    <thead><tr>
                        <th scope="col">{ "Assessment period" }</th><th scope="col">{ "Paydays" }</th>
                        <th scope="col">{ "Take-home pay" }</th><th scope="col">{ "Universal Credit" }</th>
                        <th scope="col">{ "Total income" }</th><th scope="col">{ "After rent, council tax, childcare and travel" }</th>
                    </tr></thead>
                    <tbody>
                        { for months.iter().map(|m| html! { <tr>
                            <th scope="row">{ format!("{} to {}", date(m.start), date(m.end)) }</th>
                            <td>{ paydays(m) }</td>
                            <td>{ pounds(m.net_earnings.pounds()) }</td><td>{ pounds(m.universal_credit.pounds()) }</td>
                            <td>{ pounds(m.total_net_income.pounds()) }</td><td>{ pounds(m.income_after_costs.pounds()) }</td>
                        </tr> }) }
                        <tr class="total">
                            <th scope="row">{ "The twelve periods" }</th><td></td>
                            <td>{ pounds(sum(|m| m.net_earnings).pounds()) }</td><td>{ pounds(uc_year.pounds()) }</td>
                            <td>{ pounds(sum(|m| m.total_net_income).pounds()) }</td><td>{ pounds(sum(|m| m.income_after_costs).pounds()) }</td>
                        </tr>
                    </tbody>
                </table>
            </div>
            <p id="months-summary">{ if props.by_periods {
                format!(
                    "Over the twelve periods Universal Credit comes to {uc_year}. The benefit cap or the point where Universal Credit stops is not the same in every period, so the figures above are the average of a year of periods (with 52 weekly paydays), not twelve months of the averaged {}.",
                    props.averaged_award
                )
            } else {
                format!(
                    "Over the twelve periods Universal Credit comes to {uc_year}, against {} for twelve months of the averaged {}.",
                    props.averaged_award * rust_decimal::Decimal::from(12), props.averaged_award
                )
            } }</p>
        </section>
    }
}
