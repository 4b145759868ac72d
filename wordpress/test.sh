#!/usr/bin/env bash
# The WordPress tier: the plugin in a real WordPress, as agencies run it.
#   Debian's WordPress 6.1 (/usr/share/wordpress, copied into a temporary
#   folder with its own wp-config.php), a private MariaDB on a socket there,
#   Apache 2.4 with mod_php on 127.0.0.1, Twenty Twenty-Three; the plugin is
#   installed from the build's dist/lich-wordpress.zip and activated, and
#   e2e/wordpress/*.test.mjs drives it (an Author posts, a visitor looks).
#   Everything is stopped and removed at the end. Needs `trunk build --release`
#   first (the zip) and the Debian packages scripts/setup.sh installs.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/e2e/node_modules/.bin:$PATH"
zip=$PWD/dist/lich-wordpress.zip
[ -f "$zip" ] || { echo "wordpress/test.sh: $zip is missing: run trunk build --release first" >&2; exit 1; }

work=$(mktemp -d /tmp/lich-wp.XXXXXX)
chmod 755 "$work"
db_pid='' web_pid=''
# The servers run in sessions of their own, disowned (no job report when
# they stop), with their output in files (a server that outlived the tier
# would otherwise hold the run's output open), and are stopped here
# whatever happened; the tier's status is the tests'.
cleanup() {
  local status=$?
  set +e
  for pid in $web_pid $db_pid; do
    kill "$pid" 2>/dev/null
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  done
  if [ "${LICH_WP_KEEP:-}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
  exit "$status"
}
trap cleanup EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
wait_for() { for _ in $(seq 100); do eval "$1" && return 0; sleep 0.1; done; echo "timed out: $1" >&2; return 1; }

# MariaDB, private: its own data folder and socket, no TCP.
mariadb-install-db --no-defaults --user=root --datadir="$work/db" --auth-root-authentication-method=normal \
  --skip-test-db >"$work/db-install.log" 2>&1
setsid mariadbd --no-defaults --user=root --datadir="$work/db" --socket="$work/mysql.sock" --skip-networking \
  --pid-file="$work/mysql.pid" --log-error="$work/mysql.err" >>"$work/mysql.err" 2>&1 </dev/null &
db_pid=$!
disown
wait_for "[ -S '$work/mysql.sock' ]"
mariadb --no-defaults --socket="$work/mysql.sock" -uroot -e \
  "CREATE DATABASE wordpress; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wordpress.* TO 'wp'@'localhost';"

# WordPress: Debian's files, our wp-config.php (Debian's reads /etc/wordpress).
# -L: Debian links its JS libraries (underscore, cropper) from /usr/share/javascript.
cp -rL /usr/share/wordpress "$work/wp"
cat >"$work/wp/wp-config.php" <<PHP
<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wp');
define('DB_PASSWORD', 'wp');
define('DB_HOST', 'localhost:$work/mysql.sock');
define('WP_HOME', '$url');
define('WP_SITEURL', '$url');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
define('WP_HTTP_BLOCK_EXTERNAL', true); // no network here: no update checks
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '$work/debug.log');
foreach (array('AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT') as \$k) define(\$k, '$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')' . \$k);
\$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
PHP
touch "$work/debug.log" && chown www-data "$work/debug.log"
python3 -m zipfile -e "$zip" "$work/wp/wp-content/plugins/"
# The site's own code allows one other origin for src, as EMBEDDING.md shows.
mkdir -p "$work/wp/wp-content/mu-plugins"
cat >"$work/wp/wp-content/mu-plugins/lich-origins.php" <<'PHP'
<?php
add_filter('lich_allowed_origins', fn() => array('https://du-lieu-tinh.example.invalid'));
PHP
cat >"$work/install.php" <<'PHP'
<?php
// Installs the site, the theme, the plugin and the users the tests log in as.
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = parse_url($argv[2], PHP_URL_HOST) . ':' . parse_url($argv[2], PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
require $argv[1] . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
add_filter('pre_wp_mail', '__return_false'); // no mail from here
wp_install('Cổng thông tin thử', 'admin', 'admin@example.invalid', false, '', 'admin-pass-1');
switch_theme('twentytwentythree');
$active = activate_plugin('lich/lich.php');
if (is_wp_error($active)) { fwrite(STDERR, $active->get_error_message() . "\n"); exit(1); }
foreach (array('author', 'contributor') as $role) {
	$id = wp_insert_user(array('user_login' => $role, 'user_pass' => "$role-pass-1", 'user_email' => "$role@example.invalid", 'role' => $role));
	if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message() . "\n"); exit(1); }
}
echo 'WordPress ' . get_bloginfo('version') . ', theme ' . wp_get_theme()->get('Name') . ', plugin ' . get_plugin_data(WP_PLUGIN_DIR . '/lich/lich.php')['Version'] . "\n";
PHP
php "$work/install.php" "$work/wp" "$url"

# Apache with mod_php, only on loopback, children as www-data.
mkdir -p "$work/apache"
cat >"$work/apache/httpd.conf" <<CONF
ServerRoot "$work/apache"
ServerName 127.0.0.1
Listen 127.0.0.1:$port
PidFile "$work/apache/httpd.pid"
LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so
LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so
LoadModule php_module /usr/lib/apache2/modules/libphp8.2.so
User www-data
Group www-data
StartServers 4
TypesConfig /etc/mime.types
ErrorLog "$work/apache/error.log"
DocumentRoot "$work/wp"
<Directory "$work/wp">
  Require all granted
  AllowOverride None
</Directory>
DirectoryIndex index.php index.html
<FilesMatch "\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
CONF
# Its own session: on stopping, Apache signals its whole process group.
setsid apache2 -f "$work/apache/httpd.conf" -DFOREGROUND >>"$work/apache/stdio.log" 2>&1 </dev/null &
web_pid=$!
disown
wait_for "curl -sf -o /dev/null '$url/wp-login.php'"

# The static month in plain HTML, as a portal without the plugin would paste it.
cargo run --quiet --offline --bin lich -- render --month 2024-02 --noscript --plain >"$work/plain.html"

WP_URL=$url WP_DEBUG_LOG=$work/debug.log WP_PLAIN_HTML=$work/plain.html node --test --test-force-exit e2e/wordpress/
