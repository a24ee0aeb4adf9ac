/**
 * `support-finder validate`'s warnings as the maintainer's to-do list: how
 * many entries lack French or English, have not been verified in 12 months or
 * never, and which fields the finder does not know. Not errors: the finder
 * shows these entries. Each group folds open to the entries, which lead to
 * their form.
 */
import { html, nothing } from 'lit';
import type { BuilderStrings } from './builder-strings.js';
import { formatProblem } from '../catalogue/messages.js';
import type { ResourceDraft } from './draft.js';
import { entryName } from './entry-list.js';
import type { Health } from './validate-drafts.js';
import { renderWorded, worded } from './word-problem.js';

export interface HealthProps {
  health: Health;
  /** The entries, to name each warned one and go to it. */
  drafts: readonly ResourceDraft[];
  onGoTo: (key: number) => void;
}

type Group = 'missingFrench' | 'missingEnglish' | 'stale' | 'neverVerified';
const GROUPS: Group[] = ['missingFrench', 'missingEnglish', 'stale', 'neverVerified'];

export function renderHealthPanel(p: HealthProps, t: BuilderStrings) {
  const { report } = p.health;
  const entryOf = (id: string) => {
    const found = p.drafts.find((d) => d.values.id.trim() === id);
    return found && { key: found.key, name: entryName(found, t) };
  };
  const other = p.health.other.map((problem) => ({ lead: '', ...worded(formatProblem(problem), t) }));
  const groups = GROUPS.filter((g) => report[g].length);
  const entries = (ids: string[]) =>
    ids.flatMap((id) => {
      const entry = entryOf(id);
      return entry
        ? [html`<li><button type="button" class="link" @click=${() => p.onGoTo(entry.key)}>${t.goTo(entry.name)}</button></li>`]
        : [];
    });
  return html`<h2 id="health-heading">${t.healthHeading}</h2>
    <p class="hint">${t.healthIntro}</p>
    ${
      !p.drafts.length
        ? html`<p>${t.healthEmpty}</p>`
        : !groups.length && !report.unknownFields.length
          ? html`<p>${t.healthNone}</p>`
          : html`<ul class="health-groups">
          ${groups.map(
            (g) => html`<li>
              <details>
                <summary>${t.healthCounts[g](report[g].length)}</summary>
                <ul>
                  ${entries(report[g])}
                </ul>
              </details>
            </li>`,
          )}
          ${
            report.unknownFields.length
              ? html`<li>
                <details>
                  <summary>${t.healthCounts.unknownFields(report.unknownFields.length)}</summary>
                  <ul>
                    ${report.unknownFields.map((path) => html`<li><code>${path}</code></li>`)}
                  </ul>
                </details>
              </li>`
              : nothing
          }
        </ul>`
    }
    ${
      other.length
        ? html`<p>${t.healthOther}</p>
          <ul>
            ${other.map((text) => html`<li>${renderWorded(text)}</li>`)}
          </ul>`
        : nothing
    }`;
}
