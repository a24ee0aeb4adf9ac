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
  // axe's undecided contrast checks (`incomplete`) are not failed: run on this
  // element, every one was text scrolled under the sticky banner or partly
  // covered by it, or the empty search box, which axe cannot judge; contrast
  // axe can decide is a violation above.
  if (problems.length) throw new Error(`Accessibility violations:\n${problems.join('\n')}`);
}
