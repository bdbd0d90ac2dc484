//! The engine's words in Welsh (see `words`): the same functions as `en`, each sentence translated whole. The terms
//! are those of the glossary (docs/research/issue-16/glossary-cy.md); the reader is "chi".
//!
//! Welsh changes the first letter of a word after some others (mutation), so names are not glued into fragments
//! where they would change: every name here follows a word that leaves it as it is ("mae", "ac mae"), or the sentence
//! is written out with the changed form ("ynghyd â Chredyd Cynhwysol"). A name with the article ("y Gostyngiad …")
//! joins "mae" as "mae'r" (`mae`); a list is joined with "a" or "ac" (`and_list`).

use rust_decimal::Decimal;

use crate::code::Code;
use crate::date::Date;
use crate::input::{Nation, PayFrequency};
use crate::law::help_in_kind::{Help, Lost};
use crate::money::Money;
use crate::rules::RuleSet;
use crate::threshold::Figures;
use crate::words::{capitalised, Changes, Figure, HicbcStretch, Place, Problem, Run};

/// A pay period, as it follows an amount: "£242 yr wythnos", "£1,048 y mis".
fn pay_period(frequency: PayFrequency) -> &'static str {
    match frequency {
        PayFrequency::Weekly => "yr wythnos",
        PayFrequency::Fortnightly => "bob pythefnos",
        PayFrequency::FourWeekly => "bob 4 wythnos",
        PayFrequency::Monthly => "y mis",
    }
}

/// What crossing a threshold means, `rising` (the margin going up through zero) or falling back: the effect first,
/// then why, in plain words.
pub fn cause(code: Code, f: &Figures, rising: bool) -> String {
    let per = pay_period(f.per);
    let limit = f.limit;
    match code {
        Code::NiPrimaryThreshold => {
            format!("mae Yswiriant Gwladol yn dechrau: mae'r cyflog yn mynd dros {limit} {per}")
        }
        Code::NiUpperEarningsLimit => {
            format!("dim ond {} % yw'r Yswiriant Gwladol ar y cyflog dros {limit} {per}", f.number)
        }
        Code::PensionAutoEnrolment => {
            format!("mae taliadau pensiwn gweithle yn dechrau: mae'r cyflog yn mynd dros {limit} {per}")
        }
        Code::PensionQualifyingEarningsLower => {
            format!("mae taliadau pensiwn yn dechrau ar y cyflog dros {limit} {per}")
        }
        Code::PensionQualifyingEarningsUpper => {
            format!("nid oes taliadau pensiwn ar y cyflog dros {limit} {per}")
        }
        Code::TaxBand => match (f.step, rising) {
            (0, true) => "mae Treth Incwm yn dechrau: mae'r incwm yn mynd dros y swm di-dreth".to_string(),
            (0, false) => "mae Treth Incwm yn dod i ben: mae'r incwm yn disgyn yn ôl o dan y swm di-dreth".to_string(),
            (_, true) => format!("mae Treth Incwm o {} % ar yr incwm uwchlaw hyn", f.number),
            (_, false) => {
                format!("nid oes rhagor o incwm yn cael ei drethu ar gyfradd o {} %", f.number)
            }
        },
        Code::PersonalAllowanceTaper => {
            format!("mae'r swm di-dreth yn dechrau mynd yn llai: mae'r incwm yn mynd dros {limit}")
        }
        Code::PersonalAllowanceGone => "nid oes swm di-dreth ar ôl".to_string(),
        Code::EsaLowerLimit => format!(
            "mae'r cyflog ar ôl treth yn mynd dros {limit} yr wythnos, sef y terfyn isaf ar gyfer gweithio tra \
             byddwch chi'n cael ESA"
        ),
        Code::EsaHigherLimit => format!(
            "mae ESA yn dod i ben: mae'r cyflog ar ôl treth yn mynd dros {limit} yr wythnos, sef y mwyaf y gallwch chi \
             ei ennill tra byddwch chi'n cael ESA"
        ),
        Code::EsaHours => format!(
            "mae ESA yn dod i ben: gyda chyflog dros y terfyn isaf, rhaid i chi weithio o dan {} awr yr wythnos i'w \
             gadw",
            f.number
        ),
        Code::CarersAllowanceEarningsLimit => format!(
            "mae Lwfans Gofalwr yn dod i ben: mae'r cyflog ar ôl treth yn mynd dros {limit} yr wythnos, sef y mwyaf y \
             gallwch chi ei ennill a'i gadw"
        ),
        Code::CareCostsCap => "mae'r costau gofal sy'n cael eu tynnu o'r cyflog ar gyfer Lwfans Gofalwr yn cyrraedd \
                               eu terfyn, sef hanner y cyflog ar ôl treth"
            .to_string(),
        Code::WorkAllowance => format!(
            "mae Credyd Cynhwysol yn dechrau mynd i lawr: {}c am bob £1 ychwanegol rydych chi'n ei ennill",
            f.number
        ),
        Code::UniversalCreditNil => {
            let scp = if f.with_scottish_child_payment { ", a Thaliad Plant yr Alban hefyd" } else { "" };
            if rising {
                format!("mae Credyd Cynhwysol yn dechrau eto{scp}")
            } else {
                format!("mae Credyd Cynhwysol yn dod i ben{scp}")
            }
        }
        Code::BenefitCapBinds => if rising {
            "mae'r cap ar fudd-daliadau yn dechrau cymryd rhywfaint o'r Credyd Cynhwysol"
        } else {
            "mae'r cap ar fudd-daliadau yn peidio â chymryd Credyd Cynhwysol"
        }
        .to_string(),
        Code::BenefitCapEarningsException => {
            format!("mae'r cap ar fudd-daliadau yn dod i ben: mae'r cyflog ar ôl treth yn cyrraedd {limit} y mis")
        }
        Code::HicbcStart | Code::HicbcStep | Code::HicbcFull => {
            let k = f.step;
            let what = match (code, rising) {
                (Code::HicbcStart, true) => {
                    "mae'r Tâl Treth Budd-dal Plant Incwm Uchel yn dechrau, ar 1 % o'r Budd-dal Plant".to_string()
                }
                (Code::HicbcFull, true) => {
                    "mae'r Tâl Treth Budd-dal Plant Incwm Uchel yn cymryd y Budd-dal Plant i gyd".to_string()
                }
                (_, true) => format!("mae'r Tâl Treth Budd-dal Plant Incwm Uchel yn codi i {k} % o'r Budd-dal Plant"),
                (_, false) => {
                    format!("mae'r Tâl Treth Budd-dal Plant Incwm Uchel yn gostwng i {} % o'r Budd-dal Plant", k - 1)
                }
            };
            let crosses = if rising { "cyrraedd" } else { "disgyn o dan" };
            format!("{what}: mae'r incwm yn {crosses} {limit}")
        }
        Code::CtrTaperStarts => format!(
            "mae Gostyngiad Treth y Cyngor yn dechrau mynd i lawr: {}c am bob £1 ychwanegol o incwm",
            f.number.normalize()
        ),
        Code::CtrEarningsDisregard => if rising {
            "mae Gostyngiad Treth y Cyngor yn dechrau cyfrif enillion: maen nhw'n mynd dros y swm nad yw'n ei gyfrif"
        } else {
            "mae Gostyngiad Treth y Cyngor yn peidio â chyfrif enillion: maen nhw'n disgyn yn ôl i'r swm nad yw'n ei \
             gyfrif"
        }
        .to_string(),
        Code::CtrEnds => match (limit.is_positive(), rising) {
            (true, true) => format!(
                "mae Gostyngiad Treth y Cyngor yn dod i ben: byddai o dan {limit} yr wythnos, sef y swm lleiaf y mae'r \
                 cyngor yn ei dalu"
            ),
            (false, true) => "mae Gostyngiad Treth y Cyngor yn dod i ben".to_string(),
            (_, false) => "mae Gostyngiad Treth y Cyngor yn dechrau eto".to_string(),
        },
        Code::CtrBandEdge => {
            let (from, to) = if rising { (f.before, f.number) } else { (f.number, f.before) };
            let crosses = match (rising, limit.is_zero()) {
                (true, true) => "mae gennych chi unrhyw incwm o gwbl".to_string(),
                (true, false) => format!("mae'r incwm yn mynd dros {limit} yr wythnos"),
                (false, _) => format!("mae'r incwm yn disgyn yn ôl i {limit} yr wythnos"),
            };
            format!(
                "mae Gostyngiad Treth y Cyngor yn newid o {} % i {} % o'r bil: {crosses}",
                from.normalize(),
                to.normalize()
            )
        }
        Code::FreeSchoolMealsEarnings | Code::NhsCostsEarnings | Code::HealthyStartEarnings => {
            let what = mae(help_words(code));
            if rising {
                format!("{what} yn dod i ben: mae'r tâl net yn mynd dros {limit} y mis")
            } else {
                format!("{what} yn dechrau eto: mae'r tâl net yn disgyn yn ôl i {limit} y mis")
            }
        }
        Code::FreeSchoolMealsUniversalCredit
        | Code::NhsCostsUniversalCredit
        | Code::HealthyStartUniversalCredit
        | Code::BestStartFoodsUniversalCredit
        | Code::WarmHomeDiscountUniversalCredit => {
            let what = mae(help_words(code));
            if rising {
                format!("{what} yn dechrau eto ynghyd â Chredyd Cynhwysol")
            } else {
                format!("{what} yn dod i ben ynghyd â Chredyd Cynhwysol")
            }
        }
        Code::StartingWork => {
            "gall Credyd Cynhwysol helpu gyda chostau gofal plant unwaith y byddwch chi mewn gwaith â thâl".to_string()
        }
        Code::HicbcSteps
        | Code::Threshold
        | Code::CouncilTaxReductionHeld
        | Code::BelowMinimumWage
        | Code::BenefitCapSomePeriods
        | Code::UniversalCreditSomePeriods => String::new(),
    }
}

