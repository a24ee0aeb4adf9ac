/**
 * Every word the finder shows. One object of this type per language, so a
 * missing French string fails the type-check instead of showing English.
 */
import type { AUDIENCES, Category } from '../catalogue/schema.js';
import type { COSTS, DELIVERY, REFERRALS } from '../catalogue/vocabulary.js';
import type { ListedFacet } from '../search/facets.js';

export interface Strings {
  crisisRegion: string;
  crisisIntro: string;
  callOrText988: string;
  call988: string;
  text988: string;
  emergency911: string;
  call911: string;
  crisisAlways: string;
  localLines: string;
  quickExit: string;
  quickExitNote: string;
  /** Spoken after each Shift press: how many more leave the site. */
  quickExitProgress: (remaining: number) => string;
  crisisAlertTitle: string;
  crisisAlertBody: string;

  finderRegion: string;
  heading: string;
  searchLabel: string;
  searchHint: string;
  filterLabel: string;
  categoryAll: string;
  categories: Record<Category, string>;
  /** Legend of each facet's group of checkboxes. */
  facetLabels: Record<ListedFacet, string>;
  audiences: Record<(typeof AUDIENCES)[number], string>;
  /** The button that unfolds the filters in a narrow finder, with how many are chosen (the category too). */
  filtersToggle: (chosen: number) => string;
  openNow: string;
  /** Under "Open now": entries without structured hours are left out. */
  openNowHint: string;
  sortByDistance: string;
  sortByRelevance: string;
  /** Under the sort button: what happens to the location, and what went wrong. */
  sortStatus: Record<'off' | 'asking' | 'on' | 'denied' | 'unavailable', string>;
  /** On a located result: "2.3 km away", the number already formatted. */
  distanceAway: (km: string) => string;
  clearFilters: string;
  /** "3 supports found"; French treats 0 and 1 as singular. */
  resultCount: (count: number) => string;
  loading: string;
  loadError: string;
  noResults: string;
  noResultsHelp: string;
  showAll: string;
  /** The button under a long list: "Show 50 more supports". */
  showMore: (count: number) => string;
  /** One line under each category button: what that kind of support is. */
  categoryHints: Record<Category, string>;
  /** The row of chosen filters above the results, and what pressing one does (read after its label). */
  chosenFilters: string;
  removeFilter: string;
  /** The disclosure under a long facet's first options: "Show all 20", then "Show fewer". */
  showAllOptions: (count: number) => string;
  showFewer: string;
  /** The link after the search box that jumps over the filters, and the one back. */
  skipToResults: (count: number) => string;
  backToSearch: string;
  /** Instead of "No supports match" when the words suggest danger, and before the peer lines shown then. */
  crisisNoResults: string;
  talkToPeers: string;
  /** The place choice at the top of the filters, and its first option. */
  provinceLabel: string;
  allOfCanada: string;

  /** Visible verb of an action button; the resource name is added for screen readers. */
  call: string;
  text: string;
  email: string;
  website: string;
  newTab: string;
  /** Before a phone extension's digits: "ext. 12", "poste 12". */
  extension: string;
  hours: string;
  languages: string;
  delivery: string;
  cost: string;
  region: string;
  deliveryModes: Record<(typeof DELIVERY)[number], string>;
  costs: Record<(typeof COSTS)[number], string>;
  referrals: Record<(typeof REFERRALS)[number], string>;
  /** The open/closed line of a result, worked out from its schedule. */
  statusOpen: string;
  statusClosed: string;
  statusAlways: string;
  /** "closes 5 pm"; the day is given only when it is not today: "closes Saturday 2 am". */
  closesAt: (time: string, day?: string) => string;
  /** "opens 9 am", "opens Monday 9 am". */
  opensAt: (time: string, day?: string) => string;
  /** A time of day from minutes after midnight (1440 is the midnight that ends a day): "5 pm", "9:30 am", "midnight". */
  clock: (minute: number) => string;
  /** Days of the week, Monday first. */
  weekdays: readonly string[];
  /** Joins list items: "English, French". */
  listSeparator: string;
  address: string;

  /** The shortlist ("My list"); the resource's name is added for screen readers. */
  addToList: string;
  removeFromList: string;
  /** The button that opens the list, and its heading: "My list (3)". */
  myList: (count: number) => string;
  backToResults: string;
  clearList: string;
  listEmpty: string;
  /** Spoken after adding or removing: "Added to your list: Peer Warm Line." */
  listAdded: (name: string) => string;
  listRemoved: (name: string) => string;
  /** ":" in English, " :" (non-breaking space) in French, for labels in copied text. */
  colon: string;
  print: string;
  copy: string;
  copied: string;
  copyFailed: string;
  emailSubject: string;
  /** Last line of an email too long for a mailto: link. */
  listMore: (count: number) => string;
}
