// Benchmark (not a test): the JavaScript module's calculate() and curve() in headless Chromium against the same calls
// natively, in one run on one machine (issue 18). Needs scripts/build-package; runs the native benchmark itself
// (cargo bench -p calc-core --bench engine) and prints each figure and the ratio. `node tests/browser/bench.mjs`.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import { STRICT_CSP, launch, root, serve, here } from "./harness.mjs";

const household = JSON.parse(fs.readFileSync(path.join(root, "calc-core/benches/lone_parent.json"), "utf8"));

// Natively: the median per call of the benchmark's "api:" lines, in microseconds.
const native = {};
const out = execFileSync("cargo", ["bench", "-q", "-p", "calc-core", "--bench", "engine"], { cwd: root }).toString();
for (const line of out.split("\n")) {
  const m = line.match(/^api: (\w+) .*?([\d.]+)(µs|ms|ns) per call/);
  if (m) native[m[1]] = Number(m[2]) * { ns: 0.001, "µs": 1, ms: 1000 }[m[3]];
}

const { server, base } = await serve({ "/": path.join(here, "api-page"), "/package/": path.join(root, "dist/package") },
  { "content-security-policy": STRICT_CSP });
const browser = await launch();
const page = await browser.newPage();
await page.goto(base);
await page.waitForSelector("body[data-ready=yes]", { state: "attached", timeout: 10000 });

// In the page: the median of 15 rounds of `n` calls, per call, in microseconds (after a warm-up round).
const timed = (name, n) => page.evaluate(([name, n, household]) => {
  const f = () => window.api[name](household);
  for (let i = 0; i < n; i++) f();
  const rounds = [];
  for (let r = 0; r < 15; r++) {
    const start = performance.now();
    for (let i = 0; i < n; i++) f();
    rounds.push((performance.now() - start) * 1000 / n);
  }
  return rounds.sort((a, b) => a - b)[7];
}, [name, n, household]);

for (const [name, n] of [["calculate", 100], ["curve", 100]]) {
  const browserUs = await timed(name, n);
  const ratio = browserUs / native[name];
  console.log(`bench: ${name}() ${browserUs.toFixed(1)} µs in Chromium, ${native[name].toFixed(1)} µs natively: ${ratio.toFixed(2)} times (target 2.5)`);
}
await browser.close();
server.close();
