// The inputs and outputs, generated from the Rust types by tests/typescript.rs: do not edit. Money and other
// decimals are strings in results ("12.71"); inputs take a string or a number.

export type AdultResult = {
  carers_allowance: Amounts;
  /**
   * Weekly net earnings as Carer's Allowance counts them (after tax, NI, half the pension and care costs), in the
   * test that decided it: made with the allowance in payment.
   */
  carers_allowance_net_earnings_weekly: Money;
  disability_benefits: Amounts;
  esa: Amounts;
  /**
   * Which permitted-work rule the work comes under; absent without ESA.
   */
  esa_permitted_work?: PermittedWork | null;
  gross_earnings: Amounts;
  income_tax: Amounts;
  national_insurance: Amounts;
  net_earnings: Amounts;
  /**
   * What comes out of pay for the workplace pension.
   */
  pension_contributions: Amounts;
  /**
   * Scotland's payments on top of Carer's Allowance or Carer Support Payment: the Carer's Allowance Supplement
   * (twice a year, to 2025-26) and the weekly Scottish Carer Supplement (from 15 March 2026). Taxable; not income
   * for Universal Credit. The year's total over 12 months or 52 weeks; `months` shows the supplements in the
   * periods they are paid in.
   */
  scottish_carer_payments: Amounts;
  /**
   * Earnings as Universal Credit counts them: gross pay less the income tax deducted from it (with any tax on ESA
   * or Carer's Allowance collected through the PAYE code), Class 1 NI and the pension contribution the scheme
   * receives (UC Regs 2013 reg. 55(5)).
   */
  uc_earned_income: Amounts;
};

/**
 * One figure over the three periods a reader may want.
 */
export type Amounts = {
  annual: Money;
  monthly: Money;
  weekly: Money;
};

/**
 * One assessment period: its dates, its paydays, and what the household has for it.
 */
export type AssessmentPeriod = {
  /**
   * What the benefit cap takes from the period's UC (reg. 81): the earnings exception is tested in each period.
   */
  benefit_cap_reduction: Money;
  /**
   * The earnings UC counts for the period: what was paid in it, less income tax, NI and the pension contribution.
   */
  earned_income: Money;
  /**
   * How far the earned income is above the point where UC stops (none while UC is due). Earnings far enough above
   * it are carried into the next period as surplus earnings (reg. 54A), which is not modelled: the periods after
   * one with a figure here may have less UC than shown.
   */
  earnings_above_nil_point: Money;
  /**
   * The period's last day.
   */
  end: Date;
  /**
   * After housing, childcare and travel costs, as a month in the main calculation.
   */
  income_after_costs: Money;
  /**
   * The take-home pay paid in the period.
   */
  net_earnings: Money;
  /**
   * Every other benefit and income, the main calculation's monthly figures (less the High Income Child Benefit
   * Charge), with a Carer's Allowance Supplement in the period it is paid in.
   */
  other_income: Money;
  /**
   * The paydays in the period, for each adult (none for an adult not working).
   */
  paydays: Date[][];
  /**
   * The rule year whose Universal Credit amounts the period takes: the one in force on its first day, where the
   * rules were picked by the date.
   */
  rule_year: string;
  /**
   * False where the period begins after the last rule year the calculator has: it then takes that year's amounts,
   * and next year's may differ.
   */
  rules_known: boolean;
  scottish_child_payment: Money;
  start: Date;
  total_net_income: Money;
  universal_credit: Money;
};

/**
 * A council tax valuation band (Local Government Finance Act 1992 s. 5; band I in Wales only).
 */
export type Band = "a" | "b" | "c" | "d" | "e" | "f" | "g" | "h" | "i";

export type BandHousehold = "single" | "couple" | "lone_parent" | "couple_with_children" | "any" | "with_children";

/**
 * The income an income-banded scheme bands.
 */
export type BandedIncome = "earnings" | "earnings_and_universal_credit" | "all_income";

export type BenefitCap = {
  couple_or_parent_in_london: ParamPerYear;
  couple_or_parent_outside_london: ParamPerYear;
  /**
   * The published monthly figure, checked in a test against the one the engine works out.
   */
  earnings_exception: ParamPerMonth;
  /**
   * The earnings exception is this many hours a week at the National Living Wage, as a monthly amount.
   */
  earnings_exception_hours: ParamHoursPerWeek;
  single_in_london: ParamPerYear;
  single_outside_london: ParamPerYear;
};

export type BenefitCapWorking = {
  cap: Money;
  /**
   * Why the cap does not apply, if it does not, in the rule's words.
   */
  exemption?: string | null;
  /**
   * Which exemption that is.
   */
  exemption_code?: Exemption | null;
  reduction: Money;
  /**
   * UC before the cap plus the other welfare benefits that count.
   */
  total_benefits: Money;
};

export type BestStartFoods = {
  maximum_age: ParamYears;
  weekly_value: ParamPerWeek;
  weekly_value_under_one: ParamPerWeek;
};

/**
 * What net income does at a breakpoint.
 */
export type BreakKind = "cliff" | "kink";

export type Breakpoint = {
  causes: Cause[];
  direction: Direction;
  hours: string | number;
  /**
   * The change in each weekly figure across the breakpoint (zero for a kink).
   */
  jump: Components;
  kind: BreakKind;
  /**
   * `help_in_kind` where only the help in kind changes (a cliff): `kind` and `direction` are then the help's. Where
   * the cash changes too, they are the cash's, and the help's change is in `jump.help_in_kind`.
   */
  layer: Layer;
  marginal_deduction_rate_after?: string | number | null;
  marginal_deduction_rate_before?: string | number | null;
};

/**
 * What providers charge for broadband social tariffs: information, not valued (no national figure).
 */
export type BroadbandSocialTariff = {
  typical_from: ParamPerMonth;
  typical_to: ParamPerMonth;
};

