/**
 * Keeps the work in progress in this browser (`localStorage`), so a reload or
 * a closed tab loses nothing. The builder is a maintainers' tool page, and the
 * page says so with a "Discard this draft" button; the finder itself stores
 * nothing. The conversions are pure; `DraftStorage` only reads and writes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { newKey, type ResourceDraft } from './draft.js';
import type { FileDraft, LineDraft } from './file-draft.js';

export const STORAGE_KEY = 'support-finder-builder:draft';
/** Typing pauses this long before the draft is written. */
const DELAY_MS = 400;

/** What the page holds: enough to carry on exactly where it was. */
export interface DraftState {
  baseName: string;
  drafts: ResourceDraft[];
  file: FileDraft;
  selected: number | null;
  /** A fingerprint of the file as last opened or downloaded, to tell whether there are unsaved changes. */
  clean: string;
  /** When it was written, as an ISO date and time. */
  savedAt?: string;
}

const unkeyed = <T extends { key: number }>({ key: _key, ...rest }: T) => rest;

/** The state as text for storage; keys are left out, since they are made afresh on each load. */
export function storeDraft(state: DraftState, now = new Date()): string {
  return JSON.stringify({
    version: 1,
    savedAt: now.toISOString(),
    baseName: state.baseName,
    clean: state.clean,
    selected: state.drafts.findIndex((d) => d.key === state.selected),
    drafts: state.drafts.map(unkeyed),
    file: { ...state.file, lines: state.file.lines.map(unkeyed) },
  });
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isDraft = (d: unknown) => isObject(d) && isObject(d.values) && Array.isArray(d.audiences) && Array.isArray(d.delivery);

/** The stored state with fresh keys, or null when the text is not a draft this page wrote. */
export function readDraft(text: string | null): DraftState | null {
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(raw) || raw.version !== 1 || !Array.isArray(raw.drafts) || !raw.drafts.every(isDraft)) return null;
  const file = raw.file;
  if (!isObject(file) || !isObject(file.values) || !Array.isArray(file.lines)) return null;
  const drafts = (raw.drafts as Omit<ResourceDraft, 'key'>[]).map((d) => ({ ...d, key: newKey() }));
  const lines = (file.lines as Omit<LineDraft, 'key'>[]).map((l) => ({ ...l, key: newKey() }));
  const index = typeof raw.selected === 'number' ? raw.selected : 0;
  return {
    baseName: typeof raw.baseName === 'string' ? raw.baseName : 'catalogue',
    clean: typeof raw.clean === 'string' ? raw.clean : '',
    savedAt: typeof raw.savedAt === 'string' ? raw.savedAt : undefined,
    selected: drafts[index]?.key ?? drafts[0]?.key ?? null,
    drafts,
    file: { rest: {}, crisisRest: {}, titlePlain: false, ...(file as object), lines } as FileDraft,
  };
}

/** A short fingerprint of a text (FNV-1a), so the page need not keep a second copy of the file. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}

export class DraftStorage implements ReactiveController {
  /** Set when the browser refused to store the draft (private browsing, storage full or turned off). */
  failed = false;
  private timer?: ReturnType<typeof setTimeout>;
  private pending?: DraftState;

  constructor(private host: ReactiveControllerHost) {
    host.addController(this);
  }

  read(): DraftState | null {
    try {
      return readDraft(localStorage.getItem(STORAGE_KEY));
    } catch {
      return null;
    }
  }

  /** Writes `state` after a pause in typing. */
  schedule(state: DraftState): void {
    this.pending = state;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), DELAY_MS);
  }

  /** Writes what is waiting, at once (before the page goes away). */
  flush = (): void => {
    clearTimeout(this.timer);
    const state = this.pending;
    if (!state) return;
    this.pending = undefined;
    const failed = !this.write(() => localStorage.setItem(STORAGE_KEY, storeDraft(state)));
    if (failed !== this.failed) {
      this.failed = failed;
      this.host.requestUpdate();
    }
  };

  clear(): void {
    clearTimeout(this.timer);
    this.pending = undefined;
    this.write(() => localStorage.removeItem(STORAGE_KEY));
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.flush);
  }

  hostDisconnected(): void {
    this.flush();
    window.removeEventListener('pagehide', this.flush);
  }

  private write(action: () => void): boolean {
    try {
      action();
      return true;
    } catch {
      return false;
    }
  }
}
