//! One household, one set of rules, one answer: what each adult earns and pays, each benefit, and the household's
//! net income before and after housing, childcare and travel costs.
//!
//! The order follows the dependencies between the rules: pay and deductions first; then the benefits that depend on
//! earnings only (ESA permitted work, Carer's Allowance); then Universal Credit, which takes those as income; then the
//! benefits that depend on UC (Scottish Child Payment) and on the year's income (the High Income Child Benefit Charge);
//! then the Council Tax Reduction and, beside the cash, the help in kind.

use rust_decimal::Decimal;

use crate::engine::paydays;
use crate::input::household::{Adult, Household, Housing, Reduction};
use crate::input::{EsaStatus, Nation, PayFrequency};
use crate::law::esa::{self, PermittedWork};
use crate::law::tax::{self, income_tax, national_insurance, pension};
use crate::law::uc;
use crate::money::{Money, Rounding};
use crate::period::{self, monthly_to_weekly, Amounts, WEEKS_PER_YEAR};
use crate::report::{AdultResult, Calculation, RuleSetUsed, Totals};
use crate::rules::RuleSet;
use crate::words;
use crate::working::{Margin, Trace};
use crate::{
    law::benefit_earnings, law::carers_allowance, law::child_benefit, law::council_tax, law::ctr, law::disability,
    law::help_in_kind, law::scottish_child_payment,
};

/// What one adult's job and benefits come to, before Universal Credit.
struct AdultFigures {
    gross_annual: Money,
    pension_paid_annual: Money,
    pension_gross_annual: Money,
    ni_annual: Money,
    tax_annual: Money,
    adjusted_net_income: Money,
    esa_weekly: Money,
    permitted_work: Option<PermittedWork>,
    ca_weekly: Money,
    ca_net_earnings_weekly: Money,
    scottish_carer_payments_annual: Money,
    disability_weekly: Money,
}

impl AdultFigures {
    /// Earned income for UC (reg. 55(5)): less the income tax deducted from pay (with any on ESA or Carer's Allowance
    /// collected through the PAYE code, see `adult_figures`), Class 1 NI and the relievable pension contribution,
    /// which under relief at source is the gross contribution the scheme receives (Finance Act 2004 ss. 188 and 192),
    /// not the 80 % taken from pay.
    fn uc_earned_income_annual(&self) -> Money {
        (self.gross_annual - self.tax_annual - self.ni_annual - self.pension_gross_annual).at_least_zero()
    }
}

/// The figures without warnings and months, and with the working only when `explain` is set.
pub fn compute(household: &Household, rules: &RuleSet, explain: bool) -> Calculation {
    evaluate(household, rules, Trace::new(explain, Rounding::Legal, false)).0
}

/// What the calculation needs that does not change with anyone's hours: Universal Credit's elements and benefit cap
/// (`uc::Fixed`), Child Benefit, disability benefits, income and costs other than earnings, and thresholds the rules
/// fix. The hours curve evaluates a household at dozens of hours and works these out once (`evaluate_with`).
pub struct Fixed<'r> {
    /// Universal Credit's rules (`uc::rules_for` the period holding the date) and what of UC does not depend on hours.
    pub uc_rules: &'r RuleSet,
    uc: uc::Fixed<'r>,
    /// The year's twelve assessment periods, for the tests the law makes in each of them.
    pub months: paydays::Layout<'r>,
    child_benefit_weekly: Money,
    child_benefit_annual: Money,
    child_benefit: Amounts,
    /// Each adult's disability benefits, a week.
    adults_disability_weekly: Vec<Money>,
    children_disability: Amounts,
    other_income: Amounts,
    housing_costs: Amounts,
    /// The council tax bill, the Council Tax Reduction where it is held as given, and the days of their year.
    council_tax: Amounts,
    held_reduction: Amounts,
    days_in_year: Decimal,
    /// The childcare costs while someone works (a cost of working: none while nobody does).
    childcare_costs: Amounts,
    esa_higher_limit: Money,
    /// The childcare costs as a weekly amount, as the Carer's Allowance earnings test deducts them.
    care_costs_weekly: Money,
    /// Adjusted net income at which the personal allowance is gone (none without a taper).
    allowance_gone: Option<Money>,
    /// For the hours curve: the adult whose hours vary (`for_curve`).
    exact_for: Option<usize>,
}

