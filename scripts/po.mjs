// Reads a gettext .po file and writes what WordPress loads: a .mo for PHP and
// the JSON that wp_set_script_translations() reads for the editor script.

/** The entries of a .po file: { context, id, plural, strings }; the header is the entry with id ''. */
export function parsePo(text) {
  const entries = [];
  let entry = null;
  let field = null;
  const start = () => {
    if (entry && entry.id !== undefined) entries.push(entry);
    entry = { context: undefined, id: undefined, plural: undefined, strings: [] };
  };
  const unquote = (s, line) => {
    if (!/^".*"$/.test(s)) throw new Error(`line ${line}: expected a quoted string, got ${s}`);
    return JSON.parse(s.replace(/\\([^"\\nt])/g, '$1'));
  };
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const m = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$/.exec(line);
    if (m) {
      const [, keyword, index, value] = m;
      if (keyword === 'msgctxt' || (keyword === 'msgid' && (!entry || entry.id !== undefined))) start();
      if (!entry) start();
      field = keyword === 'msgctxt' ? 'context' : keyword === 'msgid' ? 'id' : keyword === 'msgid_plural' ? 'plural' : Number(index ?? 0);
      const text = unquote(value, i + 1);
      if (typeof field === 'number') entry.strings[field] = text;
      else entry[field] = text;
      return;
    }
    if (line.startsWith('"') && entry && field !== null) {
      const more = unquote(line, i + 1);
      if (typeof field === 'number') entry.strings[field] += more;
      else entry[field] += more;
      return;
    }
    throw new Error(`line ${i + 1}: cannot read "${line}"`);
  });
  start();
  return entries.filter((e) => e.id === '' || e.strings.some((s) => s));
}

const key = (e) => (e.context !== undefined ? `${e.context}\u0004` : '') + e.id + (e.plural !== undefined ? `\0${e.plural}` : '');

/** The .mo file (little-endian, no hash table) for `entries`. */
export function toMo(entries) {
  const pairs = entries
    .map((e) => [Buffer.from(key(e), 'utf8'), Buffer.from(e.strings.join('\0'), 'utf8')])
    .sort((a, b) => Buffer.compare(a[0], b[0]));
  const n = pairs.length;
  const tables = 28 + 16 * n;
  const head = Buffer.alloc(tables);
  head.writeUInt32LE(0x950412de, 0);
  head.writeUInt32LE(0, 4);
  head.writeUInt32LE(n, 8);
  head.writeUInt32LE(28, 12);
  head.writeUInt32LE(28 + 8 * n, 16);
  head.writeUInt32LE(0, 20);
  head.writeUInt32LE(tables, 24);
  const chunks = [];
  let offset = tables;
  const place = (bytes, at) => {
    head.writeUInt32LE(bytes.length, at);
    head.writeUInt32LE(offset, at + 4);
    chunks.push(bytes, Buffer.alloc(1));
    offset += bytes.length + 1;
  };
  pairs.forEach(([id], i) => place(id, 28 + 8 * i));
  pairs.forEach(([, str], i) => place(str, 28 + 8 * n + 8 * i));
  return Buffer.concat([head, ...chunks]);
}

/** The Jed JSON that WordPress's script translations read. */
export function toJed(entries, lang) {
  const header = entries.find((e) => e.id === '')?.strings[0] ?? '';
  const pluralForms = /Plural-Forms:\s*([^\n]*)/.exec(header)?.[1]?.trim() ?? 'nplurals=2; plural=n != 1;';
  const messages = { '': { domain: 'messages', lang, 'plural-forms': pluralForms } };
  for (const e of entries) {
    if (e.id === '') continue;
    messages[(e.context !== undefined ? `${e.context}\u0004` : '') + e.id] = e.strings;
  }
  return `${JSON.stringify({ domain: 'messages', locale_data: { messages } })}\n`;
}
