<?php
/**
 * Plugin Name:       Support Finder
 * Description:       A searchable, bilingual (English/French) catalogue of mental-health supports under a crisis banner that is always in view (call or text 9-8-8, emergency 9-1-1), as a block and a shortcode. Publish your branch's own catalogue from Settings → Support Finder.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       support-finder
 * Domain Path:       /languages
 *
 * @package SupportFinder
 */

defined( 'ABSPATH' ) || exit;

// `npm run build` writes package.json's version here and in the header above.
define( 'SUPPORT_FINDER_VERSION', '0.1.0' );
define( 'SUPPORT_FINDER_FILE', __FILE__ );
define( 'SUPPORT_FINDER_DIR', __DIR__ );

require_once __DIR__ . '/includes/catalogue-store.php';
require_once __DIR__ . '/includes/check-catalogue.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/rest.php';
require_once __DIR__ . '/includes/settings-page.php';

add_action( 'init', 'support_finder_init' );

/** Registers the scripts, the block and the shortcode. */
function support_finder_init() {
	load_plugin_textdomain( 'support-finder', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );

	// The finder's own classic script, self-contained: it fetches nothing but the catalogue the element names.
	wp_register_script(
		'support-finder',
		plugins_url( 'assets/support-finder.iife.js', __FILE__ ),
		array(),
		SUPPORT_FINDER_VERSION,
		true
	);
	wp_register_script(
		'support-finder-editor-language',
		plugins_url( 'block/language-panel.js', __FILE__ ),
		array( 'wp-components', 'wp-element', 'wp-i18n' ),
		SUPPORT_FINDER_VERSION,
		true
	);
	// The editor script depends on the finder so that the block's preview is the real finder.
	wp_register_script(
		'support-finder-editor',
		plugins_url( 'block/editor.js', __FILE__ ),
		array( 'support-finder', 'support-finder-editor-language', 'wp-api-fetch', 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n' ),
		SUPPORT_FINDER_VERSION,
		true
	);
	wp_set_script_translations( 'support-finder-editor-language', 'support-finder', __DIR__ . '/languages' );
	wp_set_script_translations( 'support-finder-editor', 'support-finder', __DIR__ . '/languages' );
	register_block_type( __DIR__ . '/block' );
	add_shortcode( 'support_finder', 'support_finder_shortcode' );
}
