// Types for the test that runs the build plugin on sample modules.
export const TEXT_FIRST: readonly string[];
export function textFirst(): {
  name: string;
  transform(
    this: { resolve(source: string, importer: string): Promise<unknown>; warn(message: string): void },
    code: string,
    id: string,
  ): Promise<{ code: string; map: null } | null>;
};