export type Calculation = {
  adults: AdultResult[];
  /**
   * Help that is not cash (free school meals, health costs, food payments, the Warm Home Discount): each kind the
   * household could have, whether it has it and what it is worth. Never part of the cash figures.
   */
  help_in_kind: HelpItem[];
  household: Totals;
  /**
   * The year's twelve assessment periods with the paydays in each and what UC pays for each (`months`).
   */
  months: AssessmentPeriod[];
  rule_set: RuleSetUsed;
  universal_credit: UniversalCredit;
  /**
   * True where the year's Universal Credit (and Scottish Child Payment) is what the twelve assessment periods add up
   * to, because a test the law makes in each period (the benefit cap's earnings exception, whether any UC is left)
   * does not come out in all of them as in the averaged month: the month shown is then their average. False where
   * the year is twelve times the averaged month, which `universal_credit` works out.
   */
  universal_credit_by_periods: boolean;
  /**
   * The rule set Universal Credit takes: the one in force on the first day of the assessment period that holds the
   * date (the year before's where that period began before the April up-rating), when the rules are picked by date.
   */
  universal_credit_rule_set: RuleSetUsed;
  warnings: Warning[];
  /**
   * How each figure was worked out, with its legal reference.
   */
  working: Line[];
};

export type CarersAllowance = {
  /**
   * Care costs deducted from earnings are capped at this share of net earnings.
   */
  care_costs_max_percent: ParamPercent;
  caring_hours: ParamHoursPerWeek;
  earnings_limit: ParamPerWeek;
  /**
   * The share of pension contributions deducted from earnings.
   */
  pension_deduction_percent: ParamPercent;
  rate: ParamPerWeek;
  /**
   * Scottish Carer Supplement, paid with Carer Support Payment from 15 March 2026.
   */
  scottish_carer_supplement: ParamPerWeek;
  /**
   * Carer's Allowance Supplement in Scotland, the payment for April to September (`effective`: its payday).
   */
  scottish_supplement_summer: ParamLump;
  /**
   * The payment for October to March (`effective`: its payday).
   */
  scottish_supplement_winter: ParamLump;
};

export type Cause = {
  /**
   * The adult the threshold concerns; absent for the household's Universal Credit and benefit cap.
   */
  adult?: number | null;
  code: Code;
  /**
   * What happens, in plain words.
   */
  description: string;
  /**
   * The legislation that sets the threshold.
   */
  rule: string;
};

export type ChildBenefit = {
  eldest_child: ParamPerWeek;
  /**
   * One percent of the Child Benefit is charged for each this many pounds of income above the threshold.
   */
  hicbc_income_per_percent: ParamLump;
  hicbc_threshold: ParamPerYear;
  other_child: ParamPerWeek;
};

export type ChildDisability = "none" | "lower" | "higher";

/**
 * What a breakpoint's cause, a stretch or a warning is about.
 */
export type Code = "nhs_costs_universal_credit" | "healthy_start_universal_credit" | "ni_primary_threshold" | "ni_upper_earnings_limit" | "pension_auto_enrolment" | "pension_qualifying_earnings_lower" | "pension_qualifying_earnings_upper" | "tax_band" | "personal_allowance_taper" | "personal_allowance_gone" | "esa_lower_limit" | "esa_higher_limit" | "esa_hours" | "carers_allowance_earnings_limit" | "care_costs_cap" | "work_allowance" | "universal_credit_nil" | "benefit_cap_binds" | "benefit_cap_earnings_exception" | "hicbc_start" | "hicbc_step" | "hicbc_full" | "hicbc_steps" | "starting_work" | "ctr_taper_starts" | "ctr_earnings_disregard" | "ctr_ends" | "ctr_band_edge" | "free_school_meals_earnings" | "free_school_meals_universal_credit" | "nhs_costs_earnings" | "healthy_start_earnings" | "best_start_foods_universal_credit" | "warm_home_discount_universal_credit" | "threshold" | "council_tax_reduction_held" | "below_minimum_wage" | "benefit_cap_some_periods" | "universal_credit_some_periods";

/**
 * England and Wales, for each 7-day cold spell: information, not valued (the number of spells is the weather's).
 */
export type ColdWeatherPayment = {
  per_cold_spell: ParamLump;
};

/**
 * Weekly figures of the household at some hours, or their change per extra hour.
 */
export type Components = {
  /**
   * Carer's Allowance or Carer Support Payment, with Scotland's supplements to it, which stop with it.
   */
  carers_allowance: string | number;
  /**
   * Child Benefit less the High Income Child Benefit Charge.
   */
  child_benefit: string | number;
  council_tax_reduction: string | number;
  disability_benefits: string | number;
  esa: string | number;
  gross_earnings: string | number;
  /**
   * What the help in kind is worth: beside the cash, not in it.
   */
  help_in_kind: string | number;
  /**
   * After housing, council tax, childcare and travel costs.
   */
  income_after_costs: string | number;
  income_tax: string | number;
  national_insurance: string | number;
  net_earnings: string | number;
  other_income: string | number;
  pension_contributions: string | number;
  scottish_child_payment: string | number;
  total_net_income: string | number;
  universal_credit: string | number;
};

export type Curve = {
  /**
   * The adult whose hours vary (others keep their hours).
   */
  adult: number;
  breakpoints: Breakpoint[];
  hourly_wage: Money;
  max_hours: string | number;
  /**
   * The weekly figures at exactly zero hours (not working).
   */
  not_working: Components;
  pieces: Piece[];
  /**
   * Runs of small equal cliffs, each named once: the 1 % steps of the High Income Child Benefit Charge. Each step
   * is also in `breakpoints`, with its own jump.
   */
  stretches: Stretch[];
};

/**
 * What the hours curve is for: which adult's hours vary, up to how many, and the hours chosen.
 */
export type CurveOptions = {
  /**
   * The adult whose hours vary (0 or 1); the other keeps their hours.
   */
  adult?: number;
  /**
   * The hours a week to describe (default: the hours in the household).
   */
  hours?: string | number | null;
  /**
   * The most hours a week to draw (default 48, or more to reach the chosen hours).
   */
  max_hours?: string | number | null;
};

/**
 * The hours curve and the outlook at the chosen hours.
 */
export type CurveResult = {
  curve: Curve;
  outlook: Outlook;
  rule_set: RuleSetUsed;
};

