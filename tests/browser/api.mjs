// Browser tests of the npm package (dist/package/, built by scripts/build-package) in headless Chromium (Debian's),
// driven by playwright-core. Serves the package and a test page (api-page/) on a local port under a strict Content
// Security Policy, loads the module as a plain module script does, and checks: golden households against the figures
// their files expect, errors with their code and field paths, a caller's rule set with one figure changed, ruleSets(),
// and that nothing broke the policy. Prints the package's size. Exits non-zero if any check fails.

import fs from "node:fs";
import path from "node:path";
import { parse } from "smol-toml";
import zlib from "node:zlib";

import { STRICT_CSP, assert, check, finish, here, launch, root, serve } from "./harness.mjs";

const pkg = path.join(root, "dist/package");
const { server, base } = await serve({ "/": path.join(here, "api-page"), "/package/": pkg }, { "content-security-policy": STRICT_CSP });
const browser = await launch();

/// A TOML file (a golden case, a rule file) as a plain object.
function toml(file) {
  return parse(fs.readFileSync(file, "utf8"));
}

const console_errors = [];
const page = await browser.newPage();
page.on("console", (m) => m.type() === "error" && console_errors.push(m.text()));
page.on("pageerror", (e) => console_errors.push(e.message));
await page.goto(base);
await page.waitForSelector("body[data-ready=yes]", { state: "attached", timeout: 10000 });

/// Calls the module's function `name` in the page; a thrown error comes back as { thrown: {…} }.
async function call(name, ...args) {
  return page.evaluate(([name, args]) => {
    try {
      return { value: window.api[name](...args) };
    } catch (e) {
      return { thrown: { isError: e instanceof Error, message: e.message, code: e.code, errors: e.errors } };
    }
  }, [name, args]);
}

function lookup(value, dotted) {
  return dotted.split(".").reduce((v, key) => (v === undefined || v === null ? undefined : v[key]), value);
}

