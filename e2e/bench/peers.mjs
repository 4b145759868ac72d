// Checked conversions side by side with the JavaScript libraries a site
// would otherwise embed, in one page of headless Chromium: every day
// 1900-01-31 … 2199-12-31 (109,543), both ways, from plain numbers.
//   - Lịch as shipped (opt-level "z", wasm-opt -Oz; examples/wasm_convert.rs):
//     the loop in wasm (as the widget converts), and one call per date from
//     JavaScript (as a page would call a library);
//   - @dqcai/vn-lunar 1.0.1 (getLunarDate, getSolarDate), a table-driven port;
//   - amlich 0.0.2 (convertSolar2Lunar, convertLunar2Solar; Hồ Ngọc Đức's
//     astronomical algorithm, time zone 7).
// The peers are npm packages of the e2e tier, bundled for the page by
// esbuild. Candidates alternate, REPEATS rounds in rotated order; each
// figure is the median of the rounds' medians, with the range of all
// samples. Also counts the days on which a peer's answer differs from ours
// (ours: 0 wrong days against the published tables, tests/lunar_reference.rs).
// Reports only.
//   node e2e/bench/peers.mjs [samples]
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { serve } from '../tests/server.mjs';
import { launch } from '../tests/browser.mjs';
import { median } from './median.mjs';

const SAMPLES = Number(process.argv[2] ?? 5);
const REPEATS = 3;
const root = path.resolve(import.meta.dirname, '..', '..');
const out = path.join(root, 'target', 'bench-peers');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
fs.mkdirSync(out, { recursive: true });
run('cargo', ['build', '--quiet', '--release', '--example', 'wasm_convert', '--target', 'wasm32-unknown-unknown']);
run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out,
  path.join(root, 'target', 'wasm32-unknown-unknown', 'release', 'examples', 'wasm_convert.wasm')]);
run('wasm-opt', ['-Oz', path.join(out, 'wasm_convert_bg.wasm'), '-o', path.join(out, 'wasm_convert_bg.wasm')]);
const esbuild = createRequire(path.join(root, 'e2e', 'package.json'))('esbuild');
const bundle = (name, contents) => esbuild.buildSync({
  stdin: { contents, resolveDir: path.join(root, 'e2e'), loader: 'js' },
  bundle: true, format: 'esm', minify: true, outfile: path.join(out, name), logLevel: 'error',
});
bundle('vn-lunar.js', "export { getLunarDate, getSolarDate } from '@dqcai/vn-lunar';");
bundle('amlich.js', "import a from 'amlich'; export const s2l = a.convertSolar2Lunar; export const l2s = a.convertLunar2Solar;");
fs.writeFileSync(path.join(out, 'index.html'), '<!doctype html><title>peers</title>');

