// Browser tests of the app in headless Chromium (Debian's), driven by playwright-core. Serves dist/ (built by
// scripts/build-web) on a local port, checks the client journey against the engine's own command-line tool, runs
// axe-core on every screen, records every request, takes screenshots (kept out of the repository), and prints the
// size and speed measurements. Exits non-zero if any check fails.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

import { assert, axe, check, dist, finish, here, launch, root, serve, shots } from "./harness.mjs";
import { readingAge } from "./readability.mjs";

const cli = path.join(root, "target/debug/inwork");
const { server, base } = await serve({ "/": dist });
const browser = await launch();
const requests = [];

async function open(width = 1280, url = base) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(url);
  await page.waitForSelector("h1");
  return { page };
}

/// Client mode from the first question to the answer, pressing Continue on each page; `answers` maps a page number to
/// a function filling it in; `shoot` names screenshots of each page.
async function journey(page, answers = {}, shoot = null) {
  for (let n = 0; n < 5; n++) {
    await page.waitForSelector(`#progress >> text=Page ${n + 1} of 5`);
    if (answers[n]) await answers[n](page);
    if (shoot) {
      await page.screenshot({ path: path.join(shots, `${shoot}-page-${n + 1}.png`), fullPage: true });
      await axe(page, `question page ${n + 1}`);
    }
    await page.click("#continue");
  }
  await page.waitForSelector("#headline");
}

/// The engine's own answer (the command-line tool) for the same household, at `hours`.
function engine(hours, extra = {}) {
  const today = new Date().toISOString().slice(0, 10);
  const household = {
    date: today,
    nation: "england",
    adults: [{ age: 30, job: { hours_per_week: "0", hourly_wage: "12.71", pay_frequency: "weekly" } }],
    ...extra,
  };
  const file = path.join(here, ".household.json");
  fs.writeFileSync(file, JSON.stringify(household));
  const out = JSON.parse(execFileSync(cli, ["curve", file, "--hours", String(hours)]).toString());
  fs.rmSync(file);
  return out.outlook;
}

/// The engine's Universal Credit in each of the twelve assessment periods (the command-line tool), for the default
/// client at `hours` paid weekly, from today.
function monthlyCredit(hours) {
  const today = new Date().toISOString().slice(0, 10);
  const household = {
    date: today,
    nation: "england",
    adults: [{ age: 30, job: { hours_per_week: String(hours), hourly_wage: "12.71", pay_frequency: "weekly" } }],
    housing: { tenure: "social_rent", rent_monthly: "500" },
  };
  const file = path.join(here, ".household.json");
  fs.writeFileSync(file, JSON.stringify(household));
  const out = JSON.parse(execFileSync(cli, [file]).toString());
  fs.rmSync(file);
  return out.months.map((m) => Number(m.universal_credit));
}

/// The "£X a week better off" figure in the headline, as a number (negative when worse off).
async function headlineGain(page) {
  const text = await page.textContent("#headline");
  const m = text.match(/£([\d,]+\.\d\d) a week (better|worse) off/);
  assert(m, `no better-off figure in: ${text}`);
  const value = Number(m[1].replace(/,/g, ""));
  return { text, value: m[2] === "better" ? value : -value };
}

/// Opens adviser mode with a household file, as an adviser would with "Open a saved file".
async function adviserWith(page, household) {
  await page.click("text=For advisers");
  const file = path.join(here, ".household.json");
  fs.writeFileSync(file, JSON.stringify(household));
  await page.setInputFiles("#open-file", file);
  await page.waitForSelector("#keep-status >> text=Opened");
  fs.rmSync(file);
}

await check("client journey: questions on five pages, then the answer the engine gives", async () => {
  const { page } = await open();
  await journey(page, {
    0: (p) => p.fill("#children", "4"),
    3: async (p) => {
      await p.selectOption("#housing-tenure", { label: "Yes, to a council or housing association" });
      await p.fill("#housing-rent_monthly", "500");
      await p.fill("#council_tax-bill_annual", "1500");
      await p.fill("#council_tax-reduction_annual", "300");
    },
  }, "client");
  const shown = await headlineGain(page);
  const expected = Number(engine(16, {
    children: [{ age: 4 }],
    housing: { tenure: "social_rent", rent_monthly: "500" },
    council_tax: { bill_annual: "1500", reduction_annual: "300" },
  }).better_off_weekly);
  assert(Math.abs(shown.value - expected) < 0.005, `page says ${shown.value}, engine ${expected}`);
  assert((await page.textContent("body")).includes("Your Council Tax Reduction of £300.00 a year is counted as it is now"),
    "the answer does not say the council tax help is held as it is");
  await page.screenshot({ path: path.join(shots, "client-answer-1280.png"), fullPage: true });
  await axe(page, "client answer");
  await page.close();
});

