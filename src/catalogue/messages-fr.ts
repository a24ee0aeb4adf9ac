/**
 * The validator's messages in French, for the French builder page; the CLI
 * keeps its English. The messages are made in English in one place
 * (`messages.ts`, the format's rules in `vocabulary.ts`, the schedule reader,
 * the CSV reader, the health report), so they are reworded here from their
 * known shapes. A message of an unknown shape gets `undefined`, and the page
 * shows the English, marked as English, rather than a guess.
 */
import { RULES } from './vocabulary.js';

const NB = '\u00a0';
const NNB = '\u202f';
const quote = (text: string) => `«${NB}${text}${NB}»`;

/** The format's rules, by their key in RULES. A new rule without French shows in English (a test lists any). */
export const RULES_FR: Partial<Record<keyof typeof RULES, string>> = {
  phone: 'doit contenir au moins un chiffre',
  nonEmpty: 'ne doit pas être vide',
  webUrl: 'doit être une adresse Web commençant par https:// ou http://',
  url: 'doit être une adresse Web',
  date: 'doit être une date écrite AAAA-MM-JJ',
  email: 'doit être une adresse courriel comme info@example.org',
  province: 'doit être un code de province de deux lettres comme QC',
  id: 'ne doit contenir que des lettres minuscules, des chiffres et des tirets, et commencer par une lettre ou un chiffre',
  language: 'doit être un code de langue de deux lettres comme fr ou en',
  text: 'doit avoir un texte dans au moins une langue',
  languageKey: `doit être un code de langue comme ${quote('fr')}, ${quote('pa')} ou ${quote('fr-CA')}`,
  line: `doit avoir un numéro ${quote('phone')} ou ${quote('text')}`,
  version: 'doit être 1 (la version du format du catalogue)',
  schedule: `doit être ${quote('24/7')} ou une liste d’heures d’ouverture`,
  openings: `doit indiquer au moins une heure d’ouverture, ou être ${quote('24/7')}`,
  days: 'doit nommer au moins un jour',
  dayTwice: 'nomme un jour deux fois',
  opens: 'doit être une heure écrite HH:MM, de 00:00 à 23:59, comme 09:00',
  closes: 'doit être une heure écrite HH:MM, de 00:00 à 24:00, comme 17:00',
  sameTime: `ouvre et ferme à la même heure${NNB}; pour une journée entière, écrivez ${quote('opens')}${NB}: ${quote('00:00')}, ${quote('closes')}${NB}: ${quote('24:00')}`,
  timeZone: 'doit être un nom de fuseau horaire comme America/Toronto, America/Vancouver ou America/Halifax',
  areas: 'doit nommer au moins un territoire (CA, ou le code d’une province ou d’un territoire comme QC), ou être retiré',
  phoneWords: `doit être un seul numéro de téléphone, comme 1-800-555-0199 poste 12 ou 1-866-APPELLE${NNB}; mettez ${quote('faites le 2')} et les autres consignes dans ${quote('hours')} ou dans la description`,
  phoneTwo: `contient deux numéros${NNB}; mettez le second dans ${quote('hours')} ou dans la description`,
  phoneControl: `contient un caractère de contrôle invisible${NNB}; tapez le numéro de nouveau`,
  bidiControl: `contient un caractère invisible qui change le sens du texte${NNB}; retirez-le`,
};

const EXAMPLE_FR = `par exemple ${quote('lun-ven 09:00-17:00; sam 10:00-14:00')} ou ${quote('24/7')}`;
const TYPES: Record<string, string> = {
  text: 'du texte',
  'a number': 'un nombre',
  'an object': 'un objet',
  'a list': 'une liste',
  'true or false': 'vrai ou faux',
};