/**
 * A calendar date, YYYY-MM-DD.
 */
export type Date = string;

/**
 * Which way a breakpoint goes for the household.
 */
export type Direction = "loss" | "gain" | "neutral";

export type DisabilityBenefits = {
  adp_daily_living_enhanced: ParamPerWeek;
  adp_daily_living_standard: ParamPerWeek;
  adp_mobility_enhanced: ParamPerWeek;
  adp_mobility_standard: ParamPerWeek;
  dla_care_highest: ParamPerWeek;
  dla_care_lowest: ParamPerWeek;
  dla_care_middle: ParamPerWeek;
  dla_mobility_higher: ParamPerWeek;
  dla_mobility_lower: ParamPerWeek;
  pip_daily_living_enhanced: ParamPerWeek;
  pip_daily_living_standard: ParamPerWeek;
  pip_mobility_enhanced: ParamPerWeek;
  pip_mobility_standard: ParamPerWeek;
};

export type DlaCare = "none" | "lowest" | "middle" | "highest";

export type DlaMobility = "none" | "lower" | "higher";

/**
 * New-style Employment and Support Allowance.
 */
export type Esa = {
  assessment_rate_25_or_over: ParamPerWeek;
  assessment_rate_under_25: ParamPerWeek;
  main_phase_rate: ParamPerWeek;
  /**
   * The share of pension contributions deducted from earnings for permitted work.
   */
  pension_deduction_percent: ParamPercent;
  /**
   * The published weekly figure, checked in a test against the one the engine works out.
   */
  permitted_work_higher_limit: ParamPerWeek;
  /**
   * The higher limit is this many hours at the National Living Wage, rounded up to the next 50p.
   */
  permitted_work_higher_limit_hours: ParamHoursPerWeek;
  /**
   * Permitted work under the higher limit must be for fewer than this many hours a week.
   */
  permitted_work_hours: ParamHoursPerWeek;
  permitted_work_lower_limit: ParamPerWeek;
  support_component: ParamPerWeek;
};

export type EsaStatus = "none" | "support_group" | "assessment_phase" | "work_related_activity_group";

/**
 * An exemption from the cap (regs. 82 and 83).
 */
export type Exemption = "earnings" | "grace_period" | "limited_capability" | "carer" | "disability_benefit";

export type FreeSchoolMeals = {
  /**
   * Universal Credit's earnings test in England and in Wales: earned income in the last assessment period at
   * most this (or over the last two or three, twice or three times it: £7,400 a year).
   */
  earnings_limit_england: ParamPerMonth;
  /**
   * Scotland's: earned income in the assessment period before the claim at most this.
   */
  earnings_limit_scotland: ParamPerMonth;
  earnings_limit_wales: ParamPerMonth;
  /**
   * From its effective date, every child at school in England whose household gets Universal Credit, with no
   * earnings test.
   */
  england_every_universal_credit_household: Switch;
  /**
   * In England, a pupil who has free school meals keeps them whatever the earnings (transitional protection),
   * until `england_every_universal_credit_household` takes effect and the protections end.
   */
  england_protection: Switch;
  /**
   * What a school lunch is worth, where the household gives no value of its own.
   */
  meal_value_england: ParamLump;
  meal_value_scotland: ParamLump;
  meal_value_wales: ParamLump;
  /**
   * School days in a school year.
   */
  school_days: ParamDays;
};

export type HealthyStart = {
  /**
   * The family's take-home pay a month at most this, with Universal Credit.
   */
  earnings_limit: ParamPerMonth;
  maximum_age: ParamYears;
  /**
   * For each pregnancy and each child from one to under `maximum_age`.
   */
  weekly_value: ParamPerWeek;
  weekly_value_under_one: ParamPerWeek;
};

/**
 * A kind of help in kind.
 */
export type Help = "free_school_meals" | "healthy_start" | "best_start_foods" | "warm_home_discount" | "nhs_costs" | "cold_weather_payment" | "winter_heating_payment" | "sure_start_maternity_grant" | "pregnancy_and_baby_payment" | "broadband_social_tariff";

/**
 * Help that is not cash and that earnings or Universal Credit decide (`law::help_in_kind`).
 */
export type HelpInKind = {
  best_start_foods: BestStartFoods;
  broadband_social_tariff: BroadbandSocialTariff;
  cold_weather_payment: ColdWeatherPayment;
  free_school_meals: FreeSchoolMeals;
  healthy_start: HealthyStart;
  nhs_costs: NhsCosts;
  pregnancy_and_baby_payment: PregnancyAndBabyPayment;
  sure_start_maternity_grant: SureStartMaternityGrant;
  warm_home_discount: WarmHomeDiscount;
  winter_heating_payment: WinterHeatingPayment;
};

/**
 * One kind of help, at the hours worked out.
 */
export type HelpItem = {
  /**
   * Who it is for and how it is valued, or why it is not had, in the rule's terms (with the working).
   */
  basis: string;
  /**
   * Whether the household gets it.
   */
  gets: boolean;
  help: Help;
  /**
   * The legislation and the source of the figures (with the working).
   */
  rule: string;
  /**
   * What it is worth to the household (none where it is not had, or has no value the calculator can put on it: the
   * items of information, from `cold_weather_payment` on).
   */
  value: Amounts;
};

/**
 * A run of weekly hours (`from_hours` is 0 where it starts with the first hour worked).
 */
export type HoursRun = {
  from_hours: string | number;
  to_hours: string | number;
};

