// Build plugin: in lit's html`…` templates, a run of white space that holds a
// line break (the source's indentation) becomes one line break. HTML reads any
// run of white space between words or tags as one space, and no template of
// the finder shows preformatted text (a template with <pre> or <textarea> is
// left as written), so the page renders the same; the indentation no longer
// ships to every visitor.
import { walk } from './ast-walk.mjs';

const RUN = /[ \t\r\n]*\n[ \t\r\n]*/g;

export function collapseHtml() {
  return {
    name: 'support-finder:collapse-html',
    enforce: 'post',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('html`')) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || node.tag.name !== 'html') return;
        // Where white space is shown as written, it is left alone.
        if (/<(pre|textarea|listing|plaintext)\b/i.test(code.slice(node.quasi.start, node.quasi.end))) return;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const collapsed = raw.replace(RUN, '\n');
          if (collapsed !== raw) edits.push([quasi.start, quasi.end, collapsed]);
        }
      });
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
