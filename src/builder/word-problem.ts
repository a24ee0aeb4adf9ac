import { html, nothing } from 'lit';
import type { BuilderStrings } from './builder-strings.js';
import type { EntryProblem, FileProblem } from './validate-drafts.js';
import { labelOf } from './language-label.js';

/**
 * A problem in the page's words: a lead in the page's language (the field's
 * label, or a plain request when a required control is blank), then, unless
 * the lead says it all, the shared validator's wording in the page's language.
 */
export interface Worded {
  lead: string;
  message?: string;
  /** The message's language when it is not the page's (a message the French table does not know). */
  lang?: string;
  /** The obvious fix, offered as one press beside the field: "Use 2026-09-01?". */
  fix?: { label: string; apply: () => void };
}

/** The validator's message in the page's language, as a Worded's message. */
export function worded(english: string, t: BuilderStrings): Pick<Worded, 'message' | 'lang'> {
  const { text, lang } = t.message(english);
  return { message: text, ...(lang && { lang }) };
}

/** "Website must be a web address starting with https://…", or "Enter the name in English, French or both". */
export function wordProblem(problem: EntryProblem, t: BuilderStrings): Worded {
  const { target } = problem;
  const said = worded(problem.message, t);
  if (problem.whole) return { lead: t.thisEntry, ...said };
  if (target === null) return { lead: t.unshownField(problem.where), ...said };
  const ask = problem.empty ? t.missing[target as keyof BuilderStrings['missing']] : undefined;
  return ask ? { lead: ask } : { lead: t.problemLead(labelOf(t.labels, target, t)), ...said };
}

/** The same for the title, the date or a crisis line. */
export function wordFileProblem(problem: FileProblem, t: BuilderStrings): Worded {
  const { target } = problem;
  const said = worded(problem.message, t);
  if (problem.line === undefined) {
    return { lead: t.problemLead(labelOf(t.fileLabels, target, t)), ...said };
  }
  const ask = problem.empty ? t.lineMissing[target as keyof BuilderStrings['lineMissing']] : undefined;
  return ask ? { lead: ask } : { lead: t.problemLead(labelOf(t.lineLabels, target, t)), ...said };
}

/** The words of a fix's button: "Add https://?", "Use Peer support?", "Use en; fr?". */
export function fixLabel(target: string, fix: string | string[], current: string, t: BuilderStrings): string {
  if (typeof fix === 'string' && /^https?:\/\//.test(fix) && fix.endsWith(current.trim().replace(/^\/\//, ''))) {
    return fix.startsWith('https://') && !/^https?[:/]/i.test(current.trim()) ? t.addHttps : t.useValue(fix);
  }
  const tables: Record<string, Record<string, string>> = {
    category: t.categories,
    cost: t.costs,
    referral: t.referrals,
    audiences: t.audiences,
    delivery: t.delivery,
  };
  const table = tables[target];
  const words = [fix].flat().map((code) => table?.[code] ?? code);
  return t.useValue(words.join(table ? ', ' : ''));
}

/** The message is in the page's language, or marked as English when the French table does not know it. */
export function renderWorded(w: Worded) {
  return html`${w.lead}${w.message ? html`<span lang=${w.lang ?? nothing}>${w.message}</span>` : nothing}`;
}
