// <in-work-calculator>: the calculator inside any page, in its own shadow DOM (the host's styles do not leak in and
// ours do not leak out), themed through CSS custom properties on the element (--brand, --text, --focus, --font and the
// others at the top of style.css).
//
// Attributes, read when the element is added to the page: mode ("client" or "adviser"), lang ("cy" for Welsh; by
// default the page's language), nation ("england", "scotland", "wales", "northern_ireland"), rule-year ("2026-27"),
// hours (the hours a week to show first) and household (JSON, the same shape the JavaScript API and the command-line
// tool take).
//
// Events: "result", whose detail is the answer (money as strings of pounds), each time the answer changes; "error"
// if the options are wrong (its detail is the Error).
import { hostOptions } from "./options.js";
import { start } from "./start.js";

const here = new URL(".", import.meta.url);

class InWorkCalculator extends HTMLElement {
  async connectedCallback() {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: "open" });
    const style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = new URL("style.css", here).href;
    const root = document.createElement("div");
    shadow.append(style, root);
    const onResult = (detail) => this.dispatchEvent(new CustomEvent("result", { detail, bubbles: true, composed: true }));
    try {
      // The language: the element's lang attribute, else that of the page around it.
      const lang = this.closest("[lang]")?.lang;
      await start(root, { ...(lang ? { lang } : {}), ...hostOptions((name) => this.getAttribute(name)), base: here.href, onResult });
    } catch (error) {
      root.textContent = `The calculator could not start: ${error.message}`;
      this.dispatchEvent(new CustomEvent("error", { detail: error }));
    }
  }
}

customElements.define("in-work-calculator", InWorkCalculator);
