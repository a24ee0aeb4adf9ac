/** The path of a Chromium-family browser, or exits with instructions. */
export function findChrome(): string;
/** The flags every test and benchmark launches the browser with. */
export const CHROME_ARGS: string[];
