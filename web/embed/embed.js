// The iframe page (embed.html), for sites that cannot run our scripts. Options come from the query string, with the
// same names as the custom element's attributes: ?mode=client&nation=scotland&rule-year=2026-27&hours=16&household=
// <JSON>&origin=<the host page's origin>. The answer and the page's height are posted to the parent window, and only
// to the origin the host names in `origin`: without one nothing is posted.
import { hostOptions } from "./options.js";
import { start } from "./start.js";

const query = new URLSearchParams(location.search);
const origin = validOrigin(query.get("origin"));

function validOrigin(text) {
  try {
    return text && new URL(text).origin === text ? text : null;
  } catch {
    return null;
  }
}

function tell(message) {
  if (origin && window.parent !== window) window.parent.postMessage(message, origin);
}

const onResult = (answer) => tell({ type: "in-work-calculator:result", answer });
const app = document.getElementById("app");
try {
  await start(app, { ...hostOptions((name) => query.get(name)), onResult });
} catch (error) {
  app.textContent = `The calculator could not start: ${error.message}`;
}
new ResizeObserver(() => tell({ type: "in-work-calculator:height", height: document.documentElement.scrollHeight }))
  .observe(document.body);
