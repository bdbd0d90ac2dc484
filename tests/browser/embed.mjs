// Browser tests of the embeddings: the calculator's own page, a host page with the <in-work-calculator> element and a
// host page with the iframe, each on its own local port and each under the strict Content-Security-Policy. Checks that
// the calculator renders, that the result event or message carries the engine's figures, that the frame sizes itself,
// that no CSP violation is reported and that nothing is requested from any other host.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import { STRICT_CSP, assert, axe, check, dist, finish, here, launch, root, serve, shots } from "./harness.mjs";
import { HOUSEHOLD } from "./hosts/household.js";

const hosts = path.join(here, "hosts");
const calculator = await serve({ "/": dist }, { "content-security-policy": STRICT_CSP });
// The element's host serves its own copy of the calculator's files (as a site using the npm package would), so its
// scripts are its own 'self'; the frame's host allows one more thing, the calculator's origin as a frame.
const elementHost = await serve({ "/": hosts, "/calculator/": dist }, { "content-security-policy": STRICT_CSP });
const frameCsp = `${STRICT_CSP}; frame-src ${calculator.base.slice(0, -1)}`;
const frameHost = await serve({ "/": hosts }, { "content-security-policy": frameCsp });
const allowed = [calculator.base, elementHost.base, frameHost.base];
const browser = await launch();

/// A new page recording CSP reports (from every frame: Chromium logs each violation to the console) and requests.
async function open(url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const seen = { violations: [], requests: [] };
  page.on("console", (m) => m.text().includes("Content Security Policy") && seen.violations.push(m.text()));
  page.on("request", (r) => seen.requests.push(r.url()));
  await page.goto(url);
  return { page, seen };
}

function clean(seen) {
  assert(seen.violations.length === 0, `CSP violations: ${seen.violations.join(" | ")}`);
  const elsewhere = seen.requests.filter((u) => !allowed.some((a) => u.startsWith(a)) && !u.startsWith("data:"));
  assert(elsewhere.length === 0, `requests to other hosts: ${elsewhere.join(", ")}`);
}

/// The engine's own outlook (the command-line tool) for the host pages' household at 16 hours.
function engine() {
  const file = path.join(here, ".household.json");
  fs.writeFileSync(file, JSON.stringify(HOUSEHOLD));
  const out = JSON.parse(execFileSync(path.join(root, "target/debug/inwork"), ["curve", file, "--hours", "16"]).toString());
  fs.rmSync(file);
  return out.outlook;
}

/// The answer reported to the host against the engine, and against the golden case: tests/golden/uc-27 works out
/// Universal Credit of £879.01 a month at 16 hours, £879.01 × 12 / 52 = £202.85 a week.
function sameAsEngine(answer) {
  const expected = engine();
  const pence = (a, b) => Math.abs(Number(a) - Number(b)) < 0.005;
  assert(answer.hours === "16", `hours ${answer.hours}`);
  assert(pence(answer.betterOffWeekly, expected.better_off_weekly), `better off ${answer.betterOffWeekly}, engine ${expected.better_off_weekly}`);
  assert(pence(answer.incomeAfterCostsWeekly, expected.figures.income_after_costs), `income ${answer.incomeAfterCostsWeekly}`);
  assert(Math.abs(Number(answer.universalCreditWeekly) - 202.85) < 0.011, `Universal Credit ${answer.universalCreditWeekly} a week`);
  assert(typeof answer.betterOffWeekly === "string", "money is not a string");
}

await check("the calculator's own page runs under the strict CSP", async () => {
  const { page, seen } = await open(calculator.base);
  await page.waitForSelector("#progress");
  clean(seen);
  await page.close();
});

await check("custom element: renders in its shadow DOM, themed, and raises result events with the engine's figures", async () => {
  const { page, seen } = await open(`${elementHost.base}element.html`);
  await page.waitForSelector("in-work-calculator #headline");
  await page.waitForFunction(() => window.results.length > 0);
  sameAsEngine(await page.evaluate(() => window.results.at(-1)));
  const styles = await page.evaluate(() => {
    const shadow = document.querySelector("in-work-calculator").shadowRoot;
    return {
      border: getComputedStyle(shadow.querySelector(".answer")).borderTopColor,
      text: getComputedStyle(shadow.querySelector(".small")).color,
    };
  });
  assert(styles.border === "rgb(128, 0, 128)", `the host's --brand did not theme it: ${styles.border}`);
  assert(styles.text !== "rgb(170, 0, 0)", "the host's p colour leaked into the calculator");
  await page.locator("in-work-calculator #hours").focus();
  for (let i = 0; i < 8; i++) await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => window.results.at(-1).hours === "20");
  await page.screenshot({ path: path.join(shots, "embed-element.png"), fullPage: true });
  // Adviser mode is the other build: the element starts it in its place, with the calculation, and it reports too.
  const before = await page.evaluate(() => window.results.length);
  await page.click("in-work-calculator #mode-adviser");
  await page.waitForSelector("in-work-calculator #adults-0-job-hourly_wage");
  await page.waitForFunction((n) => window.results.length > n && window.results.at(-1).hours === "20", before);
  clean(seen);
  // Last: axe itself sets inline styles while it measures, which the policy reports.
  await axe(page, "host page with the element");
  await page.close();
});

await check("iframe: renders, posts results to the host's origin only, and sizes its frame", async () => {
  const { page, seen } = await open(`${frameHost.base}iframe.html?calculator=${encodeURIComponent(calculator.base)}`);
  await page.waitForFunction(() => window.results.length > 0 && window.heights.length > 0);
  sameAsEngine(await page.evaluate(() => window.results.at(-1)));
  const frame = await page.evaluate(() => {
    const box = document.getElementById("calculator").getBoundingClientRect();
    return { height: box.height, told: window.heights.at(-1) };
  });
  assert(frame.height > 600 && Math.abs(frame.height - frame.told) < 1, `frame ${frame.height}px, told ${frame.told}px`);
  await page.screenshot({ path: path.join(shots, "embed-iframe.png"), fullPage: true });
  clean(seen);
  await page.close();
});

await check("iframe: posts nothing when the host names no origin", async () => {
  const { page } = await open(`${frameHost.base}iframe.html?calculator=${encodeURIComponent(calculator.base)}&origin=none`);
  const frame = page.frameLocator("#calculator");
  await frame.locator("#headline").waitFor();
  await page.waitForTimeout(300);
  const told = await page.evaluate(() => window.results.length + window.heights.length);
  assert(told === 0, `${told} message(s) reached the host without it naming its origin`);
  await page.close();
});

await browser.close();
for (const s of [calculator, elementHost, frameHost]) s.server.close();
finish("embedding");
