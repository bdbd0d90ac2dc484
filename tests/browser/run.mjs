// Browser tests of the app in headless Chromium (Debian's), driven by playwright-core. Serves dist/ (built by
// scripts/build-web) on a local port, checks the client journey against the engine's own command-line tool, runs
// axe-core on every screen, records every request, takes screenshots (kept out of the repository), and prints the
// size and speed measurements. Exits non-zero if any check fails.

import { chromium } from "playwright-core";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const dist = path.join(root, "dist");
const shots = path.join(here, "screenshots");
const cli = path.join(root, "target/debug/inwork");

const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css" };
const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  const file = path.join(dist, url.pathname === "/" ? "index.html" : path.normalize(url.pathname));
  if (!file.startsWith(dist) || !fs.existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
  fs.createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run"],
});

const failures = [];
const requests = [];
async function check(name, body) {
  try {
    await body();
    console.log(`ok   ${name}`);
  } catch (e) {
    failures.push(name);
    console.log(`FAIL ${name}: ${e.message}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function open(width = 1280) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  page.on("request", (r) => requests.push(r.url()));
  const started = Date.now();
  await page.goto(base);
  await page.waitForSelector("#headline");
  return { page, ms: Date.now() - started };
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

/// The "£X a week better off" figure in the headline, as a number (negative when worse off).
async function headlineGain(page) {
  const text = await page.textContent("#headline");
  const m = text.match(/£([\d,]+\.\d\d) a week (better|worse) off/);
  assert(m, `no better-off figure in: ${text}`);
  const value = Number(m[1].replace(/,/g, ""));
  return { text, value: m[2] === "better" ? value : -value };
}

async function axe(page, screen) {
  await page.addScriptTag({ path: path.join(here, "node_modules/axe-core/axe.min.js") });
  const result = await page.evaluate(() => window.axe.run());
  const found = result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help}`);
  assert(found.length === 0, `${screen}: ${found.join("; ")}`);
}

fs.mkdirSync(shots, { recursive: true });
let interactiveMs = [];

await check("client journey: the answer matches the engine", async () => {
  const { page, ms } = await open();
  interactiveMs.push(ms);
  const shown = await headlineGain(page);
  const expected = Number(engine(16).better_off_weekly);
  assert(Math.abs(shown.value - expected) < 0.005, `page says ${shown.value}, engine ${expected}`);
  await page.screenshot({ path: path.join(shots, "client-1280.png"), fullPage: true });
  await axe(page, "client screen");
  await page.close();
});

await check("dragging the slider changes the answer (keyboard)", async () => {
  const { page } = await open();
  const before = await headlineGain(page);
  await page.focus("#hours");
  for (let i = 0; i < 8; i++) await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => document.querySelector("#headline").textContent.includes("20 hours"));
  const after = await headlineGain(page);
  assert(after.value !== before.value, "the answer did not change");
  const expected = Number(engine(20).better_off_weekly);
  assert(Math.abs(after.value - expected) < 0.005, `at 20 hours page says ${after.value}, engine ${expected}`);
  await page.close();
});

await check("the working shows each figure with its rule", async () => {
  const { page } = await open();
  await page.click("#working summary");
  const text = await page.textContent("#working");
  assert(/standard allowance/i.test(text) && text.includes("£424.90"), "no standard allowance line at £424.90");
  assert(text.includes("Universal Credit Regulations 2013"), "no legal reference");
  await axe(page, "working open");
  await page.close();
});

await check("bad input shows the error summary, linked to the field", async () => {
  const { page } = await open();
  await page.fill("#age", "abc");
  await page.waitForSelector(".error-summary");
  const href = await page.getAttribute(".error-summary a", "href");
  assert(href === "#age", `the summary links to ${href}`);
  assert((await page.getAttribute("#age", "aria-invalid")) === "true", "the field is not marked invalid");
  await page.screenshot({ path: path.join(shots, "error-1280.png"), fullPage: true });
  await axe(page, "error screen");
  await page.close();
});

await check("keyboard alone reaches every question and the slider", async () => {
  const { page } = await open();
  const seen = new Set();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    seen.add(await page.evaluate(() => document.activeElement.id || document.activeElement.className));
  }
  for (const id of ["age", "children", "wage", "hours"]) assert(seen.has(id), `Tab never reached #${id}`);
  await page.close();
});

await check("a phone-sized screen (360 px) works and passes axe", async () => {
  const { page } = await open(360);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert(overflow <= 0, `the page is ${overflow}px wider than the screen`);
  await page.screenshot({ path: path.join(shots, "client-360.png"), fullPage: true });
  await axe(page, "client screen at 360 px");
  await page.close();
});

await check("no request leaves localhost", async () => {
  const elsewhere = requests.filter((u) => !u.startsWith(base) && !u.startsWith("data:"));
  assert(elsewhere.length === 0, elsewhere.join(", "));
});

// Measurements (reported, not asserted).
const files = fs.readdirSync(dist).filter((f) => f.endsWith(".wasm") || f.endsWith(".js"));
const gzipped = files.reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length, 0);
const { page } = await open();
const frame = await page.evaluate(async () => {
  const slider = document.querySelector("#hours");
  const started = performance.now();
  const steps = 60;
  for (let i = 0; i < steps; i++) {
    slider.value = String((i % 96) / 2);
    slider.dispatchEvent(new Event("input", { bubbles: true }));
    await new Promise((resolve) => requestAnimationFrame(() => resolve()));
  }
  return (performance.now() - started) / steps;
});
console.log(`measure: WebAssembly + JS gzipped ${(gzipped / 1024).toFixed(1)} KB (${files.join(", ")})`);
console.log(`measure: navigation to interactive ${Math.min(...interactiveMs)} ms (first load in a fresh page)`);
console.log(`measure: slider step, recompute and redraw ${frame.toFixed(1)} ms a frame (60 steps)`);

await browser.close();
server.close();
if (failures.length) {
  console.log(`${failures.length} browser check(s) failed`);
  process.exit(1);
}
