//! The words of `components/working.rs` in Welsh. (The working lines themselves are the engine's.)

pub const TITLE: &str = "Sut y cafodd hyn ei gyfrifo";
pub const SHOW_FOR: &str = "Dangos y cyfrifiad ar gyfer";

/// A scenario to show the working for: its name ("Offer") and hours.
pub fn scenario(name: &str, hours: &str) -> String {
    format!("{name}: {hours} awr")
}

/// The accessible name of the scrolling box round the table.
pub const REGION: &str = "Sut y cafodd pob ffigur ei gyfrifo";
pub const FIGURE: &str = "Ffigur";
pub const AMOUNT: &str = "Swm";
pub const WORKING: &str = "Cyfrifiad";
pub const RULE: &str = "Rheol";
/// The amount of help that is named but not valued.
pub const NOT_VALUED: &str = "Heb ei brisio";

/// An amount for its period, as the engine names it: "week", "fortnight", "four weeks", "month" or "year".
pub fn amount(amount: &str, period: &str) -> String {
    let period = match period {
        "week" => "yr wythnos",
        "fortnight" => "bob pythefnos",
        "four weeks" => "bob 4 wythnos",
        "month" => "y mis",
        "year" => "y flwyddyn",
        other => other,
    };
    format!("{amount} {period}")
}

/// Before the words of a figure of Universal Credit, or of help in kind (where `figure` has none).
pub const UNIVERSAL_CREDIT: &str = "Credyd Cynhwysol: ";
pub const HELP_IN_KIND: &str = "Help mewn nwyddau: ";

/// The words for a figure, by the engine's name for it (with "adults[0]." taken off); none for a name not listed here,
/// which is then read as it is written.
pub fn figure(name: &str) -> Option<&'static str> {
    Some(match name {
        "gross_earnings" => "Enillion gros",
        "income_tax" => "Treth Incwm",
        "national_insurance" => "Yswiriant Gwladol",
        "pension_contributions" => "Cyfraniadau pensiwn",
        "carers_allowance" => "Lwfans Gofalwr",
        "esa" => "ESA Dull Newydd",
        "scottish_carer_payments" => "Taliadau ychwanegol yr Alban i ofalwyr",
        "child_benefit" => "Budd-dal Plant",
        "high_income_child_benefit_charge" => "Tâl Treth Budd-dal Plant Incwm Uchel",
        "scottish_child_payment" => "Taliad Plant yr Alban",
        "council_tax" => "Treth y Cyngor",
        "council_tax_reduction" => "Gostyngiad Treth y Cyngor",
        "months" => "Mis wrth fis",
        "universal_credit.year" => "Credyd Cynhwysol: y flwyddyn",
        "universal_credit.award" => "Credyd Cynhwysol: y swm a delir",
        "universal_credit.standard_allowance" => "Credyd Cynhwysol: lwfans safonol",
        "universal_credit.child_element" => "Credyd Cynhwysol: elfen plentyn",
        "universal_credit.disabled_child_additions" => "Credyd Cynhwysol: symiau ychwanegol ar gyfer plentyn anabl",
        "universal_credit.lcw_element" => "Credyd Cynhwysol: elfen gallu cyfyngedig i weithio",
        "universal_credit.lcwra_element" => {
            "Credyd Cynhwysol: elfen gallu cyfyngedig i weithio a gweithgarwch sy'n gysylltiedig â gwaith"
        }
        "universal_credit.carer_element" => "Credyd Cynhwysol: elfen gofalwr",
        "universal_credit.childcare_costs_element" => "Credyd Cynhwysol: elfen costau gofal plant",
        "universal_credit.housing_costs_element" => "Credyd Cynhwysol: elfen costau tai",
        "universal_credit.lha_category" => "Credyd Cynhwysol: categori'r Lwfans Tai Lleol",
        "universal_credit.maximum_amount" => "Credyd Cynhwysol: uchafswm",
        "universal_credit.work_allowance" => "Credyd Cynhwysol: lwfans gwaith",
        "universal_credit.earnings_deduction" => "Credyd Cynhwysol: didyniad am enillion",
        "universal_credit.tariff_income" => "Credyd Cynhwysol: incwm tariff",
        "universal_credit.unearned_income" => "Credyd Cynhwysol: incwm heb ei ennill",
        "universal_credit.benefit_cap_reduction" => "Credyd Cynhwysol: gostyngiad y cap ar fudd-daliadau",
        "help_in_kind.free_school_meals" => "Help mewn nwyddau: prydau ysgol am ddim",
        "help_in_kind.nhs_costs" => "Help mewn nwyddau: costau'r GIG",
        "help_in_kind.healthy_start" => "Help mewn nwyddau: Cychwyn Iach",
        "help_in_kind.best_start_foods" => "Help mewn nwyddau: Best Start Foods",
        "help_in_kind.warm_home_discount" => "Help mewn nwyddau: Gostyngiad Cartrefi Cynnes",
        "help_in_kind.cold_weather_payment" => "Help mewn nwyddau: Taliad Tywydd Oer",
        "help_in_kind.winter_heating_payment" => "Help mewn nwyddau: Taliad Gwresogi Gaeaf",
        "help_in_kind.sure_start_maternity_grant" => "Help mewn nwyddau: Grant Mamolaeth Cychwyn Cadarn",
        "help_in_kind.pregnancy_and_baby_payment" => "Help mewn nwyddau: Taliad Beichiogrwydd a Babanod",
        "help_in_kind.broadband_social_tariff" => "Help mewn nwyddau: tariff cymdeithasol band eang",
        _ => return None,
    })
}