await check("client: which of these apply opens the questions a carer, a lone parent with childcare, a couple with a working partner and a PIP claimant need, and the answer is the engine's", async () => {
  const cases = [
    ["carer with Carer's Allowance", {
      2: async (p) => { await p.check("#topic-caring"); await p.check("#adults-0-claims_carers_allowance"); },
    }, { adults: [{ age: 30, cares_35_hours: true, claims_carers_allowance: true, job: { hours_per_week: "0", hourly_wage: "12.71", pay_frequency: "weekly" } }] }],
    ["lone parent paying for childcare", {
      0: (p) => p.fill("#children", "3"),
      2: async (p) => { await p.check("#topic-childcare"); await p.fill("#childcare_costs_monthly", "400"); },
    }, { children: [{ age: 3 }], childcare_costs_monthly: "400" }],
    ["couple whose partner works", {
      0: async (p) => { await p.check("#partner"); await p.fill("#adults-1-age", "32"); },
      2: async (p) => {
        await p.check("#topic-partner-work");
        await p.fill("#adults-1-job-hourly_wage", "12.71");
        await p.fill("#adults-1-job-hours_per_week", "20");
      },
    }, { adults: [
      { age: 30, job: { hours_per_week: "0", hourly_wage: "12.71", pay_frequency: "weekly" } },
      { age: 32, job: { hours_per_week: "20", hourly_wage: "12.71" } },
    ] }],
    ["PIP claimant", {
      2: async (p) => {
        await p.check("#topic-disability");
        await p.selectOption("#adults-0-disability_benefits-pip_daily_living", { label: "Enhanced rate" });
      },
    }, { adults: [{ age: 30, disability_benefits: { pip_daily_living: "enhanced" }, job: { hours_per_week: "0", hourly_wage: "12.71", pay_frequency: "weekly" } }] }],
  ];
  for (const [who, answers, household] of cases) {
    const { page } = await open(360);
    await journey(page, answers);
    const shown = await headlineGain(page);
    const expected = Number(engine(16, household).better_off_weekly);
    assert(Math.abs(shown.value - expected) < 0.005, `${who}: page says ${shown.value}, engine ${expected}`);
    await page.close();
  }
  // Unticked, a box takes its answers out: the answer is the one with nothing extra.
  const { page } = await open();
  await journey(page, { 2: async (p) => {
    await p.check("#topic-savings");
    await p.fill("#savings", "20000");
    await p.uncheck("#topic-savings");
  } });
  const plain = await headlineGain(page);
  assert(Math.abs(plain.value - Number(engine(16).better_off_weekly)) < 0.005, "an unticked box still changes the answer");
  await axe(page, "answer after which of these apply");
  await page.close();
});

await check("client: the texts a client reads, every question page and the answer, have a reading age of about 11", async () => {
  // Two clients: a couple with a child, every box on "which of these apply" ticked; and someone on ESA and UC with
  // limited capability for work and work-related activity, whose answer names the thresholds near 16 hours.
  const clients = [
    ["couple, every question open", {
      0: async (p) => { await p.check("#partner"); await p.fill("#adults-1-age", "32"); await p.fill("#children", "4"); },
      2: async (p) => { for (const box of await p.$$("input[id^=topic-]")) await box.check(); },
    }],
    ["ESA and LCWRA", {
      1: async (p) => {
        await p.selectOption("#adults-0-uc_health", { index: 2 });
        await p.selectOption("#adults-0-esa", { index: 2 });
      },
    }],
  ];
  const screens = [];
  // The text as laid out (a line for each block), less the chart's own labels and the choice of mode.
  const read = async (page, name) => screens.push([name, await page.evaluate(() => {
    const hidden = [...document.querySelectorAll("#main svg, #main .modes")];
    hidden.forEach((e) => { e.style.display = "none"; });
    const text = document.querySelector("#main").innerText;
    hidden.forEach((e) => { e.style.display = ""; });
    const prose = [...document.querySelectorAll("#main p, #main li, #main .hint")].filter((e) => e.checkVisibility())
      .map((e) => e.innerText).join("\n");
    return [text, prose];
  })]);
  for (const [who, answers] of clients) {
    const { page } = await open(360);
    const reading = {};
    for (let n = 0; n < 5; n++) reading[n] = async (p) => { if (answers[n]) await answers[n](p); await read(p, `${who}, page ${n + 1}`); };
    await journey(page, reading);
    await read(page, `${who}, answer`);
    await page.close();
  }
  if (process.env.SHOW) for (const [name, [, prose]] of screens) console.log(`--- ${name}\n${prose}`);
  for (const [name, [text, prose]] of screens) {
    console.log(`  reading age ${readingAge(text).age.toFixed(1)} (its sentences alone ${readingAge(prose).age.toFixed(1)}): ${name}`);
  }
  const all = readingAge(screens.map(([, [text]]) => text).join("\n"));
  const prose = readingAge(screens.map(([, [, text]]) => text).join("\n"));
  console.log(`  reading age of all the client texts (Flesch-Kincaid grade + 5): ${all.age.toFixed(1)} (${all.words} words, ${all.sentences} sentences and lines); of the sentences alone (paragraphs, hints, list items): ${prose.age.toFixed(1)} (${prose.words} words, ${prose.sentences} sentences)`);
  assert(all.age <= 11 && prose.age <= 12, `the client texts read at age ${all.age.toFixed(1)}, their sentences alone ${prose.age.toFixed(1)}`);
});

