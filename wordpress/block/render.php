<?php
/**
 * Server rendering of the block: the post stores only the block comment and
 * its attributes, so nothing here is exposed to content filtering.
 *
 * @package SupportFinder
 *
 * @var array $attributes The block's attributes.
 */

defined( 'ABSPATH' ) || exit;

// phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- every attribute is escaped inside.
echo support_finder_render(
	array(
		'source'         => $attributes['source'] ?? 'site',
		'src'            => $attributes['src'] ?? '',
		'lang'           => $attributes['lang'] ?? '',
		'translations'   => $attributes['translations'] ?? '',
		'fallback_lang'  => $attributes['fallbackLang'] ?? '',
		'category'       => $attributes['category'] ?? '',
		'province'       => $attributes['province'] ?? '',
		'region'         => $attributes['region'] ?? '',
		'audience'       => $attributes['audience'] ?? '',
		'quick_exit'     => ! empty( $attributes['quickExit'] ),
		'quick_exit_url' => $attributes['quickExitUrl'] ?? '',
		'filters'        => $attributes['filters'] ?? '',
		'sync_url'       => ! empty( $attributes['syncUrl'] ),
		'persist_list'   => ! empty( $attributes['persistList'] ),
	),
	get_block_wrapper_attributes()
);
