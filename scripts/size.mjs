// The size budget of the widget's first load, checked on the release build
// in dist/ (run `trunk build --release` first). Exits 1 over the budget.
//
//   node scripts/size.mjs            table, breakdown, budget check
//   node scripts/size.mjs --json     the figures as JSON (for scripts/measure.sh)
//
// First load = what a visitor's browser downloads before the widget is live:
// embed.js, the wasm-bindgen module, the wasm (which holds the built-in data)
// and the stylesheet, each gzip -9 (1 KB = 1000 bytes here). The breakdown
// names what the wasm is made of: a second, name-keeping copy of the same
// release wasm goes through wasm-bindgen --keep-debug and wasm-opt -Oz -g, and
// twiggy lists its functions and data, grouped by crate (and by module for
// this crate). Generic code is named after the crate that instantiated it
// last, so Yew's rows include the bodies of this crate's components.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

// Lowered from 150 to 140 KB on 2026-12-04 when the wasm began to be built
// with std's immediate-abort panics (scripts/wasm-env.sh): 149,954 → 135.9 KB.
const BUDGET = 140_000;
const AIM = 100_000;
// The notice desk (editor.html): its page, script, stylesheet and module,
// which a visitor of the widget never downloads (its preview is the widget,
// counted above). Agency staff open it on purpose, mostly at a desk; the
// budget keeps it from growing unnoticed. Most of it is the regex engine's
// Unicode tables (case folding, letters, word boundaries) and the reader.
// Raised from 420 to 425 KB on 2026-12-04 for the audience codes (their
// picker, the reader's codes from the words) and the time of day (its
// field, the reader's times): 417.1 KB before them, 420.1 KB with the codes.
// Lowered to 385 KB the same day when immediate-abort panics took it from
// 423.9 to 381.0 KB (scripts/wasm-env.sh), then set to 390 KB for the
// documents' standing (status, supersedes, relays: their checks, the
// reader's and the desk's part, the fields): 381.0 → 385.7 KB; lowered to
// 375 KB when std's optimize_for_size (scripts/wasm-env.sh) took it to
// 371.7 KB.
const EDITOR_BUDGET = 375_000;
const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const json = process.argv.includes('--json');
// GNU gzip itself, as the budget says "gzip -9" (-n: no file name in the
// header). Node's zlib at level 9 comes out ~1.3 % larger on the wasm.
const gz = (buf) => execFileSync('gzip', ['-9', '-n', '-c'], { input: buf, maxBuffer: 1 << 26 }).length;
const kb = (n) => (n / 1000).toFixed(1);

const files = fs.readdirSync(dist);
const pick = (re, what) => {
  const f = files.find((x) => re.test(x));
  if (!f) throw new Error(`no ${what} in dist/ (${re}): run \`trunk build --release\` first`);
  return f;
};
const measure = ([what, file]) => {
  const buf = fs.readFileSync(path.join(dist, file));
  return { what, file, raw: buf.length, gzip: gz(buf) };
};
// One build per language (embed.js loads the one a widget speaks): each
// first load is measured and each must fit the budget. Vietnamese is the
// default, and the figure reported as the first load.
const firstLoad = (lang) => {
  const en = lang === 'en' ? 'en-' : '';
  return [
    [`wasm (code + built-in data)`, pick(new RegExp(`^lich-web-${en}[0-9a-f]+_bg\\.wasm$`), `${lang} wasm`)],
    ['JS module (wasm-bindgen)', pick(new RegExp(`^lich-web-${en}[0-9a-f]+\\.js$`), `${lang} JS module`)],
    ['stylesheet', pick(/^style-[0-9a-f]+\.css$/, 'stylesheet')],
    ['embed.js (loader)', 'embed.js'],
  ].map(measure);
};
const parts = firstLoad('vi');
const total = parts.reduce((s, p) => s + p.gzip, 0);
const partsEn = firstLoad('en');
const totalEn = partsEn.reduce((s, p) => s + p.gzip, 0);

// The built-in data in the compiled form the wasm holds, gzipped on its own
// (inside the wasm it shares the compressor's window with the rest, so this
// is close to its cost).
const compiled = fs.readFileSync(path.join(root, 'crates', 'lich-core', 'src', 'schedule', 'builtin-vi.wire'));
const dataRaw = compiled.length;
const dataGzip = gz(compiled);

// Downloaded later, only when needed: the file modules and their helpers (a
// page that names a data file, or a .ics download). Not part of the first
// load or the budget.
const later = [
  ['file reader (pages with a src file)', pick(/^lich-reader-[0-9a-f]+\.wasm$/, 'file reader')],
  ['iCalendar writer (a .ics download)', pick(/^lich-ics-[0-9a-f]+\.wasm$/, 'iCalendar writer')],
  ['file helpers (lich-files.js)', pick(/^lich-files-[0-9a-f]+\.js$/, 'file helpers')],
]
  .map(([what, file]) => {
    const buf = fs.readFileSync(path.join(dist, file));
    return { what, file, raw: buf.length, gzip: gz(buf) };
  });

const editor = [
  ['desk module (lich-notice)', pick(/^lich-desk-[0-9a-f]+\.wasm$/, 'desk module')],
  ['editor.js', 'editor.js'],
  ['editor.css', 'editor.css'],
  ['editor.html', 'editor.html'],
].map(measure);
const editorTotal = editor.reduce((s, p) => s + p.gzip, 0);

