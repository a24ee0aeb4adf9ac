/**
 * What the CLI prints about a file echoes its names, ids and headers. Control
 * characters among them (an escape sequence can clear or rewrite the screen,
 * a carriage return can hide the start of a line) and bidirectional overrides
 * (which show text in another order) are printed as visible escapes instead.
 */
// Every C0 control but line feed and tab, DEL, C1 controls, and the bidirectional embeddings, overrides and isolates.
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function forTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

// JSON.stringify already escapes C0 controls; these it leaves as they are.
const UNSAFE_IN_JSON = /[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** JSON text with the characters a terminal would act on escaped; still the same JSON. */
export function jsonForTerminal(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** Writes a message for the maintainer on standard error. */
export function say(text: string): void {
  process.stderr.write(`${forTerminal(text)}\n`);
}
