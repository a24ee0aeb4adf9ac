// Build plugin: shortens lit's two messages for misusing css`…` (a CSSResult
// made by hand, a value that is not css`…` inside one). The finder's styles are
// fixed css`…` templates, so visitors never see either; the check itself stays.
//
// It also leaves out lit's hooks for pages that load lit's polyfill-support
// (shadow DOM emulated for browsers without it, which cannot run the finder's
// ES2021 anyway) or its server-rendering hydration (the finder is never
// rendered on a server, so hydration would find nothing to hydrate), and the
// list of lit versions a page holds, which only lit's development build reads
// to warn about two copies. The finder's own behaviour is the same with them.
//
// A part is replaced only if found exactly: a lit update that rewrites it
// keeps it whole, and the build says so.
const MESSAGES = {
  '"CSSResult is not constructable. Use `unsafeCSS` or `css` instead."': '"lit: CSSResult"',
  "\"Value passed to 'css' function must be a 'css' function result: \"+t+\". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.\"":
    '"lit: css value "+t',
};

/** Per lit file, the parts to replace (lit's published files are minified: the names before each `.` vary). */
const HOOKS = {
  'reactive-element.js': [
    [/\b\w+\.reactiveElementPolyfillSupport\b/, 'void 0'],
    [/\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[^"]*"\)/, '0'],
  ],
  'lit-html.js': [
    [/\b\w+\.litHtmlPolyfillSupport\b/, 'void 0'],
    [/\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[^"]*"\)/, '0'],
  ],
  'lit-element.js': [
    [/\b\w+\.litElementHydrateSupport\?\.\(\{LitElement:\w+\}\)/, '0'],
    [/\b\w+\.litElementPolyfillSupport\b/, 'void 0'],
    [/\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[^"]*"\)/, '0'],
  ],
};

export function trimLit() {
  return {
    name: 'support-finder:trim-lit',
    transform(code, id) {
      let out = code;
      if (/@lit[\\/]reactive-element[\\/]css-tag\.js$/.test(id)) {
        for (const [message, short] of Object.entries(MESSAGES)) {
          if (out.includes(message)) out = out.replace(message, short);
          else this.warn(`lit message not found; it stays in the bundle: ${message.slice(0, 40)}…`);
        }
      }
      const file = /(?:@lit[\\/]reactive-element|lit-html|lit-element)[\\/]([\w-]+\.js)$/.exec(id)?.[1];
      for (const [pattern, replacement] of (file && HOOKS[file]) || []) {
        if (pattern.test(out)) out = out.replace(pattern, replacement);
        else this.warn(`lit's ${pattern.source.replace(/\\/g, '')} not found in ${file}; it stays in the bundle`);
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}
