// Trunk post-build hook (Trunk.toml [[hooks]]): runs in the staging folder.
// - writes embed.js (stable name) pointing at the hashed module, wasm and CSS;
// - writes embed.html (iframe page), the configurator, the iframe helper;
// - prerenders the default month into index.html and embed.html with the
//   `lich` CLI (Yew's server renderer), plus a <noscript> month and list;
// - replaces Trunk's inline bootstrap script (a strict CSP forbids inline
//   script) by <script type="module" src="./embed.js">.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const staging = process.env.TRUNK_STAGING_DIR;
const root = path.resolve(import.meta.dirname, '..');
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run through `trunk build`');
const files = fs.readdirSync(staging);
const find = (re) => {
  const f = files.find((x) => re.test(x));
  if (!f) throw new Error(`no file matching ${re} in ${staging}`);
  return f;
};
const names = {
  __LICH_JS__: find(/^lich-web-[0-9a-f]+\.js$/),
  __LICH_WASM__: find(/^lich-web-[0-9a-f]+_bg\.wasm$/),
  __LICH_CSS__: find(/^style-[0-9a-f]+\.css$/),
};
const fill = (text) => Object.entries(names).reduce((t, [k, v]) => t.replaceAll(k, v), text);

const lich = (...args) => execFileSync('cargo', ['run', '--quiet', '--offline', '--bin', 'lich', '--', ...args], {
  cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
});
const prerender = lich('render', '--prerender', '--month', '2024-02');
const noscript = lich('render', '--noscript', '--month', '2024-02');
const withPrerender = (html) => html.replace('<!--lich:prerender-->', prerender).replace('<!--lich:noscript-->', noscript);

for (const f of ['embed.js', 'lich-iframe.js', 'embed.html', 'noscript.css', 'configurator.html', 'configurator.css', 'configurator.js']) {
  let text = fill(fs.readFileSync(path.join(root, 'static', 'embed', f), 'utf8'));
  if (f.endsWith('.html')) text = withPrerender(text);
  fs.writeFileSync(path.join(staging, f), text);
}

const indexPath = path.join(staging, 'index.html');
let index = fs.readFileSync(indexPath, 'utf8');
const inline = /<script type="module"[^>]*>[\s\S]*?<\/script>/;
if (!inline.test(index)) throw new Error('Trunk\'s bootstrap script was not found in index.html');
index = index.replace(inline, '<script type="module" src="./embed.js"></script>');
index = withPrerender(index);
fs.writeFileSync(indexPath, index);
console.log(`postbuild: embed.js → ${names.__LICH_JS__}; prerendered ${prerender.length + noscript.length} bytes`);
