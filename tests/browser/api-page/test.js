// Loads the package as a plain module script would, and hands it to the test driver (tests/browser/api.mjs).
const violations = [];
document.addEventListener("securitypolicyviolation", (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
window.violations = violations;

const api = await import("/package/in_work_calculator.js");
await api.default();
window.api = api;
document.body.dataset.ready = "yes";