await check("client: a child whose age fits a birth either side of 6 April 2017 brings one question, and the answer follows it", async () => {
  // The age today of a child born on 6 April 2017: a child of that age may have been born before it too.
  const now = new Date();
  const age = now.getUTCFullYear() - 2017 - (now.getUTCMonth() + 1 < 4 || (now.getUTCMonth() === 3 && now.getUTCDate() < 6) ? 1 : 0);
  const { page } = await open();
  await page.fill("#children", `${age}, 3`);
  await page.locator("#children").blur();
  await page.waitForSelector("#children-0-born_before_6_april_2017");
  assert(await page.$("#children-1-born_before_6_april_2017") === null, "a child of 3 was asked when they were born");
  await page.click("#continue");
  await page.waitForSelector("#error-summary-title");
  await page.selectOption("#children-0-born_before_6_april_2017", { label: "Yes, before 6 April 2017" });
  await journey(page);
  const shown = await headlineGain(page);
  const expected = Number(engine(16, { children: [{ age, born_before_6_april_2017: true }, { age: 3 }] }).better_off_weekly);
  assert(Math.abs(shown.value - expected) < 0.005, `page says ${shown.value}, engine ${expected}`);
  await axe(page, "client answer with the birth question");
  await page.close();
});

await check("client: paid weekly, the answer says how Universal Credit moves month to month; paid monthly, it does not", async () => {
  const { page } = await open();
  const rent = { 3: async (p) => {
    await p.selectOption("#housing-tenure", { label: "Yes, to a council or housing association" });
    await p.fill("#housing-rent_monthly", "500");
  } };
  await journey(page, rent);
  // The engine's twelve periods at 16 hours: four or five paydays each, so two amounts of UC.
  const credit = monthlyCredit(16);
  const low = Math.min(...credit), high = Math.max(...credit);
  const money = (n) => `£${n.toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  const text = await page.textContent("#month-to-month");
  const fewer = credit.filter((c) => c === low).length;
  assert(text.includes(`about ${money(low)} in ${fewer} of the next 12 months`) && text.includes(`about ${money(high)} in the others`),
    `month to month says: ${text}; the engine's periods give ${credit}`);
  await page.click("#change-answers");
  await journey(page, { ...rent, 4: (p) => p.selectOption("#adults-0-job-pay_frequency", { label: "Every month" }) });
  assert(await page.$("#month-to-month") === null, "paid monthly, UC is the same each month, but the answer says it moves");
  await page.close();
});

await check("dragging the slider changes the answer (keyboard), and so do exact hours typed beside it", async () => {
  const { page } = await open();
  await journey(page);
  const before = await headlineGain(page);
  await page.focus("#hours");
  for (let i = 0; i < 8; i++) await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => document.querySelector("#headline").textContent.includes("20 hours"));
  const after = await headlineGain(page);
  assert(after.value !== before.value, "the answer did not change");
  const expected = Number(engine(20).better_off_weekly);
  assert(Math.abs(after.value - expected) < 0.005, `at 20 hours page says ${after.value}, engine ${expected}`);
  // Exact hours typed in the box beside the slider.
  await page.fill("#hours-exact", "22.25");
  await page.press("#hours-exact", "Tab");
  await page.waitForFunction(() => document.querySelector("#headline").textContent.includes("22.25 hours"));
  const typed = await headlineGain(page);
  const atTyped = Number(engine("22.25").better_off_weekly);
  assert(Math.abs(typed.value - atTyped) < 0.005, `at 22.25 hours page says ${typed.value}, engine ${atTyped}`);
  await page.close();
});

await check("the chart gives the breakdown where it is pointed at or a threshold has focus, and pressed and dragged it chooses the hours", async () => {
  const { page } = await open();
  await journey(page);
  assert((await page.textContent("#chart-readout")).startsWith("At 16 hours"), "the readout is not at the chosen hours");
  await page.locator("#chart").scrollIntoViewIfNeeded();
  const box = await page.locator("#chart").boundingBox();
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
  const pointed = await page.textContent("#chart-readout");
  assert(/^At (4\d|3\d)(\.\d)? hours: .*Net earnings £/.test(pointed), `pointing near the right end gives: ${pointed}`);
  await page.mouse.move(0, 0);
  const mark = page.locator("#chart .breakpoint").first();
  const label = await mark.getAttribute("aria-label");
  await mark.focus();
  const at = label.split(" hours")[0];
  assert((await page.textContent("#chart-readout")).startsWith(`At ${at} hours`), `focus on "${label}" did not move the readout`);
  // Pressed and dragged (a mouse, or a finger on a phone), the chart chooses the hours.
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  const dragged = (await page.textContent("#chart-readout")).match(/^At ([\d.]+) hours/)[1];
  await page.waitForFunction((h) => document.querySelector("#headline").textContent.includes(`Working ${h} hours`), dragged);
  await page.close();
});

await check("the working shows each figure with its rule", async () => {
  const { page } = await open();
  await journey(page);
  await page.click("#working summary");
  const text = await page.textContent("#working");
  assert(/standard allowance/i.test(text) && text.includes("£424.90"), "no standard allowance line at £424.90");
  assert(text.includes("Universal Credit Regulations 2013"), "no legal reference");
  await axe(page, "working open");
  await page.close();
});

