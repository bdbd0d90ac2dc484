// What every browser test file shares: a static file server on a local port, Debian's Chromium started headless,
// named checks that report and carry on, and axe-core.

import { chromium } from "playwright-core";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, "../..");
export const dist = path.join(root, "dist");
export const shots = path.join(here, "screenshots");
fs.mkdirSync(shots, { recursive: true });

const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css" };

/// Serves the files under `folders` (URL prefix → folder; "/" for the site's root) on a free local port, with
/// `headers` on every answer (for example a Content-Security-Policy). Resolves to the server and its base address.
export async function serve(folders, headers = {}) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    if (url.pathname === "/favicon.ico") {
      // The browser asks for one on its own; no page here has one.
      res.writeHead(204).end();
      return;
    }
    const prefix = Object.keys(folders).filter((p) => url.pathname.startsWith(p)).sort((a, b) => b.length - a.length)[0];
    const folder = prefix && folders[prefix];
    const rest = url.pathname.slice(prefix?.length ?? 0);
    const file = folder && path.join(folder, rest === "" || rest.endsWith("/") ? path.join(rest, "index.html") : path.normalize(rest));
    if (!file || !file.startsWith(folder) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream", ...headers });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, base: `http://127.0.0.1:${server.address().port}/` };
}

/// The policy the issue asks every embedding to work under.
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

export function launch() {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

export const failures = [];

/// Runs one named check, reporting it and carrying on if it fails. With CHECK set, only the checks whose names hold
/// it run (for working on one).
export async function check(name, body) {
  if (process.env.CHECK && !name.includes(process.env.CHECK)) return;
  try {
    await body();
    console.log(`ok   ${name}`);
  } catch (e) {
    failures.push(name);
    console.log(`FAIL ${name}: ${e.message}`);
  }
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const axeSource = fs.readFileSync(path.join(here, "node_modules/axe-core/axe.min.js"), "utf8");

/// axe-core on the page as it is now: zero violations. Evaluated through the browser's debugging protocol rather than
/// added as a script, so it runs under a strict Content-Security-Policy too.
export async function axe(page, screen) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run());
  const found = result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help}`);
  assert(found.length === 0, `${screen}: ${found.join("; ")}`);
}

/// Ends the run: exits non-zero if any check failed.
export function finish(what) {
  if (failures.length) {
    console.log(`${failures.length} ${what} check(s) failed`);
    process.exit(1);
  }
}
