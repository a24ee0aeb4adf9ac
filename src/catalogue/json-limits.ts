/**
 * Rules the CLI's reader (json-source.ts) and the browser's streaming reader
 * (split-catalogue.ts) share, so both read the same entries from the same bytes.
 */

/** A catalogue needs about six levels of `[ ]` and `{ }`, HSDS about ten; far deeper is a broken or hostile file. */
export const MAX_NESTING = 64;

export const TOO_DEEP = `nested too deeply: more than ${MAX_NESTING} levels of { } and [ ] here (a catalogue needs about six)`;

/** A field written twice in one object: JSON readers disagree on which one counts, so neither is trusted. */
export const duplicateKey = (key: string) => `has the field "${key}" twice; keep one (programs disagree on which of the two counts)`;
