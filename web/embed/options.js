// The options a host page gives the calculator, read the same way from the custom element's attributes and from the
// iframe page's query string: mode, lang ("cy" for Welsh), nation, rule-year, hours and household (JSON).
// `read(name)` gives the text given, or null. Throws if the household is not JSON.
const NAMES = [["mode", "mode"], ["lang", "lang"], ["nation", "nation"], ["rule-year", "ruleYear"], ["hours", "hours"]];

export function hostOptions(read) {
  const options = {};
  for (const [name, key] of NAMES) {
    const value = read(name);
    if (value !== null) options[key] = value;
  }
  const household = read("household");
  if (household !== null) options.household = JSON.parse(household);
  return options;
}
