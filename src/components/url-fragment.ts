/**
 * The finder's state in the URL fragment, for `sync-url`: `#sf-q=anxiety&sf-l=a,b`.
 * Keys carry a prefix (`sf-`, or `sf-<id>-` for a finder with an id) so two
 * finders, and the page's own fragment parts, live side by side. Each value is
 * a list; its items are encoded, so a comma inside one (a query) survives.
 */
type Values = Record<string, readonly string[]>;

const parts = (hash: string) => hash.replace(/^#/, '').split('&').filter(Boolean);

/** This finder's values in `hash`; parts that are not ours, or not readable, are skipped. */
export function readFragment(hash: string, prefix: string): Values {
  const values: Values = {};
  for (const part of parts(hash)) {
    const eq = part.indexOf('=');
    if (eq < 0 || !part.startsWith(prefix)) continue;
    try {
      values[part.slice(prefix.length, eq)] = part
        .slice(eq + 1)
        .split(',')
        .map(decodeURIComponent)
        .filter(Boolean);
    } catch {}
  }
  return values;
}

/** `hash` with this finder's keys set to `values` (empty ones left out) and every other part kept as it was. */
export function writeFragment(hash: string, prefix: string, values: Values): string {
  const keys = Object.keys(values).map((key) => `${prefix}${key}=`);
  const kept = parts(hash).filter((part) => !keys.some((key) => part.startsWith(key)));
  const ours = Object.entries(values)
    .filter(([, list]) => list.some(Boolean))
    .map(([key, list]) => `${prefix}${key}=${list.map(encodeURIComponent).join(',')}`);
  const all = [...kept, ...ours];
  return all.length ? `#${all.join('&')}` : '';
}
