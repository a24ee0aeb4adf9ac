<?php
/**
 * Settings → Support Finder: the catalogue builder, and the buttons that
 * publish its catalogue to this site or put the previous one back.
 *
 * @package SupportFinder
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_menu', 'support_finder_admin_menu' );
add_filter( 'script_loader_tag', 'support_finder_module_tag', 10, 2 );

/** Adds the page under Settings, for those who can change the site's settings. */
function support_finder_admin_menu() {
	$hook = add_options_page(
		__( 'Support Finder', 'support-finder' ),
		__( 'Support Finder', 'support-finder' ),
		'manage_options',
		'support-finder',
		'support_finder_settings_page'
	);
	add_action( 'load-' . $hook, 'support_finder_settings_scripts' );
}

/** The builder (an ES module) and the page's own script, on this page only. */
function support_finder_settings_scripts() {
	wp_enqueue_script( 'support-finder-builder', plugins_url( 'assets/support-finder-builder.js', SUPPORT_FINDER_FILE ), array(), SUPPORT_FINDER_VERSION, true );
	wp_enqueue_script( 'support-finder-settings', plugins_url( 'admin/settings.js', SUPPORT_FINDER_FILE ), array(), SUPPORT_FINDER_VERSION, true );
}

/**
 * WordPress 6.1 has no module scripts: the builder's tag gets `type="module"`.
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function support_finder_module_tag( $tag, $handle ) {
	if ( 'support-finder-builder' !== $handle ) {
		return $tag;
	}
	return preg_replace( '/<script(?![^>]*\btype=)/', '<script type="module"', str_replace( " type='text/javascript'", '', $tag ), 1 );
}

/** The settings page. */
function support_finder_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$lang      = 0 === strpos( determine_locale(), 'fr' ) ? 'fr' : 'en';
	$published = support_finder_published();
	?>
	<div class="wrap support-finder-settings">
		<h1><?php esc_html_e( 'Support Finder', 'support-finder' ); ?></h1>
		<p><?php esc_html_e( 'Open your catalogue (JSON, or a CSV saved from a spreadsheet), or start from the built-in one. Fix what the page flags, check the preview, then save it to this site: every Support Finder block and shortcode that names no other catalogue shows it.', 'support-finder' ); ?></p>
		<p id="support-finder-status"><?php echo esc_html( support_finder_status_text( $published['current'] ) ); ?></p>
		<support-finder-builder lang="<?php echo esc_attr( $lang ); ?>">
			<p><?php esc_html_e( 'The catalogue builder needs JavaScript.', 'support-finder' ); ?></p>
		</support-finder-builder>
		<h2><?php esc_html_e( 'Publish', 'support-finder' ); ?></h2>
		<p><?php esc_html_e( 'Saving publishes the entries the preview shows; entries that still have problems are left out. The catalogue it replaces is kept, and can be restored.', 'support-finder' ); ?></p>
		<p class="support-finder-actions"
			data-rest="<?php echo esc_url( rest_url( 'support-finder/v1/catalogue' ) ); ?>"
			data-nonce="<?php echo esc_attr( wp_create_nonce( 'wp_rest' ) ); ?>"
			data-empty="<?php esc_attr_e( 'Open a catalogue, or start from the built-in one, before saving.', 'support-finder' ); ?>"
			data-failed="<?php esc_attr_e( 'The catalogue could not be saved: the site did not answer. Nothing was replaced.', 'support-finder' ); ?>"
			data-saving="<?php esc_attr_e( 'Saving…', 'support-finder' ); ?>">
			<button type="button" class="button button-primary" id="support-finder-save"><?php esc_html_e( 'Save to this site', 'support-finder' ); ?></button>
			<button type="button" class="button" id="support-finder-restore"<?php disabled( ! $published['previous'] ); ?>><?php esc_html_e( 'Restore the previous catalogue', 'support-finder' ); ?></button>
		</p>
		<div id="support-finder-message" role="status" aria-live="polite"></div>
	</div>
	<?php
}

/**
 * One line on what visitors see now.
 *
 * @param array|null $current The published catalogue, or null.
 * @return string
 */
function support_finder_status_text( $current ) {
	if ( ! $current ) {
		return __( 'No catalogue is published on this site yet: the finders show the built-in catalogue.', 'support-finder' );
	}
	return sprintf(
		/* translators: 1: the number of entries, 2: when it was saved. */
		_n( 'Published: %1$s entry, saved on %2$s.', 'Published: %1$s entries, saved on %2$s.', $current['count'], 'support-finder' ),
		number_format_i18n( $current['count'] ),
		support_finder_saved_on( $current['saved'] )
	);
}

/**
 * When a catalogue was saved, in the site's date and time formats.
 *
 * @param int $timestamp When.
 * @return string
 */
function support_finder_saved_on( $timestamp ) {
	// A locale without words for "am"/"pm" leaves spaces behind.
	return trim( preg_replace( '/\s+/u', ' ', wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), $timestamp ) ) );
}
