//! The words of `components/questions.rs` in English.

use calc_core::input::{EsaStatus, Nation, PayFrequency, SchoolYear, TwoRates, UcHealth};
use calc_core::Money;

use crate::state::{Tenure, PAGES};

/// The pages' headings, in order.
pub const TITLES: [&str; PAGES] =
    ["About you", "Your health and benefits now", "Which of these apply to you?", "Your home", "The job"];

pub const TWO_RATES: &[(TwoRates, &str)] =
    &[(TwoRates::None, "None"), (TwoRates::Standard, "Standard rate"), (TwoRates::Enhanced, "Enhanced rate")];

pub const NATIONS: &[(Nation, &str)] =
    &[(Nation::England, "England"), (Nation::Scotland, "Scotland"), (Nation::Wales, "Wales")];

pub const HEALTH: &[(UcHealth, &str)] = &[
    (UcHealth::None, "No assessment, or fit for work"),
    (UcHealth::Lcw, "Limited capability for work"),
    (UcHealth::LcwraProtected, "Limited capability for work and work-related activity (from before April 2026)"),
    (UcHealth::LcwraNewClaimant, "Limited capability for work and work-related activity (new claim from April 2026)"),
];

pub const PAID: &[(PayFrequency, &str)] = &[
    (PayFrequency::Weekly, "Every week"),
    (PayFrequency::Fortnightly, "Every two weeks"),
    (PayFrequency::FourWeekly, "Every four weeks"),
    (PayFrequency::Monthly, "Every month"),
];

pub const ESA: &[(EsaStatus, &str)] = &[
    (EsaStatus::None, "No"),
    (EsaStatus::AssessmentPhase, "Yes, waiting for the assessment"),
    (EsaStatus::WorkRelatedActivityGroup, "Yes, in the work-related activity group"),
    (EsaStatus::SupportGroup, "Yes, in the support group"),
];

pub const TENURES: &[(Tenure, &str)] = &[
    (Tenure::None, "No"),
    (Tenure::Social, "Yes, to a council or housing association"),
    (Tenure::Private, "Yes, to a private landlord"),
];

/// The school years of England and Wales, for free school meals.
pub const SCHOOL_YEARS: &[(Option<SchoolYear>, &str)] = &[
    (None, "Not known"),
    (Some(SchoolYear::NotAtSchool), "Not at school"),
    (Some(SchoolYear::Reception), "Reception"),
    (Some(SchoolYear::Year1), "Year 1"),
    (Some(SchoolYear::Year2), "Year 2"),
    (Some(SchoolYear::Year3), "Year 3"),
    (Some(SchoolYear::Year4), "Year 4"),
    (Some(SchoolYear::Year5), "Year 5"),
    (Some(SchoolYear::Year6), "Year 6"),
    (Some(SchoolYear::Year7), "Year 7"),
    (Some(SchoolYear::Year8), "Year 8"),
    (Some(SchoolYear::Year9), "Year 9"),
    (Some(SchoolYear::Year10), "Year 10"),
    (Some(SchoolYear::Year11), "Year 11"),
    (Some(SchoolYear::Year12), "Year 12"),
    (Some(SchoolYear::Year13), "Year 13"),
];

