<?php
/**
 * Plugin Name:       Lịch — lịch âm dương và lịch nghỉ lễ
 * Description:       The Lịch calendar (solar and lunar dates, the official days off, flag days, duty and deadlines) as a [lich] shortcode and a block, usable by Authors and Contributors: no script or iframe in the post.
 * Version:           __LICH_VERSION__
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       lich
 *
 * Why a plugin: WordPress's KSES filter removes <script>, <iframe> and
 * <lich-calendar> from what anyone without `unfiltered_html` writes (Authors,
 * Contributors, every user of a multisite), so the pasted snippets leave a
 * blank space there. A shortcode and a block are what KSES lets through; the
 * markup they stand for is written here, at display time.
 *
 * What a page gets: the month prerendered by the build (`lich prerender`)
 * inside a declarative shadow root with the widget's stylesheet, so the
 * styled month is on screen before any script, and embed.js (a module, only
 * on pages that show a calendar), which replaces it in place with the live
 * widget. Everything is served from this plugin's folder: no request leaves
 * the site.
 */

if (!defined('ABSPATH')) {
	exit;
}

define('LICH_DIR', __DIR__);
define('LICH_VERSION', '__LICH_VERSION__');

/** The options, as the shortcode writes them; the block's camelCase names map to them. */
const LICH_OPTIONS = array('month', 'lang', 'src', 'data', 'view', 'kinds', 'first-day', 'theme', 'compact', 'feed', 'who');

/**
 * What the build wrote: assets/manifest.json (the hashed stylesheet's name)
 * and prerender/words.json (the plugin's few words per language, from the
 * widget's catalogues).
 */
function lich_json($file) {
	static $cache = array();
	if (!isset($cache[$file])) {
		$text = is_readable(LICH_DIR . '/' . $file) ? file_get_contents(LICH_DIR . '/' . $file) : '';
		$cache[$file] = $text ? (array) json_decode($text, true) : array();
	}
	return $cache[$file];
}

function lich_asset_url($file) {
	return plugins_url('assets/' . $file, LICH_DIR . '/lich.php');
}

/**
 * Origins other than the site's from which `src` may be read. Empty unless a
 * site's code adds some:
 *   add_filter('lich_allowed_origins', fn() => array('https://du-lieu.example.gov.vn'));
 * An Author cannot: this is the site's decision, like the widget's
 * <meta name="lich:allow-origins">, which it prints.
 */
function lich_allowed_origins() {
	$origins = apply_filters('lich_allowed_origins', array());
	return array_values(array_filter(array_map('strval', (array) $origins), function ($o) {
		return (bool) preg_match('#^https?://[a-z0-9.-]+(:[0-9]+)?$#i', $o);
	}));
}

/**
 * Whether `src` may be used: a path on this site ("/du-lieu/thong-bao.json"),
 * an address on this site's host, or on an allowed origin. Anything else
 * (another site, javascript:, protocol-relative "//…") is refused here,
 * before the widget refuses it too.
 */
function lich_src_allowed($src) {
	if ('' === $src || preg_match('/[\s"\'<>\\\\]/', $src)) {
		return false;
	}
	if ('/' === $src[0]) {
		return !isset($src[1]) || '/' !== $src[1];
	}
	$parts = wp_parse_url($src);
	if (!$parts || empty($parts['scheme']) || empty($parts['host']) || !in_array(strtolower($parts['scheme']), array('http', 'https'), true)) {
		return false;
	}
	$home = wp_parse_url(home_url());
	if (isset($home['host']) && strtolower($parts['host']) === strtolower($home['host'])) {
		return true;
	}
	$origin = strtolower($parts['scheme'] . '://' . $parts['host'] . (isset($parts['port']) ? ':' . $parts['port'] : ''));
	return in_array($origin, array_map('strtolower', lich_allowed_origins()), true);
}

/**
 * The month a calendar opens on, for its prerendered first paint: that of
 * its `month` (YYYY-MM or YYYY-MM-DD), else the current month in Việt Nam
 * (where the widget opens without one, unless a file's notice is current).
 */
function lich_opening_month($month) {
	if (preg_match('/^(\d{4}-(0[1-9]|1[0-2]))(-\d{2})?$/', $month, $m)) {
		return $m[1];
	}
	$now = new DateTime('now', new DateTimeZone('Asia/Ho_Chi_Minh'));
	return $now->format('Y-m');
}

/**
 * The month's first paint, prerendered by the build for a range of months in
 * both languages (`lich prerender`): a declarative shadow root whose
 * stylesheet link reads "{css}", replaced here by the asset's URL. '' for a
 * month outside the range (the live widget then draws it alone).
 */
function lich_prerendered($month, $lang) {
	$file = LICH_DIR . '/prerender/' . $month . '.' . $lang . '.html';
	$css = lich_json('assets/manifest.json')['css'] ?? '';
	if ('' === $css || !is_readable($file)) {
		return '';
	}
	return str_replace('{css}', esc_url(lich_asset_url($css)), (string) file_get_contents($file));
}

