//! The catalogue of what the engine says about thresholds, one per language (`en`, and `cy` for Welsh with the
//! feature `cy`): the causes of the curve's breakpoints, its stretches, the thresholds near some hours, the hours
//! worse off, the help in kind lost or named, and the warnings, each made from a code and its figures. Each language
//! has the same functions (the compiler checks that none is missing); the shell sets the language the engine writes in
//! (`set_language`). The problems with the household's input are here too (`Problem`), each as what follows the
//! field's name. (The working lines, which quote the rules' own terms and regulations, are written beside their
//! rules, in English, and so are the problems with a rule file.)

use std::cell::Cell;

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use crate::analysis::curve::HoursRun;
use crate::code::Code;
use crate::date::Date;
use crate::input::Nation;
use crate::law::help_in_kind::{Help, Lost};
use crate::money::{round_dp, Money};
use crate::rules::RuleSet;
use crate::threshold::Figures;

#[cfg(feature = "cy")]
mod cy;
pub(crate) mod en;

crate::choices! {
    /// The language the engine's words are in.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
    pub enum Language {
        /// English.
        #[default]
        En = "en",
        /// Welsh (Cymraeg), where the engine is built with it (the feature `cy`); English otherwise.
        Cy = "cy",
    }
}

thread_local! {
    static LANGUAGE: Cell<Language> = const { Cell::new(Language::En) };
}

/// Sets the language the engine writes its words in, on this thread, until set again: the shells set it once (the
/// command-line tool's `--lang`, the app's build) or for each call (the JavaScript API's `lang`).
pub fn set_language(language: Language) {
    LANGUAGE.with(|l| l.set(language));
}

/// The functions of the catalogue, each in the language set.
macro_rules! in_language {
    ($($(#[$doc:meta])* pub fn $name:ident($($arg:ident: $type:ty),*) -> $out:ty;)*) => {$(
        $(#[$doc])*
        pub fn $name($($arg: $type),*) -> $out {
            match LANGUAGE.with(Cell::get) {
                #[cfg(feature = "cy")]
                Language::Cy => cy::$name($($arg),*),
                _ => en::$name($($arg),*),
            }
        }
    )*};
}

in_language! {
    /// What crossing a threshold means, `rising` (the margin going up through zero) or falling back: the effect
    /// first, then why.
    pub fn cause(code: Code, f: &Figures, rising: bool) -> String;
    /// Help named as information (no value is put on it), for the client; none for valued help.
    pub fn information(help: Help, rules: &RuleSet) -> Option<String>;
    /// The help worth less, in a clause: "free school meals fall by £9.54 a week and Healthy Start stops (£4.25 a
    /// week)".
    pub fn help_lost(lost: &[Lost]) -> String;
    /// A cause in a group of assessment periods: "in the Universal Credit months with 5 paydays (4 of the 12), …".
    pub fn in_periods(paydays: usize, periods: u32, cause: &str) -> String;
    /// A stretch of the High Income Child Benefit Charge's steps.
    pub fn hicbc_stretch(s: &HicbcStretch) -> String;
    /// The changes across a cliff (`effects`), in a sentence that starts as its first figure's name does (to follow
    /// other words); help in kind, which is not cash, said apart.
    pub fn say_effects(changes: &Changes) -> String;
    /// A breakpoint at `at` hours, `place`d against the hours chosen: `what` is its causes, `changes` its `effects`.
    pub fn say_breakpoint(at: Decimal, place: Place, what: &str, changes: &str) -> String;
    /// The runs of hours at which someone would be worse off (at least one).
    pub fn say_worse_off(runs: &[Run]) -> String;
    /// A stretch of steps from `from` to `to` hours, a step about every `spacing` hours, `place`d against the hours
    /// chosen (`Place::At`: they are within it).
    pub fn say_stretch(from: Decimal, to: Decimal, spacing: Option<Decimal>, place: Place, what: &str, changes: &str) -> String;
    /// The Council Tax Reduction of `reduction` a year held as it is now.
    pub fn council_tax_reduction_held(reduction: Money) -> String;
    /// A wage below the legal minimum for the worker's age.
    pub fn below_minimum_wage(wage: Money, minimum: Money, age: u8) -> String;
    /// A test of the law's made in each assessment period that comes out differently in some: `code` says which,
    /// `holds` whether it holds in the periods that differ (`when`, their dates), `alike` each working adult's number
    /// and the hours from or up to which every period comes out alike.
    pub fn some_periods(code: Code, holds: bool, when: &[(Date, Date)], alike: &[(usize, Decimal)]) -> String;
    /// What is wrong with a field of the input, or what the engine does not model about it: in English a lowercase
    /// fragment that reads after the field's name ("is needed"); in Welsh one that starts "– ", or a whole sentence.
    pub fn problem(p: &Problem) -> String;
}

/// Where a threshold is against the hours chosen, and how many hours away (to the hundredth); for a stretch, `Ahead`
/// is the hours to its start, `Behind` those from its end, and `At` that the hours chosen are within it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Place {
    Ahead(Decimal),
    At,
    Behind(Decimal),
}

/// The changes across a cliff of a penny or more: each cash figure's (but the total), the total's, and the help in
/// kind's.
#[derive(Debug, Default)]
pub struct Changes {
    pub cash: Vec<(Figure, Decimal)>,
    pub total: Option<Decimal>,
    pub help: Option<Decimal>,
}

/// A run of hours at which someone would be worse off, as it is said: up to the most hours shown, under some hours
/// (from the first hour), from some hours on, or between two.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Run {
    Any(Decimal),
    Under(Decimal),
    OrMore(Decimal),
    Between(Decimal, Decimal),
}

