// Trunk post-build hook (Trunk.toml [[hooks]]): runs in the staging folder.
// - builds the file modules (crates/lich-reader: the JSON reader and
//   validator, fetched only when a widget names an agency file; the
//   iCalendar writer, only when a visitor downloads a .ics) with cargo and
//   wasm-opt, and stores them and their JS helpers (lich-files.js) under
//   content hashes;
// - builds the English widget (feature only-en; Trunk built only-vi);
// - writes embed.js (stable name) pointing at the hashed builds, CSS, file
//   modules and helpers;
// - writes embed.html (iframe page) and its script lich-frame.js, the
//   configurator, the iframe helper;
// - builds the notice desk's module (crates/lich-notice) and writes the
//   editor page (editor.html) that alone loads it;
// - prerenders the default month into index.html and embed.html with the
//   `lich` CLI (Yew's server renderer), plus a <noscript> month and list;
// - packages the WordPress plugin (wordpress/lich) as lich-wordpress.zip;
// - publishes the calendar feeds under feeds/ (`lich publish`): the
//   previous version is LICH_FEEDS_PREVIOUS (a folder, e.g. the live site's
//   feeds/ copied back), so that a deployment raises SEQUENCE on what
//   changed and keeps withdrawn events as CANCELLED; without it the feeds
//   start at SEQUENCE 0;
// - replaces Trunk's inline bootstrap script (a strict CSP forbids inline
//   script) by <script type="module" src="./embed.js">;
// - minifies every script and stylesheet with esbuild (Trunk's own minifier
//   cannot parse wasm-bindgen's glue) and updates the integrity hashes
//   Trunk wrote for them.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const staging = process.env.TRUNK_STAGING_DIR;
const root = path.resolve(import.meta.dirname, '..');
// esbuild is installed with the e2e tools (scripts/setup.sh runs `npm ci` there).
const { transform } = createRequire(path.join(root, 'e2e', 'package.json'))('esbuild');
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run through `trunk build`');
const files = fs.readdirSync(staging);
const find = (re) => {
  const f = files.find((x) => re.test(x));
  if (!f) throw new Error(`no file matching ${re} in ${staging}`);
  return f;
};
// The file modules: plain wasm libraries (no wasm-bindgen), in the same
// release profile as the widget, then wasm-opt -Oz like Trunk's output. One
// crate, two builds: the reader (feature read) for pages that name a file,
// the iCalendar writer (feature ics, with the built-in data) for downloads.
const target = process.env.CARGO_TARGET_DIR ?? path.join(root, 'target');
// Every module goes through wasm-opt with these (index.html gives Trunk the
// same). --low-memory-unused lets wasm-opt fold a constant added to an
// address into the load's or store's offset: the two differ only where the
// sum wraps around 2^32 into the lowest 1 KB, which no address of these
// modules does (their memory is a few MB). Measured on the Vietnamese
// widget: 698 bytes less gzip, for nothing.
const WASM_OPT = ['-Oz', '--low-memory-unused', '--strip-debug', '--strip-producers'];
function fileModule(feature, name) {
  execFileSync('cargo', ['build', '--quiet', '--offline', '--release', '--target', 'wasm32-unknown-unknown', '-p', 'lich-reader',
    '--no-default-features', '--features', feature], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  const built = path.join(target, 'wasm32-unknown-unknown', 'release', 'lich_reader.wasm');
  const optimised = path.join(staging, `${name}.tmp.wasm`);
  execFileSync('wasm-opt', [...WASM_OPT, built, '-o', optimised], { stdio: 'inherit' });
  const bytes = fs.readFileSync(optimised);
  const file = `${name}-${crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.wasm`;
  fs.renameSync(optimised, path.join(staging, file));
  return file;
}
const reader = fileModule('read', 'lich-reader');
const writer = fileModule('ics', 'lich-ics');
// The notice desk's module (crates/lich-notice, src/desk.rs): only the
// editor page loads it; it is not part of the widget nor of the plugin.
execFileSync('cargo', ['build', '--quiet', '--offline', '--release', '--target', 'wasm32-unknown-unknown', '-p', 'lich-notice'],
  { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
const deskOptimised = path.join(staging, 'lich-desk.tmp.wasm');
execFileSync('wasm-opt', [...WASM_OPT, path.join(target, 'wasm32-unknown-unknown', 'release', 'lich_notice.wasm'), '-o', deskOptimised], { stdio: 'inherit' });
const desk = `lich-desk-${crypto.createHash('sha256').update(fs.readFileSync(deskOptimised)).digest('hex').slice(0, 16)}.wasm`;
fs.renameSync(deskOptimised, path.join(staging, desk));

// The English build of the widget (Trunk built the Vietnamese one, feature
// only-vi): the same binary with feature only-en, through wasm-bindgen and
// wasm-opt as Trunk does, under content hashes. embed.js loads it for a
// widget in English, or when a visitor switches language.
execFileSync('cargo', ['build', '--quiet', '--offline', '--release', '--target', 'wasm32-unknown-unknown', '--bin', 'lich-web', '--features', 'only-en'], {
  cwd: root, stdio: ['ignore', 'inherit', 'inherit'],
});
const enDir = path.join(staging, 'en.tmp');
fs.mkdirSync(enDir, { recursive: true });
execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', enDir, '--out-name', 'lich-web-en',
  path.join(target, 'wasm32-unknown-unknown', 'release', 'lich-web.wasm')], { stdio: 'inherit' });
execFileSync('wasm-opt', [...WASM_OPT, path.join(enDir, 'lich-web-en_bg.wasm'), '-o', path.join(enDir, 'opt.wasm')], { stdio: 'inherit' });
const enWasmBytes = fs.readFileSync(path.join(enDir, 'opt.wasm'));
const enHash = crypto.createHash('sha256').update(enWasmBytes).digest('hex').slice(0, 16);
const enJs = `lich-web-en-${enHash}.js`;
const enWasm = `lich-web-en-${enHash}_bg.wasm`;
fs.writeFileSync(path.join(staging, enWasm), enWasmBytes);
fs.copyFileSync(path.join(enDir, 'lich-web-en.js'), path.join(staging, enJs));
fs.rmSync(enDir, { recursive: true, force: true });

// The file helpers embed.js imports when a file is needed, under a hash too.
const helpersText = fs.readFileSync(path.join(root, 'static', 'embed', 'lich-files.js'), 'utf8');
const helpers = `lich-files-${crypto.createHash('sha256').update(helpersText).digest('hex').slice(0, 16)}.js`;
fs.writeFileSync(path.join(staging, helpers), helpersText);

const names = {
  __LICH_JS__: find(/^lich-web-[0-9a-f]+\.js$/),
  __LICH_WASM__: find(/^lich-web-[0-9a-f]+_bg\.wasm$/),
  __LICH_CSS__: find(/^style-[0-9a-f]+\.css$/),
  __LICH_JS_EN__: enJs,
  __LICH_WASM_EN__: enWasm,
  __LICH_READER__: reader,
  __LICH_ICS__: writer,
  __LICH_FILES__: helpers,
};
const fill = (text) => Object.entries({ ...names, __LICH_DESK__: desk }).reduce((t, [k, v]) => t.replaceAll(k, v), text);

// The native `lich` is built by the stable toolchain even when
// scripts/wasm-env.sh chose nightly with build-std for the wasm modules
// (build-std without --target would rebuild std and every crate for the host).
const native = { ...process.env };
if (process.env.LICH_WASM_ENV) for (const k of ['RUSTUP_TOOLCHAIN', 'CARGO_UNSTABLE_BUILD_STD']) delete native[k];
const lich = (...args) => execFileSync('cargo', ['run', '--quiet', '--offline', '--bin', 'lich', '--', ...args], {
  cwd: root, env: native, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
});
const prerender = lich('render', '--prerender', '--month', '2024-02');
const noscript = lich('render', '--noscript', '--month', '2024-02');
const previousFeeds = process.env.LICH_FEEDS_PREVIOUS;
execFileSync('cargo', ['run', '--quiet', '--offline', '--bin', 'lich', '--', 'publish', path.join(staging, 'feeds'),
  ...(previousFeeds ? ['--previous', previousFeeds] : [])], { cwd: root, env: native, stdio: ['ignore', 'inherit', 'inherit'] });
// The first paint of every month from 2024 to two years ahead, both
// languages, in declarative shadow roots whose stylesheet link reads "{css}"
// (prerender/): the configurator puts them into its snippets, the WordPress
// plugin into its pages, each with the stylesheet's address.
const year = new Date(process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now()).getUTCFullYear();
execFileSync('cargo', ['run', '--quiet', '--offline', '--bin', 'lich', '--', 'prerender', path.join(staging, 'prerender'),
  '--from', '2024-01', '--to', `${Math.max(year, 2024) + 2}-12`, '--css', '{css}'], { cwd: root, env: native, stdio: ['ignore', 'inherit', 'inherit'] });
const withPrerender = (html) => html.replace('<!--lich:prerender-->', prerender).replace('<!--lich:noscript-->', noscript);

for (const f of ['embed.js', 'lich-iframe.js', 'lich-frame.js', 'embed.html', 'noscript.css', 'configurator.html', 'configurator.css', 'configurator.js',
  'editor.html', 'editor.css', 'editor.js']) {
  let text = fill(fs.readFileSync(path.join(root, 'static', 'embed', f), 'utf8'));
  if (f.endsWith('.html')) text = withPrerender(text);
  fs.writeFileSync(path.join(staging, f), text);
}

const indexPath = path.join(staging, 'index.html');
let index = fs.readFileSync(indexPath, 'utf8');
const inline = /<script type="module"[^>]*>[\s\S]*?<\/script>/;
if (!inline.test(index)) throw new Error('Trunk\'s bootstrap script was not found in index.html');
// async: the wasm starts compiling while the rest of the page is parsed.
index = index.replace(inline, '<script type="module" async src="./embed.js"></script>');
index = withPrerender(index);

// Minify in place; a file whose integrity Trunk recorded gets the new hash.
let saved = 0;
for (const f of fs.readdirSync(staging)) {
  const loader = f.endsWith('.js') ? 'js' : f.endsWith('.css') ? 'css' : null;
  if (!loader) continue;
  const file = path.join(staging, f);
  const before = fs.readFileSync(file, 'utf8');
  const { code } = await transform(before, { loader, minify: true, format: loader === 'js' ? 'esm' : undefined, target: 'es2020', legalComments: 'none' });
  fs.writeFileSync(file, code);
  saved += before.length - code.length;
  const sri = (text) => `sha384-${crypto.createHash('sha384').update(text).digest('base64')}`;
  index = index.replaceAll(sri(before), sri(code));
}
for (const [, f, hash] of index.matchAll(/href="\.\/([^"]+)"[^>]*?integrity="([^"]+)"/g)) {
  const actual = `sha384-${crypto.createHash('sha384').update(fs.readFileSync(path.join(staging, f))).digest('base64')}`;
  if (actual !== hash) throw new Error(`integrity of ${f} in index.html does not match the file`);
}
fs.writeFileSync(indexPath, index);

// The WordPress plugin (wordpress/lich) as lich-wordpress.zip, versioned with
// the widget: its PHP and block, the widget's files as served here (embed.js,
// both builds, the stylesheet, the file modules and helpers, the feeds), and
// the prerendered months (the plugin puts its stylesheet's URL for "{css}").
const version = /^version = "([^"]+)"/m.exec(fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8'))[1];
const wpDir = path.join(staging, 'wordpress.tmp');
const plugin = path.join(wpDir, 'lich');
fs.rmSync(wpDir, { recursive: true, force: true });
fs.cpSync(path.join(root, 'wordpress', 'lich'), plugin, { recursive: true });
for (const f of fs.readdirSync(plugin, { recursive: true })) {
  const file = path.join(plugin, f);
  if (fs.statSync(file).isFile()) fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replaceAll('__LICH_VERSION__', version));
}
const assets = path.join(plugin, 'assets');
fs.mkdirSync(assets);
for (const f of [...Object.values(names), 'embed.js']) fs.copyFileSync(path.join(staging, f), path.join(assets, f));
fs.cpSync(path.join(staging, 'feeds'), path.join(assets, 'feeds'), { recursive: true });
fs.writeFileSync(path.join(assets, 'manifest.json'), JSON.stringify({ version, css: names.__LICH_CSS__ }, null, 2));
fs.cpSync(path.join(staging, 'prerender'), path.join(plugin, 'prerender'), { recursive: true });
const zip = path.join(staging, 'lich-wordpress.zip');
fs.rmSync(zip, { force: true });
execFileSync('python3', ['-m', 'zipfile', '-c', zip, plugin], { stdio: 'inherit' });
fs.rmSync(wpDir, { recursive: true, force: true });
console.log(`postbuild: embed.js → ${names.__LICH_JS__}; prerendered ${prerender.length + noscript.length} bytes; minifying saved ${saved} bytes`);
