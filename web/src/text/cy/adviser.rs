//! The words of `components/adviser.rs` in Welsh.

use calc_core::input::{
    ChildDisability, DlaCare, DlaMobility, Nation, PayFrequency, PensionBasis, PensionRelief, PensionScheme, Sex,
    UcHealth,
};

pub const NATIONS: &[(Nation, &str)] = &[
    (Nation::England, "Lloegr"),
    (Nation::Scotland, "Yr Alban"),
    (Nation::Wales, "Cymru"),
    (Nation::NorthernIreland, "Gogledd Iwerddon"),
];
pub const HEALTH: &[(UcHealth, &str)] = &[
    (UcHealth::None, "Heb ei asesu, neu'n abl i weithio"),
    (UcHealth::Lcw, "LCW (dim elfen)"),
    (UcHealth::LcwWithElement, "LCW gyda'r elfen a gadwyd o'r cyfnod cyn Ebrill 2017"),
    (UcHealth::LcwraProtected, "LCWRA, swm wedi'i ddiogelu"),
    (UcHealth::LcwraNewClaimant, "LCWRA, hawlydd newydd o Ebrill 2026 ymlaen"),
];
pub const FREQUENCIES: &[(PayFrequency, &str)] = &[
    (PayFrequency::Weekly, "Bob wythnos"),
    (PayFrequency::Fortnightly, "Bob pythefnos"),
    (PayFrequency::FourWeekly, "Bob 4 wythnos"),
    (PayFrequency::Monthly, "Bob mis"),
];
pub const SCHEMES: &[(PensionScheme, &str)] = &[
    (PensionScheme::AutoEnrolment, "Isafswm cofrestru awtomatig"),
    (PensionScheme::Custom, "Cyfradd arall i'r cyflogai"),
    (PensionScheme::OptedOut, "Wedi optio allan"),
];
pub const BASES: &[(PensionBasis, &str)] =
    &[(PensionBasis::QualifyingEarnings, "Enillion cymhwyso"), (PensionBasis::TotalPay, "Cyfanswm y cyflog")];
pub const RELIEFS: &[(PensionRelief, &str)] =
    &[(PensionRelief::ReliefAtSource, "Rhyddhad wrth y ffynhonnell"), (PensionRelief::NetPay, "Trefniant cyflog net")];
pub const DLA_CARE: &[(DlaCare, &str)] = &[
    (DlaCare::None, "Dim"),
    (DlaCare::Lowest, "Cyfradd isaf"),
    (DlaCare::Middle, "Cyfradd ganol"),
    (DlaCare::Highest, "Cyfradd uchaf"),
];
pub const DLA_MOBILITY: &[(DlaMobility, &str)] =
    &[(DlaMobility::None, "Dim"), (DlaMobility::Lower, "Cyfradd is"), (DlaMobility::Higher, "Cyfradd uwch")];
pub const CHILD_DISABILITY: &[(ChildDisability, &str)] = &[
    (ChildDisability::None, "Dim"),
    (ChildDisability::Lower, "Cyfradd is"),
    (ChildDisability::Higher, "Cyfradd uwch"),
];
pub const SEXES: &[(Option<Sex>, &str)] =
    &[(None, "Heb ei nodi"), (Some(Sex::Female), "Merch"), (Some(Sex::Male), "Bachgen")];

// Disability benefits, for an adult or a child.
pub const PIP_DAILY_LIVING: &str = "PIP, rhan bywyd bob dydd";
pub const PIP_MOBILITY: &str = "PIP, rhan symudedd";
pub const DLA_CARE_LABEL: &str = "DLA, elfen gofal (neu Daliad Anabledd Plant)";
pub const DLA_MOBILITY_LABEL: &str = "DLA, elfen symudedd";
pub const ADP_DAILY_LIVING: &str = "Taliad Anabledd Oedolion, bywyd bob dydd (yr Alban)";
pub const ADP_MOBILITY: &str = "Taliad Anabledd Oedolion, symudedd (yr Alban)";

