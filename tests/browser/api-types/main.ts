// Type-checked, not run (tsc --noEmit in scripts/test): the package's declarations are valid TypeScript, and the
// README's example compiles against them under `strict`.
import init, { calculate, curve, ruleSets, validate } from "../../../dist/package/in_work_calculator.js";
import type { Household, Problem, RuleSet } from "../../../dist/package/in_work_calculator.js";

await init();

const household: Household = {
  date: "2026-10-01",
  nation: "england",
  adults: [{ age: 34, job: { hours_per_week: "16", hourly_wage: "12.71", pay_frequency: "weekly" } }],
  housing: { tenure: "social_rent", rent_monthly: "520.00" },
};

declare const rules: RuleSet;
const result = calculate(household, { rules });
const weekly: string | number = result.household.total_net_income.weekly;
const better = curve(household, { hours: "20" }).outlook.better_off_weekly;
const problems: Problem[] = validate({ ...household, adults: [] });
const from: string = ruleSets()[0].valid_from;
console.log(weekly, better, problems, from, result.rule_set.id);