/**
 * The markup of one calendar: <lich-calendar> with the options as escaped
 * attributes, its first paint in a declarative shadow root, and embed.js.
 */
function lich_render(array $options) {
	$attrs = array();
	$notes = array();
	foreach (LICH_OPTIONS as $name) {
		if (!isset($options[$name])) {
			continue;
		}
		$value = trim((string) $options[$name]);
		if ('' === $value) {
			continue;
		}
		if ('src' === $name && !lich_src_allowed($value)) {
			$notes[] = $value;
			continue;
		}
		$attrs[$name] = $value;
	}
	$lang = (isset($attrs['lang']) && 'en' === $attrs['lang']) ? 'en' : 'vi';
	$month = lich_opening_month(isset($attrs['month']) ? $attrs['month'] : '');
	lich_enqueue();

	$html = '<lich-calendar';
	foreach ($attrs as $name => $value) {
		$html .= ' ' . $name . '="' . esc_attr($value) . '"';
	}
	// The first paint is the month view with the default week, kinds and
	// size; for anything else the live widget draws alone.
	$drawn = (!isset($attrs['view']) || 'month' === $attrs['view'])
		&& (!isset($attrs['first-day']) || 'mon' === $attrs['first-day'])
		&& !isset($attrs['kinds'])
		&& (!isset($attrs['compact']) || 'false' === $attrs['compact']);
	$html .= '>' . ($drawn ? lich_prerendered($month, $lang) : '') . '</lich-calendar>';
	// Only someone who can edit the post is told why an option was dropped,
	// in the calendar's language (the words come from the widget's catalogue).
	$words = lich_json('prerender/words.json')[$lang] ?? array();
	if ($notes && current_user_can('edit_posts') && isset($words['src_refused'])) {
		foreach ($notes as $refused) {
			$html .= '<p class="lich-plugin-note"><strong>' . esc_html(str_replace('{src}', $refused, $words['src_refused'])) . '</strong></p>';
		}
	}
	return $html;
}

/** [lich month="2024-02" lang="vi" view="month" src="/du-lieu/thong-bao.json"] */
function lich_shortcode($atts) {
	$atts = is_array($atts) ? $atts : array();
	$options = array();
	foreach (LICH_OPTIONS as $name) {
		// WordPress lower-cases shortcode attribute names; first_day is accepted too.
		$key = isset($atts[$name]) ? $name : str_replace('-', '_', $name);
		if (isset($atts[$key])) {
			$options[$name] = $atts[$key];
		}
	}
	return lich_render($options);
}
add_shortcode('lich', 'lich_shortcode');

/** The block: the same options, rendered on the server like the shortcode. */
function lich_block_render($attributes) {
	$options = array();
	foreach (LICH_OPTIONS as $name) {
		$key = lcfirst(str_replace(' ', '', ucwords(str_replace('-', ' ', $name))));
		if (isset($attributes[$key])) {
			$value = $attributes[$key];
			$options[$name] = is_bool($value) ? ($value ? 'true' : '') : $value;
		}
	}
	return lich_render($options);
}

function lich_register_block() {
	register_block_type(LICH_DIR . '/block', array('render_callback' => 'lich_block_render'));
}
add_action('init', 'lich_register_block');

function lich_register_script() {
	wp_register_script('lich-embed', lich_asset_url('embed.js'), array(), LICH_VERSION, false);
}
add_action('wp_enqueue_scripts', 'lich_register_script', 5);

/**
 * embed.js, as an async module. On a page whose post holds the shortcode or
 * the block it is enqueued in the <head> (the wasm starts downloading while
 * the page is parsed); a calendar found later (a widget area, an excerpt)
 * enqueues it from its render, in the footer.
 */
function lich_enqueue() {
	if (!wp_script_is('lich-embed', 'registered')) {
		lich_register_script();
	}
	wp_enqueue_script('lich-embed');
}

function lich_enqueue_early() {
	$post = get_post();
	if (is_singular() && $post && (has_shortcode($post->post_content, 'lich') || has_block('lich/calendar', $post))) {
		lich_enqueue();
	}
}
add_action('wp_enqueue_scripts', 'lich_enqueue_early', 20);

function lich_module_tag($tag, $handle, $src) {
	if ('lich-embed' !== $handle) {
		return $tag;
	}
	return '<script type="module" async src="' . esc_url($src) . '"></script>' . "\n";
}
add_filter('script_loader_tag', 'lich_module_tag', 10, 3);

/** The site's allowed origins for `src`, for the widget (see lich_allowed_origins). */
function lich_head_meta() {
	$origins = lich_allowed_origins();
	if ($origins) {
		echo '<meta name="lich:allow-origins" content="' . esc_attr(implode(' ', $origins)) . '">' . "\n";
	}
}
add_action('wp_head', 'lich_head_meta');