// An adult. The first adult's and the partner's names head their fields, and name them in the choice of whose hours
// change on the chart.
pub const YOU: &str = "Chi (yr oedolyn cyntaf)";
pub const PARTNER: &str = "Eich partner";
pub const AGE: &str = "Oed";
pub const AGE_HINT: &str = "Mewn blynyddoedd cyfan ar y dyddiad";
pub const UC_HEALTH: &str = "Gallu i weithio (Credyd Cynhwysol)";
pub const ESA_LABEL: &str = "ESA dull newydd";
pub const SUPPORTED_PERMITTED_WORK: &str = "Gwaith a ganiateir â chymorth (terfyn uwch ESA beth bynnag yw'r oriau)";
pub const CARES_35_HOURS: &str = "Yn gofalu am rywun sy'n cael budd-dal anabledd cymwys am 35 awr yr wythnos neu fwy";
pub const PREGNANT: &str = "Yn feichiog, 10 wythnos neu fwy (Cychwyn Iach, Best Start Foods)";
pub const PRESCRIPTIONS: &str = "Eitemau presgripsiwn y GIG a delir amdanynt bob mis";
pub const PRESCRIPTIONS_HINT: &str = "Lloegr: i roi gwerth ar bresgripsiynau am ddim";
pub const CARERS_ALLOWANCE: &str = "Yn hawlio Lwfans Gofalwr (Taliad Cymorth Gofalwr yn yr Alban)";
pub const HAS_JOB: &str = "Mewn swydd, neu'n ystyried un";
pub const HOURLY_PAY: &str = "Cyflog yr awr";
pub const HOURLY_PAY_HINT: &str = "Mewn punnoedd, cyn treth";
pub const HOURS_NOW: &str = "Oriau'r wythnos nawr";
pub const HOURS_NOW_HINT: &str = "0 os nad yw'n gweithio nawr; mae'r siart yn newid oriau'r oedolyn a ddewisir isod";
/// The label of the pay frequency.
pub const PAID: &str = "Pa mor aml y telir y cyflog";
pub const PAYDAY: &str = "Diwrnod cyflog";
pub const PAYDAY_HINT: &str = "BBBB-MM-DD; unrhyw un, ar gyfer y ffigurau fesul mis";
pub const TRAVEL: &str = "Teithio i'r gwaith, yr wythnos";
pub const TRAVEL_HINT: &str = "Mewn punnoedd; un o gostau gweithio";
pub const APPRENTICE: &str = "Prentis o dan 19 oed neu yn y flwyddyn gyntaf";
pub const PENSION: &str = "Pensiwn gweithle";
pub const EMPLOYEE_PERCENT: &str = "Cyfraniad y cyflogai, canran";
pub const EMPLOYEE_PERCENT_HINT: &str = "Er enghraifft 5";
/// The label of what the employee's percent is of (qualifying earnings or total pay).
pub const PERCENT_OF: &str = "Canran o";
pub const RELIEF: &str = "Rhyddhad treth";

// A child.
/// The heading of a child's fields: "Plentyn 1".
pub fn child(n: usize) -> String {
    format!("Plentyn {n}")
}
pub const DATE_OF_BIRTH: &str = "Dyddiad geni";
pub const DATE_OF_BIRTH_HINT: &str = "BBBB-MM-DD; dewisol: mae'n pennu'r oed a'r cwestiwn isod";
pub const BORN_BEFORE: &str = "Ganwyd cyn 6 Ebrill 2017";
pub const BORN_BEFORE_HINT: &str = "Mae ei angen dim ond os yw'r oed yn gweddu i'r ddau ateb";
pub const SEX: &str = "Rhyw";
pub const SEX_HINT: &str =
    "Ar gyfer yr ystafelloedd gwely a ganiateir: mae dau blentyn o'r un rhyw o dan 16 oed yn rhannu";
pub const SCHOOL_YEAR: &str = "Blwyddyn ysgol";
pub const SCHOOL_MEALS: &str =
    "Yn cael prydau ysgol am ddim nawr (yn eu cadw beth bynnag yw'r enillion tan fis Medi 2026)";
pub const TWO_CHILD_EXCEPTION: &str = "Mae eithriad i'r terfyn dau blentyn yn berthnasol";
pub const DISABLED_CHILD: &str = "Ychwanegiad plentyn anabl";
/// The button that takes a child out: "Tynnu plentyn 1".
pub fn remove_child(n: usize) -> String {
    format!("Tynnu plentyn {n}")
}

