/**
 * The block sidebar's Language panel (the finder's `lang`, `translations` and
 * `fallback-lang`), kept apart from editor.js, which uses it through
 * `window.supportFinderEditor`. No build step, as editor.js.
 */
(function (wp) {
	'use strict';

	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var c = wp.components;

	/** A well-formed BCP 47 tag: the rule of the finder's catalogue text and of the server (includes/check-catalogue.php). */
	var TAG = /^[a-z]{2,3}(-[a-z]{3}){0,3}(-[a-z]{4})?(-([a-z]{2}|\d{3}))?(-([a-z\d]{5,8}|\d[a-z\d]{3}))*(-[\da-wyz](-[a-z\d]{2,8})+)*(-x(-[a-z\d]{1,8})+)?$/i;
	var isLanguageTag = function (tag) {
		return TAG.test((tag || '').trim().replace(/_/g, '-'));
	};
	var isWebUrl = function (url) {
		return /^https?:\/\/\S+$/i.test(url || '');
	};
	var BUILT_IN = ['', 'en', 'fr'];

	/**
	 * A language with words built in is chosen from a list; any other is typed
	 * as a tag, so "Another language" stays chosen while the field is empty.
	 */
	function LanguagePanel(props) {
		var a = props.attributes;
		var set = props.set;
		var typing = wp.element.useState(BUILT_IN.indexOf(a.lang) < 0);
		var other = typing[0] || BUILT_IN.indexOf(a.lang) < 0;
		var fallbacks = [
			{ value: '', label: __('English (the default)', 'support-finder') },
			{ value: 'fr', label: 'Français' },
		];
		// A fallback set in the code editor (another tag) stays listed, so the sidebar does not hide it.
		if (['', 'fr'].indexOf(a.fallbackLang) < 0) fallbacks.push({ value: a.fallbackLang, label: a.fallbackLang });
		return el(
			c.PanelBody,
			{ title: __('Language', 'support-finder'), initialOpen: false },
			el(c.SelectControl, {
				label: __('Language', 'support-finder'),
				value: other ? 'other' : a.lang,
				options: [
					{ value: '', label: __("The page's language", 'support-finder') },
					{ value: 'en', label: 'English' },
					{ value: 'fr', label: 'Français' },
					{ value: 'other', label: __('Another language (with a translation)', 'support-finder') },
				],
				onChange: function (v) {
					typing[1](v === 'other');
					set({ lang: v === 'other' ? '' : v });
				},
			}),
			other &&
				el(c.TextControl, {
					label: __('Language tag', 'support-finder'),
					value: a.lang,
					onChange: function (v) {
						set({ lang: v });
					},
					help:
						a.lang && !isLanguageTag(a.lang)
							? __("Not a language tag (such as pa or pa-IN); until it is, the page's language is used.", 'support-finder')
							: __('A tag such as pa (Punjabi) or pa-IN. The words come from a translation: the address below, or one your published catalogue carries.', 'support-finder'),
				}),
			el(c.TextControl, {
				label: __('Translation address', 'support-finder'),
				type: 'url',
				value: a.translations,
				onChange: function (v) {
					set({ translations: v });
				},
				help:
					a.translations && !isWebUrl(a.translations)
						? __('Only https:// or http:// addresses are used.', 'support-finder')
						: __("A JSON file of the finder's words in this language, made by a translator from the finder's template. Another site must allow this one to fetch it (CORS).", 'support-finder'),
			}),
			el(c.SelectControl, {
				label: __('Fallback language', 'support-finder'),
				value: a.fallbackLang,
				options: fallbacks,
				onChange: function (v) {
					set({ fallbackLang: v });
				},
				help: __('For words a translation lacks, and for the finder until its translation arrives.', 'support-finder'),
			}),
		);
	}

	/** The language attributes the preview passes to the finder: only values the server would write. */
	function languageAttributes(a) {
		var out = {};
		if (isLanguageTag(a.lang)) out.lang = a.lang.trim().replace(/_/g, '-');
		if (isWebUrl(a.translations)) out.translations = a.translations;
		if (isLanguageTag(a.fallbackLang)) out['fallback-lang'] = a.fallbackLang.trim().replace(/_/g, '-');
		return out;
	}

	window.supportFinderEditor = { LanguagePanel: LanguagePanel, languageAttributes: languageAttributes };
})(window.wp);