export type Household = {
  /**
   * One adult, or two for a couple claiming together.
   */
  adults?: RawAdult[];
  /**
   * The day of the month the Universal Credit claim began (1 to 31), which fixes the first day of every
   * assessment period (UC Regs 2013 reg. 21), for the month by month figures. Default: the day of `date`.
   */
  assessment_period_day?: number | null;
  /**
   * The adults had earnings at the benefit cap threshold in the past 12 months and are in the 9-month grace period.
   */
  benefit_cap_grace_period?: boolean;
  /**
   * Registered childcare paid for a month while working, before any help (a cost of working: it is not counted
   * while nobody in the household works).
   */
  childcare_costs_monthly?: Money;
  children?: RawChild[];
  /**
   * How many of the children the childcare is paid for, which picks the cap on the childcare costs element
   * (UC Regs 2013 reg. 36). Default: every child aged 16 or under.
   */
  children_in_childcare?: number | null;
  /**
   * The home's council tax, as the household's bill gives it; left out, none is counted.
   */
  council_tax?: RawCouncilTax;
  /**
   * The day the calculation is for; picks the rule set in force. Needed unless `rule_year` is given.
   */
  date?: Date | null;
  housing?: RawHousing;
  /**
   * Whether the home is in Greater London (for the benefit cap).
   */
  in_london?: boolean;
  nation?: Nation | null;
  /**
   * Adults living in the home who are not the claimant's partner (for example grown-up children).
   */
  non_dependants?: RawNonDependant[];
  /**
   * Unearned income that Universal Credit takes into account in full (for example a private pension or
   * maintenance for an adult), a month. Do not include benefits the calculator works out.
   */
  other_unearned_income_monthly?: Money;
  /**
   * A rule year to use instead of the one in force on `date`, e.g. "2026-27".
   */
  rule_year?: string | null;
  /**
   * Savings and other capital of the adults together.
   */
  savings?: Money;
  /**
   * What a school lunch is worth, for valuing free school meals (default: the rule set's figure for the
   * nation, with its source).
   */
  school_meal_value?: Money | null;
};

export type IncomeTax = {
  /**
   * How much allowance is lost for each pound above the threshold (50 %: £1 for every £2).
   */
  allowance_taper_percent: ParamPercent;
  /**
   * Adjusted net income above which the personal allowance is withdrawn.
   */
  allowance_taper_threshold: ParamPerYear;
  personal_allowance: ParamPerYear;
  rest_of_uk: RestOfUkBands;
  scotland: ScottishBands;
};

/**
 * What a breakpoint changes.
 */
export type Layer = "cash" | "help_in_kind";

/**
 * The local housing allowance category the household's size criteria give (a private renter's).
 */
export type LhaCategory = "shared_accommodation" | "one_bedroom" | "two_bedrooms" | "three_bedrooms" | "four_bedrooms";

/**
 * One figure's working.
 */
export type Line = {
  amount: Money;
  /**
   * A stable identifier of the figure, e.g. `universal_credit.standard_allowance`.
   */
  figure: string;
  /**
   * The period `amount` is for: "week", "month" or "year".
   */
  period: string;
  /**
   * The legislation or official source the rule comes from.
   */
  rule: string;
  /**
   * The arithmetic in words, e.g. "55 % × (£1,020.15 − £411.00) = £335.08".
   */
  working: string;
};

/**
 * Help had in one calculation that is worth less, or stops, in another (for example at more hours).
 */
export type Lost = {
  help: Help;
  /**
   * Whether it stops altogether (free school meals can stop for one child and not another).
   */
  stops: boolean;
  /**
   * How much less it is worth a week.
   */
  weekly: Money;
};

export type MinimumWage = {
  age_18_to_20: ParamPerHour;
  apprentice: ParamPerHour;
  national_living_wage: ParamPerHour;
  /**
   * The age from which the National Living Wage applies.
   */
  national_living_wage_age: ParamYears;
  under_18: ParamPerHour;
};

/**
 * An amount in pounds, e.g. "12.71". Results always give a string with two decimal places.
 */
export type Money = string | number;

export type Nation = "england" | "scotland" | "wales" | "northern_ireland";

export type NationalInsurance = {
  main_rate: ParamPercent;
  primary_threshold: PerPayPeriod;
  upper_earnings_limit: PerPayPeriod;
  upper_rate: ParamPercent;
};

export type Nearby = {
  hours: string | number;
  message: string;
};

export type NhsCosts = {
  /**
   * Take-home pay in the last assessment period at most this: free prescriptions, dental treatment and sight
   * tests in England.
   */
  earnings_limit: ParamPerMonth;
  /**
   * The limit with a child element or limited capability for work.
   */
  earnings_limit_higher: ParamPerMonth;
  /**
   * Prescriptions are free from this age anyway.
   */
  free_prescriptions_age: ParamYears;
  free_prescriptions_scotland: Switch;
  /**
   * Prescriptions are free for everyone in Wales, and in Scotland.
   */
  free_prescriptions_wales: Switch;
  /**
   * The 12-month prescription prepayment certificate.
   */
  prepayment_certificate: ParamPerYear;
  prescription_charge: ParamLump;
};

/**
 * What the curve says about one choice of hours, against a baseline (the client's situation now).
 */
export type Outlook = {
  /**
   * What the help in kind is worth in the baseline, a week.
   */
  baseline_help_in_kind_weekly: string | number;
  /**
   * Income after housing, childcare and travel costs in the baseline, a week.
   */
  baseline_weekly: string | number;
  best_gain_per_hour?: string | number | null;
  /**
   * The hours at which the gain over the baseline per hour worked is greatest, and that gain.
   */
  best_hours_for_gain_per_hour?: string | number | null;
  better_off_monthly: string | number;
  /**
   * How much better off (negative: worse off) than the baseline, after costs.
   */
  better_off_weekly: string | number;
  better_off_with_help_in_kind_monthly: string | number;
  /**
   * How much better off than the baseline with the help in kind counted beside the cash (after costs), a week
   * and a month: less than `better_off_weekly` where help in kind is lost.
   */
  better_off_with_help_in_kind_weekly: string | number;
  /**
   * The weekly figures at those hours (exact; the rounded calculation differs by pennies).
   */
  figures: Components;
  /**
   * The fewest hours a week at which the household is better off than the baseline (by a penny a week or more).
   */
  first_better_off_hours?: string | number | null;
  /**
   * The help in kind had in the baseline that is worth less or stops at these hours.
   */
  help_in_kind_lost: Lost[];
  hours: string | number;
  marginal_deduction_rate?: string | number | null;
  participation_tax_rate?: string | number | null;
  /**
   * Breakpoints within reach of the hours (4 hours either way), in plain words.
   */
  thresholds_near: Nearby[];
  /**
   * The runs of hours, up to the curve's maximum, at which the household is worse off than the baseline (by a penny
   * a week or more), in order.
   */
  worse_off: HoursRun[];
};