/// The help in kind a threshold's code is about, as its cause names it.
fn help_words(code: Code) -> &'static str {
    help(match code {
        Code::FreeSchoolMealsEarnings | Code::FreeSchoolMealsUniversalCredit => Help::FreeSchoolMeals,
        Code::NhsCostsEarnings | Code::NhsCostsUniversalCredit => Help::NhsCosts,
        Code::HealthyStartEarnings | Code::HealthyStartUniversalCredit => Help::HealthyStart,
        Code::BestStartFoodsUniversalCredit => Help::BestStartFoods,
        _ => Help::WarmHomeDiscount,
    })
}

/// The help in kind as the subject of a sentence names it, with the article where it has one ("y Gostyngiad
/// Cartrefi Cynnes"): no Welsh verb changes its ending to go with it.
fn help(help: Help) -> &'static str {
    match help {
        Help::FreeSchoolMeals => "prydau ysgol am ddim",
        Help::NhsCosts => "presgripsiynau, triniaeth ddeintyddol a phrofion llygaid am ddim gan y GIG",
        Help::HealthyStart => "Cychwyn Iach",
        Help::BestStartFoods => "Bwydydd Dechrau Gorau",
        Help::WarmHomeDiscount => "y Gostyngiad Cartrefi Cynnes",
        Help::ColdWeatherPayment => "Taliadau Tywydd Oer",
        Help::WinterHeatingPayment => "y Taliad Gwresogi Gaeaf",
        Help::SureStartMaternityGrant => "y Grant Mamolaeth Cychwyn Cadarn",
        Help::PregnancyAndBabyPayment => "y Taliad Beichiogrwydd a Babanod",
        Help::BroadbandSocialTariff => "tariffau cymdeithasol band eang",
    }
}

/// "mae" and its subject, the article joined to it: "mae'r Gostyngiad Cartrefi Cynnes", "mae Cychwyn Iach". (No
/// word changes its first letter after "mae".)
fn mae(subject: &str) -> String {
    match subject.strip_prefix("y ").or_else(|| subject.strip_prefix("yr ")) {
        Some(rest) => format!("mae'r {rest}"),
        None => format!("mae {subject}"),
    }
}

/// Help named as information (no value is put on it), in plain words for the client; none for valued help.
pub fn information(help: Help, rules: &RuleSet) -> Option<String> {
    let h = &rules.help_in_kind;
    Some(match help {
        Help::ColdWeatherPayment => format!(
            "Taliadau Tywydd Oer: {} am bob wythnos o dywydd oer iawn rhwng mis Tachwedd a mis Mawrth.",
            h.cold_weather_payment.per_cold_spell.money()
        ),
        Help::WinterHeatingPayment => "Taliad Gwresogi Gaeaf: taliad unwaith bob gaeaf.".to_string(),
        Help::SureStartMaternityGrant => format!(
            "Grant Mamolaeth Cychwyn Cadarn: {} ar gyfer babi cyntaf. Gwnewch gais o 11 wythnos cyn y disgwylir y babi nes bod y babi'n 6 mis oed.",
            h.sure_start_maternity_grant.grant.money()
        ),
        Help::PregnancyAndBabyPayment => "Taliad Beichiogrwydd a Babanod y Grant Dechrau Gorau. Gwnewch gais o 24 wythnos o feichiogrwydd nes bod y babi'n 6 mis oed.".to_string(),
        Help::BroadbandSocialTariff => format!(
            "Band eang rhatach: mae gan lawer o ddarparwyr dariff cymdeithasol i bobl sy'n cael Credyd Cynhwysol, yn aml rhwng {} a {} y mis.",
            h.broadband_social_tariff.typical_from.money(),
            h.broadband_social_tariff.typical_to.money()
        ),
        Help::FreeSchoolMeals | Help::NhsCosts | Help::HealthyStart | Help::BestStartFoods | Help::WarmHomeDiscount => {
            return None
        }
    })
}

