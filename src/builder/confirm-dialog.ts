/**
 * Asks before anything replaces or throws away work, or saves a file the
 * finder cannot open: a modal `<dialog>` (focus moves into it and comes back,
 * Escape cancels) with one button per choice, the safe one last.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { BuilderStrings } from './builder-strings.js';

export type Choice = 'update' | 'replace' | 'discard' | 'download' | 'fix' | 'cancel';

export type Question =
  /** A file, the built-in or an empty catalogue would replace unsaved changes; a spreadsheet can update the entries instead. */
  | { kind: 'replace'; name: string; sheet: boolean }
  | { kind: 'discard' }
  /** The JSON download of a file the finder cannot open; `reasons` are worded already. */
  | { kind: 'refused'; reasons: string[] };

export class ConfirmDialog implements ReactiveController {
  question: Question | null = null;
  private answer?: (choice: Choice) => void;
  /** Where focus was, to give it back when the dialog closes. */
  private returnFocus: Element | null = null;

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private strings: () => BuilderStrings,
  ) {
    host.addController(this);
  }

  ask(question: Question): Promise<Choice> {
    this.answer?.('cancel');
    this.returnFocus = this.host.shadowRoot?.activeElement ?? null;
    this.question = question;
    this.host.requestUpdate();
    return new Promise((resolve) => (this.answer = resolve));
  }

  hostUpdated(): void {
    const dialog = this.host.shadowRoot?.querySelector<HTMLDialogElement>('#confirm');
    if (dialog && !dialog.open) dialog.showModal();
  }

  private choose(choice: Choice): void {
    const answer = this.answer;
    this.answer = undefined;
    // Closed before focus moves: nothing outside a modal dialog can take focus while it is open.
    this.host.shadowRoot?.querySelector<HTMLDialogElement>('#confirm')?.close();
    this.question = null;
    this.host.requestUpdate();
    answer?.(choice);
    const back = this.returnFocus as HTMLElement | null;
    if (back?.isConnected && choice === 'cancel') back.focus();
  }

  render() {
    const q = this.question;
    if (!q) return nothing;
    const t = this.strings();
    const button = (choice: Choice, label: string, className = '') =>
      html`<button type="button" class=${className} data-choice=${choice} @click=${() => this.choose(choice)}>${label}</button>`;
    let title: string;
    let body = html``;
    let buttons;
    if (q.kind === 'replace') {
      title = t.askReplaceTitle(q.name);
      body = html`<p>${t.askReplaceBody}</p>${q.sheet ? html`<p>${t.updateHint}</p>` : nothing}`;
      buttons = [
        q.sheet ? button('update', t.updateFromSheet) : nothing,
        button('replace', t.replaceWith(q.name), q.sheet ? 'secondary' : ''),
        button('cancel', t.keepEditing, 'secondary'),
      ];
    } else if (q.kind === 'discard') {
      title = t.askDiscardTitle;
      body = html`<p>${t.askDiscardBody}</p>`;
      buttons = [button('discard', t.discardConfirm, 'warning-button'), button('cancel', t.keepDraft, 'secondary')];
    } else {
      title = t.askRefusedTitle;
      body = html`<p>${t.askRefusedBody}</p>
        <ul>
          ${q.reasons.map((r) => html`<li>${r}</li>`)}
        </ul>`;
      buttons = [button('fix', t.fixFirst), button('download', t.downloadAnyway, 'secondary')];
    }
    return html`<dialog
      id="confirm"
      aria-labelledby="confirm-heading"
      @cancel=${(e: Event) => {
        e.preventDefault();
        this.choose('cancel');
      }}
    >
      <h2 id="confirm-heading">${title}</h2>
      ${body}
      <div class="start-actions">${buttons}</div>
    </dialog>`;
  }
}
