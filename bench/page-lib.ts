/**
 * Runs inside the benchmark page (built by scripts/bench.mjs). It mounts the
 * real finder from dist/, times keystrokes to results on screen, and runs
 * plain fuse.js and MiniSearch on the same data in the same page.
 */
import Fuse from 'fuse.js/basic';
import MiniSearch from 'minisearch';
import type { Catalogue, Resource } from '../src/catalogue/schema.js';
import { searchText } from '../src/catalogue/text.js';
import { FUSE_OPTIONS } from '../src/search/build-index.js';
import { foldAccents } from '../src/search/fold.js';
import { normaliseQuery } from '../src/search/query.js';

type Finder = HTMLElement & { updateComplete: Promise<boolean> };

/**
 * Resolves after the browser has painted what is in the DOM now, with the
 * start time of the frame that painted it (its animation-frame timestamp).
 */
function paintedFrame(): Promise<{ at: number; frame: number }> {
  return new Promise((resolve) => {
    requestAnimationFrame((frame) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ at: performance.now(), frame });
      channel.port2.postMessage(0);
    });
  });
}

const afterPaint = async () => (await paintedFrame()).at;

const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });

function longestTask(from: number, to: number): number {
  return Math.max(0, ...longTasks.filter((t) => t.start + t.duration >= from && t.start <= to).map((t) => t.duration));
}

let finder: Finder;
const keystrokes: { t: number; value: string; updated?: number; done?: number; frame?: number }[] = [];

function shadow(): ShadowRoot {
  return finder.shadowRoot!;
}

/** Resolves as soon as the finder shows its count (its list, or the message that nothing matched). */
function listed(): Promise<void> {
  return new Promise((resolve) => {
    const found = () => shadow().querySelector('#count, .error');
    if (found()) return resolve();
    const observer = new MutationObserver(() => found() && (observer.disconnect(), resolve()));
    observer.observe(shadow(), { childList: true, subtree: true });
  });
}

/** Mounts `<support-finder src=…>` and resolves once its first results are painted. */
async function mount(src: string) {
  const start = performance.now();
  finder = document.createElement('support-finder') as Finder;
  finder.setAttribute('src', src);
  const loaded = new Promise<string>((resolve) =>
    finder.addEventListener('support-finder-load', (e) => resolve((e as CustomEvent).detail.status), { once: true }),
  );
  document.body.append(finder);
  const status = await loaded;
  // A large catalogue's first list follows its load event by a few tasks (searched and narrowed in slices).
  await listed();
  const painted = await afterPaint();
  const arrival = performance.getEntriesByType('resource').find((e) => e.name.endsWith(src)) as PerformanceResourceTiming;
  // Every keystroke: from its input event to the frame after the results it produced.
  window.addEventListener(
    'input',
    (e) => keystrokes.push({ t: e.timeStamp, value: (e.composedPath()[0] as HTMLInputElement).value }),
    true,
  );
  finder.addEventListener('support-finder-search', async () => {
    const value = shadow().querySelector('input')!.value;
    const updated = performance.now();
    for (const k of keystrokes) if (k.updated === undefined && k.value === value) k.updated = updated;
    const { at, frame } = await paintedFrame();
    for (const k of keystrokes) if (k.done === undefined && k.value === value) ((k.done = at), (k.frame = frame));
    // Keystrokes overtaken by later ones are answered by the later results.
    let last = keystrokes.length - 1;
    while (last >= 0 && keystrokes[last]!.done === undefined) last--;
    for (let i = 0; i < last; i++) if (keystrokes[i]!.done === undefined) ((keystrokes[i]!.done = at), (keystrokes[i]!.frame = frame));
  });
  shadow().querySelector('input')!.focus();
  return {
    status,
    count: shadow().querySelectorAll('.result').length,
    mountToResults: painted - start,
    arrivalToResults: painted - arrival.responseEnd,
    longestLoadTask: longestTask(start, painted),
  };
}

/** Clears the box without timing it, and waits for the list to settle. */
async function clear() {
  const input = shadow().querySelector('input')!;
  input.value = '';
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  keystrokes.pop();
  await finder.updateComplete;
  await afterPaint();
}

