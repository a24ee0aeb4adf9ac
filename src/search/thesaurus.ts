/**
 * People search in their own words ("drinking", "can't sleep", "déprimé",
 * "psy"); catalogues use a service's words ("alcohol", "anxiety",
 * "dépression", "psychologue"). A lay phrase found in a query, as whole words
 * after folding case and accents, adds the catalogue's terms to the search.
 *
 * One line per group: lay phrases, then after ">" the terms they add. Terms
 * are the words of the built-in catalogue; one spelling often covers both
 * languages, since fuse.js forgives a letter or two ("alcohol" finds "alcool",
 * "depression" finds "dépression"), and a stem finds every ending
 * ("psycholog": psychologist, psychologue, psychological). A catalogue adds its
 * own groups with `synonyms` (docs/CATALOGUE.md).
 */
import { foldAccents } from './fold.js';
import { wordsOf } from './words.js';

const GROUPS = [
  'drinking|drinks|drunk|booze|alcoholic|boire|bois|boit|alcoolique|alcoolisme|saoul|soûl|sur la brosse>alcohol|addiction|dépendance',
  'uses drugs|weed|cannabis|opioids|fentanyl|cocaine|crack|drogue|se drogue|drogué|consomme|pot|opioïdes|pilules|gelé|toxico|toxicomanie>substance use|addiction|dépendance',
  'my son|my daughter|my child|my kid|my teen|mon fils|ma fille|mon enfant|mon ado|mon gars|mon jeune>family|caregiver|parents|youth',
  'my partner|my husband|my wife|my mom|my dad|mon conjoint|ma conjointe|mon mari|ma femme|ma mère|mon père|mon chum|ma blonde|mon partenaire|ma partenaire>family|caregiver',
  'depressed|sad|hopeless|déprimé|déprimée|déprime|dépressif|dépressive|triste|pas le moral|désespéré|désespérée|découragé|découragée|file pas|cafard|broyer du noir>depression',
  'anxious|worried|panic|nervous|anxieux|anxieuse|angoisse|angoissé|angoissée|inquiet|inquiète|nerveux|nerveuse|panique>anxiety',
  "can't sleep|cant sleep|insomnia|sleep|dormir|insomnie|sommeil>insomnia|sommeil|stress",
  "talk to someone|need to talk|vent|parler à quelqu'un|besoin de parler|jaser>someone to talk to|warm line|peer support|écoute",
  'psy|shrink|therapist|thérapeute>psycholog|psychiatr|therapy',
  'lonely|alone|isolated|seul|seule|solitude|isolé|isolée>isolement|peer support',
  'caregiver burnout|caregiver stress|aidant épuisé|aidante épuisée|aidants épuisés|proche aidant épuisé|épuisement des proches aidants>respite|répit|caregiver',
  'stressed|overwhelmed|burned out|burnt out|burn out|burnout|épuisé|épuisée|épuisement|stressé|stressée|surmenage|surmené|surmenée|à bout|en peux plus|pu capable>stress',
  'kid|kids|child>children|enfants|youth',
  'teen|teens|teenager|ado|ados>teens|adolescents|youth|jeunes',
  'died|death|passed away|décès|décédé|décédée|mort|endeuillé|endeuillée|perte d’un proche>grief|deuil|bereavement',
  'smoking|vaping|fumer|vapoter|vape|cigarette|nicotine>tobacco|tabac',
  'hearing voices|paranoia|hallucinations|entendre des voix|entends des voix|entend des voix|parano|délire>psychosis|schizophrenia',
  'soldier|army|military|ptsd|soldat|armée|vétéran|tspt|sspt|stress post traumatique>veterans|anciens combattants',
  'betting|casino|paris sportifs|jeu compulsif|machines à sous|loterie>gambling',
  'walk in|sans rdv>drop-in',
];

/** A lay phrase's folded words, and the folded terms it adds. */
interface Entry {
  words: string[];
  terms: string[];
}

/** Lay phrases by their first word, so a query looks up only its own words. */
export type Thesaurus = Map<string, Entry[]>;

/** A query adds at most this many terms: each one is another lookup in the word index. */
export const MAX_EXPANSIONS = 8;

const fold = (text: string) => wordsOf(foldAccents(text)).join(' ');
/** Lay phrases match singular or plural alike: "drogues" as "drogue", "ados" as "ado". */
const stem = (word: string) => (word.length > 3 ? word.replace(/[sx]$/, '') : word);

function add(thesaurus: Thesaurus, phrase: string, terms: readonly string[]): void {
  const words = wordsOf(foldAccents(phrase)).map(stem);
  const folded = terms.map(fold).filter(Boolean);
  if (!words.length || !folded.length) return;
  const list = thesaurus.get(words[0]!) ?? [];
  list.push({ words, terms: folded });
  thesaurus.set(words[0]!, list);
}

let builtin: Thesaurus | undefined;

/**
 * The built-in groups plus a catalogue's own `synonyms`: groups of words or
 * phrases that mean the same, each of which adds the others.
 */
export function createThesaurus(synonyms?: readonly (readonly string[])[]): Thesaurus {
  if (!builtin) {
    builtin = new Map();
    for (const line of GROUPS) {
      const [phrases, terms] = line.split('>');
      for (const phrase of phrases!.split('|')) add(builtin, phrase, terms!.split('|'));
    }
  }
  if (!synonyms) return builtin;
  const thesaurus: Thesaurus = new Map([...builtin].map(([word, list]) => [word, [...list]]));
  for (const group of synonyms)
    for (const phrase of group)
      add(
        thesaurus,
        phrase,
        group.filter((p) => p !== phrase),
      );
  return thesaurus;
}

/** A term a lay phrase adds, and the positions of the query's words that phrase spans. */
export interface Expansion {
  term: string;
  from: number;
  to: number;
}

/**
 * The terms the lay phrases in a query's folded `words` add, best known first,
 * leaving out what the query already says.
 */
export function expandWords(thesaurus: Thesaurus, typed: readonly string[]): Expansion[] {
  const out: Expansion[] = [];
  const query = typed.join(' ');
  const words = typed.map(stem);
  words.forEach((word, i) => {
    for (const { words: phrase, terms } of thesaurus.get(word) ?? []) {
      if (!phrase.every((w, j) => words[i + j] === w)) continue;
      for (const term of terms)
        if (term !== query && !out.some((e) => e.term === term)) out.push({ term, from: i, to: i + phrase.length - 1 });
    }
  });
  return out.slice(0, MAX_EXPANSIONS);
}

/** The terms alone, as the highlighting marks them. */
export function expandQuery(thesaurus: Thesaurus, words: readonly string[]): string[] {
  return expandWords(thesaurus, words).map((e) => e.term);
}
