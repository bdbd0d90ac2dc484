// Starts the calculator in `root` with the host's options (see web/src/embed.rs). The app has a build for each mode
// and language, so that a page loads only the one it shows (a client's phone never loads adviser mode or the other
// language): web.js (client mode, English), web-adviser.js, web-cy.js and web-adviser-cy.js (Welsh). A build asked
// for a mode or language it does not have hands the calculation over (onHandover), and the build that has them
// starts with it in a fresh element in place of the first, the focus on the button pressed.
const here = new URL(".", import.meta.url);

export async function start(root, options) {
  // The language asked for, else the page's: Welsh for "cy" (and "cy-GB"), else English.
  const lang = (options.lang ?? root.closest("[lang]")?.lang ?? "en").startsWith("cy") ? "cy" : "en";
  const name = `web${options.mode === "adviser" ? "-adviser" : ""}${lang === "cy" ? "-cy" : ""}`;
  const { default: init, mount } = await import(new URL(`${name}.js`, here).href);
  await init({ module_or_path: new URL(`${name}_bg.wasm`, here) });
  const onHandover = (saved, focus) => {
    const fresh = root.cloneNode(false);
    root.replaceWith(fresh);
    start(fresh, { ...options, mode: saved.mode, lang: saved.language, saved, focus });
  };
  mount(root, { ...options, lang, onHandover });
}