for (const file of ["pay-20-esa-exactly-at-higher-limit", "pay-33-scottish-child-payment",
  "uc-22-social-rent-one-spare-bedroom", "months-02-four-weekly-two-paydays-nil-award"]) {
  await check(`golden case ${file}: the API gives the figures the case expects`, async () => {
    const golden = toml(path.join(root, "tests/golden", `${file}.toml`));
    const { value, thrown } = await call("calculate", golden.household);
    assert(!thrown, `threw ${JSON.stringify(thrown)}`);
    for (const [dotted, want] of Object.entries(golden.expected)) {
      const got = lookup(value, dotted);
      const same = typeof want === "string" && /^-?[0-9.]+$/.test(want) ? got === Number(want).toFixed(2) : JSON.stringify(got) === JSON.stringify(want);
      assert(same, `${dotted}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
    }
  });
}

const household = {
  date: "2026-10-01",
  nation: "england",
  adults: [{ age: 30, job: { hours_per_week: 16, hourly_wage: "12.71", pay_frequency: "weekly" } }],
  housing: { tenure: "social_rent", rent_monthly: "450.00" },
};

await check("money comes back as strings with two decimal places, in plain objects", async () => {
  const { value } = await call("calculate", household);
  assert(value.household.universal_credit.monthly.match(/^\d+\.\d\d$/), JSON.stringify(value.household));
  assert(Array.isArray(value.working) && value.working.length > 0, "the working lines");
});

await check("bad input throws an Error with code 'invalid' and every bad field", async () => {
  const { thrown } = await call("calculate", { ...household, adults: [{ age: -3, job: { hours_per_week: -1 } }] });
  assert(thrown?.isError, `expected a thrown Error, got ${JSON.stringify(thrown)}`);
  assert(thrown.code === "invalid", `code ${thrown.code}`);
  const fields = thrown.errors.map((e) => e.field);
  assert(fields.includes("adults[0].age") && fields.includes("adults[0].job.hours_per_week"), fields.join(", "));
  assert(thrown.errors.every((e) => ["invalid", "unmodelled"].includes(e.kind) && e.message), JSON.stringify(thrown));
});

await check("a value of the wrong type is reported at its path", async () => {
  const { thrown } = await call("calculate", { ...household, adults: [{ age: 30, job: { hours_per_week: {} } }] });
  assert(thrown?.code === "invalid", JSON.stringify(thrown));
  assert(thrown.errors[0].field === "adults[0].job.hours_per_week", JSON.stringify(thrown.errors));
});

await check("a number reads exactly as the same decimal written as a string", async () => {
  const adult = (wage) => [{ age: 30, job: { hours_per_week: 16.5, hourly_wage: wage, pay_frequency: "weekly" } }];
  const number = (await call("calculate", { ...household, adults: adult(12.71) })).value;
  const text = (await call("calculate", { ...household, adults: adult("12.71") })).value;
  assert(number.adults[0].gross_earnings.weekly === "209.72", number.adults[0].gross_earnings.weekly);
  assert(JSON.stringify(number.household) === JSON.stringify(text.household), "the figures differ");
});

await check("a value that is not plain data, or contains itself, is refused at its path, not crashed on", async () => {
  const errors = await page.evaluate(() => {
    const loop = { date: "2026-10-01", nation: "england" };
    loop.adults = [{ age: 30, job: loop }];
    return [{ date: "2026-10-01", nation: "england", adults: [{ age: () => 30 }] }, loop].map((household) => {
      try {
        window.api.calculate(household);
        return "no error";
      } catch (e) {
        return e.errors;
      }
    });
  });
  assert(errors[0][0]?.field === "adults[0].age", JSON.stringify(errors[0]));
  assert(errors[1][0]?.message.includes("nested too deeply"), JSON.stringify(errors[1]));
});

await check("a situation not modelled throws code 'unmodelled'", async () => {
  const { thrown } = await call("calculate", { ...household, nation: "northern_ireland" });
  assert(thrown?.code === "unmodelled" && thrown.errors[0].field === "nation", JSON.stringify(thrown));
});

await check("validate() returns the problems without throwing, and nothing for a good household", async () => {
  const bad = await call("validate", { ...household, adults: [{ age: 15 }] });
  assert(!bad.thrown && bad.value.some((e) => e.field === "adults[0].age"), JSON.stringify(bad));
  const good = await call("validate", household);
  assert(!good.thrown && good.value.length === 0, JSON.stringify(good));
});

await check("curve(): breakpoints, and the outlook at the chosen hours against the current household", async () => {
  const now = { ...household, adults: [{ age: 30, job: { hours_per_week: 0, hourly_wage: "12.71" } }] };
  const { value, thrown } = await call("curve", household, { hours: "20" }, now);
  assert(!thrown, JSON.stringify(thrown));
  assert(value.curve.breakpoints.length > 0 && value.outlook.hours === "20", JSON.stringify(value.outlook));
  const bad = await call("curve", household, {}, { ...now, adults: [{ age: -1 }] });
  assert(bad.thrown?.errors.some((e) => e.field === "current.adults[0].age"), JSON.stringify(bad));
  const typo = await call("curve", household, { hour: 20 });
  assert(typo.thrown?.code === "invalid" && typo.thrown.message.includes("hour"), JSON.stringify(typo));
});

await check("lang: 'cy' gives the engine's words in Welsh for that call only; a bad language is refused at its path", async () => {
  const near = async (options) => (await call("curve", household, { hours: "16", ...options })).value.outlook.thresholds_near.map((n) => n.message);
  const welsh = await near({ lang: "cy" });
  assert(welsh.length > 0 && welsh.every((m) => m.includes("awr yr wythnos")), JSON.stringify(welsh));
  const english = await near({});
  assert(english.every((m) => m.includes("hours a week")), `the next call is still in Welsh: ${JSON.stringify(english)}`);
  const bad = await call("calculate", household, { lang: "fr" });
  assert(bad.thrown?.code === "invalid" && bad.thrown.errors.some((e) => e.field === "lang"), JSON.stringify(bad));
});

await check("ruleSets(): the built-in rule sets with their dates", async () => {
  const { value } = await call("ruleSets");
  const ids = value.map((s) => s.id);
  assert(ids.includes("2025-26") && ids.includes("2026-27"), ids.join(", "));
  const year = value.find((s) => s.id === "2026-27");
  assert(year.valid_from === "2026-04-06" && year.valid_to === "2027-04-05", JSON.stringify(year));
});

await check("a caller's rule set: the 2026-27 figures with a 50 % taper move UC as the rule predicts", async () => {
  const rules = toml(path.join(root, "rules/2026-27.toml"));
  rules.version = "2026-27.test";
  rules.universal_credit.taper_percent.value = "50";
  const before = (await call("calculate", household)).value;
  const { value: after, thrown } = await call("calculate", household, { rules });
  assert(!thrown, JSON.stringify(thrown));
  assert(after.rule_set.version === "2026-27.test", after.rule_set.version);
  // UC Regs 2013 reg. 22: the award loses taper × (earned income − work allowance); 5 points less taper adds 5 %.
  const uc = before.universal_credit;
  const above = Number(uc.earned_income) - Number(uc.work_allowance);
  assert(above > 0 && Number(uc.award) > 0, `the case needs earnings above the work allowance and UC: ${above}`);
  const rise = Number(after.universal_credit.award) - Number(uc.award);
  assert(Math.abs(rise - 0.05 * above) <= 0.01, `UC rose by ${rise.toFixed(2)}, expected ${(0.05 * above).toFixed(2)}`);
});

await check("a caller's rule set with a bad figure is refused at its path", async () => {
  const rules = toml(path.join(root, "rules/2026-27.toml"));
  rules.universal_credit.taper_percent.unit = "gbp";
  const { thrown } = await call("calculate", household, { rules });
  assert(thrown?.code === "invalid", JSON.stringify(thrown));
  assert(thrown.errors[0].field === "rules.universal_credit.taper_percent", JSON.stringify(thrown.errors));
});

await check("no Content Security Policy violation and no console error", async () => {
  const violations = await page.evaluate(() => window.violations);
  assert(violations.length === 0, violations.join("; "));
  assert(console_errors.length === 0, console_errors.join("; "));
});

const gzipped = (file) => zlib.gzipSync(fs.readFileSync(path.join(pkg, file)), { level: 9 }).length;
const size = gzipped("in_work_calculator_bg.wasm") + gzipped("in_work_calculator.js");
console.log(`measure package WebAssembly + JS gzipped: ${(size / 1024).toFixed(1)} KB (target 100 KB)`);

await browser.close();
server.close();
finish("package");
