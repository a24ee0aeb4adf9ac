<?php
/**
 * One rendering for the block and the shortcode: `<support-finder>` with its
 * attributes checked and escaped, and the no-JavaScript crisis lines inside.
 *
 * @package SupportFinder
 */

defined( 'ABSPATH' ) || exit;

/** Provinces and territories, as the element's `province` attribute takes them. */
const SUPPORT_FINDER_PROVINCES = array( 'AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT' );

/**
 * The `<support-finder>` element for a block or a shortcode, and its script enqueued.
 *
 * @param array  $options         source (site, builtin or url), src, lang, translations, fallback_lang,
 *                                category, province, region, audience, quick_exit, quick_exit_url,
 *                                filters, sync_url, persist_list.
 * @param string $wrapper_markup  Extra attributes already escaped (the block's class names), or ''.
 * @return string HTML.
 */
function support_finder_render( array $options, $wrapper_markup = '' ) {
	$attributes = support_finder_element_attributes( $options );
	$html       = '';
	foreach ( $attributes as $name => $value ) {
		$html .= true === $value ? ' ' . $name : sprintf( ' %s="%s"', $name, esc_attr( $value ) );
	}
	if ( '' !== $wrapper_markup ) {
		$html .= ' ' . $wrapper_markup;
	}
	// Printed in the footer, and only on pages that show a finder.
	wp_enqueue_script( 'support-finder' );
	$lang = support_finder_fallback_language( $attributes['lang'] ?? determine_locale(), $attributes['fallback-lang'] ?? 'en' );
	return '<support-finder' . $html . '>' . support_finder_fallback( $lang ) . '</support-finder>';
}

/**
 * The element's attributes, each checked against what the element accepts;
 * a value it would not accept is left out rather than passed on.
 *
 * @param array $options As for support_finder_render().
 * @return array<string, string|true> Unescaped values; `true` for a boolean attribute.
 */
function support_finder_element_attributes( array $options ) {
	$o   = wp_parse_args(
		$options,
		array(
			'source'         => 'site',
			'src'            => '',
			'lang'           => '',
			'translations'   => '',
			'fallback_lang'  => '',
			'category'       => '',
			'province'       => '',
			'region'         => '',
			'audience'       => '',
			'quick_exit'     => false,
			'quick_exit_url' => '',
			'filters'        => '',
			'sync_url'       => false,
			'persist_list'   => false,
		)
	);
	$out = array();
	$src = support_finder_catalogue_src( (string) $o['source'], (string) $o['src'] );
	if ( '' !== $src ) {
		$out['src'] = $src;
	}
	$lang = support_finder_language_tag( (string) $o['lang'] );
	if ( '' !== $lang ) {
		$out['lang'] = $lang;
	}
	$translations = support_finder_web_url( (string) $o['translations'] );
	if ( '' !== $translations ) {
		$out['translations'] = $translations;
	}
	$fallback = support_finder_language_tag( (string) $o['fallback_lang'] );
	if ( '' !== $fallback ) {
		$out['fallback-lang'] = $fallback;
	}
	if ( in_array( $o['category'], array( 'peer', 'family', 'clinical' ), true ) ) {
		$out['category'] = $o['category'];
	}
	$province = strtoupper( trim( (string) $o['province'] ) );
	if ( in_array( $province, SUPPORT_FINDER_PROVINCES, true ) ) {
		$out['province'] = $province;
	}
	$region = sanitize_text_field( (string) $o['region'] );
	if ( '' !== $region ) {
		$out['region'] = $region;
	}
	$audience = support_finder_words( (string) $o['audience'], ' ' );
	if ( '' !== $audience ) {
		$out['audience'] = $audience;
	}
	if ( $o['quick_exit'] ) {
		// An empty value sends the person to the element's own neutral page.
		$out['quick-exit'] = support_finder_web_url( (string) $o['quick_exit_url'] );
	}
	$filters = support_finder_words( (string) $o['filters'], ',' );
	if ( '' !== $filters ) {
		$out['filters'] = $filters;
	}
	if ( $o['sync_url'] ) {
		$out['sync-url'] = true;
	}
	if ( $o['persist_list'] ) {
		$out['persist-list'] = true;
	}
	return $out;
}

/**
 * The catalogue address: a URL when asked for one (http or https only), none
 * for the built-in catalogue, else the site's published catalogue if any.
 * A refused URL falls back to the site's catalogue, never to the refused one.
 *
 * @param string $source site, builtin or url.
 * @param string $src    The URL when $source is url.
 * @return string An address, or '' for the built-in catalogue.
 */
function support_finder_catalogue_src( $source, $src ) {
	if ( 'builtin' === $source ) {
		return '';
	}
	if ( 'url' === $source ) {
		$url = support_finder_web_url( $src );
		if ( '' !== $url ) {
			return $url;
		}
	}
	return support_finder_published_url();
}

/**
 * $url if it is an http or https address, else ''.
 *
 * @param string $url A URL someone typed.
 * @return string
 */
function support_finder_web_url( $url ) {
	$url = trim( $url );
	if ( '' === $url || ! preg_match( '#^https?://#i', $url ) ) {
		return '';
	}
	return esc_url_raw( $url, array( 'http', 'https' ) );
}

