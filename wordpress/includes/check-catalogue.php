<?php
/**
 * What PHP checks before publishing a catalogue: the outline the finder needs
 * to read the file at all (an object, version 1, entries with an id, a
 * category and a name). The builder page has already run the full checks in
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
	if ( isset( $catalogue->title ) && ! support_finder_is_text( $catalogue->title ) ) {
		return support_finder_refusal( __( '"title" must be text, or English and French text.', 'support-finder' ) );
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
	if ( ! isset( $resource->name ) || ! support_finder_is_text( $resource->name ) ) {
		return __( '"name" must be text, or English and French text.', 'support-finder' );
	}
	return '';
}

/**
 * Whether $value is text in one language, or {en, fr} with at least one.
 *
 * @param mixed $value A catalogue value.
 * @return bool
 */
function support_finder_is_text( $value ) {
	$filled = function ( $text ) {
		return is_string( $text ) && '' !== trim( $text );
	};
	if ( is_object( $value ) ) {
		$en = $value->en ?? null;
		$fr = $value->fr ?? null;
		return ( null === $en || $filled( $en ) ) && ( null === $fr || $filled( $fr ) ) && ( null !== $en || null !== $fr );
	}
	return $filled( $value );
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
