// Build plugin: shortens lit's two messages for misusing css`…` (a CSSResult
// made by hand, a value that is not css`…` inside one). The finder's styles are
// fixed css`…` templates, so visitors never see either; the check itself stays.
// A message is replaced only if found exactly: a lit update that rewords it
// keeps it whole, and the build says so.
const MESSAGES = {
  '"CSSResult is not constructable. Use `unsafeCSS` or `css` instead."': '"lit: CSSResult"',
  "\"Value passed to 'css' function must be a 'css' function result: \"+t+\". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.\"":
    '"lit: css value "+t',
};

export function trimLit() {
  return {
    name: 'support-finder:trim-lit',
    transform(code, id) {
      if (!/@lit[\\/]reactive-element[\\/]css-tag\.js$/.test(id)) return null;
      let out = code;
      for (const [message, short] of Object.entries(MESSAGES)) {
        if (out.includes(message)) out = out.replace(message, short);
        else this.warn(`lit message not found; it stays in the bundle: ${message.slice(0, 40)}…`);
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}
