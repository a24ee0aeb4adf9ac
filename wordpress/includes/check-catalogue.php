<?php
/**
 * What PHP checks before publishing a catalogue: the outline the finder needs
 * to read the file at all (an object, version 1, entries with an id, a
 * category and a name; text in one language or under language tags;
 * translations as tables by language). The builder page has already run the full checks in
 * the browser; this stops a request that did not come from it.
 *
 * @package SupportFinder
 */

defined( 'ABSPATH' ) || exit;

/**
 * The catalogue decoded (objects stay objects), or why it is refused.
 *
 * @param string $json The file's text.
 * @return object|WP_Error
 */
function support_finder_check_catalogue( $json ) {
	$max = support_finder_max_bytes();
	if ( strlen( $json ) > $max ) {
		return support_finder_refusal(
			/* translators: 1: the file's size, 2: the largest size accepted, both like "4 MB". */
			sprintf( __( 'The catalogue is %1$s; the largest this site accepts is %2$s.', 'support-finder' ), size_format( strlen( $json ), 1 ), size_format( $max ) ),
			413
		);
	}
	$catalogue = json_decode( $json );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		/* translators: %s: the JSON parser's own explanation, in English. */
		return support_finder_refusal( sprintf( __( 'The file is not JSON (%s).', 'support-finder' ), json_last_error_msg() ) );
	}
	if ( ! is_object( $catalogue ) ) {
		return support_finder_refusal( __( 'A catalogue is a JSON object, { … }, with "version" and "resources".', 'support-finder' ) );
	}
	if ( ! isset( $catalogue->version ) || 1 !== $catalogue->version ) {
		return support_finder_refusal( __( '"version" must be 1.', 'support-finder' ) );
	}
	if ( isset( $catalogue->title ) ) {
		$problem = support_finder_text_problem( $catalogue->title, 'title' );
		if ( '' !== $problem ) {
			return support_finder_refusal( $problem );
		}
	}
	if ( isset( $catalogue->translations ) ) {
		$problem = support_finder_translations_problem( $catalogue->translations );
		if ( '' !== $problem ) {
			return support_finder_refusal( $problem );
		}
	}
	if ( ! isset( $catalogue->resources ) || ! is_array( $catalogue->resources ) ) {
		return support_finder_refusal( __( '"resources" must be a list of entries.', 'support-finder' ) );
	}
	if ( ! $catalogue->resources ) {
		return support_finder_refusal( __( 'The catalogue has no entries.', 'support-finder' ) );
	}
	$seen = array();
	foreach ( $catalogue->resources as $index => $resource ) {
		$problem = support_finder_check_resource( $resource, $seen );
		if ( '' !== $problem ) {
			$where = is_object( $resource ) && isset( $resource->id ) && is_string( $resource->id )
				/* translators: 1: the entry's position, from 0, 2: its id. */
				? sprintf( __( 'resources[%1$d] (id "%2$s")', 'support-finder' ), $index, $resource->id )
				: sprintf( 'resources[%d]', $index );
			return support_finder_refusal( $where . ': ' . $problem );
		}
		$seen[ $resource->id ] = true;
	}
	return $catalogue;
}

/**
 * What is wrong with one entry, or ''.
 *
 * @param mixed $resource The entry.
 * @param array $seen     Ids of the entries before it.
 * @return string
 */
function support_finder_check_resource( $resource, array $seen ) {
	if ( ! is_object( $resource ) ) {
		return __( 'must be an object, { … }.', 'support-finder' );
	}
	if ( ! isset( $resource->id ) || ! is_string( $resource->id ) || ! preg_match( '/^[a-z0-9][a-z0-9-]*$/', $resource->id ) ) {
		return __( '"id" must be lowercase letters, digits and hyphens.', 'support-finder' );
	}
	if ( isset( $seen[ $resource->id ] ) ) {
		return __( 'another entry has the same "id".', 'support-finder' );
	}
	if ( ! isset( $resource->category ) || ! in_array( $resource->category, array( 'peer', 'family', 'clinical' ), true ) ) {
		return __( '"category" must be one of peer, family, clinical.', 'support-finder' );
	}
	return support_finder_text_problem( $resource->name ?? null, 'name' );
}

