// Starts the calculator on its own page (index.html). A file, not an inline script, so the page runs under a strict
// Content-Security-Policy.
import { start } from "./start.js";

await start(document.getElementById("app"), { standalone: true });
