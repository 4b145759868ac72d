<?php
// The editor script's dependencies (WordPress's scripts it uses) and version.
return array(
	'dependencies' => array('wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-i18n'),
	'version'      => '__LICH_VERSION__',
);
