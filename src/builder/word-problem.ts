import { html, nothing } from 'lit';
import type { BuilderStrings } from './builder-strings.js';
import type { LineTarget } from './file-draft.js';
import type { EntryProblem, FileProblem } from './validate-drafts.js';

/**
 * A problem in the page's words: a lead in the page's language (the field's
 * label, or a plain request when a required control is blank), then, unless
 * the lead says it all, the shared validator's wording, which is English.
 */
export interface Worded {
  lead: string;
  message?: string;
  /** The obvious fix, offered as one press beside the field: "Use 2026-09-01?". */
  fix?: { label: string; apply: () => void };
}

/** "Website must be a web address starting with https://…", or "Enter the name in English, French or both". */
export function wordProblem(problem: EntryProblem, t: BuilderStrings): Worded {
  const { target } = problem;
  if (problem.whole) return { lead: t.thisEntry, message: problem.message };
  if (target === null) return { lead: t.unshownField(problem.where), message: problem.message };
  const ask = problem.empty ? t.missing[target as keyof BuilderStrings['missing']] : undefined;
  return ask ? { lead: ask } : { lead: t.problemLead(t.labels[target]), message: problem.message };
}

/** The same for the title, the date or a crisis line. */
export function wordFileProblem(problem: FileProblem, t: BuilderStrings): Worded {
  const { target } = problem;
  if (problem.line === undefined) {
    return { lead: t.problemLead(t.fileLabels[target as keyof BuilderStrings['fileLabels']]), message: problem.message };
  }
  const ask = problem.empty ? t.lineMissing[target as keyof BuilderStrings['lineMissing']] : undefined;
  return ask ? { lead: ask } : { lead: t.problemLead(t.lineLabels[target as LineTarget]), message: problem.message };
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

/** The validator's words are English whatever the page's language; `lang` lets screen readers say them right. */
export function renderWorded(w: Worded) {
  return html`${w.lead}${w.message ? html`<span lang="en">${w.message}</span>` : nothing}`;
}
