// Types for the tests that run the build plugin on data/catalogue.json.
export function compactList(entries: readonly Record<string, unknown>[]): Record<string, string>;
export function compactCatalogue<T extends { resources: unknown[] }>(catalogue: T): unknown;
export function slimCatalogue(): {
  name: string;
  enforce: 'pre';
  transform(code: string, id: string): Promise<{ code: string; map: null } | null>;
};
