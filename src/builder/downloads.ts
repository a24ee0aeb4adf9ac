/**
 * What the download buttons do: point each link at a fresh copy as it is
 * followed, ask before saving a JSON file the finder cannot open, make the
 * one-file finder (`support-finder bundle` in the browser), and remember the
 * last download so the page can say what to do with it.
 */
import type { ReactiveControllerHost } from 'lit';
import { bundleScript } from '../catalogue/bundle-script.js';
import { formatProblem } from '../catalogue/messages.js';
import type { Catalogue } from '../catalogue/schema.js';
import type { BuilderStrings } from './builder-strings.js';
import type { ConfirmDialog } from './confirm-dialog.js';
import type { SummaryItem } from './error-summary.js';
import type { FileDetails } from './file-details.js';
import { fileSummaryItems } from './file-panel.js';
import type { FileUrlsController } from './file-urls-controller.js';
import { readEngine } from './read-engine.js';
import { worded } from './word-problem.js';
import type { Validation } from './validate-drafts.js';

export type DownloadKind = 'json' | 'csv' | 'bundle';

export interface DownloadsParts {
  files: FileUrlsController;
  details: FileDetails;
  confirm: ConfirmDialog;
  validate: () => Validation;
  strings: () => BuilderStrings;
  announce: (text: string) => void;
  /** The engine file's address, `support-finder.core.iife.js` beside the builder's script. */
  engineUrl: () => string;
  /** Called once a JSON file holding everything has been saved. */
  onSaved: () => void;
}

export class Downloads {
  /** The last file downloaded, so the page can say what to do with it. */
  last: { kind: DownloadKind; name: string } | null = null;
  /** Making the one-file finder, or why it could not be made. */
  bundle: { busy: true } | { busy: false; error: string } | null = null;
  /** Set while a download the maintainer confirmed is followed. */
  private anyway = false;
  private bundleUrl?: string;

  constructor(
    private host: ReactiveControllerHost,
    private parts: DownloadsParts,
  ) {}

  /** Why the finder cannot open the file, each with the control that fixes it; empty when it can. */
  refusal(): SummaryItem[] {
    const v = this.parts.validate();
    if (!v.refused) return [];
    const top = v.fileProblems.filter((p) => p.line === undefined);
    const t = this.parts.strings();
    const other = v.other.map((problem) => ({ control: null, text: { lead: '', ...worded(formatProblem(problem), t) } }));
    return [...fileSummaryItems(top, this.parts.details.file, t), ...other];
  }

  /** A download link is being followed. */
  follow = (kind: 'json' | 'csv', e: MouseEvent) => {
    const link = e.currentTarget as HTMLAnchorElement;
    const { files } = this.parts;
    // Typing may not have paused yet: publish now and point the link at the fresh file before it is followed.
    files.flush();
    const refusal = kind === 'json' && !this.anyway ? this.refusal() : [];
    if (refusal.length) {
      e.preventDefault();
      void this.askFirst(link, refusal);
      return;
    }
    const url = files.url(kind);
    if (url) link.href = url;
    this.done(kind, link.download);
    // The JSON holds everything the page does; a spreadsheet lacks the title, date and crisis lines.
    if (kind === 'json') this.parts.onSaved();
  };

  /** A file the finder cannot open is saved only once the maintainer says so (it keeps the work), or fixed first. */
  private async askFirst(link: HTMLAnchorElement, refusal: SummaryItem[]): Promise<void> {
    const reasons = refusal.map(({ text }) => `${text.lead}${text.message ?? ''}`);
    const choice = await this.parts.confirm.ask({ kind: 'refused', reasons });
    if (choice === 'download') {
      this.anyway = true;
      link.click();
      this.anyway = false;
    } else if (choice === 'fix') {
      const control = refusal.find((item) => item.control)?.control;
      if (control) this.parts.details.goTo(control);
    }
  }

  /**
   * The one-file finder: the engine served beside the builder with this
   * catalogue built in, checked first as `support-finder bundle` checks it (no
   * problem at all). Nothing is uploaded: the engine is only read.
   */
  async makeBundle(name: string): Promise<string | undefined> {
    const t = this.parts.strings();
    const v = this.parts.validate();
    if (v.refused || v.byEntry.size || v.fileProblems.length || v.other.length) {
      this.setBundle({ busy: false, error: t.bundleNeedsValid });
      return undefined;
    }
    this.setBundle({ busy: true });
    const url = this.parts.engineUrl();
    try {
      const { $schema: _unused, ...catalogue } = v.usable as Catalogue & { $schema?: string };
      const script = bundleScript(await readEngine(url), catalogue);
      if (this.bundleUrl) URL.revokeObjectURL(this.bundleUrl);
      this.bundleUrl = URL.createObjectURL(new Blob([script], { type: 'text/javascript' }));
      this.setBundle(null);
      this.done('bundle', name);
      return this.bundleUrl;
    } catch (error) {
      this.setBundle({ busy: false, error: t.engineMissing(url, (error as Error).message) });
      return undefined;
    }
  }

  /** Saves the one-file finder as a click on a link would. */
  async downloadBundle(name: string, link: HTMLAnchorElement): Promise<void> {
    const url = await this.makeBundle(name);
    if (!url) return;
    link.href = url;
    link.download = name;
    link.click();
  }

  private setBundle(state: Downloads['bundle']): void {
    this.bundle = state;
    if (state && !state.busy) this.parts.announce(state.error);
    this.host.requestUpdate();
  }

  private done(kind: DownloadKind, name: string): void {
    this.last = { kind, name };
    this.parts.announce(this.parts.strings().downloaded(name));
    this.host.requestUpdate();
  }

  dispose(): void {
    if (this.bundleUrl) URL.revokeObjectURL(this.bundleUrl);
  }
}
