// Starts the calculator on its own page (index.html). A file, not an inline script, so the page runs under a strict
// Content-Security-Policy.
import init, { mount } from "./web.js";

await init();
mount(document.getElementById("app"), { standalone: true });
