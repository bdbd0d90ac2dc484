//! The words of the page around the parts (`app.rs`, `keep.rs`, `format.rs`) in English.

use crate::state::Owner;

/// The page's language, for its `lang` attribute.
pub const LANG: &str = "en-GB";
/// The other language, offered at the top of the page: its own name, in itself, with its `lang`.
pub const OTHER_LANGUAGE: &str = "Cymraeg";
pub const OTHER_LANG: &str = "cy";
pub const MODES: &str = "Who is using the calculator";
pub const FOR_YOU: &str = "For you";
pub const FOR_ADVISERS: &str = "For advisers";
pub const TITLE: &str = "Would I be better off working?";
pub const LEDE: &str = "See how your income changes with the hours you work: pay, tax, Universal Credit and other benefits. Nothing you type leaves this page.";
pub const CHANGE_ANSWERS: &str = "Change your answers";
/// The scenarios' names: the client's one, and the adviser's.
pub const HOURS_CHOSEN: &str = "The hours chosen";
pub const NOW: &str = "Now";
pub const OFFER: &str = "Offer";

/// The adviser's further scenarios: "Option 1".
pub fn option(n: usize) -> String {
    format!("Option {n}")
}

pub const MORE_HOURS_INVALID: &str = "More hours to compare must be numbers from 0 to 168, separated by commas";
pub const NOT_JSON: &str = "This is not a saved calculation: it is not JSON.";

/// A file that is neither a saved calculation nor a household, with its problems.
pub fn not_saved(problems: &str) -> String {
    format!("This is not a saved calculation or a household: {problems}")
}

/// A field named for a sentence: "Your partner's hourly pay", "Child 2's age", "The savings"; `key` is the last part
/// of its path.
pub fn field_name(owner: Owner, key: &str) -> String {
    let field = match key {
        "hourly_wage" => "hourly pay",
        "hours_per_week" => "hours a week",
        "rent_monthly" => "rent a month",
        "lha_monthly" => "local housing allowance",
        "service_charges_monthly" => "service charges a month",
        "travel_costs_weekly" => "travel costs a week",
        "childcare_costs_monthly" => "childcare costs a month",
        "other_unearned_income_monthly" => "other income a month",
        "bill_annual" => "council tax bill for the year",
        "reduction_annual" => "Council Tax Reduction for the year",
        "employee_percent" => "pension contribution",
        "children" => "children's ages",
        other => other,
    };
    let field = field.replace('_', " ");
    match owner {
        Owner::Household => format!("The {field}"),
        Owner::You => format!("Your {field}"),
        Owner::Partner => format!("Your partner's {field}"),
        Owner::Child(n) => format!("Child {n}'s {field}"),
        Owner::OtherAdult(n) => format!("Other adult {n}'s {field}"),
    }
}

/// The months, short, for dates: "1 May 2026".
pub const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
