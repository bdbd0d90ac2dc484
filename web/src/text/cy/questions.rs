//! The words of `components/questions.rs` in Welsh.

use calc_core::input::{EsaStatus, Nation, PayFrequency, SchoolYear, TwoRates, UcHealth};
use calc_core::Money;

use crate::state::{Tenure, PAGES};

/// The pages' headings, in order.
pub const TITLES: [&str; PAGES] = [
    "Amdanoch chi",
    "Eich iechyd a'ch budd-daliadau nawr",
    "Pa rai o'r rhain sy'n berthnasol i chi?",
    "Eich cartref",
    "Y swydd",
];

pub const TWO_RATES: &[(TwoRates, &str)] =
    &[(TwoRates::None, "Dim"), (TwoRates::Standard, "Cyfradd safonol"), (TwoRates::Enhanced, "Cyfradd uwch")];

pub const NATIONS: &[(Nation, &str)] =
    &[(Nation::England, "Lloegr"), (Nation::Scotland, "Yr Alban"), (Nation::Wales, "Cymru")];

pub const HEALTH: &[(UcHealth, &str)] = &[
    (UcHealth::None, "Dim asesiad, neu'n abl i weithio"),
    (UcHealth::Lcw, "Gallu cyfyngedig i weithio"),
    (
        UcHealth::LcwraProtected,
        "Gallu cyfyngedig i weithio a gweithgarwch sy'n gysylltiedig â gwaith (ers cyn Ebrill 2026)",
    ),
    (
        UcHealth::LcwraNewClaimant,
        "Gallu cyfyngedig i weithio a gweithgarwch sy'n gysylltiedig â gwaith (cais newydd o Ebrill 2026 ymlaen)",
    ),
];

pub const PAID: &[(PayFrequency, &str)] = &[
    (PayFrequency::Weekly, "Bob wythnos"),
    (PayFrequency::Fortnightly, "Bob pythefnos"),
    (PayFrequency::FourWeekly, "Bob pedair wythnos"),
    (PayFrequency::Monthly, "Bob mis"),
];

pub const ESA: &[(EsaStatus, &str)] = &[
    (EsaStatus::None, "Nac ydw"),
    (EsaStatus::AssessmentPhase, "Ydw, rwy'n aros am yr asesiad"),
    (EsaStatus::WorkRelatedActivityGroup, "Ydw, yn y grŵp gweithgarwch sy'n gysylltiedig â gwaith"),
    (EsaStatus::SupportGroup, "Ydw, yn y grŵp cymorth"),
];

pub const TENURES: &[(Tenure, &str)] = &[
    (Tenure::None, "Nac ydw"),
    (Tenure::Social, "Ydw, i gyngor neu gymdeithas dai"),
    (Tenure::Private, "Ydw, i landlord preifat"),
];

/// The school years of England and Wales, for free school meals.
pub const SCHOOL_YEARS: &[(Option<SchoolYear>, &str)] = &[
    (None, "Ddim yn gwybod"),
    (Some(SchoolYear::NotAtSchool), "Ddim yn yr ysgol"),
    (Some(SchoolYear::Reception), "Derbyn"),
    (Some(SchoolYear::Year1), "Blwyddyn 1"),
    (Some(SchoolYear::Year2), "Blwyddyn 2"),
    (Some(SchoolYear::Year3), "Blwyddyn 3"),
    (Some(SchoolYear::Year4), "Blwyddyn 4"),
    (Some(SchoolYear::Year5), "Blwyddyn 5"),
    (Some(SchoolYear::Year6), "Blwyddyn 6"),
    (Some(SchoolYear::Year7), "Blwyddyn 7"),
    (Some(SchoolYear::Year8), "Blwyddyn 8"),
    (Some(SchoolYear::Year9), "Blwyddyn 9"),
    (Some(SchoolYear::Year10), "Blwyddyn 10"),
    (Some(SchoolYear::Year11), "Blwyddyn 11"),
    (Some(SchoolYear::Year12), "Blwyddyn 12"),
    (Some(SchoolYear::Year13), "Blwyddyn 13"),
];

/// The school years of Scotland.
pub const SCOTTISH_SCHOOL_YEARS: &[(Option<SchoolYear>, &str)] = &[
    (None, "Ddim yn gwybod"),
    (Some(SchoolYear::NotAtSchool), "Ddim yn yr ysgol"),
    (Some(SchoolYear::P1), "P1"),
    (Some(SchoolYear::P2), "P2"),
    (Some(SchoolYear::P3), "P3"),
    (Some(SchoolYear::P4), "P4"),
    (Some(SchoolYear::P5), "P5"),
    (Some(SchoolYear::P6), "P6"),
    (Some(SchoolYear::P7), "P7"),
    (Some(SchoolYear::S1), "S1"),
    (Some(SchoolYear::S2), "S2"),
    (Some(SchoolYear::S3), "S3"),
    (Some(SchoolYear::S4), "S4"),
    (Some(SchoolYear::S5), "S5"),
    (Some(SchoolYear::S6), "S6"),
];