/**
 * A language key of catalogue text: a well-formed BCP 47 tag (language,
 * extended language, script, region, variants, extensions, private use), in
 * any letter case; the same rule as the finder's (src/catalogue/vocabulary.ts).
 * `D`: a trailing newline is not part of a tag.
 */
const SUPPORT_FINDER_TAG_PATTERN = '/^[a-z]{2,3}(-[a-z]{3}){0,3}(-[a-z]{4})?(-([a-z]{2}|\d{3}))?(-([a-z\d]{5,8}|\d[a-z\d]{3}))*(-[\da-wyz](-[a-z\d]{2,8})+)*(-x(-[a-z\d]{1,8})+)?$/iD';

/**
 * Whether $tag is a well-formed language tag, such as `pa`, `fr-CA` or `pa-Guru-IN`.
 *
 * @param mixed $tag A value someone wrote.
 * @return bool
 */
function support_finder_is_language_tag( $tag ) {
	return is_string( $tag ) && (bool) preg_match( SUPPORT_FINDER_TAG_PATTERN, $tag );
}

/**
 * What is wrong with catalogue text, or '': text in one language, or text by
 * language (`{"en": "…", "fr": "…", "pa": "…"}`), each key a language tag and
 * each text not empty, at least one.
 *
 * @param mixed  $value The catalogue's value.
 * @param string $field Its name, for the message.
 * @return string
 */
function support_finder_text_problem( $value, $field ) {
	$filled = function ( $text ) {
		return is_string( $text ) && '' !== trim( $text );
	};
	if ( ! is_object( $value ) ) {
		return $filled( $value )
			? ''
			/* translators: %s: the field's name, such as "name". */
			: sprintf( __( '"%s" must be text, or text by language such as {"en": "…", "pa": "…"}.', 'support-finder' ), $field );
	}
	$languages = get_object_vars( $value );
	if ( ! $languages ) {
		/* translators: %s: the field's name, such as "name". */
		return sprintf( __( '"%s" has no text in any language.', 'support-finder' ), $field );
	}
	foreach ( $languages as $tag => $text ) {
		if ( ! support_finder_is_language_tag( (string) $tag ) ) {
			/* translators: 1: the field's name, such as "name", 2: the key that is not a language code. */
			return sprintf( __( '"%1$s": "%2$s" is not a language code such as "en", "pa" or "fr-CA".', 'support-finder' ), $field, $tag );
		}
		if ( ! $filled( $text ) ) {
			/* translators: 1: the field's name, such as "name", 2: a language code, such as "pa". */
			return sprintf( __( '"%1$s" in "%2$s" must be text that is not empty.', 'support-finder' ), $field, $tag );
		}
	}
	return '';
}

/**
 * What is wrong with a catalogue's own translations of the finder's words, or
 * '': an object of tables by language, `{"pa": {…}}`. The finder checks each
 * table's keys itself and leaves out those it does not know.
 *
 * @param mixed $translations The catalogue's `translations`.
 * @return string
 */
function support_finder_translations_problem( $translations ) {
	if ( ! is_object( $translations ) ) {
		return __( '"translations" must be an object of tables by language, such as {"pa": {…}}.', 'support-finder' );
	}
	foreach ( get_object_vars( $translations ) as $tag => $table ) {
		if ( ! is_object( $table ) ) {
			/* translators: %s: a language code, such as "pa". */
			return sprintf( __( '"translations" in "%s" must be a table of words, {…}.', 'support-finder' ), $tag );
		}
	}
	return '';
}

/**
 * A refusal that says nothing was replaced.
 *
 * @param string $reason What is wrong.
 * @param int    $status HTTP status.
 * @return WP_Error
 */
function support_finder_refusal( $reason, $status = 400 ) {
	/* translators: %s: what is wrong with the catalogue. */
	return new WP_Error( 'support_finder_invalid', sprintf( __( '%s Nothing was replaced.', 'support-finder' ), $reason ), array( 'status' => $status ) );
}