export type ParamDays = {
  effective: Date;
  note?: string;
  /**
   * The legislation or official page the value comes from.
   */
  source: string;
  unit: "days";
  value: string | number;
};

export type ParamHoursPerWeek = {
  effective: Date;
  note?: string;
  period: "week";
  /**
   * The legislation or official page the value comes from.
   */
  source: string;
  unit: "hours";
  value: string | number;
};

export type ParamLump = {
  effective: Date;
  note?: string;
  /**
   * The legislation or official page the value comes from.
   */
  source: string;
  unit: "gbp";
  value: string | number;
};

export type ParamPerFortnight = {
  effective: Date;
  note?: string;
  period: "fortnight";
  /**
   * The legislation or official page the value comes from.
   */
  source: string;
  unit: "gbp";
  value: string | number;
};

export type ParamPerFourWeeks = {
  effective: Date;
  note?: string;
  period: "four_weeks";
  /**
   * The legislation or official page the value comes from.
   */
  source: string;
  unit: "gbp";
  value: string | number;
};

export type ParamPerHour = {
  effective: Date;
  note?: string;
  period: "hour";
  /**
   * The legislation or official page the value comes from.
   */
  source: string;
  unit: "gbp";
  value: string | number;
};

export type ParamPerMonth = {
  effective: Date;
  note?: string;
  period: "month";
  /**
   * The legislation or official page the value comes from.
   */
  source: string;
  unit: "gbp";
  value: string | number;
};

export type ParamPerWeek = {
  effective: Date;
  note?: string;
  period: "week";
  /**
   * The legislation or official page the value comes from.
   */
  source: string;
  unit: "gbp";
  value: string | number;
};

export type ParamPerYear = {
  effective: Date;
  note?: string;
  period: "year";
  /**
   * The legislation or official page the value comes from.
   */
  source: string;
  unit: "gbp";
  value: string | number;
};

export type ParamPercent = {
  effective: Date;
  note?: string;
  /**
   * The legislation or official page the value comes from.
   */
  source: string;
  unit: "percent";
  value: string | number;
};

export type ParamYears = {
  effective: Date;
  note?: string;
  /**
   * The legislation or official page the value comes from.
   */
  source: string;
  unit: "years";
  value: string | number;
};

export type PayFrequency = "weekly" | "fortnightly" | "four_weekly" | "monthly";

/**
 * Automatic enrolment into a workplace pension (Pensions Act 2008).
 */
export type Pension = {
  earnings_trigger: PerPayPeriod;
  /**
   * The employee's share of the minimum total contribution on qualifying earnings.
   */
  employee_minimum_percent: ParamPercent;
  /**
   * The youngest age at which a worker must be enrolled.
   */
  minimum_age: ParamYears;
  qualifying_earnings_lower: PerPayPeriod;
  qualifying_earnings_upper: PerPayPeriod;
};

export type PensionBasis = "qualifying_earnings" | "total_pay";

export type PensionRelief = "relief_at_source" | "net_pay";

export type PensionScheme = "opted_out" | "auto_enrolment" | "custom";

/**
 * A threshold stated for each pay period, as HMRC and the Pensions Regulator publish them.
 */
export type PerPayPeriod = {
  fortnight: ParamPerFortnight;
  four_weeks: ParamPerFourWeeks;
  month: ParamPerMonth;
  week: ParamPerWeek;
};

/**
 * Which permitted-work rule lets the work go on with ESA, or why it does not.
 */
export type PermittedWork = "not_working" | "lower_limit" | "supported" | "under_sixteen_hours" | "exceeded";

/**
 * One straight piece of the curve: from `from_hours` (just after it) to `to_hours` (just before it).
 */
export type Piece = {
  from_hours: string | number;
  /**
   * Of each extra pound earned, the share lost to tax, NI, pension and benefits withdrawn.
   */
  marginal_deduction_rate?: string | number | null;
  /**
   * How much each weekly figure changes for each extra hour a week.
   */
  per_hour: Components;
  /**
   * The weekly figures just after `from_hours`.
   */
  start: Components;
  to_hours: string | number;
};

/**
 * Scotland's Best Start Grant for a pregnancy or a baby: information, not valued (no amount for these years was
 * found).
 */
export type PregnancyAndBabyPayment = {
  first_child: ParamLump;
  later_child: ParamLump;
};

export type Problem = {
  /**
   * Where in the input the problem is, e.g. `adults[0].age`; empty where it concerns the household as a whole.
   */
  field: string;
  kind: ProblemKind;
  message: string;
};

export type ProblemKind = "invalid" | "unmodelled";

export type RawAdult = {
  /**
   * Age in whole years on the calculation date.
   */
  age?: number | null;
  /**
   * Cares for at least 35 hours a week for someone who gets a qualifying disability benefit.
   */
  cares_35_hours?: boolean;
  /**
   * Claims Carer's Allowance (Carer Support Payment in Scotland) for that caring.
   */
  claims_carers_allowance?: boolean;
  disability_benefits?: RawDisabilityBenefits;
  /**
   * New-style (contribution-based) Employment and Support Allowance.
   */
  esa?: EsaStatus;
  /**
   * The job being considered (or held now). Leave out for someone not working.
   */
  job?: RawJob | null;
  pension?: RawPension;
  /**
   * At least 10 weeks pregnant (for Healthy Start and Best Start Foods; prescriptions are then free anyway).
   */
  pregnant?: boolean;
  /**
   * NHS prescription items paid for a month (England), for valuing free prescriptions.
   */
  prescription_items_monthly?: number;
  /**
   * Self-employed (refused: not modelled yet).
   */
  self_employed?: boolean;
  /**
   * A full-time student (refused: not modelled).
   */
  student?: boolean;
  /**
   * The work is supported permitted work (supervised by a public or voluntary body providing work for disabled
   * people), so the ESA higher limit applies whatever the hours.
   */
  supported_permitted_work?: boolean;
  /**
   * Work capability for Universal Credit.
   */
  uc_health?: UcHealth;
};