/// The help worth less, in a clause: "mae prydau ysgol am ddim yn werth £9.54 yr wythnos yn llai ac mae Cychwyn Iach
/// yn dod i ben (£4.25 yr wythnos)".
pub fn help_lost(lost: &[Lost]) -> String {
    let parts: Vec<String> = lost
        .iter()
        .map(|l| {
            let what = mae(help(l.help));
            match (l.stops, l.weekly.is_positive()) {
                (true, true) => format!("{what} yn dod i ben ({} yr wythnos)", l.weekly),
                (true, false) => format!("{what} yn dod i ben"),
                (false, _) => format!("{what} yn werth {} yr wythnos yn llai", l.weekly),
            }
        })
        .collect();
    and_list(&parts)
}

/// "a, b a c": the last joined by `and`.
fn and_list(parts: &[String]) -> String {
    match parts.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {}", rest.join(", "), and(last)),
        None => String::new(),
    }
}

/// "a" ("and") before `next`, as Welsh writes it: "ac" before a vowel and before the words that take it ("ac mae",
/// "ac felly"); "a'r" for "a" and the article ("a'r Gostyngiad"); and "a" with the aspirate mutation after it, c, p
/// and t becoming ch, ph and th ("a phrofion", "a Chredyd").
fn and(next: &str) -> String {
    /// The words "ac" goes before though they start with a consonant.
    const AC: [&str; 10] = ["mae", "mai", "mewn", "mi", "mor", "fel", "felly", "nid", "na", "nad"];
    if let Some(rest) = next.strip_prefix("y ").or_else(|| next.strip_prefix("yr ")) {
        return format!("a'r {rest}");
    }
    // (Letters compared as ASCII, and the accented vowels listed, so no Unicode case tables are needed.)
    let word: String = next.chars().take_while(char::is_ascii_alphabetic).collect::<String>().to_ascii_lowercase();
    let first = next.chars().next().map(|c| c.to_ascii_lowercase());
    let vowel = first.is_some_and(|c| "aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ".contains(c));
    if vowel || AC.contains(&word.as_str()) {
        return format!("ac {next}");
    }
    let mut letters = next.chars();
    let aspirated = match (letters.next(), letters.next()) {
        (Some(first @ ('c' | 'p' | 't' | 'C' | 'P' | 'T')), second) if second != Some('h') => {
            Some(format!("{first}h{}", &next[1..]))
        }
        _ => None,
    };
    format!("a {}", aspirated.as_deref().unwrap_or(next))
}

/// A cause in a group of assessment periods: "yn y misoedd Credyd Cynhwysol lle mae 5 diwrnod cyflog (4 o'r 12), …".
pub fn in_periods(paydays: usize, periods: u32, cause: &str) -> String {
    format!("yn y misoedd Credyd Cynhwysol lle mae {paydays} diwrnod cyflog ({periods} o'r 12), {cause}")
}

/// A stretch of the High Income Child Benefit Charge's steps, in plain words.
pub fn hicbc_stretch(s: &HicbcStretch) -> String {
    let HicbcStretch { first, last, size, per_step, .. } = *s;
    let income = |k: u8| s.threshold + size * Decimal::from(k);
    if s.rising {
        let until = if last == s.steps { ", pan fydd y Budd-dal Plant i gyd yn cael ei dalu'n ôl" } else { "" };
        format!(
            "mae'r Tâl Treth Budd-dal Plant Incwm Uchel yn mynd i fyny {per_step} y flwyddyn am bob {size} o incwm \
             ychwanegol (1 % o'r Budd-dal Plant bob tro), o {first} % ar {} i {last} % ar {}{until}",
            income(first),
            income(last)
        )
    } else {
        format!(
            "mae'r Tâl Treth Budd-dal Plant Incwm Uchel yn mynd i lawr {per_step} y flwyddyn am bob {size} yn llai o \
             incwm (1 % o'r Budd-dal Plant bob tro), o {} % wrth i'r incwm ddisgyn o dan {} i {} % o dan {}",
            first - 1,
            income(first),
            last - 1,
            income(last)
        )
    }
}

/// "Mae ESA yn mynd i lawr £95.55 yr wythnos ac mae Credyd Cynhwysol yn mynd i fyny £95.55, felly nid ydych chi'n
/// colli dim."
pub fn say_effects(changes: &Changes) -> String {
    let name = |f: Figure| match f {
        Figure::NetEarnings => "y tâl net",
        Figure::UniversalCredit => "Credyd Cynhwysol",
        Figure::Esa => "ESA",
        Figure::CarersAllowance => "Lwfans Gofalwr",
        Figure::ChildBenefit => "Budd-dal Plant",
        Figure::ScottishChildPayment => "Taliad Plant yr Alban",
        Figure::CouncilTaxReduction => "Gostyngiad Treth y Cyngor",
        Figure::TotalNetIncome => "eich incwm",
        Figure::HelpInKind => "cymorth nad yw'n arian parod",
    };
    let change = |f: Figure, d: Decimal| {
        let way = if d.is_sign_negative() { "i lawr" } else { "i fyny" };
        format!("{} yn mynd {way} {}", mae(name(f)), Money::new(d.abs()))
    };
    let mut cash: Vec<String> = changes.cash.iter().map(|&(f, d)| change(f, d)).collect();
    let mut text = String::new();
    if let Some(first) = cash.first_mut() {
        first.push_str(" yr wythnos");
        let overall = match changes.total {
            None => "nid ydych chi'n colli dim".to_string(),
            Some(total) if total.is_sign_negative() => {
                format!("mae gennych chi {} yr wythnos yn llai at ei gilydd", Money::new(-total))
            }
            Some(total) => format!("mae gennych chi {} yr wythnos yn fwy at ei gilydd", Money::new(total)),
        };
        text = format!("{}, felly {overall}.", and_list(&cash));
    }
    if let Some(help) = changes.help {
        let help = capitalised(&change(Figure::HelpInKind, help));
        text = if text.is_empty() { format!("{help} yr wythnos.") } else { format!("{text} {help} yr wythnos.") };
    }
    text
}

