//! The stable codes of what the engine reports about thresholds: the causes of the curve's breakpoints, its stretches
//! and the warnings. The engine emits a code and its figures; the words for it come from the catalogue (`words`).

use schemars::JsonSchema;
use serde::Serialize;

crate::choices! {
/// What a breakpoint's cause, a stretch or a warning is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema)]
pub enum Code {
    /// Pay reaches the National Insurance primary threshold.
    NiPrimaryThreshold = "ni_primary_threshold",
    /// Pay reaches the National Insurance upper earnings limit.
    NiUpperEarningsLimit = "ni_upper_earnings_limit",
    /// Pay passes the automatic-enrolment earnings trigger.
    PensionAutoEnrolment = "pension_auto_enrolment",
    /// Pay passes the bottom of the pension's qualifying earnings band.
    PensionQualifyingEarningsLower = "pension_qualifying_earnings_lower",
    /// Pay passes the top of the pension's qualifying earnings band.
    PensionQualifyingEarningsUpper = "pension_qualifying_earnings_upper",
    /// Taxable income reaches the personal allowance or a tax band.
    TaxBand = "tax_band",
    /// Adjusted net income passes the point where the personal allowance starts to be withdrawn.
    PersonalAllowanceTaper = "personal_allowance_taper",
    /// The personal allowance is fully withdrawn.
    PersonalAllowanceGone = "personal_allowance_gone",
    /// Net earnings pass ESA's permitted-work lower limit.
    EsaLowerLimit = "esa_lower_limit",
    /// Net earnings pass ESA's permitted-work limit: ESA stops.
    EsaHigherLimit = "esa_higher_limit",
    /// Hours reach the limit for permitted work above the lower limit: ESA stops.
    EsaHours = "esa_hours",
    /// Net earnings pass the Carer's Allowance earnings limit: it stops.
    CarersAllowanceEarningsLimit = "carers_allowance_earnings_limit",
    /// Care costs deducted for the Carer's Allowance test reach half of net earnings.
    CareCostsCap = "care_costs_cap",
    /// Earnings pass UC's work allowance: the taper starts.
    WorkAllowance = "work_allowance",
    /// Universal Credit runs out (or starts again).
    UniversalCreditNil = "universal_credit_nil",
    /// The benefit cap starts (or stops) reducing Universal Credit.
    BenefitCapBinds = "benefit_cap_binds",
    /// Earnings reach the benefit cap's earnings exception.
    BenefitCapEarningsException = "benefit_cap_earnings_exception",
    /// The High Income Child Benefit Charge starts, at 1 %.
    HicbcStart = "hicbc_start",
    /// One 1 % step of the High Income Child Benefit Charge.
    HicbcStep = "hicbc_step",
    /// The High Income Child Benefit Charge takes all of the Child Benefit.
    HicbcFull = "hicbc_full",
    /// The run of the High Income Child Benefit Charge's steps.
    HicbcSteps = "hicbc_steps",
    /// Starting work: help that needs someone in paid work begins.
    StartingWork = "starting_work",
    /// Income passes a Council Tax Reduction scheme's applicable amount: its taper starts.
    CtrTaperStarts = "ctr_taper_starts",
    /// Without Universal Credit, earnings pass a Council Tax Reduction scheme's earnings disregard.
    CtrEarningsDisregard = "ctr_earnings_disregard",
    /// The taper takes all of the Council Tax Reduction (or leaves less than the minimum award).
    CtrEnds = "ctr_ends",
    /// Income passes the top of a band of an income-banded Council Tax Reduction scheme.
    CtrBandEdge = "ctr_band_edge",
    /// Take-home pay passes free school meals' earnings limit (with Universal Credit): they stop.
    FreeSchoolMealsEarnings = "free_school_meals_earnings",
    /// Free school meals that need Universal Credit stop with it.
    FreeSchoolMealsUniversalCredit = "free_school_meals_universal_credit",
    /// Take-home pay passes the limit for free NHS prescriptions, dental treatment and sight tests (England).
    NhsCostsEarnings = "nhs_costs_earnings",
    NhsCostsUniversalCredit = "nhs_costs_universal_credit",
    /// Take-home pay passes Healthy Start's limit.
    HealthyStartEarnings = "healthy_start_earnings",
    HealthyStartUniversalCredit = "healthy_start_universal_credit",
    /// Best Start Foods stops with Universal Credit.
    BestStartFoodsUniversalCredit = "best_start_foods_universal_credit",
    /// The Warm Home Discount stops with Universal Credit.
    WarmHomeDiscountUniversalCredit = "warm_home_discount_universal_credit",
    /// A breakpoint whose cause the engine did not name.
    Threshold = "threshold",
    /// The Council Tax Reduction is held as it is now, though the council's scheme would change it with income.
    CouncilTaxReductionHeld = "council_tax_reduction_held",
    /// The wage is below the legal minimum.
    BelowMinimumWage = "below_minimum_wage",
    /// The benefit cap takes some UC in some assessment periods and not in others.
    BenefitCapSomePeriods = "benefit_cap_some_periods",
    /// Universal Credit is paid in some assessment periods and not in others.
    UniversalCreditSomePeriods = "universal_credit_some_periods",
}
}
