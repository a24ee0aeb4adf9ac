import type { Strings } from './strings.js';

// French typography: a non-breaking space before ":" and "?".
export const fr: Strings = {
  crisisRegion: 'Lignes de crise',
  crisisIntro: 'En crise ou vous pensez au suicide\u00a0? De l’aide est là, en tout temps.',
  callOrText988: 'Appelez ou textez le 9-8-8',
  call988: 'Appeler le 9-8-8',
  text988: 'Texter le 9-8-8',
  emergency911: 'Urgence\u00a0: 9-1-1',
  call911: 'Appeler le 9-1-1',
  crisisAlways: 'Gratuit, 24\u00a0h sur 24, 7\u00a0jours sur 7, en français et en anglais.',
  localLines: 'Autres lignes de crise',
  quickExit: 'Quitter ce site',
  quickExitNote: 'Ou appuyez 3\u00a0fois sur Maj. Cela n’efface pas votre historique de navigation.',
  quickExitProgress: (n) =>
    `Touche Maj enfoncée. Appuyez encore ${n}\u00a0fois pour quitter ce site.`,
  crisisAlertTitle: 'Vous n’avez pas à traverser cela seul ou seule.',
  crisisAlertBody:
    'Si vous pensez au suicide, pourriez vous faire du mal ou avez pris une trop grande quantité d’une substance, demandez de l’aide maintenant. C’est gratuit et confidentiel, jour et nuit.',

  finderRegion: 'Trouver du soutien en santé mentale',
  heading: 'Trouver du soutien',
  searchLabel: 'Rechercher du soutien',
  searchHint:
    'Essayez un mot comme pairs, famille, anxiété ou counseling. Les fautes de frappe ne posent pas de problème.',
  filterLabel: 'Type de soutien',
  categoryAll: 'Tout',
  categories: {
    peer: 'Soutien par les pairs',
    family: 'Familles et proches aidants',
    clinical: 'Services cliniques',
  },
  resultCount: (n) => (n <= 1 ? `${n} ressource trouvée` : `${n} ressources trouvées`),
  loading: 'Chargement des ressources…',
  loadError:
    'Désolé, la liste des ressources n’a pas pu être chargée. Les lignes de crise ci-dessus restent toujours disponibles.',
  noResults: 'Aucune ressource ne correspond à votre recherche.',
  noResultsHelp:
    'Essayez d’autres mots, vérifiez les filtres ou affichez toutes les ressources. Si vous avez besoin d’aide maintenant, appelez ou textez le 9-8-8.',
  showAll: 'Afficher toutes les ressources',
  showMore: (n) => (n <= 1 ? `Afficher ${n} autre ressource` : `Afficher ${n} autres ressources`),

  call: 'Appeler',
  text: 'Texter',
  email: 'Courriel',
  website: 'Site Web',
  newTab: '(s’ouvre dans un nouvel onglet)',
  hours: 'Heures',
  languages: 'Langues',
  delivery: 'Comment',
  cost: 'Coût',
  region: 'Territoire',
  deliveryModes: { 'in-person': 'En personne', phone: 'Par téléphone', virtual: 'En ligne', text: 'Par texto' },
  costs: { free: 'Gratuit', 'low-cost': 'Coût modique', fee: 'Payant' },
  referrals: { self: 'Sans recommandation', professional: 'Sur recommandation' },
  listSeparator: ', ',
  address: 'Adresse',

  addToList: 'Ajouter à ma liste',
  removeFromList: 'Retirer de ma liste',
  myList: (n) => `Ma liste (${n})`,
  backToResults: 'Retour aux résultats',
  clearList: 'Vider ma liste',
  listEmpty: 'Votre liste est vide. Utilisez «\u00a0Ajouter à ma liste\u00a0» sur une ressource.',
  listAdded: (name) => `Ressource ajoutée à votre liste\u00a0: ${name}.`,
  listRemoved: (name) => `Ressource retirée de votre liste\u00a0: ${name}.`,
};
