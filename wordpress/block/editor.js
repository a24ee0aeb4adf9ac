/**
 * The Support Finder block in the editor, written for the browser as it is
 * (no build step): the sidebar sets the element's attributes, and the canvas
 * shows the real finder as a preview. The post stores only the block comment;
 * the server renders the element (block/render.php).
 */
(function (wp) {
	'use strict';

	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var c = wp.components;
	var be = wp.blockEditor;
	var language = window.supportFinderEditor;

	var PROVINCES = [
		['AB', __('Alberta', 'support-finder')],
		['BC', __('British Columbia', 'support-finder')],
		['MB', __('Manitoba', 'support-finder')],
		['NB', __('New Brunswick', 'support-finder')],
		['NL', __('Newfoundland and Labrador', 'support-finder')],
		['NS', __('Nova Scotia', 'support-finder')],
		['NT', __('Northwest Territories', 'support-finder')],
		['NU', __('Nunavut', 'support-finder')],
		['ON', __('Ontario', 'support-finder')],
		['PE', __('Prince Edward Island', 'support-finder')],
		['QC', __('Quebec', 'support-finder')],
		['SK', __('Saskatchewan', 'support-finder')],
		['YT', __('Yukon', 'support-finder')],
	];
	var AUDIENCES = [
		['adults', __('Adults', 'support-finder')],
		['youth', __('Youth', 'support-finder')],
		['children', __('Children', 'support-finder')],
		['older-adults', __('Older adults', 'support-finder')],
		['families', __('Families', 'support-finder')],
		['indigenous', __('Indigenous peoples', 'support-finder')],
		['2slgbtqia', __('2SLGBTQIA+', 'support-finder')],
		['francophone', __('Francophones', 'support-finder')],
		['newcomers', __('Newcomers', 'support-finder')],
		['veterans', __('Veterans', 'support-finder')],
		['students', __('Students', 'support-finder')],
	];
	var FACETS = [
		['category', __('Type of support', 'support-finder')],
		['open', __('Open now', 'support-finder')],
		['audience', __('Who it is for', 'support-finder')],
		['language', __('Language', 'support-finder')],
		['delivery', __('How', 'support-finder')],
		['cost', __('Cost', 'support-finder')],
		['referral', __('Referral', 'support-finder')],
		['region', __('Area served', 'support-finder')],
	];

	var isWebUrl = function (url) {
		return /^https?:\/\/\S+$/i.test(url || '');
	};
	var words = function (text, separator) {
		return (text || '').split(/[\s,]+/).filter(Boolean).join(separator);
	};
	var toggleWord = function (text, word, on, separator) {
		var list = words(text, ' ').split(' ').filter(function (w) {
			return w && w !== word;
		});
		if (on) list.push(word);
		return list.join(separator);
	};
	var options = function (first, pairs) {
		return [{ value: '', label: first }].concat(
			pairs.map(function (p) {
				return { value: p[0], label: p[1] };
			}),
		);
	};

	/** What the site has published, asked once per editor session. */
	var published = null;
	function usePublished() {
		var state = wp.element.useState(published);
		wp.element.useEffect(function () {
			if (published) return;
			wp.apiFetch({ path: '/support-finder/v1/catalogue' })
				.then(function (answer) {
					published = answer;
					state[1](answer);
				})
				.catch(function () {
					published = { url: '', status: '' };
					state[1](published);
				});
		}, []);
		return state[0];
	}

	function catalogueControls(a, set, site) {
		return el(
			c.PanelBody,
			{ title: __('Catalogue', 'support-finder') },
			el(c.SelectControl, {
				label: __('Catalogue', 'support-finder'),
				value: a.source,
				options: [
					{ value: 'site', label: __("This site's published catalogue", 'support-finder') },
					{ value: 'builtin', label: __('The built-in catalogue', 'support-finder') },
					{ value: 'url', label: __('A catalogue at an address', 'support-finder') },
				],
				onChange: function (v) {
					set({ source: v });
				},
				help:
					a.source === 'site'
						? (site && site.status) || ''
						: a.source === 'builtin'
							? __('National, provincial and local supports that come with the plugin.', 'support-finder')
							: '',
			}),
			a.source === 'url' &&
				el(c.TextControl, {
					label: __('Catalogue address', 'support-finder'),
					type: 'url',
					value: a.src,
					onChange: function (v) {
						set({ src: v });
					},
					help:
						a.src && !isWebUrl(a.src)
							? __('Only https:// or http:// addresses are used; until then, this site\'s catalogue shows.', 'support-finder')
							: __('A catalogue JSON file. Another site must allow this one to fetch it (CORS).', 'support-finder'),
				}),
		);
	}

	function presetControls(a, set) {
		return el(
			c.PanelBody,
			{ title: __('What the finder opens on', 'support-finder'), initialOpen: false },
			el(c.SelectControl, {
				label: __('Type of support', 'support-finder'),
				value: a.category,
				options: options(__('All', 'support-finder'), [
					['peer', __('Peer support', 'support-finder')],
					['family', __('Family & caregivers', 'support-finder')],
					['clinical', __('Clinical services', 'support-finder')],
				]),
				onChange: function (v) {
					set({ category: v });
				},
			}),
			el(c.SelectControl, {
				label: __('Province or territory', 'support-finder'),
				value: a.province,
				options: options(__('All of Canada', 'support-finder'), PROVINCES),
				onChange: function (v) {
					set({ province: v });
				},
				help: __("Shows the services and crisis lines for that province; visitors can change it.", 'support-finder'),
			}),
			el(c.TextControl, {
				label: __('Area served', 'support-finder'),
				value: a.region,
				onChange: function (v) {
					set({ region: v });
				},
				help: __('Exactly as the catalogue writes it, for example Waterloo Wellington.', 'support-finder'),
			}),
			el(
				'fieldset',
				{ className: 'support-finder-checkboxes' },
				el('legend', null, __('Who it is for', 'support-finder')),
				AUDIENCES.map(function (p) {
					return el(c.CheckboxControl, {
						key: p[0],
						label: p[1],
						checked: words(a.audience, ' ').split(' ').indexOf(p[0]) >= 0,
						onChange: function (on) {
							set({ audience: toggleWord(a.audience, p[0], on, ' ') });
						},
					});
				}),
			),
		);
	}

	function filterControls(a, set) {
		return el(
			c.PanelBody,
			{ title: __('Filters shown', 'support-finder'), initialOpen: false },
			el('p', null, __('None chosen: every filter the catalogue fills in.', 'support-finder')),
			FACETS.map(function (p) {
				return el(c.CheckboxControl, {
					key: p[0],
					label: p[1],
					checked: words(a.filters, ' ').split(' ').indexOf(p[0]) >= 0,
					onChange: function (on) {
						set({ filters: toggleWord(a.filters, p[0], on, ',') });
					},
				});
			}),
		);
	}

	function safetyControls(a, set) {
		return el(
			c.PanelBody,
			{ title: __('Quick exit and privacy', 'support-finder'), initialOpen: false },
			el(c.ToggleControl, {
				label: __('"Leave this site" button', 'support-finder'),
				checked: a.quickExit,
				onChange: function (v) {
					set({ quickExit: v });
				},
				help: __('Hides the page at once (also after pressing Shift three times) and opens a neutral site. It does not clear the browser history.', 'support-finder'),
			}),
			a.quickExit &&
				el(c.TextControl, {
					label: __('Address to leave to', 'support-finder'),
					type: 'url',
					value: a.quickExitUrl,
					onChange: function (v) {
						set({ quickExitUrl: v });
					},
					help: __('Empty: a weather site. Only https:// or http:// addresses.', 'support-finder'),
				}),
			el(c.ToggleControl, {
				label: __('Keep the search in the page address (sync-url)', 'support-finder'),
				checked: a.syncUrl,
				onChange: function (v) {
					set({ syncUrl: v });
				},
				help: __('For staff tools: a link opens the same view. The search words stay in the browser history, where on a shared computer a search such as "suicide" can put someone at risk. Leave it off on public pages.', 'support-finder'),
			}),
			el(c.ToggleControl, {
				label: __('Keep "My list" between visits (persist-list)', 'support-finder'),
				checked: a.persistList,
				onChange: function (v) {
					set({ persistList: v });
				},
				help: __('For a staff intranet with one person per browser. Never on a public or shared computer: the next person would see the list.', 'support-finder'),
			}),
		);
	}

	/** The finder as visitors will see it, inert so clicks select the block; no quick exit, address or storage in the editor. */
	function preview(a, site) {
		var props = Object.assign({ inert: '' }, language.languageAttributes(a));
		var src = a.source === 'url' && isWebUrl(a.src) ? a.src : a.source === 'builtin' ? '' : (site && site.url) || '';
		if (src) props.src = src;
		['category', 'province', 'region', 'audience'].forEach(function (name) {
			if (a[name]) props[name] = a[name];
		});
		if (a.filters) props.filters = a.filters;
		return el('support-finder', props);
	}

	wp.blocks.registerBlockType('support-finder/finder', {
		edit: function (props) {
			var a = props.attributes;
			var set = props.setAttributes;
			var site = usePublished();
			return el(
				'div',
				be.useBlockProps(),
				el(
					be.InspectorControls,
					null,
					catalogueControls(a, set, site),
					el(language.LanguagePanel, { attributes: a, set: set }),
					presetControls(a, set),
					filterControls(a, set),
					safetyControls(a, set),
				),
				// The catalogue address is known only once the site answers; until then, a placeholder.
				site
					? preview(a, site)
					: el(c.Placeholder, { icon: 'heart', label: __('Support Finder', 'support-finder') }, el(c.Spinner)),
			);
		},
		save: function () {
			return null;
		},
	});
})(window.wp);