/**
 * A means-tested scheme's figures for a household without Universal Credit, a week.
 */
export type RawApplicableAmounts = {
  /**
   * For each child.
   */
  child?: Money | null;
  couple?: Money | null;
  earnings_disregard_couple?: Money | null;
  earnings_disregard_lone_parent?: Money | null;
  /**
   * Earnings disregards.
   */
  earnings_disregard_single?: Money | null;
  /**
   * Added once where there is a child.
   */
  family_premium?: Money | null;
  lone_parent?: Money | null;
  single_25_or_over?: Money | null;
  single_under_25?: Money | null;
};

/**
 * A column of an income-banded grid: the households it is for.
 */
export type RawBandColumn = {
  /**
   * With at least this many children (a household takes the column with the most it has).
   */
  children?: number;
  household?: BandHousehold;
};

export type RawChild = {
  /**
   * Age in whole years on the calculation date. Needed unless `date_of_birth` is given.
   */
  age?: number | null;
  /**
   * Born before 6 April 2017 (for the higher first-child element and the two-child limit). Needed only where
   * the age does not settle it (a child whose birthday may fall either side of 6 April 2017); otherwise it
   * follows from the age, and a value the age rules out is refused.
   */
  born_before_6_april_2017?: boolean | null;
  /**
   * The child's date of birth, which settles the age and whether they were born before 6 April 2017.
   */
  date_of_birth?: Date | null;
  /**
   * The disabled child addition in Universal Credit.
   */
  disability?: ChildDisability;
  /**
   * DLA (or Child Disability Payment) paid for the child, counted as household income.
   */
  disability_benefits?: RawDisabilityBenefits;
  /**
   * The child has free school meals now (beyond the meals every pupil in the year gets). In England they are
   * then kept whatever the earnings until September 2026 (transitional protection); elsewhere it changes
   * nothing.
   */
  has_free_school_meals?: boolean;
  /**
   * The school year, for free school meals: in England and Wales `reception` or `year_1` to `year_13`, in
   * Scotland `p1` to `p7` or `s1` to `s6`. Default: from the date of birth, or from the age where both school
   * years a child of that age can be in give the same answer.
   */
  school_year?: SchoolYear | null;
  /**
   * For the bedrooms the size criteria allow, where it matters (two children of the same sex under 16 share).
   */
  sex?: Sex | null;
  /**
   * An exception to the two-child limit applies (multiple birth, adoption, kinship care, non-consensual conception).
   */
  two_child_limit_exception?: boolean;
};

/**
 * The council tax bill and the Council Tax Reduction (council tax support): either the reduction the household
 * gets now, held as it is (a warning says it changes with income), or the council's working-age scheme, which
 * works the reduction out at every hours.
 */
export type RawCouncilTax = {
  /**
   * The home's valuation band, needed where the scheme caps the reduction at a band's bill.
   */
  band?: Band | null;
  /**
   * The bill for the year, after any discounts (such as the 25 % single person discount) and before any
   * Council Tax Reduction.
   */
  bill_annual?: Money;
  /**
   * The Council Tax Reduction the household gets now, a year, held as it is. Leave out with a `scheme`.
   */
  reduction_annual?: Money;
  /**
   * The council's working-age scheme, described by whoever knows it (an adviser, from the council's scheme
   * document): the reduction is then worked out from it.
   */
  scheme?: RawCtrScheme | null;
};

/**
 * How the scheme works the reduction out from income: `kind` picks it.
 */
export type RawCtrAward = {
  kind: "none";
} | {
  kind: "taper";
  /**
   * The share of each pound of income above the applicable amount taken off the reduction, in percent.
   */
  taper_percent?: string | number | null;
  /**
   * The applicable amounts and disregards for a household without Universal Credit.
   */
  without_universal_credit?: RawApplicableAmounts | null;
} | {
  /**
   * From the lowest income up: each band's percentage and its top edge in each column (left out for the
   * last band, which has no top).
   */
  bands?: RawIncomeBand[];
  /**
   * The grid's columns, in the order of each band's `up_to`.
   */
  columns?: RawBandColumn[];
  /**
   * Taken off the earnings before they are banded, a week.
   */
  earnings_disregard_weekly?: Money;
  /**
   * What income is banded.
   */
  income?: BandedIncome;
  kind: "income_bands";
  /**
   * The parts of Universal Credit left out of the income banded.
   */
  universal_credit_left_out?: UcPart[];
};

/**
 * A council's working-age Council Tax Reduction scheme, as its scheme document sets it out: what every kind of
 * scheme has, and how the reduction is worked out from income (`award`).
 */
export type RawCtrScheme = {
  award?: RawCtrAward;
  /**
   * The reduction is worked out on at most this band's bill (for example "b"); needs the home's `band`.
   */
  band_cap?: Band | null;
  /**
   * Savings above this rule out any reduction (£16,000 in the default scheme; many councils set £6,000).
   */
  capital_limit?: Money | null;
  /**
   * The most the reduction can be, in percent of the bill (for example 80 where everyone pays at least 20 %).
   */
  maximum_percent?: string | number | null;
  /**
   * A reduction below this, a week, is not paid.
   */
  minimum_award_weekly?: Money;
  /**
   * The scheme's name and year, for the working (for example "Slough Council Tax Support 2026-27").
   */
  name?: string | null;
  /**
   * Taken off the reduction for each non-dependant aged 18 or over (one flat amount a week).
   */
  non_dependant_deduction_weekly?: Money;
  /**
   * Where its figures come from: the scheme document's title or address.
   */
  source?: string | null;
};

export type RawDisabilityBenefits = {
  /**
   * Adult Disability Payment (Scotland), daily living.
   */
  adp_daily_living?: TwoRates;
  adp_mobility?: TwoRates;
  dla_care?: DlaCare;
  dla_mobility?: DlaMobility;
  pip_daily_living?: TwoRates;
  pip_mobility?: TwoRates;
};

