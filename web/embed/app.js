// Starts the calculator on its own page (index.html). A file, not an inline script, so the page runs under a strict
// Content-Security-Policy.
import { start } from "./start.js";

// The page in Welsh with ?lang=cy (and in whichever language the calculation kept in this browser was in).
const lang = new URLSearchParams(location.search).get("lang");
await start(document.getElementById("app"), { standalone: true, ...(lang ? { lang } : {}) });