await check("bad input shows the error summary, linked to the field, and holds the page", async () => {
  const { page } = await open();
  await page.fill("#adults-0-age", "abc");
  await page.waitForSelector(".error-summary");
  const href = await page.getAttribute(".error-summary a", "href");
  assert(href === "#adults-0-age", `the summary links to ${href}`);
  assert((await page.getAttribute("#adults-0-age", "aria-invalid")) === "true", "the field is not marked invalid");
  await page.click("#continue");
  assert(await page.isVisible("text=Page 1 of 5"), "Continue moved on past an error");
  await page.fill("#adults-0-age", "15");
  await page.waitForSelector(".error-summary >> text=Your age");
  await page.screenshot({ path: path.join(shots, "error-1280.png"), fullPage: true });
  await axe(page, "error screen");
  await page.close();
});

await check("keyboard alone: through the questions to the answer and the slider", async () => {
  const { page } = await open();
  const seen = new Set();
  for (let i = 0; i < 80 && !(await page.$("#headline")); i++) {
    await page.keyboard.press("Tab");
    const id = await page.evaluate(() => document.activeElement.id);
    seen.add(id);
    if (id === "continue") {
      await page.keyboard.press("Enter");
      const now = await page.evaluate(() => document.activeElement.id);
      assert(now === "page-heading" || now === "headline", `after Continue the focus is on "${now}", not the new page`);
    }
  }
  await page.waitForSelector("#headline");
  for (let i = 0; i < 10 && !seen.has("hours"); i++) {
    await page.keyboard.press("Tab");
    seen.add(await page.evaluate(() => document.activeElement.id));
  }
  for (const id of ["adults-0-age", "children", "adults-0-uc_health", "housing-tenure", "adults-0-job-hourly_wage", "hours"]) {
    assert(seen.has(id), `Tab never reached #${id}`);
  }
  await page.close();
});