/// Whether a child was born before 6 April 2017, for the higher first-child amount and the two-child limit.
pub const BORN_BEFORE: &[(Option<bool>, &str)] = &[
    (None, "Ddim yn gwybod eto"),
    (Some(true), "Do, cyn 6 Ebrill 2017"),
    (Some(false), "Naddo, ar 6 Ebrill 2017 neu wedyn"),
];

pub const SCHOOL_YEAR_HINT: &str = "Mae prydau ysgol am ddim yn dibynnu arni";

/// The children's ages that are not numbers, after the field's name (a dash, so that it reads after any name).
pub const AGES_INVALID: &str = "– rhaid rhoi rhifau cyfan gydag atalnod rhyngddynt, fel 4, 9";

// About you.
pub const NATION_LABEL: &str = "Ble rydych chi'n byw?";
pub const AGE_LABEL: &str = "Beth yw eich oed?";
pub const IN_YEARS: &str = "Mewn blynyddoedd";
pub const PARTNER_LABEL: &str = "Rwy'n byw gyda phartner (byddem yn hawlio Credyd Cynhwysol gyda'n gilydd)";
pub const PARTNER_AGE_LABEL: &str = "Beth yw oed eich partner?";
pub const CHILDREN_LABEL: &str = "Oed y plant sy'n byw gyda chi";
pub const CHILDREN_HINT: &str =
    "Rhowch atalnod rhwng yr oedrannau, er enghraifft 4, 9. Gadewch y blwch yn wag os nad oes plant.";

pub fn born_before_label(age: i64) -> String {
    format!("A gafodd eich plentyn {age} oed ei eni cyn 6 Ebrill 2017?")
}

pub const BORN_BEFORE_HINT: &str =
    "Mae Credyd Cynhwysol yn talu mwy am blentyn hynaf a anwyd cyn hynny, ac yn cyfrif pob plentyn a anwyd cyn hynny";

pub fn school_year_label(age: i64) -> String {
    format!("Ym mha flwyddyn ysgol mae eich plentyn {age} oed?")
}

// Your health and benefits now.
pub const HEALTH_LABEL: &str = "Beth oedd canlyniad eich asesiad gallu i weithio ar gyfer Credyd Cynhwysol?";
pub const ESA_LABEL: &str = "Ydych chi'n cael Lwfans Cyflogaeth a Chymorth dull newydd?";
pub const PREGNANT_LABEL: &str = "Rwy'n feichiog (10 wythnos neu fwy)";
pub const PARTNER_PREGNANT_LABEL: &str = "Mae fy mhartner yn feichiog (10 wythnos neu fwy)";
pub const PRESCRIPTIONS_LABEL: &str = "Am faint o eitemau presgripsiwn y GIG rydych chi'n talu bob mis?";
pub const PRESCRIPTIONS_HINT: &str = "Gall presgripsiynau fod am ddim ar Gredyd Cynhwysol os yw eich cyflog yn isel, ac maen nhw'n peidio â bod am ddim wrth i'ch cyflog godi. Gadewch yn wag os nad oes rhai";

// Which of these apply to you?
pub const TOPICS_HINT: &str = "Ticiwch unrhyw rai sy'n berthnasol: mae pob un yn agor cwestiwn neu ddau.";
pub const CARING_TOPIC: &str = "Rwy'n gofalu am rywun am 35 awr yr wythnos neu fwy, ac maen nhw'n cael budd-dal anabledd (fel PIP, DLA neu Lwfans Gweini)";
pub const CARING_HINT: &str = "Mae Credyd Cynhwysol yn talu mwy i ofalwyr, ac mae terfyn enillion ar Lwfans Gofalwr";

/// The Carer's Allowance box, with its earnings limit a week.
pub fn carers_allowance_label(limit: Money) -> String {
    format!(
        "Rwy'n cael Lwfans Gofalwr (Taliad Cymorth Gofalwr yn yr Alban). Mae'n stopio mewn unrhyw wythnos pan fyddaf yn ennill mwy na {limit}"
    )
}