/// The school years of Scotland.
pub const SCOTTISH_SCHOOL_YEARS: &[(Option<SchoolYear>, &str)] = &[
    (None, "Not known"),
    (Some(SchoolYear::NotAtSchool), "Not at school"),
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
pub const BORN_BEFORE: &[(Option<bool>, &str)] =
    &[(None, "Not known yet"), (Some(true), "Yes, before 6 April 2017"), (Some(false), "No, on 6 April 2017 or later")];

pub const SCHOOL_YEAR_HINT: &str = "Free school meals depend on it";

/// The children's ages that are not numbers, after the field's name ("The children's ages must be …").
pub const AGES_INVALID: &str = "must be whole numbers separated by commas, like 4, 9";

// About you.
pub const NATION_LABEL: &str = "Where do you live?";
pub const AGE_LABEL: &str = "How old are you?";
pub const IN_YEARS: &str = "In years";
pub const PARTNER_LABEL: &str = "I live with a partner (we would claim Universal Credit together)";
pub const PARTNER_AGE_LABEL: &str = "How old is your partner?";
pub const CHILDREN_LABEL: &str = "Ages of the children who live with you";
pub const CHILDREN_HINT: &str = "Separate ages with commas, for example 4, 9. Leave empty if none.";

pub fn born_before_label(age: i64) -> String {
    format!("Was your child aged {age} born before 6 April 2017?")
}

pub const BORN_BEFORE_HINT: &str =
    "Universal Credit pays more for an eldest child born before then, and counts every child born before then";

pub fn school_year_label(age: i64) -> String {
    format!("Which school year is your child aged {age} in?")
}

// Your health and benefits now.
pub const HEALTH_LABEL: &str = "What did your Universal Credit work capability assessment say?";
pub const ESA_LABEL: &str = "Do you get new-style Employment and Support Allowance?";
pub const PREGNANT_LABEL: &str = "I am pregnant (10 weeks or more)";
pub const PARTNER_PREGNANT_LABEL: &str = "My partner is pregnant (10 weeks or more)";
pub const PRESCRIPTIONS_LABEL: &str = "How many NHS prescription items do you pay for each month?";
pub const PRESCRIPTIONS_HINT: &str = "Prescriptions can be free on Universal Credit with low pay, and stop being free as pay goes up. Leave blank if none";

// Which of these apply to you?
pub const TOPICS_HINT: &str = "Tick any that apply: each opens a question or two.";
pub const CARING_TOPIC: &str = "I look after someone for 35 hours a week or more, and they get a disability benefit (such as PIP, DLA or Attendance Allowance)";
pub const CARING_HINT: &str = "Universal Credit pays more for carers, and Carer's Allowance has an earnings limit";

/// The Carer's Allowance box, with its earnings limit a week.
pub fn carers_allowance_label(limit: Money) -> String {
    format!(
        "I get Carer's Allowance (Carer Support Payment in Scotland). It stops in any week I earn more than {limit}"
    )
}

pub const ADP_TOPIC: &str = "I get Adult Disability Payment";
pub const PIP_TOPIC: &str = "I get Personal Independence Payment (PIP)";
pub const DISABILITY_HINT: &str = "It is not affected by work, and it counts in your income";
pub const DAILY_LIVING_LABEL: &str = "The daily living part";
pub const DAILY_LIVING_HINT: &str = "Your award letter says the rate";
pub const MOBILITY_LABEL: &str = "The mobility part";
pub const CHILDCARE_TOPIC: &str = "I would pay for registered childcare while I work";
pub const CHILDCARE_HINT: &str = "Universal Credit can pay back most of it while you work";
pub const CHILDCARE_LABEL: &str = "Childcare a month while working";
pub const CHILDCARE_FIELD_HINT: &str = "In pounds, before any help";

/// The savings box, with Universal Credit's lower capital limit.
pub fn savings_topic(lower: Money) -> String {
    format!("I have savings of {lower} or more")
}

/// The savings box's hint, with Universal Credit's upper capital limit.
pub fn savings_hint(upper: Money) -> String {
    format!("Savings above that lower Universal Credit, and above {upper} stop it")
}

pub const SAVINGS_LABEL: &str = "How much are your savings?";
pub const SAVINGS_HINT: &str = "In pounds: all savings and investments, yours and your partner's";
pub const PARTNER_WORK_TOPIC: &str = "My partner works";
pub const PARTNER_WORK_HINT: &str = "Universal Credit counts a couple's pay together";
pub const PARTNER_PAY_LABEL: &str = "Your partner's hourly pay";
pub const BEFORE_TAX: &str = "In pounds, before tax";
pub const PARTNER_HOURS_LABEL: &str = "Your partner's hours a week";
pub const TRAVEL_TOPIC: &str = "Getting to work would cost me money (fares or fuel)";
pub const TRAVEL_HINT: &str = "We take it off your pay to see if you are better off";
pub const TRAVEL_LABEL: &str = "Travel to work a week";
pub const IN_POUNDS: &str = "In pounds";

// Your home.
pub const TENURE_LABEL: &str = "Do you pay rent?";
pub const RENT_LABEL: &str = "Rent a month";
pub const RENT_HINT: &str = "In pounds, for example 650";
pub const LHA_LABEL: &str = "Local housing allowance a month";
pub const LHA_HINT: &str = "Your adviser or the council can tell you this figure";
pub const COUNCIL_TAX_LABEL: &str = "Council tax for the year";
pub const COUNCIL_TAX_HINT: &str =
    "From your council tax bill, after any discount (for example for living alone). Leave blank if you do not pay it";
pub const REDUCTION_LABEL: &str = "Help with council tax you get now, for the year";
pub const REDUCTION_HINT: &str = "Council Tax Reduction or council tax support, as your bill shows it. Leave blank if you get none. We keep it as it is now, but it usually goes down as you earn more";

// The job.
pub const PAY_LABEL: &str = "Hourly pay";
pub const PAY_HINT: &str = "In pounds, before tax, for example 12.71";
pub const HOURS_LABEL: &str = "Hours you work now";
pub const HOURS_HINT: &str = "0 if you are not working";
pub const PAID_LABEL: &str = "How often would you be paid?";

/// Where the client is in the questions: "Page 2 of 5".
pub fn progress(page: usize, pages: usize) -> String {
    format!("Page {page} of {pages}")
}

pub const SEE_ANSWER: &str = "See your answer";
pub const CONTINUE: &str = "Continue";
pub const BACK: &str = "Back";