/// "Os ydych chi'n gweithio 16.15 awr yr wythnos neu fwy (0.15 yn fwy na'r oriau a ddewisoch), mae ESA yn dod i ben:
/// … Mae ESA yn mynd i lawr £95.55 yr wythnos, felly …".
pub fn say_breakpoint(at: Decimal, place: Place, what: &str, changes: &str) -> String {
    let when = match place {
        Place::Ahead(gap) => {
            format!("Os ydych chi'n gweithio {at} awr yr wythnos neu fwy ({gap} yn fwy na'r oriau a ddewisoch)")
        }
        Place::At => format!("Ar {at} awr yr wythnos"),
        Place::Behind(gap) => format!("Ar {at} awr yr wythnos neu fwy ({gap} yn llai na'r oriau a ddewisoch)"),
    };
    if changes.is_empty() {
        format!("{when}, {what}.")
    } else {
        format!("{when}, {what}. {changes}")
    }
}

/// "Byddech chi'n waeth eich byd nag ydych chi nawr pe baech chi'n gweithio o dan 3.5 awr yr wythnos, neu o 16 i 19.5
/// awr yr wythnos."
pub fn say_worse_off(runs: &[Run]) -> String {
    let run = |r: &Run| match *r {
        Run::Any(to) => format!("unrhyw oriau hyd at {to} awr yr wythnos"),
        Run::Under(to) => format!("o dan {to} awr yr wythnos"),
        Run::OrMore(from) => format!("{from} awr yr wythnos neu fwy"),
        Run::Between(from, to) => format!("o {from} i {to} awr yr wythnos"),
    };
    let runs: Vec<String> = runs.iter().map(run).collect();
    format!("Byddech chi'n waeth eich byd nag ydych chi nawr pe baech chi'n gweithio {}.", runs.join(", neu "))
}

/// "O 30.96 i 40.48 awr yr wythnos (…), mae Tâl Treth Budd-dal Plant Incwm Uchel yn codi …, gyda cham tua bob 0.1
/// awr. Dros yr oriau hyn, …"
pub fn say_stretch(
    from: Decimal,
    to: Decimal,
    spacing: Option<Decimal>,
    place: Place,
    what: &str,
    changes: &str,
) -> String {
    let every = spacing.map(|s| format!(", gyda cham tua bob {s} awr")).unwrap_or_default();
    let place = match place {
        Place::Ahead(gap) => format!("mae'n dechrau {gap} awr yn fwy na'r oriau a ddewisoch"),
        Place::Behind(gap) => format!("mae'n gorffen {gap} awr o dan yr oriau a ddewisoch"),
        Place::At => "mae'r oriau a ddewisoch o'i fewn".to_string(),
    };
    let effect = if changes.is_empty() { String::new() } else { format!(" Dros yr oriau hyn, {changes}") };
    format!("O {from} i {to} awr yr wythnos ({place}), {what}{every}.{effect}")
}

/// The Council Tax Reduction of `reduction` a year held as it is now.
pub fn council_tax_reduction_held(reduction: Money) -> String {
    format!(
        "Mae eich Gostyngiad Treth y Cyngor o {reduction} y flwyddyn yn cael ei gyfrif fel y mae nawr, faint bynnag o oriau rydych chi'n eu gweithio. Ond fel arfer mae'n mynd i lawr pan fyddwch chi'n ennill mwy. Gofynnwch i'r cyngor faint fyddai'r gostyngiad. Fel arall, disgwyliwch dalu mwy o Dreth y Cyngor nag a welwch chi yma."
    )
}

/// A wage below the legal minimum for the worker's age.
pub fn below_minimum_wage(wage: Money, minimum: Money, age: u8) -> String {
    format!("Mae {wage} yr awr yn llai na'r isafswm cyfreithiol o {minimum} yr awr i weithiwr {age} oed. Gwiriwch y cyflog.")
}

/// A test of the law's made in each assessment period that comes out differently in some: `code` says which, `holds`
/// whether it holds in the periods that differ (`when`, their dates), `alike` each working adult's number and the
/// hours from or up to which every period comes out alike.
pub fn some_periods(code: Code, holds: bool, when: &[(Date, Date)], alike: &[(usize, Decimal)]) -> String {
    let what = match (code, holds) {
        (Code::BenefitCapSomePeriods, true) => "mae'r cap ar fudd-daliadau yn cymryd rhywfaint o'r Credyd Cynhwysol (mae'r enillion sy'n cael eu talu yn y cyfnod yn is nag eithriad enillion y cap, rheoliad 82(1)(a) o Reoliadau Credyd Cynhwysol 2013)",
        (Code::BenefitCapSomePeriods, false) => "nid yw'r cap ar fudd-daliadau yn cymryd dim (mae'r enillion sy'n cael eu talu yn y cyfnod yn cyrraedd eithriad enillion y cap, rheoliad 82(1)(a) o Reoliadau Credyd Cynhwysol 2013)",
        (_, true) => "mae Credyd Cynhwysol yn cael ei dalu",
        (_, false) => "nid oes Credyd Cynhwysol ar ôl i'w dalu (rheoliad 17 o Reoliadau Credyd Cynhwysol 2013)",
    };
    let mut message = format!(
        "Wrth brofi pob cyfnod asesu gyda'r cyflog sy'n cyrraedd ynddo, {what} yn y cyfnodau {}, yn wahanol i fis gyda chyflog cyfartalog: Credyd Cynhwysol y flwyddyn yw cyfanswm y deuddeg cyfnod, a'r mis sy'n cael ei ddangos yw eu cyfartaledd.",
        when.iter().map(|(start, end)| format!("{start} i {end}")).collect::<Vec<_>>().join(", ")
    );
    // Every period is alike up to some hours for UC (fewer hours keep it), from some hours for the cap (more lift it).
    for (adult, at) in alike {
        let hours = if code == Code::UniversalCreditSomePeriods {
            format!("hyd at {at} awr yr wythnos")
        } else {
            format!("o {at} awr yr wythnos i fyny")
        };
        message += &format!(" Ar gyfer oedolyn {}, mae'r canlyniad yr un fath ym mhob cyfnod {hours}.", adult + 1);
    }
    message
}

/// In a country: "yng Nghymru", "yn yr Alban" (after "yn", a name changes its first letter).
fn in_nation(nation: Nation) -> &'static str {
    match nation {
        Nation::England => "yn Lloegr",
        Nation::Scotland => "yn yr Alban",
        Nation::Wales => "yng Nghymru",
        Nation::NorthernIreland => "yng Ngogledd Iwerddon",
    }
}