/// Hours as said: to the hundredth, without trailing zeros.
fn said(hours: Decimal) -> Decimal {
    round_dp(hours, 2).normalize()
}

/// The changes across a cliff of a penny or more, e.g. "ESA goes down by £95.55 a week and Universal Credit goes up
/// by £95.55, so you lose nothing." (`say_effects`).
pub fn effects(changes: &[(Figure, Decimal)]) -> String {
    let big = |d: Decimal| d.abs() >= Decimal::new(1, 2);
    let mut said = Changes::default();
    for &(figure, d) in changes {
        match figure {
            Figure::TotalNetIncome => said.total = Some(d).filter(|d| big(*d)),
            Figure::HelpInKind => said.help = Some(d).filter(|d| big(*d)),
            _ if big(d) => said.cash.push((figure, d)),
            _ => {}
        }
    }
    say_effects(&said)
}

/// A breakpoint for someone working `hours`: `what` is its causes, `changes` its `effects` (`say_breakpoint`).
pub fn breakpoint(at_hours: Decimal, hours: Decimal, what: &str, changes: &str) -> String {
    let gap = said((at_hours - hours).abs());
    let place = if at_hours > hours {
        Place::Ahead(gap)
    } else if gap.is_zero() {
        Place::At
    } else {
        Place::Behind(gap)
    };
    say_breakpoint(said(at_hours), place, what, &capitalised(changes))
}

/// The runs of hours at which someone would be worse off, up to `max_hours`; none if there are none
/// (`say_worse_off`).
pub fn worse_off(runs: &[HoursRun], max_hours: Decimal) -> Option<String> {
    let run = |r: &HoursRun| {
        let (from, to) = (r.from_hours.normalize(), r.to_hours.normalize());
        match (r.from_hours.is_zero(), r.to_hours >= max_hours) {
            (true, true) => Run::Any(to),
            (true, false) => Run::Under(to),
            (false, true) => Run::OrMore(from),
            (false, false) => Run::Between(from, to),
        }
    };
    let runs: Vec<Run> = runs.iter().map(run).collect();
    (!runs.is_empty()).then(|| say_worse_off(&runs))
}

/// A stretch of `steps` steps from `from_hours` to `to_hours`, for someone working `hours` (`say_stretch`).
pub fn stretch(
    from_hours: Decimal,
    to_hours: Decimal,
    steps: usize,
    hours: Decimal,
    what: &str,
    changes: &str,
) -> String {
    let spacing = (steps > 1).then(|| said((to_hours - from_hours) / Decimal::from(steps - 1)));
    let place = if from_hours > hours {
        Place::Ahead(said(from_hours - hours))
    } else if to_hours < hours {
        Place::Behind(said(hours - to_hours))
    } else {
        Place::At
    };
    say_stretch(said(from_hours), said(to_hours), spacing, place, what, changes)
}