/**
 * The housing as the caller writes it: `tenure` picks the kind, and the other keys are that kind's.
 */
export type RawHousing = {
  tenure: "none";
} | {
  rent_monthly?: Money | null;
  service_charges_monthly?: Money;
  /**
   * Bedrooms beyond what the social-sector size criteria allow.
   */
  spare_bedrooms?: number;
  tenure: "social_rent";
} | {
  /**
   * Bedrooms beyond the size criteria's count that the renter qualifies for (UC Regs 2013 Sch. 4 para. 12:
   * overnight care, a foster parent, a disabled child or adult who cannot share).
   */
  additional_bedrooms?: number;
  /**
   * The local housing allowance for the household's size and area, a month.
   */
  lha_monthly?: Money | null;
  rent_monthly?: Money | null;
  service_charges_monthly?: Money;
  /**
   * A single renter under 35 excepted from the shared accommodation rate (Sch. 4 para. 29: a care leaver
   * under 25, 3 months in a hostel for homeless people, multi-agency public protection arrangements, domestic
   * abuse, modern slavery). The exception for a renter getting PIP daily living, DLA care at the middle or
   * highest rate or ADP daily living follows from their disability benefits.
   */
  shared_accommodation_exception?: boolean;
  tenure: "private_rent";
};

export type RawIncomeBand = {
  /**
   * The reduction in this band, in percent of the bill.
   */
  percent?: string | number | null;
  /**
   * The band's top edge of weekly income (in it up to and including this), one for each column.
   */
  up_to?: Money[];
};

export type RawJob = {
  /**
   * An apprentice in the first year or under 19 (for the minimum wage warning).
   */
  apprentice?: boolean;
  hourly_wage?: Money | null;
  hours_per_week?: string | number | null;
  pay_frequency?: PayFrequency;
  /**
   * One day the job pays on; the others follow from the pay frequency (monthly: the same day each month, or the
   * month's last day when it is shorter). For the month by month figures; default: the first day of the first
   * assessment period shown.
   */
  payday?: Date | null;
  /**
   * Travel to and from work, a week (a cost of working: not counted at zero hours).
   */
  travel_costs_weekly?: Money;
};

export type RawNonDependant = {
  age?: number | null;
  /**
   * No housing cost contribution is taken for them (for example they get PIP daily living, Carer's Allowance, or
   * are responsible for a child under 5).
   */
  exempt?: boolean;
};

export type RawPension = {
  /**
   * For a `custom` scheme: what the percentage is of.
   */
  basis?: PensionBasis;
  /**
   * For a `custom` scheme: the employee's contribution in percent.
   */
  employee_percent?: string | number | null;
  relief?: PensionRelief;
  scheme?: PensionScheme;
};

/**
 * Bands for England, Wales and Northern Ireland; limits are on taxable income (after allowances).
 */
export type RestOfUkBands = {
  additional_rate: ParamPercent;
  basic_rate: ParamPercent;
  basic_rate_limit: ParamPerYear;
  higher_rate: ParamPercent;
  higher_rate_limit: ParamPerYear;
};

/**
 * All the figures for one tax year.
 */
export type RuleSet = {
  carers_allowance: CarersAllowance;
  child_benefit: ChildBenefit;
  disability_benefits: DisabilityBenefits;
  esa: Esa;
  help_in_kind: HelpInKind;
  /**
   * The tax year, "2026-27".
   */
  id: string;
  income_tax: IncomeTax;
  minimum_wage: MinimumWage;
  national_insurance: NationalInsurance;
  pension: Pension;
  scottish_child_payment: ScottishChildPayment;
  state_pension_age: ParamYears;
  universal_credit: UniversalCreditRules;
  /**
   * The first day of the first Universal Credit assessment period that takes this year's UC amounts: each
   * period takes the amounts in force on its first day (the up-rating order's "assessment period beginning on
   * or after" the up-rating day), while tax and NI follow the pay date.
   */
  universal_credit_from: Date;
  valid_from: Date;
  valid_to: Date;
  /**
   * Changes whenever a figure in the file changes: "2026-27.1".
   */
  version: string;
};

export type RuleSetUsed = {
  id: string;
  valid_from: Date;
  valid_to: Date;
  version: string;
};

export type SchoolYear = "reception" | "year_1" | "year_2" | "year_3" | "year_4" | "year_5" | "year_6" | "year_7" | "year_8" | "year_9" | "year_10" | "year_11" | "year_12" | "year_13" | "p1" | "p2" | "p3" | "p4" | "p5" | "p6" | "p7" | "s1" | "s2" | "s3" | "s4" | "s5" | "s6" | "not_at_school";

/**
 * Scottish bands on non-savings, non-dividend income; limits are on taxable income (after allowances).
 */
export type ScottishBands = {
  advanced_rate: ParamPercent;
  advanced_rate_limit: ParamPerYear;
  basic_rate: ParamPercent;
  basic_rate_limit: ParamPerYear;
  higher_rate: ParamPercent;
  higher_rate_limit: ParamPerYear;
  intermediate_rate: ParamPercent;
  intermediate_rate_limit: ParamPerYear;
  starter_rate: ParamPercent;
  starter_rate_limit: ParamPerYear;
  top_rate: ParamPercent;
};

export type ScottishChildPayment = {
  /**
   * Paid for children younger than this.
   */
  maximum_age: ParamYears;
  rate: ParamPerWeek;
};

export type Sex = "female" | "male";

export type StandardAllowance = {
  couple_both_under_25: ParamPerMonth;
  couple_either_25_or_over: ParamPerMonth;
  single_25_or_over: ParamPerMonth;
  single_under_25: ParamPerMonth;
};

/**
 * A run of steps of one staircase, in a row (other breakpoints may fall between them).
 */
export type Stretch = {
  /**
   * The adult whose income the steps are on.
   */
  adult?: number | null;
  /**
   * The staircase's code (`hicbc_steps`).
   */
  code: Code;
  /**
   * What happens along it, in plain words.
   */
  description: string;
  /**
   * The hours of the first step and of the last.
   */
  from_hours: string | number;
  /**
   * The jumps of all its steps added up, in each weekly figure.
   */
  jump: Components;
  rule: string;
  steps: number;
  to_hours: string | number;
};

