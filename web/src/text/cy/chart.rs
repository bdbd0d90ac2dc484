//! The words of `components/chart.rs` in Welsh.

// The sources of income, as the legend, the readout and the printout's table name them.
pub const NET_EARNINGS: &str = "Enillion net";
pub const UNIVERSAL_CREDIT: &str = "Credyd Cynhwysol";
pub const ESA: &str = "ESA Dull Newydd";
pub const CARERS_ALLOWANCE: &str = "Lwfans Gofalwr";
pub const CHILD_BENEFIT: &str = "Budd-dal Plant";
pub const SCOTTISH_CHILD_PAYMENT: &str = "Taliad Plant yr Alban";
pub const DISABILITY_BENEFITS: &str = "Budd-daliadau anabledd";
pub const OTHER_INCOME: &str = "Incwm arall";
pub const COUNCIL_TAX_REDUCTION: &str = "Gostyngiad Treth y Cyngor";
pub const HELP_IN_KIND: &str = "Help mewn nwyddau (nid arian)";

/// The figures where the pointer is: `parts` is each source and its amount ("Net earnings £254.20, Universal Credit
/// £150.12"), `help` the help in kind where it is shown.
pub fn readout(at_hours: &str, parts: &str, total: &str, help: Option<&str>) -> String {
    let help = help.map(|amount| format!(" {HELP_IN_KIND} {amount}.")).unwrap_or_default();
    format!("Ar {at_hours} awr: {parts}. Cyfanswm {total} yr wythnos.{help}")
}

/// A threshold marked on the chart: `what` is the engine's words for it.
pub fn mark(hours: &str, what: &str) -> String {
    format!("{hours} awr: {what}")
}

/// A stretch of small steps marked on the chart.
pub fn stretch(from: &str, to: &str, what: &str) -> String {
    format!("{from} i {to} awr: {what}")
}

/// The chart's description for screen readers.
pub fn description(not_working: &str, chosen: &str, hours: &str, marks: usize) -> String {
    format!(
        "Mae cyfanswm yr incwm wythnosol yn codi o {not_working} heb weithio i {chosen} ar {hours} awr. Mae {marks} trothwy wedi'u marcio; mae'r tabl isod yn rhoi'r un ffigurau."
    )
}

pub const TITLE: &str = "Incwm yr wythnos yn ôl oriau gwaith";
pub const SHOW_HELP: &str = "Dangos help mewn nwyddau (nid arian) ar ben yr arian";
pub const AFTER_COSTS: &str = "Incwm ar ôl rhent, Treth y Cyngor, gofal plant a theithio";
pub const BASELINE: &str = "Yr un peth, nawr: uwchlaw hyn, rydych chi'n well eich byd";

/// The summary of the list of thresholds under the legend.
pub fn thresholds(marks: usize) -> String {
    format!("Y {marks} trothwy sydd wedi'u marcio ar y siart")
}

/// The label of the hours axis.
pub const HOURS_AXIS: &str = "oriau'r wythnos";

/// The title of the line of the income now.
pub fn baseline_title(now: &str) -> String {
    format!("Nawr, ar ôl rhent, Treth y Cyngor, gofal plant a theithio: {now} yr wythnos")
}
