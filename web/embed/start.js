// Starts the calculator in `root` with the host's options (see web/src/embed.rs). Client mode and adviser mode are two
// builds of the one app, web.js and web-adviser.js, so that a client's phone loads only client mode. A build asked
// for the mode it does not have hands the calculation over (onMode), and the other build starts with it in a fresh
// element in place of the first.
const here = new URL(".", import.meta.url);

export async function start(root, options) {
  const name = options.mode === "adviser" ? "web-adviser" : "web";
  const { default: init, mount } = await import(new URL(`${name}.js`, here).href);
  await init({ module_or_path: new URL(`${name}_bg.wasm`, here) });
  const onMode = (saved) => {
    const fresh = root.cloneNode(false);
    root.replaceWith(fresh);
    start(fresh, { ...options, mode: saved.mode, saved });
  };
  mount(root, { ...options, onMode });
}