/**
 * England and Wales, once for a baby: information, not valued as a week's help.
 */
export type SureStartMaternityGrant = {
  grant: ParamLump;
};

export type Switch = {
  effective: Date;
  note?: string;
  /**
   * The legislation or official page the value comes from.
   */
  source: string;
  unit: "flag";
  value: boolean;
};

export type Totals = {
  carers_allowance: Amounts;
  child_benefit: Amounts;
  childcare_costs: Amounts;
  /**
   * The council tax bill (after discounts, before any reduction).
   */
  council_tax: Amounts;
  /**
   * The Council Tax Reduction (council tax support), counted in total net income: held as given, or worked out
   * from the council's scheme.
   */
  council_tax_reduction: Amounts;
  disability_benefits: Amounts;
  esa: Amounts;
  gross_earnings: Amounts;
  /**
   * What the help in kind the household has is worth (`help_in_kind`): beside the cash, not in it.
   */
  help_in_kind: Amounts;
  high_income_child_benefit_charge: Amounts;
  housing_costs: Amounts;
  /**
   * After housing, council tax, childcare and travel.
   */
  income_after_costs: Amounts;
  income_tax: Amounts;
  national_insurance: Amounts;
  net_earnings: Amounts;
  other_income: Amounts;
  pension_contributions: Amounts;
  /**
   * Scotland's supplements to Carer's Allowance and Carer Support Payment (see `AdultResult`).
   */
  scottish_carer_payments: Amounts;
  scottish_child_payment: Amounts;
  /**
   * Net earnings and every benefit (the Council Tax Reduction too), less the High Income Child Benefit Charge.
   */
  total_net_income: Amounts;
  travel_costs: Amounts;
  universal_credit: Amounts;
};

export type TwoRates = "none" | "standard" | "enhanced";

/**
 * Work capability as assessed for Universal Credit.
 */
export type UcHealth = "none" | "lcw" | "lcw_with_element" | "lcwra_protected" | "lcwra_new_claimant";

/**
 * A part of Universal Credit a banded scheme may leave out of the income it bands.
 */
export type UcPart = "housing_costs" | "childcare_costs" | "disabled_child" | "carer" | "child" | "work_capability";

/**
 * The UC working for one assessment period; every amount is monthly.
 */
export type UniversalCredit = {
  award: Money;
  award_before_cap: Money;
  benefit_cap: BenefitCapWorking;
  carer_element: Money;
  child_element: Money;
  childcare_costs_element: Money;
  /**
   * Children for whom a child element is included.
   */
  children_counted: number;
  disabled_child_additions: Money;
  earned_income: Money;
  /**
   * 55 % of earned income above the work allowance.
   */
  earnings_deduction: Money;
  /**
   * False where capital is above the upper limit: no UC at all.
   */
  entitled: boolean;
  housing_costs_element: Money;
  lcw_element: Money;
  lcwra_element: Money;
  /**
   * A private renter's local housing allowance category under the size criteria (none where it turns on
   * children's sexes not given).
   */
  lha_category?: LhaCategory | null;
  maximum_amount: Money;
  standard_allowance: Money;
  tariff_income: Money;
  /**
   * All unearned income taken into account, tariff income included.
   */
  unearned_income: Money;
  work_allowance: Money;
};

export type UniversalCreditRules = {
  benefit_cap: BenefitCap;
  capital_lower_limit: ParamLump;
  capital_upper_limit: ParamLump;
  carer_element: ParamPerMonth;
  child_element: ParamPerMonth;
  child_element_first_born_before_6_april_2017: ParamPerMonth;
  childcare_max_one_child: ParamPerMonth;
  childcare_max_two_or_more_children: ParamPerMonth;
  childcare_percent: ParamPercent;
  disabled_child_addition_higher: ParamPerMonth;
  disabled_child_addition_lower: ParamPerMonth;
  lcw_element: ParamPerMonth;
  lcwra_element_new_claimant: ParamPerMonth;
  lcwra_element_protected: ParamPerMonth;
  minimum_award: ParamPerMonth;
  non_dependant_deduction: ParamPerMonth;
  /**
   * Non-dependants younger than this make no housing cost contribution.
   */
  non_dependant_minimum_age: ParamYears;
  standard_allowance: StandardAllowance;
  /**
   * The age from which the higher standard allowance applies.
   */
  standard_allowance_age: ParamYears;
  taper_percent: ParamPercent;
  /**
   * Tariff income is `tariff_income_per_band` for each `tariff_band` (or part of one) above the lower limit.
   */
  tariff_band: ParamLump;
  tariff_income_per_band: ParamPerMonth;
  /**
   * Whether the child element is limited to two children (other than those born before 6 April 2017 and the
   * exceptions).
   */
  two_child_limit: Switch;
  under_occupancy_one_bedroom_percent: ParamPercent;
  under_occupancy_two_or_more_bedrooms_percent: ParamPercent;
  work_allowance_higher: ParamPerMonth;
  work_allowance_lower: ParamPerMonth;
};

export type WarmHomeDiscount = {
  /**
   * The rebate on the electricity bill in England and Wales, a scheme year, for a household getting a
   * means-tested benefit on the qualifying date.
   */
  rebate: ParamPerYear;
};

export type Warning = {
  /**
   * The adult whose hours the warning is about.
   */
  adult?: number | null;
  /**
   * `below_minimum_wage`, `benefit_cap_some_periods` or `universal_credit_some_periods`, or the code of the
   * threshold's first cause (for example `esa_higher_limit`, `universal_credit_nil`), or of the stretch
   * (`hicbc_steps`).
   */
  code: Code;
  /**
   * The weekly hours at which the threshold is crossed, for that adult at their hourly wage.
   */
  hours_per_week?: string | number | null;
  message: string;
};

/**
 * Scotland, once each winter: information, not valued (no amount for these years was found).
 */
export type WinterHeatingPayment = {
  latest_published: ParamPerYear;
};
