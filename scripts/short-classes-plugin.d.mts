// Types for the test that runs the build plugin on sample code.
export function shortenClasses(
  code: string,
  sheets: Iterable<string>,
  keep?: readonly string[],
): { code: string; renamed: Map<string, string> | null };
export function shortenCustomProperties(code: string, sheets: Iterable<string>): string;
export function shortClasses(options?: { keep?: readonly string[] }): { name: string };
