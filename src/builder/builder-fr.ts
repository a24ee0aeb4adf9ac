import type { BuilderStrings } from './builder-strings.js';
import { AREAS } from '../catalogue/vocabulary.js';
import { areaName } from '../catalogue/areas.js';
import finderFr from '../i18n/tables/fr.json';
import { group } from '../i18n/translate.js';
import { frenchMessage } from '../catalogue/messages-fr.js';

// French counts 0 as singular ("0 fiche"). French typography, as the French
// review settled it: a non-breaking space (U+00A0) before ":" and inside « »
// quotes, a narrow one (U+202F) before ";", "?" and "!".
const plural = (n: number, one: string, many: string) => `${n}\u00a0${n <= 1 ? one : many}`;
const quote = (text: string) => `«\u00a0${text}\u00a0»`;

export const builderFr: BuilderStrings = {
  message: (english) => {
    const text = frenchMessage(english);
    return text ? { text } : { text: english, lang: 'en' };
  },
  locale: 'fr-CA',
  openHeading: 'Commencer',
  fileLabel: 'Ouvrir un fichier JSON ou CSV',
  fileHint:
    'Le fichier reste sur cet ordinateur\u00a0: rien n’est envoyé. S’il y a des modifications pas encore téléchargées, la page demande d’abord\u202f; un tableur peut alors mettre les fiches à jour en gardant le titre, la date et les lignes de crise.',
  startBuiltin: 'Partir du catalogue intégré',
  startEmpty: 'Commencer un catalogue vide',
  opened: (name, count, bad) =>
    `Fichier ouvert\u00a0: ${name}, ${plural(count, 'fiche', 'fiches')}${bad ? `, dont ${bad}\u00a0à corriger` : ''}.`,
  openFailed: (name) => `Impossible d’ouvrir ${name}`,
  notJson: (detail) => `Le fichier n’est pas du JSON valide\u00a0: ${detail}`,
  rowNotes:
    'Certaines cellules ne sont sous aucune colonne nommée\u202f; aucun champ ne les contient. Vérifiez ces lignes dans le tableur\u00a0:',
  unknownColumns: (columns) => `Ces colonnes ne sont pas des colonnes du catalogue et n’ont pas été lues\u00a0: ${columns}.`,
  notUtf8:
    'Le fichier n’a pas été enregistré en UTF-8\u202f; il a donc été lu en Windows-1252 (le format «\u00a0CSV (séparateur\u00a0: point-virgule)\u00a0» d’Excel). Vérifiez les accents. La prochaine fois, choisissez «\u00a0CSV UTF-8 (délimité par des virgules)\u00a0» à l’enregistrement.',
  utf16:
    'Le fichier est enregistré en UTF-16 («\u00a0Texte Unicode\u00a0»), que cette page ne lit pas. Enregistrez-le en UTF-8 (dans Excel\u00a0: «\u00a0CSV UTF-8 (délimité par des virgules)\u00a0»), puis ouvrez-le de nouveau.',
  notUtf8At: (line, column, byte) =>
    `Ligne ${line}, colonne ${column}\u00a0: l’octet ${byte} n’est pas de l’UTF-8\u202f; le fichier ne peut donc pas être lu fidèlement et rien n’a été ouvert. Retapez le caractère à cet endroit (souvent un accent collé depuis un autre logiciel) ou enregistrez de nouveau le fichier en UTF-8 (dans Excel\u00a0: «\u00a0CSV UTF-8 (délimité par des virgules)\u00a0»).`,
  builtinName: 'le catalogue intégré',
  emptyName: 'un catalogue vide',
  storageNote:
    'Votre travail est conservé dans ce navigateur au fur et à mesure, sur cet ordinateur seulement (rien n’est envoyé)\u202f; un rechargement ou un onglet fermé ne fait rien perdre. Téléchargez le fichier pour le garder ailleurs.',
  discardDraft: 'Abandonner ce brouillon',
  restoredDraft: (at) => `Brouillon rétabli à partir de ce navigateur (dernier enregistrement\u00a0: ${at}).`,
  storageFailed:
    'Ce navigateur ne permet pas à la page de conserver votre brouillon (navigation privée, ou stockage plein ou désactivé). Téléchargez le fichier JSON pour garder votre travail.',
  discarded: 'Brouillon abandonné. Recommencez ci-dessous.',
  askReplaceTitle: (name) => `Ouvrir ${name} par-dessus vos modifications\u202f?`,
  askReplaceBody: 'Certaines modifications faites ici ne sont pas encore dans un fichier téléchargé.',
  updateFromSheet: 'Mettre à jour les fiches à partir de ce tableur, en gardant le titre, la date et les lignes de crise',
  updateHint:
    'La mise à jour reprend chaque cellule remplie d’une fiche de même identifiant\u202f; une cellule vide garde ce que vous avez tapé ici, et les fiches absentes du tableur sont conservées.',
  replaceWith: (name) => `Tout remplacer par ${name}`,
  keepEditing: 'Annuler et continuer la modification',
  updatedFrom: (name, updated, added) =>
    `Mise à jour à partir de ${name}\u00a0: ${plural(updated, 'fiche mise', 'fiches mises')} à jour, ${plural(added, 'ajoutée', 'ajoutées')}. Le titre, la date et les lignes de crise sont conservés.`,
  keptEntries: (n) =>
    n <= 1
      ? `${n}\u00a0fiche n’est pas dans le tableur\u202f; elle est conservée telle quelle (supprimez-la si elle doit disparaître)\u00a0:`
      : `${n}\u00a0fiches ne sont pas dans le tableur\u202f; elles sont conservées telles quelles (supprimez-les si elles doivent disparaître)\u00a0:`,
  askDiscardTitle: 'Abandonner ce brouillon\u202f?',
  askDiscardBody:
    'Les fiches, le titre, la date et les lignes de crise de cette page seront effacés de ce navigateur. Les fichiers que vous avez téléchargés ne changent pas.',
  discardConfirm: 'Abandonner le brouillon',
  keepDraft: 'Garder le brouillon',
  askRefusedTitle: 'L’outil de recherche ne peut pas encore ouvrir ce fichier',
  askRefusedBody: `Un site qui utilise ce fichier afficherait ${quote(finderFr.loadError)} au lieu de vos fiches, tant que ceci n’est pas corrigé\u00a0:`,
  fixFirst: 'Corriger d’abord',
  downloadAnyway: 'Télécharger quand même, pour garder mon travail',

  entriesHeading: (n) => `Fiches (${n})`,
  noEntries: 'Aucune fiche pour l’instant. Ajoutez-en une, ouvrez un fichier ou partez du catalogue intégré.',
  untitled: '(sans nom)',
  problemCount: (n) => plural(n, 'problème', 'problèmes'),
  addEntry: 'Ajouter une fiche',
  newId: 'nouvelle-ressource',
  copySuffix: 'copie',
  fixed: 'Correction appliquée.',
  duplicateEntry: 'Dupliquer cette fiche',
  deleteEntry: 'Supprimer cette fiche',
  undoDelete: (name) => `Annuler\u00a0: rétablir ${quote(name)}`,
  added: 'Nouvelle fiche ajoutée.',
  duplicated: (name) => `Copie de ${quote(name)} ajoutée.`,
  deleted: (name) => `Fiche ${quote(name)} supprimée.`,
  restored: (name) => `Fiche ${quote(name)} rétablie.`,

  editHeading: (name) => `Modifier ${quote(name)}`,
  summaryTitle: (n) => (n === 1 ? 'Cette fiche comporte un problème' : `Cette fiche comporte ${n}\u00a0problèmes`),
  errorPrefix: 'Erreur\u00a0:',
  required: '(obligatoire)',
  english: 'Anglais',
  french: 'Français',
  notStated: 'Non précisé',
  chooseCategory: 'Choisissez une catégorie',
  today: 'Aujourd’hui',
  problemLead: (label) => `${label}\u00a0: `,
  unshownField: (path) => `${quote(path)}\u00a0: `,
  thisEntry: 'Cette fiche\u00a0: ',
  todoCount: (n) => `${n}\u00a0à faire`,
  todoTitle: (n) =>
    n <= 1
      ? 'Une chose à faire pour cette fiche (pas une erreur\u00a0: l’outil de recherche l’affiche)'
      : `${n}\u00a0choses à faire pour cette fiche (pas des erreurs\u00a0: l’outil de recherche l’affiche)`,
  healthHeading: 'À faire',
  healthIntro:
    'Ce ne sont pas des erreurs\u00a0: l’outil de recherche affiche ces fiches. Voici quoi vérifier ensuite, comme le signale «\u00a0support-finder validate\u00a0». Chaque nom mène à sa fiche.',
  healthEmpty: 'Rien à vérifier pour l’instant\u00a0: la liste est vérifiée à mesure que des fiches sont ajoutées ou ouvertes.',
  healthNone: 'Rien à faire\u00a0: chaque fiche est en anglais et en français, et a été vérifiée au cours des 12\u00a0derniers mois.',
  healthCounts: {
    missingFrench: (n) => `Français manquant\u00a0: ${plural(n, 'fiche', 'fiches')}`,
    missingEnglish: (n) => `Anglais manquant\u00a0: ${plural(n, 'fiche', 'fiches')}`,
    stale: (n) => `Non vérifiées depuis plus de 12\u00a0mois\u00a0: ${plural(n, 'fiche', 'fiches')}`,
    neverVerified: (n) => `Jamais vérifiées (aucune date de dernière vérification)\u00a0: ${plural(n, 'fiche', 'fiches')}`,
    unknownFields: (n) => `Champs inconnus de l’outil de recherche (souvent des fautes de frappe)\u00a0: ${n}`,
  },
  healthOther: 'Hors des fiches\u00a0:',
  useValue: (value) => `Utiliser ${value}\u202f?`,
  addHttps: 'Ajouter https://\u202f?',
  readColumnAs: (column, field) => `Lire la colonne ${quote(column)} comme ${field}\u202f?`,
  inLanguage: { en: 'anglais', fr: 'français' },
  columnRead: (column, field, n) =>
    `Colonne ${quote(column)} lue comme ${field}\u00a0: ${plural(n, 'fiche remplie', 'fiches remplies')}. Les champs que vous aviez déjà remplis sont conservés.`,

  labels: {
    id: 'Identifiant',
    category: 'Catégorie',
    name: 'Nom',
    'name.en': 'Nom en anglais',
    'name.fr': 'Nom en français',
    description: 'Description',
    'description.en': 'Description en anglais',
    'description.fr': 'Description en français',
    organization: 'Organisme',
    'organization.en': 'Organisme en anglais',
    'organization.fr': 'Organisme en français',
    hours: 'Horaire',
    'hours.en': 'Horaire en anglais',
    'hours.fr': 'Horaire en français',
    schedule: 'Heures d’ouverture pour «\u00a0Ouvert maintenant\u00a0»',
    timeZone: 'Fuseau horaire',
    phone: 'Téléphone',
    text: 'Numéro pour texto (SMS)',
    email: 'Courriel',
    website: 'Site Web',
    region: 'Secteur local',
    areas: 'Provinces et territoires desservis',
    address: 'Adresse',
    'address.street': 'Rue',
    'address.city': 'Ville',
    'address.province': 'Province',
    'address.postalCode': 'Code postal',
    audiences: 'Pour qui',
    delivery: 'Comment le service est offert',
    languages: 'Langues dans lesquelles il est offert',
    cost: 'Coût',
    referral: 'Recommandation',
    tags: 'Mots de recherche supplémentaires',
    lastVerified: 'Dernière vérification',
    source: 'Source',
  },
  hints: {
    id: 'Lettres minuscules, chiffres et tirets, unique dans le fichier, par exemple halte-jeunesse. Ne le changez plus une fois publié.',
    description: 'Texte simple\u00a0: ce que c’est et qui peut y faire appel.',
    organization: 'Qui offre le service.',
    hours: 'Par exemple\u00a0: 24\u00a0h sur 24, 7\u00a0jours sur 7\u202f; du lundi au vendredi, de 9\u00a0h à 17\u00a0h.',
    schedule:
      'Jours et heures sur 24\u00a0h, par exemple lun-ven 9\u00a0h-17\u00a0h; sam 10\u00a0h-14\u00a0h, ou 24/7. Laissez vide si les heures ne sont pas exactes.',
    timeZone:
      'Laissez vide pour l’heure de l’Est\u202f; sinon, indiquez par exemple America/Vancouver, America/Winnipeg, America/Halifax ou America/St_Johns.',
    phone: 'Tel qu’on l’écrit, par exemple 519-555-0123 ou 1-800-555-0199 poste 12.',
    text: 'Un numéro ou un code court auquel on peut envoyer un texto.',
    website: 'Commençant par https://',
    region:
      'Dans les provinces cochées ci-dessus, par exemple Toronto ou Waterloo Wellington. Laissez vide pour un service offert dans toute une province.',
    'address.province': 'Deux lettres majuscules, par exemple QC.',
    languages: 'Codes de deux lettres séparés par des points-virgules (;), par exemple fr; en; ar. Les virgules conviennent aussi.',
    tags: 'Mots que l’on pourrait chercher, séparés par des points-virgules (;).',
    lastVerified: 'Le jour où une personne a vérifié ces renseignements pour la dernière fois, écrit AAAA-MM-JJ.',
    source: 'La page Web où les renseignements ont été vérifiés.',
  },
  missing: {
    id: 'Entrez un identifiant, par exemple halte-jeunesse',
    category: 'Choisissez une catégorie',
    name: 'Entrez le nom en anglais, en français ou dans les deux langues',
    description: 'Entrez la description en anglais, en français ou dans les deux langues',
  },
  categories: { peer: 'Soutien par les pairs', family: 'Familles et proches aidants', clinical: 'Services cliniques' },
  audiences: group(finderFr, 'audiences'),
  delivery: { 'in-person': 'En personne', phone: 'Par téléphone', virtual: 'En ligne', text: 'Par texto' },
  // The finder's own words, so the builder and the finder never disagree.
  costs: group(finderFr, 'costs'),
  referrals: group(finderFr, 'referrals'),
  areaNames: Object.fromEntries(AREAS.map((a) => [a, a === 'CA' ? 'Tout le Canada' : areaName(a, 'fr')])),

  fileHeading: 'Titre, date et lignes de crise',
  fileIntro:
    'Le titre de l’outil de recherche, la date de la dernière révision de la liste et les lignes de crise locales, affichées dans le bandeau sous le 9-8-8 et le 9-1-1.',
  editFile: 'Modifier le titre, la date et les lignes de crise',
  fileSummaryTitle: (n) =>
    n === 1
      ? 'Le titre, la date ou les lignes de crise comportent un problème'
      : `Le titre, la date ou les lignes de crise comportent ${n}\u00a0problèmes`,
  fileLabels: {
    title: 'Titre',
    'title.en': 'Titre en anglais',
    'title.fr': 'Titre en français',
    updated: 'Dernière mise à jour',
  },
  fileHints: {
    title: `Affiché en tête de l’outil de recherche. Laissez vide pour garder le titre ${quote('Trouver du soutien')}.`,
    updated: 'Le jour où la liste entière a été revue pour la dernière fois, écrit AAAA-MM-JJ.',
  },
  linesHeading: 'Lignes de crise',
  linesHint: 'Lignes locales, affichées dans le bandeau sous le 9-8-8 et le 9-1-1 (ces deux numéros y sont toujours).',
  noLines: 'Aucune ligne de crise locale. Le bandeau affiche le 9-8-8 et le 9-1-1.',
  lineLegend: (n, name) => `Ligne de crise ${n}\u00a0: ${name}`,
  lineLabels: {
    name: 'Nom',
    'name.en': 'Nom en anglais',
    'name.fr': 'Nom en français',
    reach: 'Numéro de téléphone ou de texto',
    phone: 'Téléphone',
    text: 'Numéro pour texto (SMS)',
    hours: 'Horaire',
    'hours.en': 'Horaire en anglais',
    'hours.fr': 'Horaire en français',
    region: 'Secteur local',
    areas: 'Provinces et territoires desservis',
    website: 'Site Web',
  },
  lineHints: {
    reach: 'Au moins l’un des deux.',
    phone: 'Tel qu’on l’écrit, par exemple 1-800-555-0199.',
    text: 'Un numéro ou un code court auquel on peut envoyer un texto.',
    hours: 'Par exemple\u00a0: 24\u00a0h sur 24, 7\u00a0jours sur 7.',
    region:
      'Par exemple Waterloo Wellington. Si des provinces sont cochées, la ligne ne s’affiche que lorsque ce secteur est choisi ; laissez vide pour la ligne de provinces entières.',
    website: 'Commençant par https://',
  },
  lineMissing: {
    name: 'Entrez le nom de la ligne en anglais, en français ou dans les deux langues',
    reach: 'Entrez un numéro de téléphone, un numéro pour texto ou les deux',
  },
  addLine: 'Ajouter une ligne de crise',
  deleteLine: (name) => `Supprimer la ligne de crise ${quote(name)}`,
  lineAdded: 'Nouvelle ligne de crise ajoutée.',
  lineDeleted: (name) => `Ligne de crise ${quote(name)} supprimée.`,

  previewHeading: 'Aperçu',
  previewHint:
    'Comment l’outil de recherche affiche votre catalogue. Les fiches et les lignes de crise qui ont des problèmes n’y figurent pas tant que ces problèmes ne sont pas corrigés.',
  previewLanguage: 'Langue de l’aperçu',
  addLanguageHeading: 'Texte dans une autre langue',
  addLanguageCode: 'Code de langue',
  addLanguageHint:
    'Un code comme pa (pendjabi), zh-Hant (chinois, écriture traditionnelle) ou iu (inuktitut). Chaque champ de texte reçoit une case pour cette langue\u202f; l’anglais et le français restent.',
  addLanguageButton: 'Ajouter une langue',
  addLanguageInvalid: 'Entrez un code de langue comme pa, zh-Hant ou fr-CA\u00a0: des lettres, en parties reliées par des traits d’union',
  addLanguageNames: (code, name) => `${code}\u00a0: ${name}`,
  addLanguageAdded: (name) => `${name} ajouté aux champs de texte.`,
  addLanguageAlready: (name) => `Les champs de texte ont déjà ${name}.`,
  languageNames: { en: 'English', fr: 'Français' },

  downloadHeading: 'Télécharger',
  downloadJson: (file) => `Télécharger ${file} (pour l’outil de recherche)`,
  downloadCsv: (file) => `Télécharger ${file} (pour un tableur)`,
  downloadHint:
    'Le fichier JSON est pour votre site, avec le script de l’outil de recherche\u202f; la page explique quoi en faire après le téléchargement.',
  csvLeavesOut: 'Le tableur ne contient que les fiches, pas le titre, la date ni les lignes de crise du fichier.',
  entriesWithProblems: (n) =>
    n <= 1
      ? `${n}\u00a0fiche comporte des problèmes. Elle figure dans les fichiers téléchargés, mais l’outil de recherche l’écarte tant que ces problèmes ne sont pas corrigés\u00a0:`
      : `${n}\u00a0fiches comportent des problèmes. Elles figurent dans les fichiers téléchargés, mais l’outil de recherche les écarte tant que ces problèmes ne sont pas corrigés\u00a0:`,
  goTo: (name) => `Modifier ${quote(name)}`,
  fileFieldProblems: (n) =>
    `${plural(n, 'problème', 'problèmes')} dans le titre, la date ou les lignes de crise. L’outil de recherche ne peut pas ouvrir un fichier dont le titre ou la date a un problème, et écarte une ligne de crise qui a un problème, tant que ces problèmes ne sont pas corrigés\u00a0:`,
  fileProblems: 'Problèmes du fichier que cette page ne peut pas modifier (corrigez-les dans un éditeur de texte)\u00a0:',
  downloadBundle: 'Télécharger un outil de recherche prêt à l’emploi (un seul fichier)',
  bundleBusy: 'Préparation de l’outil de recherche…',
  bundleHint:
    'L’outil prêt à l’emploi est un seul script qui contient votre catalogue, le même fichier que celui produit par «\u00a0support-finder bundle\u00a0»\u202f: il n’a besoin d’aucun autre fichier, convient aux intranets et fonctionne même dans une page ouverte à partir du disque.',
  bundleNeedsValid:
    'L’outil prêt à l’emploi ne se fait qu’à partir d’un catalogue sans problème, comme avec «\u00a0support-finder bundle\u00a0». Corrigez les problèmes indiqués ci-dessus, puis réessayez.',
  engineMissing: (url, detail) =>
    `Le moteur de l’outil de recherche n’a pas pu être lu à l’adresse ${url} (${detail}). C’est le fichier support-finder.core.iife.js, fourni à côté du script de cette page dans le dossier dist du paquet\u202f; gardez les deux ensemble.`,
  downloaded: (name) => `Téléchargement de ${name}.`,
  afterHeading: (name) => `Que faire de ${name}`,
  afterJson: (name) =>
    `Placez ${name} sur votre site Web, à côté de support-finder.iife.js (dans le dossier dist du paquet), puis collez ces deux lignes là où l’outil de recherche doit paraître\u00a0:`,
  afterBundle: (name) => `Placez ${name} sur votre site Web, puis collez ces deux lignes là où l’outil de recherche doit paraître\u00a0:`,
  afterCsv: (name) =>
    `${name} ne contient que les fiches. Modifiez-le dans un tableur, puis rouvrez-le ici pour mettre les fiches à jour\u202f: le titre, la date et les lignes de crise restent.`,
  snippetLabel: 'Les lignes à coller',
  copySnippet: 'Copier les lignes',
  copied: 'Copié',
  jsonNeedsServer:
    'Le fichier JSON doit être servi par un serveur Web (votre site)\u202f: une page ouverte à partir du disque ne peut pas le lire et affiche que la liste n’a pas pu être chargée. Pour essayer l’outil à partir du disque, ou pour un intranet, téléchargez plutôt l’outil prêt à l’emploi (un seul fichier).',
  bundleWorksFromDisk: 'Il n’a besoin d’aucun autre fichier et fonctionne aussi dans une page ouverte à partir du disque.',
  columnsSummary: 'Les colonnes du tableur',
  columnsIntro:
    'Un tableur pour cette page (ou pour «\u00a0support-finder from-csv\u00a0») a une ligne d’en-tête qui nomme ces colonnes, puis une ligne par service. Les listes sont séparées par des points-virgules (;)\u202f; une cellule vide signifie «\u00a0aucun\u00a0».',
  downloadTemplate: 'Télécharger un tableur vide avec toutes les colonnes (catalogue-template.csv)',
  columnHeader: 'Colonne',
  columnMeaning: 'Ce qu’elle contient',
};
