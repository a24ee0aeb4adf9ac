<?php
/**
 * The site's published catalogue: a JSON file under uploads/support-finder/
 * (on multisite, under each site's own uploads folder), the one before it
 * kept beside it, and an option that says which is live.
 *
 * @package SupportFinder
 */

defined( 'ABSPATH' ) || exit;

const SUPPORT_FINDER_OPTION = 'support_finder_catalogue';

/** The largest catalogue file accepted, in bytes (4 MB: about 5,000 entries). */
function support_finder_max_bytes() {
	return (int) apply_filters( 'support_finder_max_catalogue_bytes', 4 * MB_IN_BYTES );
}

/**
 * Where the files live.
 *
 * @return array{dir: string, url: string}
 */
function support_finder_store() {
	$uploads = wp_upload_dir( null, false );
	return array(
		'dir' => $uploads['basedir'] . '/support-finder',
		'url' => set_url_scheme( $uploads['baseurl'] . '/support-finder' ),
	);
}

/**
 * What is published: `current` and `previous`, each null or
 * {version, count, saved}, version being a hash of the file.
 *
 * @return array{current: ?array, previous: ?array}
 */
function support_finder_published() {
	$option = get_option( SUPPORT_FINDER_OPTION );
	$option = is_array( $option ) ? $option : array();
	return array(
		'current'  => $option['current'] ?? null,
		'previous' => $option['previous'] ?? null,
	);
}

/** The published catalogue's address (with its version, so caches let go of the old one), or ''. */
function support_finder_published_url() {
	$current = support_finder_published()['current'];
	$store   = support_finder_store();
	if ( ! $current || ! is_readable( $store['dir'] . '/catalogue.json' ) ) {
		return '';
	}
	return $store['url'] . '/catalogue.json?v=' . rawurlencode( $current['version'] );
}

/**
 * Publishes $json as the site's catalogue, keeping the one it replaces.
 * Nothing changes unless every step succeeds.
 *
 * @param string $json The catalogue file's text.
 * @return array|WP_Error The new `current`, or why nothing was replaced.
 */
function support_finder_publish( $json ) {
	$catalogue = support_finder_check_catalogue( $json );
	if ( is_wp_error( $catalogue ) ) {
		return $catalogue;
	}
	$text = wp_json_encode( $catalogue, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRETTY_PRINT );
	if ( false === $text ) {
		return new WP_Error( 'support_finder_encode', __( 'The catalogue could not be written as JSON. Nothing was replaced.', 'support-finder' ), array( 'status' => 400 ) );
	}
	$store = support_finder_store();
	$dir   = $store['dir'];
	if ( ! wp_mkdir_p( $dir ) ) {
		return support_finder_write_error();
	}
	$published = support_finder_published();
	$previous  = $published['previous'];
	if ( $published['current'] && is_readable( "$dir/catalogue.json" ) ) {
		$old = file_get_contents( "$dir/catalogue.json" ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		if ( false === $old || ! support_finder_write_file( "$dir/catalogue-previous.json", $old ) ) {
			return support_finder_write_error();
		}
		$previous = $published['current'];
	}
	if ( ! support_finder_write_file( "$dir/catalogue.json", $text ) ) {
		return support_finder_write_error();
	}
	$current = array(
		'version' => substr( md5( $text ), 0, 12 ),
		'count'   => count( $catalogue->resources ),
		'saved'   => time(),
	);
	update_option( SUPPORT_FINDER_OPTION, array( 'current' => $current, 'previous' => $previous ), false );
	return $current;
}

/**
 * Puts the previous catalogue back, and keeps the one it replaces as the
 * previous, so a restore can itself be undone.
 *
 * @return array|WP_Error The new `current`.
 */
function support_finder_restore() {
	$published = support_finder_published();
	$dir       = support_finder_store()['dir'];
	if ( ! $published['previous'] || ! is_readable( "$dir/catalogue-previous.json" ) ) {
		return new WP_Error( 'support_finder_no_previous', __( 'There is no previous catalogue to restore.', 'support-finder' ), array( 'status' => 409 ) );
	}
	$previous = file_get_contents( "$dir/catalogue-previous.json" ); // phpcs:ignore WordPress.WP.AlternativeFunctions
	$current  = $published['current'] ? file_get_contents( "$dir/catalogue.json" ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions
	if ( false === $previous || ( false !== $current && ! support_finder_write_file( "$dir/catalogue-previous.json", $current ) ) ) {
		return support_finder_write_error();
	}
	if ( ! support_finder_write_file( "$dir/catalogue.json", $previous ) ) {
		return support_finder_write_error();
	}
	update_option(
		SUPPORT_FINDER_OPTION,
		array(
			'current'  => $published['previous'],
			'previous' => false !== $current ? $published['current'] : null,
		),
		false
	);
	return $published['previous'];
}

/**
 * Writes a whole file or nothing: a visitor never fetches half a catalogue.
 *
 * @param string $path     Where.
 * @param string $contents What.
 * @return bool
 */
function support_finder_write_file( $path, $contents ) {
	$temporary = $path . '.' . wp_generate_password( 8, false ) . '.tmp';
	// phpcs:disable WordPress.WP.AlternativeFunctions -- a rename in the same folder is what makes it atomic.
	if ( strlen( $contents ) !== file_put_contents( $temporary, $contents, LOCK_EX ) ) {
		@unlink( $temporary ); // phpcs:ignore WordPress.PHP.NoSilencedErrors
		return false;
	}
	chmod( $temporary, 0644 );
	if ( ! rename( $temporary, $path ) ) {
		@unlink( $temporary ); // phpcs:ignore WordPress.PHP.NoSilencedErrors
		return false;
	}
	// phpcs:enable
	return true;
}

/** The error for a folder the server cannot write to. */
function support_finder_write_error() {
	return new WP_Error(
		'support_finder_write',
		__( 'The catalogue could not be written to the uploads folder (check that the web server may write there). Nothing was replaced.', 'support-finder' ),
		array( 'status' => 500 )
	);
}