pub const ADP_TOPIC: &str = "Rwy'n cael Taliad Anabledd Oedolion";
pub const PIP_TOPIC: &str = "Rwy'n cael Taliad Annibyniaeth Personol (PIP)";
pub const DISABILITY_HINT: &str = "Nid yw gwaith yn effeithio arno, ac mae'n cyfrif fel rhan o'ch incwm";
pub const DAILY_LIVING_LABEL: &str = "Y rhan bywyd bob dydd";
pub const DAILY_LIVING_HINT: &str = "Mae eich llythyr dyfarnu yn dangos y gyfradd";
pub const MOBILITY_LABEL: &str = "Y rhan symudedd";
pub const CHILDCARE_TOPIC: &str = "Byddwn yn talu am ofal plant cofrestredig tra byddaf yn gweithio";
pub const CHILDCARE_HINT: &str = "Gall Credyd Cynhwysol dalu'r rhan fwyaf ohono yn ôl tra byddwch yn gweithio";
pub const CHILDCARE_LABEL: &str = "Gofal plant y mis wrth weithio";
pub const CHILDCARE_FIELD_HINT: &str = "Mewn punnoedd, cyn unrhyw help";

/// The savings box, with Universal Credit's lower capital limit.
pub fn savings_topic(lower: Money) -> String {
    format!("Mae gen i gynilion o {lower} neu fwy")
}

/// The savings box's hint, with Universal Credit's upper capital limit.
pub fn savings_hint(upper: Money) -> String {
    format!("Mae cynilion dros y swm hwnnw yn lleihau Credyd Cynhwysol, ac mae cynilion dros {upper} yn ei atal")
}

pub const SAVINGS_LABEL: &str = "Faint yw eich cynilion?";
pub const SAVINGS_HINT: &str = "Mewn punnoedd: yr holl gynilion a buddsoddiadau, eich rhai chi a rhai eich partner";
pub const PARTNER_WORK_TOPIC: &str = "Mae fy mhartner yn gweithio";
pub const PARTNER_WORK_HINT: &str = "Mae Credyd Cynhwysol yn cyfrif cyflogau cwpl gyda'i gilydd";
pub const PARTNER_PAY_LABEL: &str = "Cyflog eich partner yr awr";
pub const BEFORE_TAX: &str = "Mewn punnoedd, cyn treth";
pub const PARTNER_HOURS_LABEL: &str = "Oriau eich partner yr wythnos";
pub const TRAVEL_TOPIC: &str = "Byddai mynd i'r gwaith yn costio arian i mi (tocynnau neu danwydd)";
pub const TRAVEL_HINT: &str = "Rydym yn ei dynnu o'ch cyflog i weld a ydych chi'n well eich byd";
pub const TRAVEL_LABEL: &str = "Teithio i'r gwaith yr wythnos";
pub const IN_POUNDS: &str = "Mewn punnoedd";

// Your home.
pub const TENURE_LABEL: &str = "Ydych chi'n talu rhent?";
pub const RENT_LABEL: &str = "Rhent y mis";
pub const RENT_HINT: &str = "Mewn punnoedd, er enghraifft 650";
pub const LHA_LABEL: &str = "Lwfans Tai Lleol y mis";
pub const LHA_HINT: &str = "Gall eich cynghorydd neu'r cyngor ddweud wrthych beth yw'r ffigur hwn";
pub const COUNCIL_TAX_LABEL: &str = "Treth y Cyngor am y flwyddyn";
pub const COUNCIL_TAX_HINT: &str = "O'ch bil Treth y Cyngor, ar ôl unrhyw ddisgownt (er enghraifft am fyw ar eich pen eich hun). Gadewch yn wag os nad ydych chi'n ei thalu";
pub const REDUCTION_LABEL: &str = "Help gyda Threth y Cyngor rydych chi'n ei gael nawr, am y flwyddyn";
pub const REDUCTION_HINT: &str = "Gostyngiad Treth y Cyngor neu gymorth gyda Threth y Cyngor, fel y mae eich bil yn ei ddangos. Gadewch yn wag os nad ydych chi'n cael dim. Rydym yn ei gadw fel y mae nawr, ond fel arfer mae'n mynd i lawr wrth i chi ennill mwy";

// The job.
pub const PAY_LABEL: &str = "Cyflog yr awr";
pub const PAY_HINT: &str = "Mewn punnoedd, cyn treth, er enghraifft 12.71";
pub const HOURS_LABEL: &str = "Yr oriau rydych chi'n eu gweithio nawr";
pub const HOURS_HINT: &str = "0 os nad ydych chi'n gweithio";
pub const PAID_LABEL: &str = "Pa mor aml byddech chi'n cael eich talu?";

/// Where the client is in the questions: "Tudalen 2 o 5".
pub fn progress(page: usize, pages: usize) -> String {
    format!("Tudalen {page} o {pages}")
}

pub const SEE_ANSWER: &str = "Gweld eich ateb";
pub const CONTINUE: &str = "Parhau";
pub const BACK: &str = "Yn ôl";
