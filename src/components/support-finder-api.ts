/**
 * The finder's public surface, apart from what it does (`support-finder.ts`):
 * the attributes and properties a page sets, and the events, parts and custom
 * properties it offers, documented here for the custom-elements manifest.
 */
import { LitElement, type PropertyValues } from 'lit';
import { CATEGORIES, type Category } from '../catalogue/vocabulary.js';
import type { FilterFacet } from '../search/facets.js';
import { addTable } from '../i18n/translations.js';

/** Filters a page can preset with an attribute, and the property holding each. */
const PRESETS = [
  ['audience', 'audience'],
  ['region', 'region'],
  ['language', 'serviceLanguage'],
  ['delivery', 'delivery'],
  ['province', 'province'],
] as const;

/**
 * @attr {string} lang - Any BCP 47 tag (`en`, `fr-CA`, `pa`); without it, the nearest `lang` up the page, then `<html lang>`, then English.
 *   English and French are built in; other languages need a translation (`translations`, `addTranslation`, or the catalogue's).
 *
 * @fires support-finder-load - The catalogue is ready (`{ status: 'ready', count }`) or failed (`{ status: 'error' }`).
 * @fires support-finder-search - The person searched, and the first results are on the page; `{ resultCount, category }`; the query text only with `share-query`.
 * @fires support-finder-filter - The person chose or cleared a filter; `{ category, filters, province }`.
 * @fires support-finder-action - The person followed a call, text, email or website link; `{ kind, resourceId }`.
 *
 * @csspart banner - The crisis banner (colours only: it cannot be hidden).
 * @csspart quick-exit - The "Leave this site" button (with `quick-exit`).
 * @csspart crisis-alert - The alert shown right under the search box for a search that suggests danger.
 * @csspart search-input - The search box.
 * @csspart filter-column - The category choice and the facets: beside the results in a wide finder, under a "Filters" button in a narrow one.
 * @csspart filters - The group of category buttons.
 * @csspart filter-button - One category button.
 * @csspart facets - The groups of checkboxes of the other filters (audience, language…).
 * @csspart chosen-filters - The row of chosen filters above the results, each a button that removes it.
 * @csspart count - The visible number of results.
 * @csspart results - The list of results.
 * @csspart result - One result.
 * @csspart result-name - The heading of one result.
 * @csspart hours-status - The "Open now · closes 5 pm" line of a result with a schedule.
 * @csspart action - A call, text, email or website link of a result.
 * @csspart message - The "no results" and "could not load" messages.
 *
 * @cssprop [--sf-accent=#00548a] - Buttons, links and the selected filter.
 * @cssprop [--sf-accent-text=#ffffff] - Text on the accent colour.
 * @cssprop [--sf-font-family=system-ui] - Font of the whole finder.
 * @cssprop [--sf-font-size=1rem] - Base text size.
 * @cssprop [--sf-text-color=#1b1b1b] - Body text.
 * @cssprop [--sf-muted-color=#4a4a4a] - Secondary text.
 * @cssprop [--sf-background=#ffffff] - Background.
 * @cssprop [--sf-surface=#f3f5f7] - Background of each result.
 * @cssprop [--sf-border-color=#6b7177] - Borders of the search box and results.
 * @cssprop [--sf-crisis-background=#9b1c1c] - Crisis banner background.
 * @cssprop [--sf-crisis-color=#ffffff] - Crisis banner text.
 * @cssprop [--sf-focus-color=#b35c00] - Focus outline.
 * @cssprop [--sf-radius=0.375rem] - Corner radius.
 * @cssprop [--sf-filter-column-width=30%] - Width of the filter column beside the results (at least 13rem).
 * @cssprop [--sf-banner-top=0px] - Where the sticky banner stops: the height of a page's own sticky header.
 */
export class SupportFinderApi extends LitElement {
  // Written out rather than with decorators: the decorator helpers cost every visitor bytes.
  static override properties = {
    src: { reflect: true },
    category: { reflect: true },
    quickExit: { attribute: 'quick-exit' },
    shareQuery: { attribute: 'share-query', type: Boolean },
    persistList: { attribute: 'persist-list', type: Boolean },
    filters: {},
    audience: {},
    region: {},
    serviceLanguage: { attribute: 'language' },
    delivery: {},
    province: {},
    syncUrl: { attribute: 'sync-url', type: Boolean },
    headingLevel: { attribute: 'heading-level', type: Number },
    query: { state: true, attribute: false },
    translations: {},
    fallbackLang: { attribute: 'fallback-lang' },
  };

