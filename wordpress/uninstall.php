<?php
/**
 * Removes the plugin's options when it is deleted from Plugins. The published
 * catalogue files under uploads/support-finder/ are kept: they are the
 * branch's data, and a reinstall finds them again only if the option says so,
 * so they are inert until someone saves again.
 *
 * @package SupportFinder
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	// Each site keeps its own published catalogue, so each site's option goes.
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $support_finder_site ) {
		switch_to_blog( $support_finder_site );
		delete_option( 'support_finder_catalogue' );
		restore_current_blog();
	}
} else {
	delete_option( 'support_finder_catalogue' );
}
