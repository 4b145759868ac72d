// Conversions per second in headless Chromium: the workload of
// benches/convert.rs (every day 1900-01-31 … 2199-12-31, both ways) compiled
// to wasm twice — as shipped (opt-level "z", wasm-opt -Oz) and for speed
// (opt-level 3, wasm-opt -O3), both with the shipped --low-memory-unused —
// and timed with performance.now().
// Medians of RUNS samples of 10 calls each. Reports only.
//   node e2e/bench/convert.mjs [runs]
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve } from '../tests/server.mjs';
import { launch } from '../tests/browser.mjs';
import { median } from './median.mjs';

const RUNS = Number(process.argv[2] ?? 9);
const root = path.resolve(import.meta.dirname, '..', '..');
const out = path.join(root, 'target', 'bench-wasm');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const builds = [
  { name: 'as shipped: opt-level "z", wasm-opt -Oz --low-memory-unused', profile: 'release', opt: ['-Oz', '--low-memory-unused'] },
  { name: 'opt-level 3, wasm-opt -O3 --low-memory-unused', profile: 'wasm-speed', opt: ['-O3', '--low-memory-unused'] },
];
for (const b of builds) {
  run('cargo', ['build', '--quiet', '--profile', b.profile, '--example', 'wasm_convert', '--target', 'wasm32-unknown-unknown']);
  const dir = path.join(out, b.profile);
  const built = path.join(root, 'target', 'wasm32-unknown-unknown', b.profile, 'examples', 'wasm_convert.wasm');
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', dir, built]);
  run('wasm-opt', [...b.opt, path.join(dir, 'wasm_convert_bg.wasm'), '-o', path.join(dir, 'wasm_convert_bg.wasm')]);
}
fs.writeFileSync(path.join(out, 'index.html'), '<!doctype html><title>convert</title>');

const site = await serve(out);
const browser = await launch();
console.log(`| wasm in headless Chromium (medians of ${RUNS} × 10 calls) | solar → lunar | lunar → solar |`);
console.log('| --- | --- | --- |');
for (const b of builds) {
  const page = await browser.context.newPage();
  await page.goto(site.origin + '/index.html');
  const t = await page.evaluate(async ({ profile, runs }) => {
    const m = await import(`./${profile}/wasm_convert.js`);
    await m.default();
    const days = m.days();
    if (m.prepare() !== days) throw new Error('not every day converted');
    // performance.now() is coarse (0.1 ms here): each sample times REPS calls.
    const REPS = 10;
    const time = (f) => Array.from({ length: runs }, () => {
      const t0 = performance.now();
      for (let i = 0; i < REPS; i++) f();
      return (performance.now() - t0) / REPS;
    });
    m.solar_to_lunar_all(); m.lunar_to_solar_all(); // warm up: tier up from the baseline compiler
    return { days, toLunar: time(m.solar_to_lunar_all), toSolar: time(m.lunar_to_solar_all) };
  }, { profile: b.profile, runs: RUNS });
  const rate = (ms) => `${(t.days / median(ms) / 1000).toFixed(1)} M/s (${median(ms).toFixed(2)} ms for ${t.days} days)`;
  console.log(`| ${b.name} | ${rate(t.toLunar)} | ${rate(t.toSolar)} |`);
  await page.close();
}
await browser.close();
site.server.close();
