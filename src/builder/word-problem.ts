import type { BuilderStrings } from './builder-strings.js';
import type { EntryProblem } from './validate-drafts.js';

/**
 * "Website must be a web address starting with https://…": the field's label
 * plus the shared validator's wording, or a plain request when a required
 * control is blank ("Enter the name in English, French or both").
 */
export function wordProblem(problem: EntryProblem, t: BuilderStrings): string {
  const { target } = problem;
  if (target === null) return `"${problem.where}" ${problem.message}`;
  const ask = problem.empty ? t.missing[target as keyof BuilderStrings['missing']] : undefined;
  return ask ?? `${t.labels[target]} ${problem.message}`;
}