impl<'r> Fixed<'r> {
    /// For `household` (whatever its hours) and `rules`, with amounts rounded as `rounding` says.
    pub fn new(household: &Household, rules: &'r RuleSet, rounding: Rounding) -> Fixed<'r> {
        let r = rounding;
        let child_benefit_weekly = child_benefit::weekly(household.children.len(), rules);
        let rent = match household.housing {
            Housing::None => Money::ZERO,
            Housing::SocialRent { rent_monthly, service_charges_monthly, .. }
            | Housing::PrivateRent { rent_monthly, service_charges_monthly, .. } => {
                rent_monthly + service_charges_monthly
            }
        };
        let first_period = period::first_period_start(household.date, household.assessment_period_day);
        let days_in_year = council_tax::days_in_year(household.date);
        // `validate` refuses a date whose period has no rules, so the fallback is for a household made otherwise.
        let uc_rules = uc::rules_for(household, rules, first_period).unwrap_or(rules);
        Fixed {
            uc_rules,
            uc: uc::Fixed::new(household, uc_rules),
            months: paydays::Layout::new(household, rules),
            child_benefit_weekly,
            child_benefit_annual: child_benefit_weekly * WEEKS_PER_YEAR,
            child_benefit: Amounts::from_weekly(child_benefit_weekly, r),
            adults_disability_weekly: household
                .adults
                .iter()
                .map(|a| disability::weekly(&a.disability_benefits, rules))
                .collect(),
            children_disability: Amounts::from_weekly(
                household.children.iter().map(|c| disability::weekly(&c.disability_benefits, rules)).sum(),
                r,
            ),
            other_income: Amounts::from_monthly(household.other_unearned_income_monthly, r),
            housing_costs: Amounts::from_monthly(rent, r),
            council_tax: Amounts::from_annual_by_days(household.council_tax.bill_annual, days_in_year, r),
            held_reduction: match household.council_tax.reduction {
                Reduction::Held(annual) => Amounts::from_annual_by_days(annual, days_in_year, r),
                _ => Amounts::ZERO,
            },
            days_in_year,
            childcare_costs: Amounts::from_monthly(household.childcare_costs_monthly, r),
            esa_higher_limit: esa::higher_limit(rules),
            care_costs_weekly: monthly_to_weekly(household.childcare_costs_monthly),
            allowance_gone: income_tax::allowance_gone(rules),
            exact_for: None,
        }
    }

    /// For the hours curve of `adult`: only their figures are exact; the others' do not move with the hours and are
    /// rounded as the point calculation rounds them, so that a partner's earnings a fraction of a penny from a limit
    /// come out on the same side of it on the curve as in the figures.
    pub fn for_curve(household: &Household, rules: &'r RuleSet, adult: usize) -> Fixed<'r> {
        Fixed { exact_for: Some(adult), ..Fixed::new(household, rules, Rounding::Exact) }
    }
}

/// The figures as `trace` asks (rounded or exact, with or without working), and the threshold margins: what the hours
/// curve evaluates. Exact figures have only their weekly column (see `Amounts`).
pub fn evaluate(household: &Household, rules: &RuleSet, trace: Trace) -> (Calculation, Vec<Margin>) {
    evaluate_with(household, rules, &Fixed::new(household, rules, trace.rounding), trace)
}

/// As `evaluate`, with `fixed` worked out before: `Fixed::new` of the same household (whatever its hours), rules and
/// rounding.
pub fn evaluate_with(
    household: &Household,
    rules: &RuleSet,
    fixed: &Fixed,
    trace: Trace,
) -> (Calculation, Vec<Margin>) {
    let mut w = trace;
    let r = w.rounding;
    let figures: Vec<AdultFigures> =
        (0..household.adults.len()).map(|i| adult_figures(household, i, fixed, rules, &mut w)).collect();

    let earned_monthly: Money =
        figures.iter().map(|f| r.apply(f.uc_earned_income_annual() / Decimal::from(12), Money::round_pence)).sum();
    let cb_weekly = fixed.child_benefit_weekly;
    if cb_weekly.is_positive() {
        w.note("child_benefit", cb_weekly, "week", &rules.child_benefit.eldest_child.source, || {
            format!(
                "{} for the eldest child + {} × {} for each other child",
                rules.child_benefit.eldest_child.money(),
                household.children.len() - 1,
                rules.child_benefit.other_child.money()
            )
        });
    }

    let income = uc::Income::new(
        earned_monthly,
        figures.iter().map(|f| f.esa_weekly),
        figures.iter().map(|f| f.ca_weekly),
        cb_weekly,
    );
    let universal_credit = uc::calculate(household, &income, &fixed.uc, fixed.uc_rules, &mut w);

    // The law tests some rules in each assessment period, with the earnings paid in it (reg. 54, 61): the benefit
    // cap's earnings exception (reg. 82(1)(a)) and whether any UC is left (reg. 17). Where a group of periods comes out
    // otherwise than the averaged month, the year is what the twelve periods add up to.
    let per_payday: Vec<Money> = household
        .adults
        .iter()
        .zip(&figures)
        .map(|(a, f)| r.apply(f.uc_earned_income_annual() / a.job.pay_frequency.periods_per_year(), Money::round_pence))
        .collect();
    let groups: Vec<uc::UniversalCredit> = fixed
        .months
        .year_of_pay
        .iter()
        .enumerate()
        .map(|(g, group)| {
            let earned = group.paydays.iter().zip(&per_payday).map(|(n, p)| *p * Decimal::from(*n)).sum();
            // Periods that UC sees as the averaged month (monthly pay) are that month.
            if earned == earned_monthly {
                return universal_credit.clone();
            }
            let income = uc::Income { earned, ..income };
            w.in_period(g as u8 + 1, |w| uc::calculate(household, &income, &fixed.uc, fixed.uc_rules, w))
        })
        .collect();
    // What the tests decide: whether the cap takes anything, and whether any UC is paid.
    let tested = |uc: &uc::UniversalCredit| (uc.benefit_cap.reduction.is_zero(), uc.award.is_zero());
    let by_periods = groups.iter().any(|g| tested(g) != tested(&universal_credit));

    let scp_weekly = scottish_child_payment::weekly(household, universal_credit.award.is_positive(), rules);
    if scp_weekly.is_positive() {
        w.note("scottish_child_payment", scp_weekly, "week", &rules.scottish_child_payment.rate.source, || {
            format!(
                "{} for each child under {} while the household gets Universal Credit",
                rules.scottish_child_payment.rate.money(),
                rules.scottish_child_payment.maximum_age.value
            )
        });
    }

    let annual_cb = fixed.child_benefit_annual;
    let top_income = figures.iter().map(|f| f.adjusted_net_income).max().unwrap_or(Money::ZERO);
    let hicbc = child_benefit::high_income_charge(top_income, annual_cb, rules, r);
    if annual_cb.is_positive() {
        for (i, f) in figures.iter().enumerate() {
            child_benefit::record_margin(i, f.adjusted_net_income, rules, &mut w);
        }
    }
    if hicbc.is_positive() {
        w.note("high_income_child_benefit_charge", hicbc, "year", &rules.child_benefit.hicbc_threshold.source, || {
            format!(
                "1 % of {annual_cb} Child Benefit for each {} of {top_income} adjusted net income above {}",
                rules.child_benefit.hicbc_income_per_percent.money(),
                rules.child_benefit.hicbc_threshold.money()
            )
        });
    }

    let adults: Vec<AdultResult> = figures
        .iter()
        .map(|f| AdultResult {
            gross_earnings: Amounts::from_annual(f.gross_annual, r),
            income_tax: Amounts::from_annual(f.tax_annual, r),
            national_insurance: Amounts::from_annual(f.ni_annual, r),
            pension_contributions: Amounts::from_annual(f.pension_paid_annual, r),
            net_earnings: Amounts::from_annual(f.gross_annual - f.tax_annual - f.ni_annual - f.pension_paid_annual, r),
            uc_earned_income: Amounts::from_annual(f.uc_earned_income_annual(), r),
            esa: Amounts::from_weekly(f.esa_weekly, r),
            esa_permitted_work: f.permitted_work,
            carers_allowance: Amounts::from_weekly(f.ca_weekly, r),
            carers_allowance_net_earnings_weekly: f.ca_net_earnings_weekly,
            scottish_carer_payments: Amounts::from_annual(f.scottish_carer_payments_annual, r),
            disability_benefits: Amounts::from_weekly(f.disability_weekly, r),
        })
        .collect();

    let sum = |f: fn(&AdultResult) -> Amounts| adults.iter().map(f).sum::<Amounts>();
    let net_earnings = sum(|a| a.net_earnings);
    // The year's UC and Scottish Child Payment (which follows it, SSI 2020/351 reg. 15): the averaged month's × 12, or
    // what the twelve periods add up to, where a test the law makes in each period does not come out the same.
    let (uc_annual, scp) = if by_periods {
        let scp_with_uc = scottish_child_payment::weekly(household, true, rules);
        let scp_month = r.apply(scp_with_uc * WEEKS_PER_YEAR / Decimal::from(12), Money::round_pence);
        let (uc, scp) =
            fixed.months.year_of_pay.iter().zip(&groups).fold((Money::ZERO, Money::ZERO), |(uc, scp), (group, g)| {
                let n = Decimal::from(group.periods);
                let scp_paid = if g.award.is_positive() { scp_month } else { Money::ZERO };
                (uc + g.award * n, scp + scp_paid * n)
            });
        (uc, Amounts::from_annual(scp, r))
    } else {
        (universal_credit.award * Decimal::from(12), Amounts::from_weekly(scp_weekly, r))
    };
    let uc_amounts = Amounts::from_annual(uc_annual, r);
    if by_periods {
        w.note("universal_credit.year", uc_annual, "year", "Universal Credit Regulations 2013 regs. 17, 54, 61 and 82(1)(a)", || {
            let failing: Vec<String> = fixed
                .months
                .year_of_pay
                .iter()
                .zip(&groups)
                .filter(|(_, g)| tested(g) != tested(&universal_credit))
                .map(|(group, g)| {
                    let paydays: usize = group.paydays.iter().sum();
                    let what = if g.award.is_zero() != universal_credit.award.is_zero() {
                        if g.award.is_zero() { "no UC is left" } else { "UC is paid" }
                    } else if g.benefit_cap.reduction.is_positive() {
                        "the benefit cap takes some of it"
                    } else {
                        "the benefit cap takes nothing"
                    };
                    format!("in the {} period(s) with {paydays} paydays {what} ({} a month)", group.periods, g.award)
                })
                .collect();
            format!(
                "the year is what the twelve assessment periods add up to, and the month their average: unlike the month with earnings averaged, {}",
                failing.join("; ")
            )
        });
    }
    let esa = sum(|a| a.esa);
    let ca = sum(|a| a.carers_allowance);
    let scottish_carer_payments = sum(|a| a.scottish_carer_payments);
    let cb = fixed.child_benefit;
    let hicbc = Amounts::from_annual(hicbc, r);
    let disability_benefits = sum(|a| a.disability_benefits) + fixed.children_disability;
    let other_income = fixed.other_income;
    let ctr_income = ctr::Income {
        take_home: net_earnings.weekly,
        pension_paid: sum(|a| a.pension_contributions).weekly,
        benefits: esa.weekly + ca.weekly,
        other: other_income.weekly,
        uc: &universal_credit,
    };
    let council_tax_reduction = council_tax_reduction(household, &ctr_income, fixed, &mut w);
    let total_net_income = net_earnings + uc_amounts + esa + ca + scottish_carer_payments + cb - hicbc
        + scp
        + disability_benefits
        + other_income
        + council_tax_reduction;

    let housing_costs = fixed.housing_costs;
    // Childcare and travel are costs of working: none while nobody works.
    let working = |a: &Adult| a.job.in_paid_work();
    let childcare_costs = if household.adults.iter().any(working) { fixed.childcare_costs } else { Amounts::ZERO };
    let travel_costs = Amounts::from_weekly(
        household.adults.iter().filter(|a| working(a)).map(|a| a.job.travel_costs_weekly).sum(),
        r,
    );
    let council_tax = fixed.council_tax;
    if household.council_tax.bill_annual.is_positive() {
        council_tax::note(&household.council_tax, &mut w);
    }
    let income_after_costs = total_net_income - housing_costs - council_tax - childcare_costs - travel_costs;
    let help_income = help_in_kind::Income {
        earned_monthly,
        uc: &universal_credit,
        uc_minimum_award: fixed.uc_rules.universal_credit.minimum_award.money(),
    };
    let help_in_kind = help_in_kind::assess(household, rules, &help_income, &mut w);
    let help_total = help_in_kind.iter().map(|h| h.value).sum();

    let totals = Totals {
        gross_earnings: sum(|a| a.gross_earnings),
        income_tax: sum(|a| a.income_tax),
        national_insurance: sum(|a| a.national_insurance),
        pension_contributions: sum(|a| a.pension_contributions),
        net_earnings,
        universal_credit: uc_amounts,
        esa,
        carers_allowance: ca,
        scottish_carer_payments,
        child_benefit: cb,
        high_income_child_benefit_charge: hicbc,
        scottish_child_payment: scp,
        disability_benefits,
        other_income,
        total_net_income,
        housing_costs,
        childcare_costs,
        travel_costs,
        council_tax,
        council_tax_reduction,
        income_after_costs,
        help_in_kind: help_total,
    };

    let (lines, margins) = w.into_parts();
    let calculation = Calculation {
        rule_set: RuleSetUsed::of(rules),
        universal_credit_rule_set: RuleSetUsed::of(fixed.uc_rules),
        adults,
        household: totals,
        universal_credit,
        help_in_kind,
        warnings: Vec::new(),
        working: lines,
        months: Vec::new(),
        universal_credit_by_periods: by_periods,
    };
    (calculation, margins)
}

/// The Council Tax Reduction: none, held as given, or worked out from the council's scheme on the week's `income`.
fn council_tax_reduction(household: &Household, income: &ctr::Income, fixed: &Fixed, w: &mut Trace) -> Amounts {
    let days = fixed.days_in_year;
    match &household.council_tax.reduction {
        Reduction::None => Amounts::ZERO,
        Reduction::Held(_) => fixed.held_reduction,
        Reduction::Scheme(scheme) => {
            let weekly = ctr::weekly(household, scheme, income, days, w.rounding, w);
            Amounts::from_annual_by_days(weekly * days / Decimal::from(7), days, w.rounding)
        }
    }
}

fn adult_figures(household: &Household, index: usize, fixed: &Fixed, rules: &RuleSet, w: &mut Trace) -> AdultFigures {
    let adult = &household.adults[index];
    let r = match fixed.exact_for {
        Some(varying) if varying != index => Rounding::Legal,
        _ => w.rounding,
    };
    let pay = tax::pay_period(adult, rules, r);
    let periods = pay.frequency.periods_per_year();
    let gross_annual = pay.annual(pay.gross);
    let pension_paid_annual = pay.annual(pay.pension_paid);
    let pension_gross_annual = pay.annual(pay.pension_gross);
    let ni_annual = pay.annual(pay.national_insurance);
    national_insurance::record_margins(index, pay.gross, pay.frequency, rules, w);
    pension::record_margins(adult, index, pay.gross, rules, w);

    let taxable_earnings = gross_annual - if pay.pension_before_tax { pension_paid_annual } else { Money::ZERO };
    // Relief-at-source contributions, grossed up, reduce adjusted net income (ITA 2007 s. 58) and extend the bands
    // (Finance Act 2004 s. 192(4)).
    let relief_at_source = if pay.pension_before_tax { Money::ZERO } else { pension_gross_annual };
    let nation = household.nation;
    let gross_weekly = gross_annual / WEEKS_PER_YEAR;
    let ni_weekly = ni_annual / WEEKS_PER_YEAR;
    let pension_weekly = pension_paid_annual / WEEKS_PER_YEAR;
    let ca_care_costs = (fixed.care_costs_weekly, &rules.carers_allowance.care_costs_max_percent);
    let no_care_costs = (Money::ZERO, &rules.carers_allowance.care_costs_max_percent);

    // Contribution-based ESA and Carer's Allowance are taxable (ITEPA 2003 s. 660 and Table A) but paid gross: the tax
    // on them is collected through the job's PAYE code (HMRC PAYE Manual PAYE12040, PAYE76055; for ESA through DWP's
    // modified PAYE with the job as the second source, PAYE77220 and PAYE77260). So the tax the payroll deducts, and
    // reports in real time, is the year's tax on the earnings and the benefits in payment together. Take-home pay,
    // UC's earned income ("amounts paid ... by way of income tax", UC Regs 2013 reg. 55(5)(b), as reported to HMRC,
    // reg. 61(2)(a)) and the ESA and Carer's Allowance earnings tests ("any amount deducted from those earnings by way
    // of income tax": ESA Regs 2013 reg. 81; SS (Computation of Earnings) Regs 1996 reg. 10(4), and R(G) 1/09: tax
    // actually deducted, not a liability) all take that one figure. The tests are made with the benefits in payment;
    // a benefit whose test fails stops, the tax is worked out again without it, and the others are tested again.
    // Each test is reported as it was last made, with the benefit in payment: once a benefit stops, the tax on it
    // goes and net earnings rise or fall, but the test that stopped it stands (a stopped ESA makes Carer's
    // Allowance and Scotland's supplements payable, whose tax can take net earnings back under the ESA limit).
    let mut esa_paid = adult.esa != EsaStatus::None;
    let mut ca_paid = adult.claims_carers_allowance;
    let mut esa_test = None;
    let mut ca_test = None;
    let (total, ca_weekly, esa_weekly, taxable_benefits) = loop {
        let esa_in_payment = if esa_paid { esa::weekly_rate(adult, rules) } else { Money::ZERO };
        let ca_in_payment = carers_allowance::weekly_award(ca_paid, Money::ZERO, esa_in_payment, rules);
        let taxable_benefits = (esa_in_payment + ca_in_payment) * WEEKS_PER_YEAR
            + carers_allowance::scottish_supplements_annual(nation, ca_in_payment, rules);
        let total_taxable = taxable_earnings + taxable_benefits;
        let total =
            income_tax::annual(total_taxable, total_taxable - relief_at_source, relief_at_source, nation, rules, r);
        let tax_weekly = total.tax / WEEKS_PER_YEAR;
        let net_weekly = |pension_deduction, care_costs| {
            benefit_earnings::weekly(
                gross_weekly,
                tax_weekly,
                ni_weekly,
                pension_weekly,
                pension_deduction,
                care_costs,
                r,
            )
        };
        let esa_earnings = net_weekly(&rules.esa.pension_deduction_percent, no_care_costs);
        let (esa_weekly, permitted_work) = match adult.esa {
            EsaStatus::None => (Money::ZERO, None),
            _ => {
                let (award, work) = esa::weekly_award(adult, esa_earnings.net, fixed.esa_higher_limit, rules);
                (if esa_paid { award } else { Money::ZERO }, Some(work))
            }
        };
        let ca = net_weekly(&rules.carers_allowance.pension_deduction_percent, ca_care_costs);
        let ca_weekly = carers_allowance::weekly_award(ca_paid, ca.net, esa_weekly, rules);
        if esa_paid || esa_test.is_none() {
            esa_test = Some((esa_earnings, permitted_work));
        }
        if ca_paid || ca_test.is_none() {
            ca_test = Some(ca);
        }
        let esa_stops = esa_paid && esa_weekly.is_zero();
        let ca_stops = ca_paid && carers_allowance::above_earnings_limit(ca.net, rules);
        if !esa_stops && !ca_stops {
            break (total, ca_weekly, esa_weekly, taxable_benefits);
        }
        esa_paid &= !esa_stops;
        ca_paid &= !ca_stops;
    };
    // Both are set on the loop's first pass.
    let (esa_earnings, permitted_work) = esa_test.expect("set on the first pass");
    let ca = ca_test.expect("set on the first pass");
    if adult.esa != EsaStatus::None {
        esa::record_margins(index, adult, &esa_earnings, fixed.esa_higher_limit, rules, w);
    }
    if adult.claims_carers_allowance {
        carers_allowance::record_margins(index, &ca, fixed.care_costs_weekly, rules, w);
    }

    let scottish_carer_payments = carers_allowance::scottish_supplements_annual(nation, ca_weekly, rules);
    let total_taxable = taxable_earnings + taxable_benefits;
    let adjusted_net_income = total_taxable - relief_at_source;
    let incomes = (total_taxable, adjusted_net_income);
    income_tax::record_margins(index, &total, incomes, fixed.allowance_gone, rules, w);
    let tax_annual = total.tax;

    let disability_weekly = fixed.adults_disability_weekly[index];

    if w.is_explaining() {
        let who = format!("adults[{index}]");
        let freq = words::en::pay_period(pay.frequency);
        w.note(&format!("{who}.gross_earnings"), pay.gross, freq, "hours × hourly wage", || {
            let weeks = match pay.frequency {
                PayFrequency::Weekly => "",
                PayFrequency::Fortnightly => " × 2 weeks",
                PayFrequency::FourWeekly => " × 4 weeks",
                PayFrequency::Monthly => " × 52 weeks / 12 months",
            };
            format!("{} hours a week × {} an hour{weeks}", adult.job.hours_per_week, adult.job.hourly_wage)
        });
        w.note(
            &format!("{who}.national_insurance"),
            pay.national_insurance,
            freq,
            &rules.national_insurance.main_rate.source,
            || {
                format!(
                    "{} % of pay between {} and {}, {} % above",
                    rules.national_insurance.main_rate.value,
                    rules.national_insurance.primary_threshold.for_period(pay.frequency),
                    rules.national_insurance.upper_earnings_limit.for_period(pay.frequency),
                    rules.national_insurance.upper_rate.value
                )
            },
        );
        w.note(
            &format!("{who}.pension_contributions"),
            pay.pension_paid,
            freq,
            &rules.pension.employee_minimum_percent.source,
            || format!("{} gross contribution, {} taken from pay", pay.pension_gross, pay.pension_paid),
        );
        w.note(&format!("{who}.income_tax"), tax_annual, "year", income_tax::source(household.nation, rules), || {
            format!(
                "tax on {} taxable income (earnings {} + taxable benefits {}) after the {} personal allowance, all deducted from pay through the PAYE code: {} a {freq} over {periods} pay periods",
                total_taxable,
                taxable_earnings,
                taxable_benefits,
                total.personal_allowance,
                (tax_annual / periods).round_pence()
            )
        });
        if let Some(work) = permitted_work {
            esa::note(index, adult, &esa_earnings, work, esa_weekly, rules, w);
        }
        if adult.claims_carers_allowance {
            let scottish = (nation == Nation::Scotland).then_some(scottish_carer_payments);
            carers_allowance::note(index, &ca, ca_weekly, esa_weekly, scottish, rules, w);
        }
    }

    AdultFigures {
        gross_annual,
        pension_paid_annual,
        pension_gross_annual,
        ni_annual,
        tax_annual,
        adjusted_net_income,
        esa_weekly,
        permitted_work,
        ca_weekly,
        ca_net_earnings_weekly: ca.net,
        scottish_carer_payments_annual: scottish_carer_payments,
        disability_weekly,
    }
}