/// A problem with the household's input, with its figures: one variant for each message.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    // The reader's, for any value (`tree`).
    /// Not a table, for a struct.
    NotObject,
    /// Not a table, for a tagged enum or a table read on its own.
    NotTable,
    UnknownField {
        key: String,
    },
    Missing,
    /// A struct with a field that could not be read, where no other problem was kept.
    FieldUnreadable,
    NotBool,
    NotWhole,
    NotNegative,
    NotString,
    /// Not a number or a string.
    NotNumber,
    /// A string that is not a number.
    NotANumber {
        text: String,
    },
    TooManyDigits {
        text: String,
    },
    NotList,
    /// Not one of `names`, each in quotes, joined with commas.
    NotOneOf {
        names: String,
    },

    // Any field's.
    Needed,
    /// A whole number or a percentage outside `min..=max`.
    OutOfRange {
        value: Decimal,
        min: Decimal,
        max: Decimal,
    },
    /// Hours a week outside 0 to 168.
    HoursOutOfRange {
        hours: Decimal,
    },
    MustBeFromTo {
        min: i64,
        max: i64,
    },
    MustBeBetween {
        min: i64,
        max: i64,
    },
    /// More than `max` pounds.
    AmountTooHigh {
        max: Decimal,
    },
    WageTooHigh {
        max: Decimal,
    },
    MealValueTooHigh {
        max: Decimal,
    },

    // The household's.
    /// Neither a date nor a rule year.
    DateNeeded,
    /// The assessment period holding `date` began on `start`, before the rule years the calculator has (`rule_years`).
    PeriodBeforeRules {
        date: Date,
        start: Date,
        rule_years: String,
    },
    DateFarFromRules {
        rule_year: String,
    },
    NationNeeded,
    NorthernIreland,
    InLondonOutsideEngland,
    NoAdults,
    TooManyAdults {
        adults: usize,
    },
    TooManyChildren {
        children: usize,
        max: usize,
    },
    TooManyNonDependants {
        people: usize,
        max: usize,
    },
    PaydayFarFromDate,
    ChildcareWithoutChildren,
    ChildcareWithNoChildInIt,

    // An adult's.
    AtPensionAge {
        pension_age: Decimal,
    },
    Under18,
    Student,
    SelfEmployed,
    CarersAllowanceWithout35Hours,
    SupportedPermittedWorkWithoutEsa,
    MoreThanOneDisabilityBenefit,
    AdultDisabilityPaymentOutsideScotland,
    PensionTooHigh,
    PercentNeededForCustomPension,
    PercentOnlyForCustomPension,

    // A child's.
    BornAfterDate {
        date: Date,
    },
    BornTooLongAgo {
        years: i64,
        date: Date,
    },
    AgeNotAsBorn {
        age: i64,
        years: i64,
        date: Date,
    },
    ChildTooOld {
        age: i64,
    },
    /// `born_before_6_april_2017` given as the opposite of `before`, which the date of birth says (`age` none) or
    /// the child's age on `date` does.
    BornBeforeNotAsKnown {
        before: bool,
        age: Option<u8>,
        date: Date,
    },
    BornBeforeNeeded {
        age: u8,
        date: Date,
    },
    ChildTooYoungForPip,
    SchoolYearNotOfNation {
        nation: Nation,
    },
    SchoolYearNotForAge {
        age: u8,
    },

    // The council tax's.
    BandWithoutBill {
        band: &'static str,
        nation: Nation,
    },
    ReductionWithScheme,
    ReductionOverBill {
        bill: Money,
    },
    BandNeededForCap,
    AwardNeeded,
    ColumnsNeeded,
    NoColumnForHousehold,
    BandsNeeded,
    /// A band's `up_to` with `edges` edges, where it needs `needed` (none for the `last` band).
    EdgesNotOnePerColumn {
        edges: usize,
        needed: usize,
        last: bool,
    },
    EdgeNotAbove {
        edge: Money,
        below: Money,
    },
}

/// The High Income Child Benefit Charge from step `first` to step `last` of `steps`, each of `size` adjusted net
/// income and `per_step` of charge a year, from `threshold`.
pub struct HicbcStretch {
    pub first: u8,
    pub last: u8,
    pub steps: u8,
    pub rising: bool,
    pub threshold: Money,
    pub size: Money,
    pub per_step: Money,
}

/// A weekly figure a cliff changes, as named in the words for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    NetEarnings,
    UniversalCredit,
    Esa,
    CarersAllowance,
    ChildBenefit,
    ScottishChildPayment,
    CouncilTaxReduction,
    TotalNetIncome,
    HelpInKind,
}

/// The causes at one breakpoint, joined.
pub fn causes<'a>(descriptions: impl Iterator<Item = &'a str>) -> String {
    descriptions.collect::<Vec<_>>().join("; ")
}

/// The text with its first letter a capital, to start a sentence (the catalogue's words start with a plain letter).
pub(crate) fn capitalised(text: &str) -> String {
    let mut text = text.to_string();
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text
}