const site = await serve(out);
const browser = await launch();
const page = await browser.context.newPage();
await page.goto(site.origin + '/index.html');
const result = await page.evaluate(async ({ samples, repeats }) => {
  const lich = await import('./wasm_convert.js');
  await lich.default();
  const vn = await import('./vn-lunar.js');
  const am = await import('./amlich.js');
  const flat = lich.plain_days();
  const n = flat.length / 8;
  const S = flat.subarray(0, n * 4);
  const L = flat.subarray(n * 4);
  // Each candidate converts every day and returns a checksum; the same work
  // for all, so none can be skipped.
  const toLunar = {
    'Lịch, loop in wasm': () => lich.solar_to_lunar_checked_all(),
    'Lịch, one call per date': () => { let a = 0; for (let i = 0; i < S.length; i += 4) a = (a + (lich.solar_to_lunar(S[i], S[i + 1], S[i + 2]) & 31)) | 0; return a; },
    '@dqcai/vn-lunar': () => { let a = 0; for (let i = 0; i < S.length; i += 4) a = (a + vn.getLunarDate(S[i + 2], S[i + 1], S[i]).day) | 0; return a; },
    amlich: () => { let a = 0; for (let i = 0; i < S.length; i += 4) a = (a + am.s2l(S[i + 2], S[i + 1], S[i], 7)[0]) | 0; return a; },
  };
  const toSolar = {
    'Lịch, loop in wasm': () => lich.lunar_to_solar_checked_all(),
    'Lịch, one call per date': () => { let a = 0; for (let i = 0; i < L.length; i += 4) a = (a + lich.lunar_to_solar(L[i], L[i + 1], L[i + 2], L[i + 3] === 1)) | 0; return a; },
    '@dqcai/vn-lunar': () => { let a = 0; for (let i = 0; i < L.length; i += 4) a = (a + vn.getSolarDate(L[i + 2], L[i + 1], L[i], L[i + 3] === 1).day) | 0; return a; },
    amlich: () => { let a = 0; for (let i = 0; i < L.length; i += 4) a = (a + am.l2s(L[i + 2], L[i + 1], L[i], L[i + 3], 7)[0]) | 0; return a; },
  };
  // Disagreements with our answers, day by day.
  const differ = { '@dqcai/vn-lunar': [0, 0], amlich: [0, 0] };
  for (let i = 0; i < n; i++) {
    const [y, m, d] = [S[4 * i], S[4 * i + 1], S[4 * i + 2]];
    const [ly, lm, ld, leap] = [L[4 * i], L[4 * i + 1], L[4 * i + 2], L[4 * i + 3]];
    const v = vn.getLunarDate(d, m, y);
    if (v.day !== ld || v.month !== lm || v.year !== ly || Boolean(v.leap) !== (leap === 1)) differ['@dqcai/vn-lunar'][0] += 1;
    const vs = vn.getSolarDate(ld, lm, ly, leap === 1);
    if (vs.day !== d || vs.month !== m || vs.year !== y) differ['@dqcai/vn-lunar'][1] += 1;
    const a = am.s2l(d, m, y, 7);
    if (a[0] !== ld || a[1] !== lm || a[2] !== ly || a[3] !== leap) differ.amlich[0] += 1;
    const as = am.l2s(ld, lm, ly, leap, 7);
    if (as[0] !== d || as[1] !== m || as[2] !== y) differ.amlich[1] += 1;
  }
  const time = (f) => { const t0 = performance.now(); f(); return performance.now() - t0; };
  const out = {};
  for (const [way, set] of [['toLunar', toLunar], ['toSolar', toSolar]]) {
    const names = Object.keys(set);
    for (const name of names) { set[name](); set[name](); } // warm up: tier up from the baseline compilers
    out[way] = Object.fromEntries(names.map((k) => [k, { rounds: [], all: [] }]));
    for (let r = 0; r < repeats; r++) {
      const order = names.map((_, i) => names[(i + r) % names.length]); // rotated each round
      const round = Object.fromEntries(order.map((k) => [k, []]));
      for (let s = 0; s < samples; s++) for (const k of order) round[k].push(time(set[k]) * 1e6 / n);
      for (const k of order) {
        const xs = round[k].sort((a, b) => a - b);
        out[way][k].rounds.push(xs[Math.floor(xs.length / 2)]);
        out[way][k].all.push(...xs);
      }
    }
  }
  return { n, out, differ };
}, { samples: SAMPLES, repeats: REPEATS });
await browser.close();
site.server.close();

const ns = (x) => `${x.toFixed(0)} ns`;
console.log(`| checked conversion, ${result.n} days, ns per date (median of ${REPEATS} alternating rounds × ${SAMPLES}; range) | solar → lunar | lunar → solar |`);
console.log('| --- | --- | --- |');
const med = {};
for (const way of ['toLunar', 'toSolar']) {
  for (const [k, v] of Object.entries(result.out[way])) (med[k] ??= {})[way] = { m: median(v.rounds), lo: Math.min(...v.all), hi: Math.max(...v.all) };
}
for (const [k, v] of Object.entries(med)) {
  const cell = (w) => `${ns(w.m)} (${ns(w.lo)}–${ns(w.hi)})`;
  console.log(`| ${k} | ${cell(v.toLunar)} | ${cell(v.toSolar)} |`);
}
const peers = ['@dqcai/vn-lunar', 'amlich'];
for (const way of ['toLunar', 'toSolar']) {
  const fastest = Math.min(...peers.map((p) => med[p][way].m));
  const ratio = (k) => (fastest / med[k][way].m).toFixed(1);
  console.log(`${way === 'toLunar' ? 'solar → lunar' : 'lunar → solar'}: Lịch ${ratio('Lịch, loop in wasm')}× (loop in wasm), ${ratio('Lịch, one call per date')}× (one call per date) the fastest peer's speed (goal: 2×)`);
}
for (const p of peers) console.log(`${p}: differs from Lịch on ${result.differ[p][0]} days solar → lunar, ${result.differ[p][1]} lunar → solar`);
