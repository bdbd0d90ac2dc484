//! The words of the page around the parts (`app.rs`, `keep.rs`, `format.rs`) in Welsh.

use crate::state::Owner;

/// The page's language, for its `lang` attribute.
pub const LANG: &str = "cy";
/// The other language, offered at the top of the page: its own name, in itself, with its `lang`.
pub const OTHER_LANGUAGE: &str = "English";
pub const OTHER_LANG: &str = "en-GB";
pub const MODES: &str = "Pwy sy'n defnyddio'r gyfrifiannell";
pub const FOR_YOU: &str = "I chi";
pub const FOR_ADVISERS: &str = "I gynghorwyr";
pub const TITLE: &str = "A fyddwn i'n well fy myd yn gweithio?";
pub const LEDE: &str = "Gwelwch sut mae eich incwm yn newid gyda'r oriau rydych chi'n eu gweithio: cyflog, treth, Credyd Cynhwysol a budd-daliadau eraill. Nid yw dim byd rydych chi'n ei deipio yn gadael y dudalen hon.";
pub const CHANGE_ANSWERS: &str = "Newid eich atebion";
/// The scenarios' names: the client's one, and the adviser's.
pub const HOURS_CHOSEN: &str = "Yr oriau a ddewiswyd";
pub const NOW: &str = "Nawr";
pub const OFFER: &str = "Cynnig";

/// The adviser's further scenarios: "Dewis 1".
pub fn option(n: usize) -> String {
    format!("Dewis {n}")
}

pub const MORE_HOURS_INVALID: &str =
    "Rhaid i ragor o oriau i'w cymharu fod yn rhifau o 0 i 168, wedi'u gwahanu gan atalnodau";
pub const NOT_JSON: &str = "Nid cyfrifiad wedi'i gadw yw hwn: nid JSON ydyw.";

/// A file that is neither a saved calculation nor a household, with its problems.
pub fn not_saved(problems: &str) -> String {
    format!("Nid cyfrifiad wedi'i gadw nac aelwyd yw hwn: {problems}")
}

/// A field named for a sentence: "Cyflog eich partner yr awr", "Oedran plentyn 2", "Y cynilion"; `key` is the last
/// part of its path. (A field not named here is given by its key: the adviser's rarer fields.)
pub fn field_name(owner: Owner, key: &str) -> String {
    let field = match key {
        "age" => "oedran",
        "hourly_wage" => "cyflog yr awr",
        "hours_per_week" => "oriau'r wythnos",
        "rent_monthly" => "rhent y mis",
        "lha_monthly" => "lwfans tai lleol",
        "service_charges_monthly" => "taliadau gwasanaeth y mis",
        "travel_costs_weekly" => "costau teithio'r wythnos",
        "childcare_costs_monthly" => "costau gofal plant y mis",
        "other_unearned_income_monthly" => "incwm arall y mis",
        "bill_annual" => "bil Treth y Cyngor am y flwyddyn",
        "reduction_annual" => "Gostyngiad Treth y Cyngor am y flwyddyn",
        "employee_percent" => "cyfraniad pensiwn",
        "children" => "oedrannau'r plant",
        "savings" => "cynilion",
        "date" => "dyddiad",
        other => other,
    };
    let field = field.replace('_', " ");
    match owner {
        Owner::Household => format!("Y {field}"),
        Owner::You => format!("Eich {field}"),
        Owner::Partner => format!("{} eich partner", capital(&field)),
        Owner::Child(n) => format!("{} plentyn {n}", capital(&field)),
        Owner::OtherAdult(n) => format!("{} oedolyn arall {n}", capital(&field)),
    }
}

/// The word with a capital first letter, to start the name (the names here start with a plain letter).
fn capital(word: &str) -> String {
    let mut word = word.to_string();
    if let Some(first) = word.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    word
}

/// The months, short, for dates: "1 Mai 2026".
pub const MONTHS: [&str; 12] =
    ["Ion", "Chwef", "Maw", "Ebr", "Mai", "Meh", "Gorff", "Awst", "Medi", "Hyd", "Tach", "Rhag"];
