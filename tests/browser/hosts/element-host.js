// The host page's own script: prefills the calculator and records each result event.
import { HOUSEHOLD } from "./household.js";

window.results = [];
const calculator = document.querySelector("in-work-calculator");
calculator.setAttribute("household", JSON.stringify(HOUSEHOLD));
calculator.addEventListener("result", (event) => {
  window.results.push(event.detail);
  document.getElementById("log").textContent = JSON.stringify(event.detail);
});