/// What is wrong with a field of the input: after the field's name, starting "– " ("Eich oedran – mae angen
/// ateb"), or a whole sentence. The input's own keys and values (`rule_year`, `not_at_school`) stay as they are
/// written.
pub fn problem(p: &Problem) -> String {
    match p {
        Problem::NotObject => "– rhaid rhoi gwrthrych".to_string(),
        Problem::NotTable => "– rhaid rhoi gwrthrych (tabl o werthoedd wedi'u henwi)".to_string(),
        Problem::UnknownField { key } => format!("– nid yw'r gyfrifiannell yn adnabod y maes `{key}`"),
        Problem::Missing => "– mae ar goll".to_string(),
        Problem::FieldUnreadable => "– nid oedd modd darllen un o'r meysydd".to_string(),
        Problem::NotBool => "– rhaid rhoi true neu false".to_string(),
        Problem::NotWhole => "– rhaid rhoi rhif cyfan".to_string(),
        Problem::NotNegative => "– ni all fod yn llai na 0".to_string(),
        Problem::NotString => "– rhaid rhoi testun".to_string(),
        Problem::NotNumber => "– rhaid rhoi rhif, neu destun sy'n cynnwys rhif (\"12.71\")".to_string(),
        Problem::NotANumber { text } => format!("– nid yw \"{text}\" yn rhif"),
        Problem::TooManyDigits { text } => {
            format!("– mae mwy o ddigidau yn \"{text}\" na'r 28 sy'n bosibl mewn rhif")
        }
        Problem::NotList => "– rhaid rhoi rhestr".to_string(),
        Problem::NotOneOf { names } => format!("– rhaid rhoi un o {names}"),

        Problem::Needed => "– mae angen ateb".to_string(),
        Problem::OutOfRange { value, min, max } => {
            format!("– {value} yw'r ateb, ond rhaid iddo fod o {min} i {max}")
        }
        Problem::HoursOutOfRange { hours } => {
            format!("– {hours} yw'r ateb, ond rhaid i'r oriau yr wythnos fod o 0 i 168")
        }
        Problem::MustBeFromTo { min, max } => format!("– rhaid i'r ateb fod o {min} i {max}"),
        Problem::MustBeBetween { min, max } => format!("– rhaid i'r ateb fod rhwng {min} a {max}"),
        Problem::AmountTooHigh { max } => format!("– mae'n fwy na £{max}"),
        Problem::WageTooHigh { max } => format!("– mae'n fwy na £{max} yr awr"),
        Problem::MealValueTooHigh { max } => format!("– mae'n fwy na £{max} y pryd"),

        Problem::DateNeeded => "– mae angen ateb (neu rule_year) i ddewis y rheolau sydd mewn grym".to_string(),
        Problem::PeriodBeforeRules { date, start, rule_years } => format!(
            "Dechreuodd y cyfnod asesu Credyd Cynhwysol sy'n cynnwys {date} ar {start}, ac mae'n defnyddio'r symiau \
             Credyd Cynhwysol a oedd mewn grym y diwrnod hwnnw, ond nid oes gan y gyfrifiannell y symiau hynny \
             (blynyddoedd y rheolau: {rule_years}). Rhowch ddyddiad diweddarach neu rule_year."
        ),
        Problem::DateFarFromRules { rule_year } => {
            format!("– rhaid i'r dyddiad fod o fewn can mlynedd i flwyddyn y rheolau ({rule_year})")
        }
        Problem::NationNeeded => "– mae angen ateb: england, scotland neu wales".to_string(),
        Problem::NorthernIreland => "Mae gan Ogledd Iwerddon ei rheolau budd-daliadau ei hun, ac nid yw'r \
                                     gyfrifiannell hon yn eu modelu eto."
            .to_string(),
        Problem::InLondonOutsideEngland => "– dim ond cartref yn Lloegr all fod yn Llundain".to_string(),
        Problem::NoAdults => "– mae angen un oedolyn, neu ddau ar gyfer cwpl".to_string(),
        Problem::TooManyAdults { adults } => format!(
            "– mae {adults} oedolyn; mae un hawliad ar gyfer un oedolyn neu gwpl (mae oedolion eraill yn bobl \
             annibynnol)"
        ),
        Problem::TooManyChildren { children, max } => {
            format!("– mae {children} o blant; gallwch roi {max} ar y mwyaf")
        }
        Problem::TooManyNonDependants { people, max } => {
            format!("– mae {people} o bobl; gallwch roi {max} ar y mwyaf")
        }
        Problem::PaydayFarFromDate => "– rhaid i'r dyddiad fod o fewn can mlynedd i ddyddiad y cyfrifiad".to_string(),
        Problem::ChildcareWithoutChildren => "– mae costau wedi'u rhoi, ond nid oes plant".to_string(),
        Problem::ChildcareWithNoChildInIt => "– 0 yw'r ateb, ond mae costau gofal plant wedi'u rhoi".to_string(),

        Problem::AtPensionAge { pension_age } => format!(
            "– mae hyn yn oedran Pensiwn y Wladwriaeth ({pension_age}) neu'n hŷn; nid yw'r gyfrifiannell yn \
             modelu'r rheolau ar gyfer oedran pensiwn"
        ),
        Problem::Under18 => {
            "– mae hyn o dan 18; nid yw'r gyfrifiannell yn modelu Credyd Cynhwysol i bobl ifanc 16 neu 17 oed"
                .to_string()
        }
        Problem::Student => "Nid yw'r gyfrifiannell yn modelu myfyrwyr amser llawn.".to_string(),
        Problem::SelfEmployed => {
            "Nid yw'r gyfrifiannell yn modelu hunangyflogaeth (na'r Llawr Isafswm Incwm) eto.".to_string()
        }
        Problem::CarersAllowanceWithout35Hours => "– mae angen cares_35_hours hefyd: mae Lwfans Gofalwr ar gyfer \
                                                   pobl sy'n gofalu am rywun am o leiaf 35 awr yr wythnos"
            .to_string(),
        Problem::SupportedPermittedWorkWithoutEsa => {
            "– dim ond gydag ESA Dull Newydd y mae hyn yn berthnasol (none yw esa)".to_string()
        }
        Problem::MoreThanOneDisabilityBenefit => {
            "– gallwch roi un yn unig o PIP, DLA a Thaliad Anabledd Oedolion".to_string()
        }
        Problem::AdultDisabilityPaymentOutsideScotland => {
            "– dim ond yn yr Alban y mae Taliad Anabledd Oedolion yn cael ei dalu".to_string()
        }
        Problem::PensionTooHigh => "– mae mor uchel y gallai mwy na'r cyflog i gyd gael ei dynnu, gyda Threth \
                                    Incwm ac Yswiriant Gwladol: nid yw'r gyfrifiannell yn modelu hyn"
            .to_string(),
        Problem::PercentNeededForCustomPension => {
            "– mae angen ateb ar gyfer cynllun pensiwn â'i gyfradd ei hun (custom)".to_string()
        }
        Problem::PercentOnlyForCustomPension => {
            "– mae hyn ar gyfer cynllun pensiwn â'i gyfradd ei hun (custom) yn unig".to_string()
        }

        Problem::BornAfterDate { date } => format!("– mae'r dyddiad ar ôl dyddiad y cyfrifiad ({date})"),
        Problem::BornTooLongAgo { years, date } => format!(
            "– mae'n golygu bod y plentyn yn {years} oed ar {date}; mae plentyn neu berson ifanc cymwys o dan 20 oed"
        ),
        Problem::AgeNotAsBorn { age, years, date } => {
            format!("– {age} yw'r ateb, ond mae'r dyddiad geni yn golygu bod y plentyn yn {years} oed ar {date}")
        }
        Problem::ChildTooOld { age } => format!(
            "– {age} yw'r ateb; mae plentyn neu berson ifanc cymwys o dan 20 oed (mae mab neu ferch hŷn sy'n byw \
             gartref yn berson annibynnol)"
        ),
        Problem::BornBeforeNotAsKnown { before, age, date } => {
            let when = if *before { "cyn 6 Ebrill 2017" } else { "ar 6 Ebrill 2017 neu wedyn" };
            match age {
                None => format!("– nid yw'r ateb yn cyd-fynd â'r dyddiad geni, sydd {when}"),
                Some(age) => {
                    format!("– nid yw'r ateb yn cyd-fynd: cafodd plentyn {age} oed ar {date} ei eni {when}")
                }
            }
        }
        Problem::BornBeforeNeeded { age, date } => format!(
            "– mae angen ateb: gallai plentyn {age} oed ar {date} fod wedi'i eni cyn neu ar ôl 6 Ebrill 2017 \
             (gallwch roi date_of_birth yn lle hynny)"
        ),
        Problem::ChildTooYoungForPip => {
            "– mae PIP a Thaliad Anabledd Oedolion yn dechrau yn 16 oed; mae plentyn iau yn cael DLA".to_string()
        }
        Problem::SchoolYearNotOfNation { nation } => {
            let years =
                if *nation == Nation::Scotland { "p1 i p7 neu s1 i s6" } else { "reception neu year_1 i year_13" };
            format!("– rhaid rhoi un o {years} (neu not_at_school) {}", in_nation(*nation))
        }
        Problem::SchoolYearNotForAge { age } => format!(
            "– nid yw'n addas i blentyn {age} oed: mae'n fwy na blwyddyn o'r flwyddyn ysgol arferol ar gyfer yr \
             oedran hwnnw"
        ),

        Problem::BandWithoutBill { band, nation } => {
            format!("– nid oes bil ar gyfer band {} {}", band.to_ascii_uppercase(), in_nation(*nation))
        }
        Problem::ReductionWithScheme => {
            "– gadewch y maes hwn yn wag pan fydd cynllun, gan fod y cynllun yn cyfrifo'r gostyngiad".to_string()
        }
        Problem::ReductionOverBill { bill } => format!("– mae'n fwy na'r bil o {bill}"),
        Problem::BandNeededForCap => {
            "– mae angen ateb: mae'r cynllun yn cyfyngu'r gostyngiad i fil band penodol".to_string()
        }
        Problem::AwardNeeded => "– mae angen ateb: cyfradd lleihau neu fandiau incwm".to_string(),
        Problem::ColumnsNeeded => "– mae angen o leiaf un golofn".to_string(),
        Problem::NoColumnForHousehold => "– nid oes colofn ar gyfer yr aelwyd hon".to_string(),
        Problem::BandsNeeded => "– mae angen o leiaf un band".to_string(),
        Problem::EdgesNotOnePerColumn { edges, needed, last } => match last {
            true => format!("– mae {edges} terfyn; nid oes angen yr un (nid oes terfyn uchaf i'r band olaf)"),
            false => format!("– mae {edges} terfyn; mae angen {needed}, un ar gyfer pob colofn"),
        },
        Problem::EdgeNotAbove { edge, below } => {
            format!("– {edge} yw'r ateb, ond rhaid iddo fod yn uwch na therfyn y band islaw ({below})")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::curve::HoursRun;
    use crate::words::{breakpoint, effects, set_language, stretch, worse_off, Language};

    fn d(pence: i64) -> Decimal {
        Decimal::new(pence, 2)
    }

    #[test]
    fn the_help_lost_is_listed_with_its_amount() {
        set_language(Language::Cy);
        let lost = |help, pence, stops| Lost { help, weekly: Money::new(d(pence)), stops };
        assert_eq!(
            help_lost(&[lost(Help::HealthyStart, 425, true)]),
            "mae Cychwyn Iach yn dod i ben (£4.25 yr wythnos)"
        );
        assert_eq!(
            help_lost(&[lost(Help::FreeSchoolMeals, 954, false), lost(Help::NhsCosts, 0, true)]),
            "mae prydau ysgol am ddim yn werth £9.54 yr wythnos yn llai ac mae presgripsiynau, triniaeth ddeintyddol a \
             phrofion llygaid am ddim gan y GIG yn dod i ben"
        );
        assert_eq!(
            help_lost(&[
                lost(Help::FreeSchoolMeals, 1908, true),
                lost(Help::HealthyStart, 850, true),
                lost(Help::WarmHomeDiscount, 288, true)
            ]),
            "mae prydau ysgol am ddim yn dod i ben (£19.08 yr wythnos), mae Cychwyn Iach yn dod i ben (£8.50 yr \
             wythnos) ac mae'r Gostyngiad Cartrefi Cynnes yn dod i ben (£2.88 yr wythnos)"
        );
        assert_eq!(help_lost(&[]), "");
    }

    #[test]
    fn a_list_is_joined_with_a_or_ac_and_the_mutation() {
        set_language(Language::Cy);
        let list = |parts: &[&str]| and_list(&parts.iter().map(|p| p.to_string()).collect::<Vec<_>>());
        assert_eq!(list(&["ESA"]), "ESA");
        assert_eq!(list(&["Budd-dal Plant", "ESA"]), "Budd-dal Plant ac ESA");
        assert_eq!(list(&["ESA", "Lwfans Gofalwr", "Credyd Cynhwysol"]), "ESA, Lwfans Gofalwr a Chredyd Cynhwysol");
        assert_eq!(list(&["triniaeth ddeintyddol", "profion llygaid"]), "triniaeth ddeintyddol a phrofion llygaid");
        assert_eq!(list(&["ESA", "Treth Incwm"]), "ESA a Threth Incwm");
        assert_eq!(
            list(&["Cychwyn Iach", "y Gostyngiad Cartrefi Cynnes"]),
            "Cychwyn Iach a'r Gostyngiad Cartrefi Cynnes"
        );
        assert_eq!(list(&["mae A", "mae B"]), "mae A ac mae B");
        assert_eq!(list(&["Cychwyn Iach", "Bwydydd Dechrau Gorau"]), "Cychwyn Iach a Bwydydd Dechrau Gorau");
        assert_eq!(list(&["ESA", "Chwarae Teg"]), "ESA a Chwarae Teg");
        assert_eq!(list(&[]), "");
    }

    #[test]
    fn a_cliff_is_said_effect_first_with_what_it_leaves_in_all() {
        set_language(Language::Cy);
        let esa_for_uc = [(Figure::Esa, d(-9555)), (Figure::UniversalCredit, d(9555)), (Figure::TotalNetIncome, d(0))];
        assert_eq!(
            effects(&esa_for_uc),
            "mae ESA yn mynd i lawr £95.55 yr wythnos ac mae Credyd Cynhwysol yn mynd i fyny £95.55, felly nid ydych \
             chi'n colli dim."
        );
        let pension =
            [(Figure::NetEarnings, d(-310)), (Figure::TotalNetIncome, d(-310)), (Figure::HelpInKind, d(-954))];
        assert_eq!(
            effects(&pension),
            "mae'r tâl net yn mynd i lawr £3.10 yr wythnos, felly mae gennych chi £3.10 yr wythnos yn llai at ei \
             gilydd. Mae cymorth nad yw'n arian parod yn mynd i lawr £9.54 yr wythnos."
        );
        assert_eq!(
            effects(&[(Figure::HelpInKind, d(-954))]),
            "Mae cymorth nad yw'n arian parod yn mynd i lawr £9.54 yr wythnos."
        );
        let more = [
            (Figure::ChildBenefit, d(2605)),
            (Figure::CouncilTaxReduction, d(-100)),
            (Figure::TotalNetIncome, d(2505)),
        ];
        assert_eq!(
            effects(&more),
            "mae Budd-dal Plant yn mynd i fyny £26.05 yr wythnos ac mae Gostyngiad Treth y Cyngor yn mynd i lawr \
             £1.00, felly mae gennych chi £25.05 yr wythnos yn fwy at ei gilydd."
        );
        let f = Figures { limit: Money::new(d(20350)), ..Figures::default() };
        let cause = cause(Code::EsaHigherLimit, &f, true);
        assert_eq!(
            cause,
            "mae ESA yn dod i ben: mae'r cyflog ar ôl treth yn mynd dros £203.50 yr wythnos, sef y mwyaf y gallwch chi \
             ei ennill tra byddwch chi'n cael ESA"
        );
        assert_eq!(
            breakpoint(d(1615), d(1600), &cause, &effects(&esa_for_uc)),
            "Os ydych chi'n gweithio 16.15 awr yr wythnos neu fwy (0.15 yn fwy na'r oriau a ddewisoch), mae ESA yn dod \
             i ben: mae'r cyflog ar ôl treth yn mynd dros £203.50 yr wythnos, sef y mwyaf y gallwch chi ei ennill \
             tra byddwch chi'n cael ESA. Mae ESA yn mynd i lawr £95.55 yr wythnos ac mae Credyd Cynhwysol yn mynd i \
             fyny £95.55, felly nid ydych chi'n colli dim."
        );
        let run = |from, to| HoursRun { from_hours: d(from), to_hours: d(to) };
        assert_eq!(
            worse_off(&[run(0, 350), run(1600, 1950), run(4000, 4800)], d(4800)).as_deref(),
            Some(
                "Byddech chi'n waeth eich byd nag ydych chi nawr pe baech chi'n gweithio o dan 3.5 awr yr wythnos, neu \
                 o 16 i 19.5 awr yr wythnos, neu 40 awr yr wythnos neu fwy."
            )
        );
        assert_eq!(
            worse_off(&[run(0, 4800)], d(4800)).as_deref(),
            Some("Byddech chi'n waeth eich byd nag ydych chi nawr pe baech chi'n gweithio unrhyw oriau hyd at 48 awr yr wythnos.")
        );
        assert_eq!(worse_off(&[], d(4800)), None);
        assert_eq!(
            breakpoint(d(1600), d(1800), &cause, ""),
            format!("Ar 16 awr yr wythnos neu fwy (2 yn llai na'r oriau a ddewisoch), {cause}.")
        );
        assert_eq!(
            breakpoint(d(1600), d(1600), "mae Yswiriant Gwladol yn dechrau", ""),
            "Ar 16 awr yr wythnos, mae Yswiriant Gwladol yn dechrau."
        );
    }

    #[test]
    fn the_causes_name_their_figures_in_whole_sentences() {
        set_language(Language::Cy);
        let f = |pence, per| Figures { limit: Money::new(d(pence)), per, ..Figures::default() };
        assert_eq!(
            cause(Code::NiPrimaryThreshold, &f(24200, PayFrequency::Weekly), true),
            "mae Yswiriant Gwladol yn dechrau: mae'r cyflog yn mynd dros £242.00 yr wythnos"
        );
        assert_eq!(
            cause(Code::PensionAutoEnrolment, &f(83300, PayFrequency::FourWeekly), true),
            "mae taliadau pensiwn gweithle yn dechrau: mae'r cyflog yn mynd dros £833.00 bob 4 wythnos"
        );
        let work_allowance = Figures { number: Decimal::from(55), ..Figures::default() };
        assert_eq!(
            cause(Code::WorkAllowance, &work_allowance, true),
            "mae Credyd Cynhwysol yn dechrau mynd i lawr: 55c am bob £1 ychwanegol rydych chi'n ei ennill"
        );
        let nil = Figures { with_scottish_child_payment: true, ..Figures::default() };
        assert_eq!(
            cause(Code::UniversalCreditNil, &nil, false),
            "mae Credyd Cynhwysol yn dod i ben, a Thaliad Plant yr Alban hefyd"
        );
        assert_eq!(
            cause(Code::WarmHomeDiscountUniversalCredit, &Figures::default(), false),
            "mae'r Gostyngiad Cartrefi Cynnes yn dod i ben ynghyd â Chredyd Cynhwysol"
        );
        assert_eq!(
            cause(Code::FreeSchoolMealsEarnings, &f(61667, PayFrequency::Monthly), true),
            "mae prydau ysgol am ddim yn dod i ben: mae'r tâl net yn mynd dros £616.67 y mis"
        );
        let step = Figures { limit: Money::new(d(6040000)), step: 3, ..Figures::default() };
        assert_eq!(
            cause(Code::HicbcStep, &step, false),
            "mae'r Tâl Treth Budd-dal Plant Incwm Uchel yn gostwng i 2 % o'r Budd-dal Plant: mae'r incwm yn disgyn o \
             dan £60,400.00"
        );
        assert_eq!(
            in_periods(5, 4, "mae Credyd Cynhwysol yn dod i ben"),
            "yn y misoedd Credyd Cynhwysol lle mae 5 diwrnod cyflog (4 o'r 12), mae Credyd Cynhwysol yn dod i ben"
        );
    }

    #[test]
    fn a_stretch_says_where_it_is_and_how_often_it_steps() {
        set_language(Language::Cy);
        let charge = hicbc_stretch(&HicbcStretch {
            first: 1,
            last: 100,
            steps: 100,
            rising: true,
            threshold: Money::new(d(6000000)),
            size: Money::new(d(20000)),
            per_step: Money::new(d(3268)),
        });
        assert_eq!(
            charge,
            "mae'r Tâl Treth Budd-dal Plant Incwm Uchel yn mynd i fyny £32.68 y flwyddyn am bob £200.00 o incwm \
             ychwanegol (1 % o'r Budd-dal Plant bob tro), o 1 % ar £60,200.00 i 100 % ar £80,000.00, pan fydd y \
             Budd-dal Plant i gyd yn cael ei dalu'n ôl"
        );
        let changes = effects(&[(Figure::ChildBenefit, d(-6285)), (Figure::TotalNetIncome, d(-6285))]);
        assert_eq!(
            stretch(d(3096), d(4048), 100, d(2886), "mae'r tâl yn codi", &changes),
            "O 30.96 i 40.48 awr yr wythnos (mae'n dechrau 2.1 awr yn fwy na'r oriau a ddewisoch), mae'r tâl yn codi, \
             gyda cham tua bob 0.1 awr. Dros yr oriau hyn, mae Budd-dal Plant yn mynd i lawr £62.85 yr wythnos, felly \
             mae gennych chi £62.85 yr wythnos yn llai at ei gilydd."
        );
        assert_eq!(
            stretch(d(3000), d(3500), 1, d(4000), "mae'r tâl yn codi", ""),
            "O 30 i 35 awr yr wythnos (mae'n gorffen 5 awr o dan yr oriau a ddewisoch), mae'r tâl yn codi."
        );
    }

    #[test]
    fn the_warnings_are_whole_sentences() {
        set_language(Language::Cy);
        assert_eq!(
            below_minimum_wage(Money::new(d(1000)), Money::new(d(1271)), 25),
            "Mae £10.00 yr awr yn llai na'r isafswm cyfreithiol o £12.71 yr awr i weithiwr 25 oed. Gwiriwch y cyflog."
        );
        assert!(council_tax_reduction_held(Money::new(d(52000)))
            .starts_with("Mae eich Gostyngiad Treth y Cyngor o £520.00 y flwyddyn yn cael ei gyfrif fel y mae nawr"));
        let when = [(Date::new(2026, 10, 1).unwrap(), Date::new(2026, 10, 31).unwrap())];
        assert_eq!(
            some_periods(Code::UniversalCreditSomePeriods, false, &when, &[(0, d(1250))]),
            "Wrth brofi pob cyfnod asesu gyda'r cyflog sy'n cyrraedd ynddo, nid oes Credyd Cynhwysol ar ôl i'w dalu \
             (rheoliad 17 o Reoliadau Credyd Cynhwysol 2013) yn y cyfnodau 2026-10-01 i 2026-10-31, yn wahanol i fis \
             gyda chyflog cyfartalog: Credyd Cynhwysol y flwyddyn yw cyfanswm y deuddeg cyfnod, a'r mis sy'n cael ei \
             ddangos yw eu cyfartaledd. Ar gyfer oedolyn 1, mae'r canlyniad yr un fath ym mhob cyfnod hyd at 12.50 awr \
             yr wythnos."
        );
        assert!(some_periods(Code::BenefitCapSomePeriods, true, &when, &[(1, d(2000))])
            .ends_with("Ar gyfer oedolyn 2, mae'r canlyniad yr un fath ym mhob cyfnod o 20.00 awr yr wythnos i fyny."));
    }

    #[test]
    fn a_problem_follows_the_fields_name_after_a_dash_or_is_a_whole_sentence() {
        set_language(Language::Cy);
        let date = Date::new(2026, 4, 1).unwrap();
        assert_eq!(problem(&Problem::Needed), "– mae angen ateb");
        let n = Decimal::from;
        let out_of_range = Problem::OutOfRange { value: n(15), min: n(16), max: n(120) };
        assert_eq!(problem(&out_of_range), "– 15 yw'r ateb, ond rhaid iddo fod o 16 i 120");
        assert_eq!(
            problem(&Problem::HoursOutOfRange { hours: n(200) }),
            "– 200 yw'r ateb, ond rhaid i'r oriau yr wythnos fod o 0 i 168"
        );
        assert_eq!(
            problem(&Problem::BandWithoutBill { band: "i", nation: Nation::England }),
            "– nid oes bil ar gyfer band I yn Lloegr"
        );
        assert_eq!(
            problem(&Problem::SchoolYearNotOfNation { nation: Nation::Wales }),
            "– rhaid rhoi un o reception neu year_1 i year_13 (neu not_at_school) yng Nghymru"
        );
        assert_eq!(
            problem(&Problem::BornBeforeNotAsKnown { before: false, age: Some(3), date }),
            "– nid yw'r ateb yn cyd-fynd: cafodd plentyn 3 oed ar 2026-04-01 ei eni ar 6 Ebrill 2017 neu wedyn"
        );
        assert_eq!(
            problem(&Problem::MoreThanOneDisabilityBenefit),
            "– gallwch roi un yn unig o PIP, DLA a Thaliad Anabledd Oedolion"
        );
        assert_eq!(
            problem(&Problem::NorthernIreland),
            "Mae gan Ogledd Iwerddon ei rheolau budd-daliadau ei hun, ac nid yw'r gyfrifiannell hon yn eu modelu eto."
        );
        assert_eq!(
            problem(&Problem::NotOneOf { names: "\"england\", \"scotland\"".to_string() }),
            "– rhaid rhoi un o \"england\", \"scotland\""
        );
    }

    /// Through the reader and the validation, with the language set: every message given, none in English.
    #[test]
    fn the_household_s_problems_are_in_welsh() {
        set_language(Language::Cy);
        crate::set_language(crate::Language::Cy);
        let input = serde_json::json!({ "nation": "wales", "adults": [{ "age": 15, "colour": "blue" }] });
        let read = crate::tree::read::<crate::RawHousehold, _>(&input).unwrap_err();
        let raw = serde_json::json!({ "nation": "wales", "rule_year": "2026-27", "adults": [{ "age": 200 }] });
        let household = crate::tree::read::<crate::RawHousehold, _>(&raw).unwrap();
        let validated = crate::validate(&household).unwrap_err();
        crate::set_language(crate::Language::En);
        assert_eq!(read.faults()[0].message, "– nid yw'r gyfrifiannell yn adnabod y maes `colour`");
        assert_eq!(validated.errors[0].field, "adults[0].age");
        assert_eq!(validated.errors[0].message, "– 200 yw'r ateb, ond rhaid iddo fod o 16 i 120");
    }
}