function breakdown() {
  const release = path.join(root, 'target', 'wasm32-unknown-unknown', 'release', 'lich-web.wasm');
  const out = path.join(root, 'target', 'size');
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    // The Vietnamese build (the postbuild hook left the English one there).
    run('cargo', ['build', '--quiet', '--offline', '--release', '--target', 'wasm32-unknown-unknown', '--bin', 'lich-web', '--features', 'only-vi']);
    fs.mkdirSync(out, { recursive: true });
    run('wasm-bindgen', ['--target', 'web', '--keep-debug', '--out-dir', out, release]);
    const named = path.join(out, 'named.wasm');
    run('wasm-opt', ['-Oz', '--low-memory-unused', '-g', path.join(out, 'lich-web_bg.wasm'), '-o', named]);
    const csv = run('twiggy', ['top', '-n', '1000000', '-f', 'csv', named]);
    return group(csv);
  } catch (e) {
    return { error: `breakdown unavailable (${String(e.message).split('\n')[0]}); scripts/setup.sh installs twiggy` };
  }
}

// twiggy's CSV: Name,ShallowSize,...; names may be quoted with "" inside.
function group(csv) {
  const rows = csv.trim().split('\n').slice(1).map((line) => {
    const m = line.match(/^("(?:[^"]|"")*"|[^,]*),(\d+),/);
    return m && { name: m[1].replace(/^"|"$/g, '').replaceAll('""', '"'), size: Number(m[2]) };
  }).filter(Boolean).filter((r) => !/^"?function names"? subsection|^custom section|names" subsection/.test(r.name));
  const groups = new Map();
  const add = (k, n) => groups.set(k, (groups.get(k) ?? 0) + n);
  for (const { name, size } of rows) {
    if (name.startsWith('data segment')) { add('data: strings, tables, built-in data', size); continue; }
    const m = name.match(/^[<&\s(]*(?:dyn |mut )?([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::([A-Za-z_0-9]+)/);
    if (!m) { add('other (fmt impls, shims, tables)', size); continue; }
    add(m[1] === 'lich' || m[1] === 'lich_core' ? `${m[1]}::${m[2]}` : m[1], size);
  }
  const all = rows.reduce((s, r) => s + r.size, 0);
  const top = rows.filter((r) => !r.name.startsWith('data segment')).sort((a, b) => b.size - a.size).slice(0, 12);
  return { all, groups: [...groups].sort((a, b) => b[1] - a[1]), top };
}

const detail = breakdown();
if (json) {
  console.log(JSON.stringify({ budget: BUDGET, aim: AIM, total, parts, en: { total: totalEn, parts: partsEn }, later,
    editor: { budget: EDITOR_BUDGET, total: editorTotal, parts: editor }, data: { raw: dataRaw, gzip: dataGzip }, breakdown: detail }, null, 1));
} else {
  console.log('First load of the widget in Vietnamese (gzip -9, 1 KB = 1000 bytes)');
  console.log(`  ${'part'.padEnd(30)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)}`);
  for (const p of parts) console.log(`  ${p.what.padEnd(30)} ${kb(p.raw).padStart(8)} ${kb(p.gzip).padStart(8)}`);
  console.log(`  ${'total'.padEnd(30)} ${''.padStart(8)} ${kb(total).padStart(8)}   budget ${kb(BUDGET)}, aim ${kb(AIM)}`);
  console.log(`  of which built-in data (compiled, builtin-vi.wire): ${kb(dataRaw)} KB raw, ≈ ${kb(dataGzip)} KB gzip`);
  console.log('First load of a widget in English (lang="en"; also fetched when a visitor switches)');
  for (const p of partsEn.slice(0, 2)) console.log(`  ${p.what.padEnd(30)} ${kb(p.raw).padStart(8)} ${kb(p.gzip).padStart(8)}`);
  console.log(`  ${'total (with the same CSS and embed.js)'.padEnd(39)} ${kb(totalEn).padStart(8)}`);
  console.log('Downloaded later, when needed (not in the budget)');
  for (const p of later) console.log(`  ${p.what.padEnd(30)} ${kb(p.raw).padStart(8)} ${kb(p.gzip).padStart(8)}`);
  console.log('The notice desk (editor.html; its own download, never the visitor\'s)');
  for (const p of editor) console.log(`  ${p.what.padEnd(30)} ${kb(p.raw).padStart(8)} ${kb(p.gzip).padStart(8)}`);
  console.log(`  ${'total (besides the widget it previews)'.padEnd(39)} ${kb(editorTotal).padStart(8)}   budget ${kb(EDITOR_BUDGET)}`);
  if (detail.error) {
    console.log(`\nWasm breakdown: ${detail.error}`);
  } else {
    console.log(`\nWasm breakdown (optimised wasm with names kept, ${kb(detail.all)} KB raw before gzip)`);
    for (const [k, n] of detail.groups.slice(0, 24)) {
      console.log(`  ${k.padEnd(40)} ${kb(n).padStart(7)} KB  ${(100 * n / detail.all).toFixed(1).padStart(5)} %`);
    }
    console.log('  largest functions:');
    for (const r of detail.top) console.log(`  ${kb(r.size).padStart(6)} KB  ${r.name.slice(0, 110)}`);
  }
}
const worst = Math.max(total, totalEn);
if (worst > BUDGET) {
  console.error(`\nSIZE BUDGET EXCEEDED: first load ${kb(total)} KB (vi), ${kb(totalEn)} KB (en) gzip; budget ${kb(BUDGET)} KB`);
  process.exit(1);
}
if (editorTotal > EDITOR_BUDGET) {
  console.error(`\nEDITOR SIZE BUDGET EXCEEDED: ${kb(editorTotal)} KB gzip; budget ${kb(EDITOR_BUDGET)} KB`);
  process.exit(1);
}
if (!json) console.log(`\nwithin budget: ${kb(BUDGET - worst)} KB to spare (the larger of the two languages); the editor ${kb(EDITOR_BUDGET - editorTotal)} KB`);