/** A value as the English quotes it (`"x"`, `a list`, `nothing`), as French quotes it. */
function value(shown: string): string {
  if (/^".*"$/s.test(shown)) return quote(shown.slice(1, -1).replace(/\\"/g, '"'));
  return { nothing: 'rien', null: 'null', 'a list': 'une liste', 'an object': 'un objet' }[shown] ?? shown;
}

/** Messages of a fixed shape: an English pattern and its French. */
const PATTERNS: [RegExp, (...m: string[]) => string][] = [
  [/^is required but missing$/, () => 'est obligatoire mais absent'],
  [/^is empty but required$/, () => 'est vide mais obligatoire'],
  [/^must be (text|a number|an object|a list|true or false)$/, (t) => `doit être ${TYPES[t!]}`],
  [
    /^must be text, or texts by language such as \{ "en": "…", "fr": "…" \}$/,
    () => `doit être du texte, ou des textes par langue comme { ${quote('en')}${NB}: ${quote('…')}, ${quote('fr')}${NB}: ${quote('…')} }`,
  ],
  [/^must be one of (.+)$/, (list) => `doit être l’une de ces valeurs${NB}: ${list}`],
  [/^must be at least (.+)$/, (n) => `doit être au moins ${n}`],
  [/^must be at most (.+)$/, (n) => `doit être au plus ${n}`],
  [/^is not valid$/, () => 'n’est pas valide'],
  [/^has unknown fields: (.+)$/, (list) => `a des champs inconnus${NB}: ${list}`],
  [/^must be a list of resources$/, () => 'doit être une liste de ressources'],
  [/^must be a list of crisis lines$/, () => 'doit être une liste de lignes de crise'],
  [
    /^must be a JSON object with "version" and "resources"$/,
    () => `doit être un objet JSON avec ${quote('version')} et ${quote('resources')}`,
  ],
  [
    /^repeats an id already used by an earlier resource; every id must be unique$/,
    () => `reprend l’identifiant d’une fiche précédente${NNB}; chaque identifiant doit être unique`,
  ],
  [
    /^repeats the id of row (\d+); every id must be unique$/,
    (n) => `reprend l’identifiant de la ligne ${n}${NNB}; chaque identifiant doit être unique`,
  ],
  [/^must be a number such as 43\.55$/, () => 'doit être un nombre comme 43,55'],
  [/^is empty; fill in both lat and lng, or neither$/, () => `est vide${NNB}; remplissez lat et lng, ou aucun des deux`],
  [/^is empty; fill in (\w+) or (\w+) \(or both\)$/, (a, b) => `est vide${NNB}; remplissez ${a} ou ${b} (ou les deux)`],
  [
    /^has a value in column (\d+), past the last named column; check for an unquoted (.+)$/,
    (n, d) => `a une valeur dans la colonne ${n}, après la dernière colonne nommée${NNB}; cherchez un ${value(d!)} hors guillemets`,
  ],
  [/^the header row lacks required columns: (.+)$/, (list) => `il manque à la ligne d’en-tête des colonnes obligatoires${NB}: ${list}`],
  [
    /^a quoted cell is never closed: .*$/,
    () => `une cellule entre guillemets n’est jamais fermée${NB}: il manque un ${quote('"')}, et la suite du fichier ne peut pas être lue`,
  ],
  [
    /^the file is empty; the first row must name the columns \((.+)\)$/,
    (list) => `le fichier est vide${NNB}; la première ligne doit nommer les colonnes (${list})`,
  ],
  [
    /^has no (French|English) text \(add "(en|fr)"\)$/,
    (l, code) => `n’a pas de texte en ${l === 'French' ? 'français' : 'anglais'} (ajoutez ${quote(code!)})`,
  ],
  [
    /^has no "lastVerified" date; check its details with the service and add the date$/,
    () => `n’a pas de date de dernière vérification${NNB}; vérifiez ses renseignements auprès du service et ajoutez la date`,
  ],
  [
    /^is (\d{4}-\d\d-\d\d), more than 12 months ago; check its details again$/,
    (d) => `est le ${d}, il y a plus de 12${NB}mois${NNB}; vérifiez de nouveau ses renseignements`,
  ],
  [/^is not a catalogue field, so the finder ignores it$/, () => `n’est pas un champ du catalogue${NNB}; l’outil de recherche l’ignore`],
  [
    /^is not a column name: after "(\w+)_" comes a language code such as en, fr, pa or fr-CA, as in "\w+_pa"$/,
    (f) =>
      `n’est pas un nom de colonne${NB}: après ${quote(`${f}_`)} vient un code de langue comme en, fr, pa ou fr-CA, par exemple ${quote(`${f}_pa`)}`,
  ],
  [
    /^is not a catalogue column, so its values are not read$/,
    () => `n’est pas une colonne du catalogue${NNB}; ses valeurs ne sont pas lues`,
  ],
  // The schedule's one line (src/hours/schedule-text.ts).
  [
    /^"(.+)" is not a day; write .*$/s,
    (d) => `${quote(d!)} n’est pas un jour${NNB}; écrivez lun, mar, mer, jeu, ven, sam, dim (ou Mon, Tue…), ${EXAMPLE_FR}`,
  ],
  [/^names (\w+) twice in "(.+)"$/s, (d, t) => `nomme ${d} deux fois dans ${quote(t!)}`],
  [
    /^"(.+)" is not an opening time; .*$/s,
    (r) =>
      `${quote(r!)} n’est pas une heure d’ouverture${NNB}; écrivez-la comme 09:00-17:00 (horloge de 24${NB}heures, jusqu’à 24:00), ${EXAMPLE_FR}`,
  ],
  [
    /^"(.+)" opens and closes at the same time; .*$/s,
    (r) => `${quote(r!)} ouvre et ferme à la même heure${NNB}; pour une journée entière, écrivez 00:00-24:00`,
  ],
  [/^"(.+)" needs days, then times: .*$/s, (p) => `${quote(p!)} doit donner des jours, puis des heures, ${EXAMPLE_FR}`],
  [/^"(.+)" has no times: .*$/s, (p) => `${quote(p!)} n’a pas d’heures, ${EXAMPLE_FR}`],
  [/^is empty; for example .*$/s, () => `est vide, ${EXAMPLE_FR}`],
];

function head(text: string): string | undefined {
  const rule = (Object.keys(RULES) as (keyof typeof RULES)[]).find((key) => RULES[key] === text);
  if (rule) return RULES_FR[rule];
  for (const [pattern, french] of PATTERNS) {
    const match = pattern.exec(text);
    if (match) return french(...match.slice(1));
  }
  return undefined;
}

/** One message without its location, in French; undefined when its shape is unknown. */
function bare(message: string): string | undefined {
  const mean = /^(.*); did you mean "(.+)"\?$/s.exec(message);
  if (mean) {
    const rest = bare(mean[1]!);
    return rest && `${rest}${NNB}; vouliez-vous dire ${quote(mean[2]!)}${NNB}?`;
  }
  const got = /^(.*); got (nothing|null|a list|an object|".*"|[^;]+)$/s.exec(message);
  if (got) {
    const rest = head(got[1]!);
    return rest && `${rest}${NNB}; valeur donnée${NB}: ${value(got[2]!)}`;
  }
  return head(message);
}

/**
 * A validation message in French, its location included (`resources[4] (id
 * "x"): "category" …`, `row 5 (id "x"), column "category": …`, `"crisis.terms" …`);
 * undefined when it has a shape this table does not know.
 */
export function frenchMessage(message: string): string | undefined {
  const located = /^(resources\[\d+\]|crisis\.lines\[\d+\])(?: \(id "([^"]*)"\))?(?:: "([^"]+)")? (.+)$/s.exec(message) ?? undefined;
  if (located) {
    const [, owner, id, field, rest] = located;
    const text = bare(rest!);
    return text && `${owner}${id ? ` (identifiant ${quote(id)})` : ''}${field ? `${NB}: ${quote(field)}` : ''} ${text}`;
  }
  const row = /^(?:row (\d+)(?: \(id "([^"]*)"\))?)?(?:, )?(?:column "([^"]+)")?: (.+)$/s.exec(message);
  if (row && (row[1] || row[3])) {
    const [, n, id, column, rest] = row;
    const where = [n && `ligne ${n}${id ? ` (identifiant ${quote(id)})` : ''}`, column && `colonne ${quote(column)}`].filter(Boolean);
    const text = bare(rest!);
    return text && `${where.join(', ')}${NB}: ${text}`;
  }
  const path = /^"([^"]+)" (.+)$/s.exec(message);
  if (path && !/^"[^"]+" (is not a day|is not an opening|opens and|needs days|has no times)/.test(message)) {
    const text = bare(path[2]!);
    if (text) return `${quote(path[1]!)} ${text}`;
  }
  const file = /^The file (.+)$/s.exec(message);
  if (file) {
    const text = bare(file[1]!);
    return text && `Le fichier ${text}`;
  }
  return bare(message);
}