  /**
   * Adds the finder's words in `lang` (a BCP 47 tag) for every finder on the
   * page, now or later: a JSON table as `data/translations/template.json`
   * describes. Keys it lacks show in each finder's `fallback-lang`; keys that
   * are wrong are named in the console and left out. Call it again to change
   * some words: later tables win key by key.
   */
  static addTranslation(lang: string, table: Record<string, unknown>): void {
    addTable(lang, table);
  }

  /** URL of a catalogue JSON file; without it the built-in catalogue is shown. */
  declare src: string | null;

  /** `peer`, `family` or `clinical` to show one group; empty for all. */
  declare category: string | null;

  /**
   * Adds a "Leave this site" button and the Shift ×3 shortcut. Empty for the
   * default neutral site, or the https:// address to go to.
   */
  declare quickExit: string | null;

  /**
   * Puts the words typed into `support-finder-search` events. Off by default:
   * host analytics must not collect what a person in distress searched for.
   */
  declare shareQuery: boolean;

  /**
   * Keeps "My list" (support ids only) in localStorage, under
   * `support-finder-list:` and the element's `id`, else its `src`, else `builtin`.
   * Off by default: nothing is stored without it.
   */
  declare persistList: boolean;
  /** Which filters to show, e.g. `category,audience,delivery` (`province` for the place choice); without it, every facet the catalogue fills in. */
  declare filters: string | null;
  /** Preset audiences, space-separated (`youth families`): chosen at first, and the person can clear them. */
  declare audience: string | null;
  /** Preset area served, one `region` value as the catalogue writes it (`Waterloo Wellington`). */
  declare region: string | null;
  /** Preset languages of service, space-separated codes (`fr`); not the finder's own `lang`. */
  declare serviceLanguage: string | null;
  /** Preset ways of delivery, space-separated (`phone text`). */
  declare delivery: string | null;
  /**
   * Preset province or territory, a code such as `QC` or `ON`: the list keeps
   * what serves it and the banner adds its lines. The person can change it; a
   * code that is not one is ignored.
   */
  declare province: string | null;

  /**
   * Keeps the search, the filters and "My list" in the URL fragment
   * (`#sf-q=…&sf-l=…`, `sf-<id>-` for a finder with an id), read when the
   * finder starts. Off by default: the fragment shows what was searched.
   */
  declare syncUrl: boolean;

  /**
   * Level of the finder's heading, 1 to 5 (default 2), for pages that place it
   * under their own headings; results are one level below.
   */
  declare headingLevel: number;

  /**
   * URL of a translation (a JSON table) for the finder's language, fetched as
   * `src` is. Until it arrives, or if it fails, the finder speaks `fallback-lang`.
   */
  declare translations: string | null;

  /** The language shown for words a translation lacks, and while it loads: `en` (default) or `fr`, or any added language. */
  declare fallbackLang: string | null;

  /** What is in the search box. */
  declare protected query: string;

  constructor() {
    super();
    this.src = null;
    this.category = null;
    this.quickExit = null;
    this.shareQuery = false;
    this.persistList = false;
    this.filters = null;
    this.audience = null;
    this.region = null;
    this.serviceLanguage = null;
    this.delivery = null;
    this.province = null;
    this.syncUrl = false;
    this.headingLevel = 2;
    this.query = '';
    this.translations = null;
    this.fallbackLang = null;
  }

  /** The heading level as a page may write it, kept to 1–5. */
  protected get level(): number {
    return Math.min(5, Math.max(1, Math.round(this.headingLevel) || 2));
  }

  /** The `category` attribute when it names one; null for all. */
  protected get selectedCategory(): Category | null {
    return (CATEGORIES as readonly string[]).includes(this.category ?? '') ? (this.category as Category) : null;
  }

  /** The choices the page made with attributes, for those that `changed`. A region is one value, spaces and all. */
  protected presets(changed: PropertyValues<this>, choose: (facet: FilterFacet | 'province', values: string[]) => void): void {
    for (const [facet, key] of PRESETS) {
      const value = this[key]?.trim();
      if (changed.has(key)) choose(facet, !value ? [] : facet === 'region' || facet === 'province' ? [value] : value.split(/\s+/));
    }
  }
}
