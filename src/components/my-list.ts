/**
 * "My list" in the element: whether it is open, what it last said, and its
 * buttons' handlers, with focus kept where a keyboard user expects it. The
 * chosen ids and their storage are `Shortlist`'s.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Catalogue, CrisisLine, Resource } from '../catalogue/schema.js';
import { localText } from '../catalogue/text.js';
import type { Translate } from '../i18n/translate.js';
import { listBlocks, listMailto, listText } from '../list/plain-text.js';
import { Shortlist } from './shortlist.js';
import { renderListButton, renderListView } from './list-view.js';
import type { ListToggle, OnAction } from './result-list.js';

interface Host extends ReactiveControllerHost, HTMLElement {
  renderRoot: HTMLElement | DocumentFragment;
}

export class MyList {
  chosen: Shortlist;
  /** Shown instead of the results. */
  open = false;
  /** Spoken after adding or removing. */
  message = '';
  private copyMessage = '';
  private copyFallback = '';

  /** For the results: whether each support is in the list, and how to add or remove it. */
  readonly toggle: ListToggle = { has: (id) => this.chosen.has(id), toggle: (r) => void this.handleToggle(r) };
  /** For the results, which also offer the list beside a support in it. */
  readonly inResults: ListToggle = { ...this.toggle, open: () => this.show(true), size: () => this.chosen.ids.length };

  constructor(
    private host: Host,
    private context: () => { t: Translate; lang: string; catalogue?: Catalogue; lines: CrisisLine[] },
  ) {
    this.chosen = new Shortlist(host);
  }

  renderButton(catalogue: Catalogue, t: Translate) {
    return renderListButton(this.chosen.resources(catalogue).length, t, () => this.show(true));
  }

  renderView(catalogue: Catalogue, t: Translate, lang: string, onAction: OnAction) {
    const view = {
      items: this.chosen.resources(catalogue),
      toggle: this.toggle,
      onBack: () => this.show(false),
      onClear: this.handleClear,
      onCopy: this.handleCopy,
      mailto: listMailto(this.blocks(), t),
      copyMessage: this.copyMessage,
      copyFallback: this.copyFallback,
    };
    return renderListView(view, t, lang, onAction);
  }

  /** The list as text blocks: crisis lines, then each chosen support. */
  private blocks(): string[] {
    const { t, lang, catalogue, lines } = this.context();
    if (!catalogue) return [];
    return listBlocks(this.chosen.resources(catalogue), lines, t, lang);
  }

  private async handleToggle(resource: Resource) {
    const { t, lang } = this.context();
    const index = this.chosen.ids.indexOf(resource.id);
    const added = this.chosen.toggle(resource.id);
    const name = localText(resource.name, lang, t.fallback)!.value;
    this.message = `${t(added ? 'listAdded' : 'listRemoved', { name })} ${t('myList', { count: this.chosen.ids.length })}`;
    if (!this.open) return;
    await this.host.updateComplete;
    // The removed support is gone from the list view: go on to the next one.
    const buttons = this.host.renderRoot.querySelectorAll<HTMLElement>('.list-view .add');
    (buttons[index] ?? buttons[index - 1] ?? this.find('#list-title'))?.focus();
  }

  private handleCopy = async () => {
    const { t } = this.context();
    const text = listText(this.blocks());
    try {
      await navigator.clipboard.writeText(text);
      this.copyFallback = '';
      this.copyMessage = t('copied');
    } catch {
      // No clipboard (an old browser, a page without permission): select the text to copy by hand.
      this.copyFallback = text;
      this.copyMessage = t('copyFailed');
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.find('textarea')?.focus();
      (this.find('textarea') as HTMLTextAreaElement | null)?.select();
    }
    this.host.requestUpdate();
  };

  private handleClear = () => {
    this.chosen.set([]);
    this.find('#list-title')?.focus();
  };

  private async show(open: boolean) {
    this.open = open;
    this.copyMessage = this.copyFallback = '';
    this.host.requestUpdate();
    await this.host.updateComplete;
    (this.find(open ? '#list-title' : '.list-button') ?? this.find('#count'))?.focus();
  }

  private find(selector: string) {
    return this.host.renderRoot.querySelector<HTMLElement>(selector);
  }
}