function typingStats(from: number) {
  const typed = keystrokes.slice(from);
  return {
    latencies: typed.map((k) => (k.done ?? NaN) - k.t),
    /** Input event → the finder's DOM updated (our work, before the browser's frame and paint). */
    updates: typed.map((k) => (k.updated ?? NaN) - k.t),
    /**
     * Input event → start of the frame that showed the results: at most one
     * frame interval (16.7 ms at 60 Hz) when they appear in the first frame
     * after the key, whatever the wait for that frame and its paint.
     */
    frames: typed.map((k) => (k.frame ?? NaN) - k.t),
    values: typed.map((k) => k.value),
    longestTask: typed.length ? longestTask(typed[0]!.t, Math.max(...typed.map((k) => k.done ?? k.t))) : 0,
  };
}

function shownIds(): string[] {
  return [...shadow().querySelectorAll<HTMLElement>('.result')].map((li) => li.dataset.id!);
}

async function loadData(src: string): Promise<Resource[]> {
  return ((await (await fetch(src)).json()) as Catalogue).resources;
}

/** Plain fuse.js, as the finder used it before: a full scan of every entry per query. */
async function rawFuse(src: string, queries: string[], top: string[]) {
  const resources = await loadData(src);
  let t = performance.now();
  const fuse = new Fuse(resources, FUSE_OPTIONS);
  const build = performance.now() - t;
  const times: number[] = [];
  const answers = new Map<string, ReturnType<typeof fuse.search>>();
  const wanted = new Set(top);
  for (const q of queries) {
    t = performance.now();
    const answer = fuse.search(normaliseQuery(q));
    times.push(performance.now() - t);
    if (wanted.has(q)) answers.set(q, answer);
  }
  // At 50,000 entries a full scan takes seconds: never run one twice.
  const ranked = top.map((q) => answers.get(q) ?? fuse.search(normaliseQuery(q)));
  return {
    build,
    times,
    tops: ranked.map((r) => r.slice(0, 10).map((x) => x.item.id)),
    scores: ranked.map((r) => Object.fromEntries(r.slice(0, 200).map((x) => [x.item.id, x.score!]))),
  };
}

async function miniSearch(src: string, queries: string[], top: string[]) {
  const resources = await loadData(src);
  let t = performance.now();
  const mini = new MiniSearch<Resource>({
    idField: 'id',
    fields: ['name', 'tags', 'organization', 'description'],
    extractField: (r, field) => {
      const v = (r as unknown as Record<string, unknown>)[field];
      return field === 'id'
        ? String(v)
        : field === 'tags'
          ? ((v as string[]) ?? []).join(' ')
          : searchText(v as Resource['name']).join(' ');
    },
    processTerm: (term) => foldAccents(term),
    searchOptions: { boost: { name: 3, tags: 2, organization: 1.5 }, fuzzy: 0.2, prefix: true },
  });
  mini.addAll(resources);
  const build = performance.now() - t;
  const times: number[] = [];
  for (const q of queries) {
    t = performance.now();
    mini.search(q);
    times.push(performance.now() - t);
  }
  return {
    build,
    times,
    tops: top.map((q) =>
      mini
        .search(q)
        .slice(0, 10)
        .map((r) => String(r.id)),
    ),
  };
}

/** Names and tags of entries, folded, for judging relevance outside the page. */
async function labels(src: string, ids: string[]) {
  const byId = new Map((await loadData(src)).map((r) => [r.id, r]));
  return Object.fromEntries(
    ids.map((id) => {
      const r = byId.get(id);
      return [id, r ? foldAccents([...searchText(r.name), ...(r.tags ?? [])].join(' | ')) : ''];
    }),
  );
}

/** The heap taken by the parsed JSON alone, measured by the caller around these two steps. */
let held: unknown;
async function holdParsed(src: string) {
  held = JSON.parse(await (await fetch(src)).text());
  return Array.isArray((held as Catalogue).resources);
}

Object.assign(window, {
  bench: { mount, clear, typingStats, keystrokeCount: () => keystrokes.length, shownIds, rawFuse, miniSearch, labels, holdParsed },
});