await check("adviser mode: a golden case shows the golden figures (tests/golden/uc-27)", async () => {
  // tests/golden/uc-27-work-allowance-lower-social-rent.toml: lone parent, 16 hours at £12.71 paid monthly, social
  // rent £400; hand arithmetic there gives gross £881.23 and Universal Credit £879.01 a month.
  const { page } = await open();
  await adviserWith(page, {
    date: "2026-10-01", nation: "england",
    adults: [{ age: 28, job: { hours_per_week: "16", hourly_wage: "12.71", pay_frequency: "monthly" }, pension: { scheme: "opted_out" } }],
    children: [{ age: 6 }],
    housing: { tenure: "social_rent", rent_monthly: "400.00" },
  });
  await page.check("#scenarios-monthly");
  const now = await page.$$eval("#scenarios tbody tr", (rows) =>
    Object.fromEntries(rows.map((r) => [r.querySelector("th").textContent, r.querySelectorAll("td")[0].textContent])));
  assert(now["Gross earnings"] === "£881.23", `gross now ${now["Gross earnings"]}`);
  assert(now["Universal Credit"] === "£879.01", `Universal Credit now ${now["Universal Credit"]}`);
  assert((await page.inputValue("#adults-0-job-hourly_wage")) === "12.71", "the form does not show the file's pay");
  await page.fill("#more_hours", "24, 30");
  await page.waitForSelector("#scenarios th >> text=30 hours");
  await page.selectOption("#working-scenario", { label: "Now: 16 hours" });
  const working = await page.textContent("#working");
  assert(working.includes("£879.01 a month") && working.includes("£249.83 a month"), "the working lacks the golden award and deduction");
  await page.screenshot({ path: path.join(shots, "adviser-1280.png"), fullPage: true });
  await axe(page, "adviser screen");
  await page.setViewportSize({ width: 360, height: 900 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert(overflow <= 0, `adviser mode is ${overflow}px wider than a 360 px screen`);
  await page.screenshot({ path: path.join(shots, "adviser-360.png"), fullPage: true });
  await page.close();
});

await check("adviser mode: help in kind (tests/golden/help-02): the layer, its cliff near the hours, its working", async () => {
  // tests/golden/help-02: England 2025-26, 12 hours at £12.21 paid monthly: the Year 5 child's free school meals
  // stop at 11.655075 hours; the Year 2 child's (universal) stay, £495.90 a year.
  const { page } = await open();
  await adviserWith(page, {
    date: "2025-10-01", nation: "england",
    adults: [{ age: 30, job: { hours_per_week: "12", hourly_wage: "12.21", pay_frequency: "monthly" }, pension: { scheme: "opted_out" } }],
    children: [{ date_of_birth: "2019-05-01" }, { age: 9, school_year: "year_5" }],
  });
  await page.waitForSelector("#scenarios th >> text=Help in kind (not cash)");
  const near = await page.textContent(".answer");
  assert(near.includes("free school meals stop"), "the free school meals cliff is not named near the hours");
  assert((await page.inputValue("#children-1-school_year")) !== "", "the school year field is missing");
  // The rules' texts are loaded when the working is shown (web/sources.json).
  await page.waitForSelector("#working >> text=SI 2018/148", { timeout: 5000 });
  const working = await page.textContent("#working");
  assert(working.includes("Help in kind: free school meals") && working.includes("£495.90 a year"), "the working lacks the free school meals");
  assert((await page.textContent("#curve-table")).includes("Help in kind"), "the table has no help in kind");
  await axe(page, "adviser screen with help in kind");
  await page.close();
});

await check("client mode: help in kind on the chart by default, and the answer names the help that stops", async () => {
  // The family of tests/golden/help-02, not working now: at 16 hours the Year 5 child's free school meals have
  // stopped (at 11.655075 hours), 2.61 x 190 / 52 = £9.54 a week; the Year 2 child's (universal) stay.
  const { page } = await open();
  await adviserWith(page, {
    date: "2025-10-01", nation: "england",
    adults: [{ age: 30, job: { hours_per_week: "0", hourly_wage: "12.21", pay_frequency: "monthly" }, pension: { scheme: "opted_out" } }],
    children: [{ date_of_birth: "2019-05-01" }, { age: 9, school_year: "year_5" }],
  });
  await page.click("text=For you");
  await page.focus("#hours");
  for (let i = 0; i < 32; i++) await page.keyboard.press("ArrowRight");
  await page.waitForSelector("#help-in-kind >> text=free school meals fall by £9.54 a week");
  assert(await page.isChecked("#show-help-in-kind"), "help in kind is not shown by default in client mode");
  // Named, not valued: with any Universal Credit (Ofcom).
  assert((await page.textContent("#other-help")).includes("social tariff"), "the broadband social tariff is not named");
  assert((await page.locator('#chart polygon[data-s="hik"]').count()) > 0, "the chart has no help in kind");
  await page.uncheck("#show-help-in-kind");
  assert((await page.locator('#chart polygon[data-s="hik"]').count()) === 0, "help in kind is still drawn");
  await axe(page, "client answer with help in kind");
  // A child who has free school meals now keeps them, whatever the earnings, to the end of the 2025/26 school year
  // (tests/golden/help-13): nothing is lost.
  await page.click("text=For advisers");
  await page.check("#children-1-has_free_school_meals");
  await page.waitForFunction(() => !document.querySelector("#help-in-kind"));
  await page.close();
});

await check("adviser mode: a council's income-banded scheme typed in the form gives the golden reduction (tests/golden/ctr-02)", async () => {
  // tests/golden/ctr-02-income-bands-near-an-edge.toml: single, 10 hours at £12.21 monthly, bill £1,600; income
  // banded (take-home pay and UC) £147.28 a week, in the 80 % band: £24.55 a week, with the next edge warned of.
  const { page } = await open();
  await adviserWith(page, {
    date: "2025-10-01", nation: "england",
    adults: [{ age: 30, job: { hours_per_week: "10", hourly_wage: "12.21", pay_frequency: "monthly" } }],
  });
  await page.fill("#council_tax-bill_annual", "1600");
  await page.selectOption("#council_tax-band", { label: "B" });
  await page.selectOption("#council_tax-reduction", { label: "Worked out from the council's scheme: income bands" });
  await page.selectOption("#council_tax-scheme-award-income", { label: "Take-home pay and Universal Credit" });
  for (let i = 0; i < 2; i++) await page.click("text=Add a band below the last");
  const bands = [["100", "100"], ["80", "150"], ["60", "200"], ["0", null]];
  for (const [i, [percent, top]] of bands.entries()) {
    await page.fill(`#council_tax-scheme-award-bands-${i}-percent`, percent);
    if (top) await page.fill(`#council_tax-scheme-award-bands-${i}-up_to`, top);
  }
  await page.waitForFunction(() => [...document.querySelectorAll("#scenarios tbody tr")]
    .some((r) => r.querySelector("th").textContent === "Council Tax Reduction" && r.querySelector("td").textContent === "£24.55"));
  const warnings = await page.textContent("body");
  assert(warnings.includes("Council Tax Reduction goes from 80 % to 60 % of the bill"), "the band edge near the hours is not warned of");
  await axe(page, "adviser screen with a council tax scheme");
  await page.setViewportSize({ width: 360, height: 900 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert(overflow <= 0, `the scheme form is ${overflow}px wider than a 360 px screen`);
  await page.close();
});

await check("adviser mode: month by month shows the golden periods (tests/golden/months-01)", async () => {
  // tests/golden/months-01-weekly-pay-five-paydays.toml: 16 hours at £12.71 paid weekly on Fridays from 1 May 2026,
  // periods from the 1st, rent £700; hand arithmetic there gives UC £565.66 with five paydays, £677.51 with four.
  const { page } = await open();
  await adviserWith(page, {
    date: "2026-05-01", nation: "england", assessment_period_day: 1,
    adults: [{ age: 30, job: { hours_per_week: "16", hourly_wage: "12.71", pay_frequency: "weekly", payday: "2026-05-01" }, pension: { scheme: "opted_out" } }],
    housing: { tenure: "private_rent", rent_monthly: "700.00", lha_monthly: "700.00" },
  });
  const rows = await page.$$eval("#months tbody tr", (rows) =>
    rows.map((r) => [r.querySelector("th").textContent, ...[...r.querySelectorAll("td")].map((td) => td.textContent)]));
  assert(rows.length === 13, `${rows.length} rows, expected twelve periods and the total`);
  assert(rows[0][0] === "1 May 2026 to 31 May 2026", `first period ${rows[0][0]}`);
  assert(rows[0][1] === "5 (1 May, 8 May, 15 May, 22 May, 29 May)", `May paydays ${rows[0][1]}`);
  assert(rows[0][2] === "£1,016.80" && rows[0][3] === "£565.66", `May ${rows[0]}`);
  assert(rows[1][3] === "£677.51" && rows[1][5] === "£790.95", `June ${rows[1]}`);
  // Five periods at £565.66 and seven at £677.51.
  assert(rows[12][3] === "£7,570.87", `the year's UC ${rows[12][3]}`);
  // The payday field moves the paydays: a Monday, 4 May, leaves four in May.
  await page.fill("#adults-0-job-payday", "2026-05-04");
  await page.waitForSelector("#months tbody tr:first-child >> text=£677.51");
  await page.locator("section[aria-labelledby=months-title]").screenshot({ path: path.join(shots, "adviser-months-1280.png") });
  await axe(page, "month by month");
  // tests/golden/months-02: four-weekly pay, two paydays in the period from 20 November, no UC there, earnings
  // £336.56 above the point where it stops: the page says surplus earnings may follow, not modelled.
  await adviserWith(page, {
    date: "2026-06-15", nation: "england", assessment_period_day: 20,
    adults: [{ age: 30, job: { hours_per_week: "25", hourly_wage: "12.71", pay_frequency: "four_weekly", payday: "2026-06-05" }, pension: { scheme: "opted_out" } }],
    children: [{ age: 4 }],
  });
  const nil = await page.textContent("#months tbody tr:nth-child(7)");
  assert(nil.includes("20 Nov 2026 to 19 Dec 2026") && nil.includes("£0.00"), `the seventh period: ${nil}`);
  const notes = await page.textContent("section[aria-labelledby=months-title]");
  assert(notes.includes("In the period from 20 Nov 2026 to 19 Dec 2026, earnings are £336.56 above the point where Universal Credit stops"),
    "no surplus earnings note for the period with no UC");
  await page.close();
});

await check("adviser mode: a partner and a child added, every field reachable, errors linked", async () => {
  const { page } = await open();
  await page.click("text=For advisers");
  await page.click("#add-partner");
  await page.click("#add-child");
  await page.fill("#adults-1-age", "");
  await page.waitForSelector(".error-summary >> text=Your partner's age");
  const href = await page.getAttribute(".error-summary a", "href");
  assert(href === "#adults-1-age", `the summary links to ${href}`);
  await page.fill("#adults-1-age", "33");
  await page.waitForSelector("#scenarios");
  await axe(page, "adviser screen with a partner and a child");
  await page.close();
});

await check("client and adviser mode are two builds: the client's first load has no adviser build, and switching hands the calculation over with the focus on the mode's button", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const seen = [];
  page.on("request", (r) => seen.push(new URL(r.url()).pathname));
  await page.goto(base);
  await journey(page, { 0: (p) => p.fill("#children", "4") });
  await page.fill("#hours-exact", "20");
  await page.locator("#hours-exact").blur();
  await page.waitForFunction(() => document.querySelector("#headline").textContent.includes("20 hours"));
  const headline = await page.textContent("#headline");
  assert(seen.includes("/web_bg.wasm") && !seen.some((p) => p.includes("web-adviser")), "client mode loaded the adviser build");
  await page.click("#mode-adviser");
  await page.waitForSelector("#adults-0-job-hourly_wage");
  assert(seen.some((p) => p.endsWith("/web-adviser_bg.wasm")), "adviser mode did not load its build");
  assert(await page.evaluate(() => document.activeElement?.id) === "mode-adviser", "the focus is not on the adviser button");
  assert((await page.inputValue("#children-0-age")) === "4", "the child did not come over");
  assert((await page.textContent("#headline")) === headline, "adviser mode gives another answer");
  await axe(page, "adviser mode after the handover");
  await page.click("#mode-client");
  await page.waitForSelector("#headline");
  assert((await page.textContent("#headline")) === headline, "back in client mode, the answer changed");
  assert(await page.evaluate(() => document.activeElement?.id) === "mode-client", "the focus is not on the client button");
  await page.close();
});

await check("Cymraeg: the language button starts the Welsh build with the calculation, the page's lang set and the focus kept; English again goes back", async () => {
  const { page } = await open();
  await journey(page, { 0: (p) => p.fill("#children", "4") });
  // The week's difference in the comparison table, the same figure in either language.
  const difference = () => page.textContent("#compare tbody tr:first-child td:last-child");
  const figure = await difference();
  await page.click("#language");
  await page.waitForSelector("h1 >> text=A fyddwn i'n well fy myd yn gweithio?");
  assert(await page.evaluate(() => document.documentElement.lang) === "cy", "the page's lang is not cy");
  assert(await page.evaluate(() => document.activeElement?.id) === "language", "the focus is not on the language button");
  assert((await page.textContent("#language")) === "English", "the Welsh page does not offer English");
  assert((await difference()) === figure, `the Welsh answer's figure differs from ${figure}`);
  await axe(page, "the answer in Welsh");
  await page.click("#language");
  await page.waitForSelector("h1 >> text=Would I be better off working?");
  assert(await page.evaluate(() => document.documentElement.lang) === "en-GB", "the page's lang is not en-GB");
  assert((await difference()) === figure, "back in English, the answer changed");
  await page.close();
});

await check("Welsh: the client journey from the first question to the answer and its printout is in Welsh, with no English left but names, fits 320 px, and passes axe", async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${base}?lang=cy`);
  await page.waitForSelector("html[lang=cy] #progress");
  // Words that only English has (Welsh shares none of them), as whole words; the button offering English is named so.
  const english = /\b(the|and|your|you|of|with|for|from|this|that|what|how|week|month|year|hours|pay|work|working|benefits?|income|rent|children|child|savings|continue|back|change|print|share|save|open|keep|yes|no|now|about|better|worse|off|there|problem|page)\b/gi;
  const leftover = async (where) => {
    const text = await page.evaluate(() => {
      const hidden = [...document.querySelectorAll("#main svg, #language")];
      hidden.forEach((e) => { e.style.display = "none"; });
      const text = document.querySelector("#main").innerText;
      hidden.forEach((e) => { e.style.display = ""; });
      return text;
    });
    const lines = text.split("\n").filter((line) => line.match(english));
    assert(lines.length === 0, `English on ${where}: ${lines.slice(0, 5).join(" | ")}`);
    // Welsh words are longer: the page still fits a 320-pixel phone.
    await page.setViewportSize({ width: 320, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.setViewportSize({ width: 360, height: 900 });
    assert(overflow <= 0, `${where} in Welsh is ${overflow}px wider than a 320-pixel screen`);
  };
  for (let n = 0; n < 5; n++) {
    // "… 2 … 5": the page's number, then the count.
    await page.waitForFunction((k) => new RegExp(`\\b${k}\\b\\D+\\b5\\b`).test(document.querySelector("#progress").textContent), n + 1);
    if (n === 2) for (const box of await page.$$("input[id^=topic-]")) await box.check();
    await leftover(`question page ${n + 1}`);
    await axe(page, `question page ${n + 1} in Welsh`);
    await page.click("#continue");
  }
  await page.waitForSelector("#headline");
  await leftover("the answer");
  await axe(page, "the answer in Welsh");
  await page.emulateMedia({ media: "print" });
  await leftover("the printout");
  await page.screenshot({ path: path.join(shots, "welsh-answer-360.png"), fullPage: true });
  await page.close();
});

await check("share link round-trips the whole state", async () => {
  const { page } = await open();
  await page.click("text=For advisers");
  await page.fill("#adults-0-job-hourly_wage", "14.50");
  await page.fill("#more_hours", "30");
  await page.waitForSelector("#scenarios th >> text=30 hours");
  const headline = await page.textContent("#headline");
  await page.click("#share");
  const link = await page.inputValue("#share-link");
  assert(link.startsWith(base) && link.includes("#s="), `not a fragment link: ${link.slice(0, 80)}`);
  const other = (await open(1280, link)).page;
  await other.waitForSelector("#headline");
  assert((await other.textContent("#headline")) === headline, "the shared page gives a different answer");
  assert((await other.inputValue("#adults-0-job-hourly_wage")) === "14.5", "the pay did not come through");
  assert((await other.inputValue("#more_hours")) === "30", "the scenarios did not come through");
  await page.close();
  await other.close();
});

await check("save to a file, laid out for reading, and open it again", async () => {
  const { page } = await open();
  await journey(page, { 4: (p) => p.fill("#adults-0-job-hourly_wage", "13.25") });
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#save-file")]);
  const file = await download.path();
  const text = fs.readFileSync(file, "utf8");
  assert(text.startsWith('{\n  "mode": "client",\n'), `the file is not laid out for reading: ${text.slice(0, 40)}`);
  assert(JSON.parse(text).household.adults[0].job.hourly_wage === "13.25", "the file lacks the wage");
  const other = (await open()).page;
  await other.click("text=For advisers");
  await other.setInputFiles("#open-file", file);
  await other.waitForSelector("#headline");
  assert((await other.textContent("#headline")).includes("£13.25 an hour"), "the saved calculation did not open");
  await page.close();
  await other.close();
});

await check("keep in this browser, then forget", async () => {
  const { page } = await open();
  await journey(page, { 4: (p) => p.fill("#adults-0-job-hourly_wage", "13.25") });
  await page.click("#keep-here");
  await page.waitForSelector("#forget");
  await page.reload();
  await page.waitForSelector("#headline");
  assert((await page.textContent("#headline")).includes("£13.25 an hour"), "the kept calculation did not come back");
  await page.click("#forget");
  await page.reload();
  await page.waitForSelector("#progress");
  assert(await page.evaluate(() => localStorage.length === 0), "something is still kept");
  await page.close();
});

await check("print view fits one A4 page with the scenario, the comparison table, each source now and at the hours, the legend in colour, rule year, date and assumptions", async () => {
  const { page } = await open();
  await journey(page);
  await page.emulateMedia({ media: "print" });
  const text = await page.evaluate(() => document.body.innerText);
  for (const words of ["In-work calculation", "tax year", "Printed", "Assumptions", "Income a week from each source", "Universal Credit", "A month"]) {
    assert(text.includes(words), `the print view lacks "${words}"`);
  }
  assert(!(await page.isVisible("#hours")), "the slider is printed");
  assert(!text.includes("adult(s)"), "the printout reads as a form: adult(s)");
  assert(await page.isVisible("#compare"), "the week, month and year comparison is not printed");
  const swatch = await page.evaluate(() => getComputedStyle(document.querySelector(".swatch")).printColorAdjust);
  assert(swatch === "exact", `the legend's swatches print as ${swatch}`);
  await page.screenshot({ path: path.join(shots, "print.png"), fullPage: true });
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
  fs.writeFileSync(path.join(shots, "print.pdf"), pdf);
  assert(pages === 1, `the print view takes ${pages} pages`);
  await page.close();
});

await check("a phone-sized screen (360 px, and 320 px) works, the chart's text is at least 12 px, and it passes axe", async () => {
  const { page } = await open(360);
  await journey(page, {}, "client-360");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert(overflow <= 0, `the page is ${overflow}px wider than the screen`);
  // Each of the chart's labels, its font size scaled as drawn, is at least 12 px on screen.
  const smallest = () => page.evaluate(() => {
    const svg = document.querySelector("#chart");
    const scale = svg.getScreenCTM().a;
    return Math.min(...[...svg.querySelectorAll("text")].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
  });
  for (const width of [360, 320]) {
    await page.setViewportSize({ width, height: 900 });
    const px = await smallest();
    assert(px >= 11.95, `the chart's smallest text is ${px.toFixed(1)} px at ${width} px`);
  }
  // The thresholds are listed under the legend too, one for each mark on the chart.
  const listed = await page.$$eval("#chart-thresholds li", (items) => items.length);
  const marked = await page.$$eval("#chart .breakpoint", (items) => items.length);
  assert(listed > 0 && listed === marked, `${listed} thresholds listed, ${marked} marked`);
  await page.screenshot({ path: path.join(shots, "client-answer-320.png"), fullPage: true });
  await page.setViewportSize({ width: 360, height: 900 });
  await page.screenshot({ path: path.join(shots, "client-answer-360.png"), fullPage: true });
  await axe(page, "client answer at 360 px");
  await page.close();
});

await check("text at 200 % still fits and reads, on a wide screen and on a 360-pixel phone", async () => {
  for (const width of [1280, 360]) {
    const { page } = await open(width);
    await page.evaluate(() => { document.documentElement.style.fontSize = "200%"; });
    await journey(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(overflow <= 0, `at 200 % text the page is ${overflow}px too wide at ${width} px`);
    await page.screenshot({ path: path.join(shots, `client-answer-text-200-${width}.png`), fullPage: true });
    await page.close();
  }
});

await check("works offline after the first visit (service worker)", async () => {
  const { page } = await open();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    for (let i = 0; i < 50 && !(await caches.keys()).length; i++) await new Promise((r) => setTimeout(r, 100));
  });
  await page.context().setOffline(true);
  await page.reload();
  await journey(page);
  assert((await page.textContent("#headline")).includes("16 hours"), "no answer offline");
  await page.close();
});

await check("no request leaves localhost", async () => {
  const elsewhere = requests.filter((u) => !u.startsWith(base) && !u.startsWith("data:") && !u.startsWith("blob:"));
  assert(elsewhere.length === 0, elsewhere.join(", "));
});

// Measurements (reported, not asserted).
// The first load is client mode's build; adviser mode's is loaded in its place when chosen.
const gzip = (files) => files.reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length, 0);
const files = ["app.js", "start.js", "web.js", "web_bg.wasm"];
const adviserFiles = ["app.js", "start.js", "web-adviser.js", "web-adviser_bg.wasm"];
const [gzipped, adviserGzipped] = [gzip(files), gzip(adviserFiles)];

// Start-up: from the navigation to the first question on screen, its handlers attached (Yew attaches them as it
// renders), timed by the browser itself; each load in a fresh context, so nothing is cached.
const startups = [];
for (let i = 0; i < 7; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector("h1")) {
        window.interactiveAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(base);
  await page.waitForSelector("h1");
  startups.push(await page.evaluate(() => window.interactiveAt));
  await context.close();
}
startups.sort((a, b) => a - b);

// The slider: each step's recompute and redraw (the input event, the update, the DOM changed and laid out).
const { page } = await open();
await journey(page);
const steps = await page.evaluate(async () => {
  const slider = document.querySelector("#hours");
  const times = [];
  for (let i = 0; i < 60; i++) {
    const started = performance.now();
    slider.value = String((i * 7) % 96 / 2);
    slider.dispatchEvent(new Event("input", { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    document.body.getBoundingClientRect();
    times.push(performance.now() - started);
    if (!document.querySelector("#headline").textContent.includes(`${slider.value} hours`)) return null;
  }
  return times.sort((a, b) => a - b);
});
assert(steps, "the answer had not moved with the slider when a step was timed");
const ms = (t) => `${t.toFixed(1)} ms`;
console.log(`measure: WebAssembly + JS gzipped ${(gzipped / 1024).toFixed(1)} KB (${files.join(", ")}); adviser mode ${(adviserGzipped / 1024).toFixed(1)} KB (${adviserFiles.join(", ")})`);
console.log(`measure: navigation to interactive, median ${ms(startups[3])} (${ms(startups[0])} to ${ms(startups[6])}, 7 fresh loads)`);
console.log(`measure: slider step, recompute and redraw, median ${ms(steps[30])}, slowest ${ms(steps[59])} (60 steps)`);

await browser.close();
server.close();
finish("browser");
