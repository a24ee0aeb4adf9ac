// Types for the test that runs the build plugin on sample modules.
export function collapseHtml(): {
  name: string;
  enforce: 'post';
  transform(this: { parse(code: string): unknown }, code: string, id: string): { code: string; map: null } | null;
};
