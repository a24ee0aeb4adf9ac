/**
 * Deterministic catalogues of any size for the benchmark and the relevance
 * tests: the same seed always gives the same entries, so runs compare.
 * Entries mix English-only, French-only and bilingual text, as real
 * directories in Canada do.
 */
import type { Catalogue, Category, Resource, Text } from '../src/catalogue/schema.js';
import { AUDIENCES, MODES, ORGANIZATIONS, PLACES, SENTENCES, SERVICES, TOPICS } from './generator-words.js';

/** mulberry32: a tiny, fast PRNG with good enough spread for test data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORY_LIST: Category[] = ['peer', 'family', 'clinical'];
const DELIVERY = ['in-person', 'phone', 'virtual', 'text'] as const;
const COSTS = ['free', 'low-cost', 'fee'] as const;

export interface GenerateOptions {
  seed?: number;
  /** Real entries placed at fixed, spread-out positions (their ids must not start with "g-"). */
  planted?: readonly Resource[];
}

/** A catalogue of `size` entries (planted ones included). */
export function generateCatalogue(size: number, { seed = 1, planted = [] }: GenerateOptions = {}): Catalogue {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const n = min + Math.floor(rnd() * (max - min + 1));
    const out = new Set<T>();
    while (out.size < Math.min(n, list.length)) out.add(pick(list));
    return [...out];
  };

  function sentence(lang: 0 | 1, place: string, topics: [string, string][]): string {
    const pattern = pick(SENTENCES)[lang];
    return pattern
      .replace('{t}', pick(topics)[lang])
      .replace('{t2}', pick(TOPICS)[lang])
      .replace('{a}', pick(AUDIENCES)[lang])
      .replace('{m}', pick(MODES)[lang])
      .replace('{p}', place);
  }

  /** 50 % bilingual, 30 % English only, 20 % French only, like a national directory. */
  function text(languages: 'both' | 'en' | 'fr', en: string, fr: string): Text {
    if (languages === 'both') return { en, fr };
    return languages === 'en' ? { en } : { fr };
  }

  const resources: Resource[] = [];
  const every = planted.length ? Math.max(1, Math.floor(size / planted.length)) : Infinity;
  let next = 0;
  for (let i = 0; resources.length < size; i++) {
    if (next < planted.length && i % every === Math.floor(every / 2)) {
      resources.push(planted[next++]!);
      continue;
    }
    const category = pick(CATEGORY_LIST);
    const place = pick(PLACES);
    const service = pick(SERVICES[category]);
    const org = pick(ORGANIZATIONS);
    const topics = some(TOPICS, 2, 4);
    const roll = rnd();
    const languages = roll < 0.5 ? 'both' : roll < 0.8 ? 'en' : 'fr';
    const count = rnd() < 0.6 ? 1 : 2;
    const en = Array.from({ length: count }, () => sentence(0, place, topics)).join(' ');
    const fr = Array.from({ length: count }, () => sentence(1, place, topics)).join(' ');
    const slug = `${service[0]} ${place}`
      .normalize('NFD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .toLowerCase();
    const resource: Resource = {
      id: `g-${i}-${slug}`.replace(/-+$/, ''),
      category,
      name: text(languages, `${service[0]} – ${place}`, `${service[1]} – ${place}`),
      description: text(languages, en, fr),
      organization: text(languages, org[0].replace('{p}', place), org[1].replace('{p}', place)),
      phone: `1-${800 + Math.floor(rnd() * 100)}-555-${String(Math.floor(rnd() * 10000)).padStart(4, '0')}`,
      website: `https://${slug.slice(0, 40)}.example.org`,
      region: place,
      languages: languages === 'both' ? ['en', 'fr'] : [languages],
      delivery: some(DELIVERY, 1, 3),
      cost: pick(COSTS),
      tags: topics.flatMap(([t, f]) => (languages === 'fr' ? [f] : languages === 'en' ? [t] : [t, f])),
      lastVerified: '2026-01-15',
    };
    if (rnd() < 0.3) resource.text = `${100000 + Math.floor(rnd() * 899999)}`;
    if (rnd() < 0.5) resource.hours = text(languages, 'Mon–Fri 9:00–17:00', 'lun.–ven. 9 h–17 h');
    resources.push(resource);
  }
  return { version: 1, title: { en: 'Generated directory', fr: 'Répertoire généré' }, resources };
}
