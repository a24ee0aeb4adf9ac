<?php
/**
 * REST routes for the settings page: publish a catalogue, restore the
 * previous one, and (for the block editor) say what is published. WordPress
 * authenticates cookie sessions only with the `wp_rest` nonce, so a request
 * without it is treated as logged out.
 *
 * @package SupportFinder
 */

defined( 'ABSPATH' ) || exit;

add_action( 'rest_api_init', 'support_finder_rest_routes' );

/** Registers the routes under support-finder/v1. */
function support_finder_rest_routes() {
	$can_manage = function () {
		return current_user_can( 'manage_options' );
	};
	register_rest_route(
		'support-finder/v1',
		'/catalogue',
		array(
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => 'support_finder_rest_status',
				'permission_callback' => function () {
					return current_user_can( 'edit_posts' );
				},
			),
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => 'support_finder_rest_publish',
				'permission_callback' => $can_manage,
			),
		)
	);
	register_rest_route(
		'support-finder/v1',
		'/catalogue/restore',
		array(
			'methods'             => WP_REST_Server::CREATABLE,
			'callback'            => 'support_finder_rest_restore',
			'permission_callback' => $can_manage,
		)
	);
}

/** What is published, for the editor's notes and the settings page. */
function support_finder_rest_status() {
	$published = support_finder_published();
	return array(
		'status'   => support_finder_status_text( $published['current'] ),
		'url'      => support_finder_published_url(),
		'current'  => $published['current'],
		'previous' => $published['previous'],
	);
}

/**
 * Publishes the request's body, a catalogue JSON object.
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response|WP_Error
 */
function support_finder_rest_publish( WP_REST_Request $request ) {
	$current = support_finder_publish( (string) $request->get_body() );
	if ( is_wp_error( $current ) ) {
		return $current;
	}
	$message = sprintf(
		/* translators: %s: the number of entries. */
		_n( 'Saved: this site\'s finders now show this catalogue (%s entry).', 'Saved: this site\'s finders now show this catalogue (%s entries).', $current['count'], 'support-finder' ),
		number_format_i18n( $current['count'] )
	);
	$left_out = absint( $request->get_param( 'left_out' ) );
	if ( $left_out > 0 ) {
		$message .= ' ' . sprintf(
			/* translators: %s: the number of entries. */
			_n( '%s entry with problems was left out: fix it in the builder and save again.', '%s entries with problems were left out: fix them in the builder and save again.', $left_out, 'support-finder' ),
			number_format_i18n( $left_out )
		);
	}
	return rest_ensure_response( array_merge( support_finder_rest_status(), array( 'message' => $message ) ) );
}

/** Restores the previous catalogue. */
function support_finder_rest_restore() {
	$current = support_finder_restore();
	if ( is_wp_error( $current ) ) {
		return $current;
	}
	$message = sprintf(
		/* translators: 1: the number of entries, 2: when that catalogue was saved. */
		_n( 'Restored the catalogue saved on %2$s (%1$s entry).', 'Restored the catalogue saved on %2$s (%1$s entries).', $current['count'], 'support-finder' ),
		number_format_i18n( $current['count'] ),
		support_finder_saved_on( $current['saved'] )
	);
	return rest_ensure_response( array_merge( support_finder_rest_status(), array( 'message' => $message ) ) );
}
