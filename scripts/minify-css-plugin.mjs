// Build plugin: minifies the CSS inside lit's css`…` templates with
// lightningcss (already installed with Vite). The JS minifier leaves template
// text alone, so comments and indentation would otherwise ship to every visitor.
// Only templates without `${}` are touched; their text is minified as the
// browser will read it (escapes applied), then escaped again for the template.
import { transform } from 'lightningcss';

const TEMPLATE = /\bcss`((?:[^`\\$]|\\[\s\S]|\$(?!\{))*)`/g;

function cooked(raw) {
  return new Function(`return \`${raw}\`;`)();
}

function escapeForTemplate(text) {
  return text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}

export function minifyCss() {
  return {
    name: 'support-finder:minify-css',
    transform(code, id) {
      if (!/\.styles\.ts$/.test(id)) return null;
      const out = code.replace(TEMPLATE, (whole, raw) => {
        const css = cooked(raw);
        const { code: min } = transform({ filename: id, code: Buffer.from(css), minify: true });
        return `css\`${escapeForTemplate(min.toString())}\``;
      });
      return out === code ? null : { code: out, map: null };
    },
  };
}