// The home.
pub const HOME: &str = "Cartref";
/// The label of the tenure.
pub const TENURE: &str = "Rhent";
pub const RENT: &str = "Rhent y mis";
pub const RENT_HINT: &str = "Mewn punnoedd, rhent cymwys";
pub const SERVICE_CHARGES: &str = "Taliadau gwasanaeth cymwys y mis";
pub const SPARE_BEDROOMS: &str = "Ystafelloedd gwely sbâr (meini prawf maint y sector cymdeithasol)";
pub const LHA: &str = "Lwfans Tai Lleol y mis";
pub const LHA_HINT: &str =
    "Ar gyfer maint ac ardal yr aelwyd; mae'r gwaith cyfrifo yn dweud pa gategori y mae'r meini prawf maint yn ei roi";
pub const ADDITIONAL_BEDROOMS: &str = "Ystafelloedd gwely ychwanegol a ganiateir";
pub const ADDITIONAL_BEDROOMS_HINT: &str = "Gofal dros nos, rhiant maeth, plentyn neu oedolyn anabl na all rannu (Rheoliadau Credyd Cynhwysol Atod. 4 para. 12)";
pub const SHARED_EXCEPTION: &str = "Eithriad i'r gyfradd llety a rennir (ymadawr gofal o dan 25 oed, hostel, MAPPA, cam-drin domestig, caethwasiaeth fodern)";
/// The age of a non-dependant: "Oedolyn arall 1 sy'n byw yma: oed".
pub fn other_adult_age(n: usize) -> String {
    format!("Oedolyn arall {n} sy'n byw yma: oed")
}
pub const OTHER_ADULT_EXEMPT: &str = "Dim cyfraniad at gostau tai ar eu cyfer";
pub const ADD_OTHER_ADULT: &str = "Ychwanegu oedolyn arall sy'n byw yma";
pub const REMOVE_OTHER_ADULT: &str = "Tynnu'r un olaf";

// The form around them.
/// The rule year chosen by the date, first in the list of rule years.
pub const IN_FORCE: &str = "Mewn grym ar y dyddiad";
pub const DATE_RULES_PLACE: &str = "Dyddiad, rheolau a lle";
pub const DATE: &str = "Dyddiad y cyfrifiad";
pub const DATE_HINT: &str = "BBBB-MM-DD; mae'n dewis y rheolau sydd mewn grym";
pub const RULE_YEAR: &str = "Blwyddyn y rheolau";
pub const NATION: &str = "Gwlad";
pub const IN_LONDON: &str = "Yn byw yn Llundain Fwyaf (cap ar fudd-daliadau)";
pub const ADD_PARTNER: &str = "Ychwanegu partner";
pub const REMOVE_PARTNER: &str = "Tynnu'r partner";
pub const WHOSE_HOURS: &str = "Oriau pwy sy'n newid ar y siart";
pub const ADD_CHILD: &str = "Ychwanegu plentyn";
pub const MONEY_AND_COSTS: &str = "Arian a chostau";
pub const CHILDCARE: &str = "Gofal plant cofrestredig y mis wrth weithio";
pub const CHILDCARE_HINT: &str = "Mewn punnoedd, cyn unrhyw help";
pub const CHILDREN_IN_CHILDCARE: &str = "Y plant y mae'r gofal plant ar eu cyfer";
pub const CHILDREN_IN_CHILDCARE_HINT: &str =
    "Mae'n dewis y cap ar yr elfen costau gofal plant. Gadewch yn wag ar gyfer pob plentyn 16 oed neu iau";
pub const SAVINGS: &str = "Cynilion a chyfalaf arall";
pub const SAVINGS_HINT: &str = "Mewn punnoedd";
pub const UNEARNED_INCOME: &str = "Incwm arall heb ei ennill, y mis";
pub const UNEARNED_INCOME_HINT: &str = "Mae Credyd Cynhwysol yn ei gyfrif yn llawn, e.e. pensiwn preifat";
pub const GRACE_PERIOD: &str = "Yn y cyfnod gras ar gyfer y cap ar fudd-daliadau";
pub const ASSESSMENT_DAY: &str = "Diwrnod o'r mis y dechreuodd y cais am Gredyd Cynhwysol";
pub const ASSESSMENT_DAY_HINT: &str =
    "1 i 31; mae pob cyfnod asesu yn dechrau arno. Gadewch yn wag i ddefnyddio diwrnod y dyddiad";
