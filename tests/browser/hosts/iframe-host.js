// The host page's own script: points the frame at the calculator (its address is in this page's query string, as the
// tests choose the port), sizes the frame to its content and records each result, trusting only the calculator's
// origin.
import { HOUSEHOLD } from "./household.js";

window.results = [];
window.heights = [];
const query = new URLSearchParams(location.search);
const calculator = new URL(query.get("calculator"));
const frame = document.getElementById("calculator");
const options = new URLSearchParams({ mode: "client", hours: "16", household: JSON.stringify(HOUSEHOLD) });
// The tests also try a host that names no origin (origin=none): the calculator must then post nothing.
if (query.get("origin") !== "none") options.set("origin", location.origin);
frame.src = new URL(`embed.html?${options}`, calculator).href;

window.addEventListener("message", (event) => {
  if (event.origin !== calculator.origin) return;
  if (event.data?.type === "in-work-calculator:height") {
    window.heights.push(event.data.height);
    frame.style.height = `${event.data.height}px`;
  } else if (event.data?.type === "in-work-calculator:result") {
    window.results.push(event.data.answer);
    document.getElementById("log").textContent = JSON.stringify(event.data.answer);
  }
});