/**
 * $tag as the element takes it (WordPress's `pa_IN` written `pa-IN`) if it is
 * a well-formed language tag, else ''.
 *
 * @param string $tag A language tag someone typed.
 * @return string
 */
function support_finder_language_tag( $tag ) {
	$tag = str_replace( '_', '-', trim( $tag ) );
	return support_finder_is_language_tag( $tag ) ? $tag : '';
}

/**
 * The language of the no-JavaScript crisis lines: the first of the finder's
 * language and its fallback that is English or French, else English, as the
 * finder picks its own first words before a translation arrives.
 *
 * @param string $lang     The finder's language tag (or the site's locale).
 * @param string $fallback Its fallback-lang.
 * @return string en or fr.
 */
function support_finder_fallback_language( $lang, $fallback ) {
	foreach ( array( $lang, $fallback ) as $tag ) {
		$primary = strtolower( strtok( str_replace( '_', '-', $tag ) . '-', '-' ) );
		if ( 'en' === $primary || 'fr' === $primary ) {
			return $primary;
		}
	}
	return 'en';
}

/**
 * Words made only of letters, digits and hyphens, joined by $separator; the
 * element's lists (audiences, facet names) never hold anything else.
 *
 * @param string $text      Words separated by spaces or commas.
 * @param string $separator What joins them again.
 * @return string
 */
function support_finder_words( $text, $separator ) {
	$words = preg_split( '/[\s,]+/', strtolower( $text ), -1, PREG_SPLIT_NO_EMPTY );
	$words = array_filter(
		$words,
		function ( $word ) {
			return (bool) preg_match( '/^[a-z0-9][a-z0-9-]*$/', $word );
		}
	);
	return implode( $separator, array_unique( $words ) );
}

/**
 * The crisis lines shown before the script runs or where scripts are blocked.
 * Fixed wording from the finder's own reviewed strings, not a translation
 * file, so no translation can change or drop a crisis number.
 *
 * @param string $lang en or fr.
 * @return string HTML.
 */
function support_finder_fallback( $lang ) {
	if ( 'fr' === $lang ) {
		return '<p lang="fr">En crise&nbsp;? Appelez ou textez le <a href="tel:988">9-8-8</a>. Urgence&nbsp;: <a href="tel:911">9-1-1</a>.</p>';
	}
	// Marked, since the element may speak another language (lang="pa") until its script runs.
	return '<p lang="en">In crisis? Call or text <a href="tel:988">9-8-8</a>. Emergency: <a href="tel:911">9-1-1</a>.</p>';
}

/**
 * `[support_finder]`: the block's options as shortcode attributes, for the
 * classic editor and page builders.
 *
 * @param array|string $atts src (a URL, or "builtin"), lang, translations (a URL), fallback_lang,
 *                           category, province, region, audience, quick_exit ("yes" or an address),
 *                           filters, sync_url, persist_list ("yes").
 * @return string HTML.
 */
function support_finder_shortcode( $atts ) {
	$atts = is_array( $atts ) ? $atts : array();
	// A bare word, `[support_finder sync_url]`, arrives as a value with a number for its key.
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			$atts[ strtolower( (string) $value ) ] = 'yes';
		}
	}
	$a          = shortcode_atts(
		array(
			'src'           => '',
			'lang'          => '',
			'translations'  => '',
			'fallback_lang' => '',
			'category'      => '',
			'province'      => '',
			'region'        => '',
			'audience'      => '',
			'quick_exit'    => '',
			'filters'       => '',
			'sync_url'      => '',
			'persist_list'  => '',
		),
		$atts,
		'support_finder'
	);
	$src        = trim( (string) $a['src'] );
	$quick_exit = trim( (string) $a['quick_exit'] );
	$is_url     = (bool) preg_match( '#^[a-z][a-z0-9+.-]*:#i', $quick_exit );
	return support_finder_render(
		array(
			'source'         => '' === $src ? 'site' : ( 'builtin' === $src ? 'builtin' : 'url' ),
			'src'            => $src,
			'lang'           => $a['lang'],
			'translations'   => $a['translations'],
			'fallback_lang'  => $a['fallback_lang'],
			'category'       => $a['category'],
			'province'       => $a['province'],
			'region'         => $a['region'],
			'audience'       => $a['audience'],
			// Any URL given means "on"; a refused one gives the neutral default address, not none.
			'quick_exit'     => $is_url || support_finder_yes( $quick_exit ),
			'quick_exit_url' => $is_url ? $quick_exit : '',
			'filters'        => $a['filters'],
			'sync_url'       => support_finder_yes( $a['sync_url'] ),
			'persist_list'   => support_finder_yes( $a['persist_list'] ),
		)
	);
}

/**
 * Whether a shortcode value means "on": yes, true, 1, on, oui.
 *
 * @param string $value The attribute's value.
 * @return bool
 */
function support_finder_yes( $value ) {
	return in_array( strtolower( trim( (string) $value ) ), array( 'yes', 'true', '1', 'on', 'oui' ), true );
}
