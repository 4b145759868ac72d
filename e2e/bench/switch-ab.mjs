// Two builds' month switch side by side in one Chromium: loads alternate
// between the builds (A, B, A, B, …) so that the machine's drift falls on
// both, and each load makes six PageDown switches on the built-in data.
// Prints each build's median script time (JS + wasm, Chromium's own
// counter) and style + layout per switch, with the spread. Reports only.
//   node e2e/bench/switch-ab.mjs DIST_A DIST_B [loads per build]
import path from 'node:path';
import { serve } from '../tests/server.mjs';
import { launch } from '../tests/browser.mjs';
import { median } from './median.mjs';
import { monthSwitch } from './switch.mjs';

const [A, B] = process.argv.slice(2, 4).map((d) => path.resolve(d ?? ''));
if (!process.argv[3]) {
  console.error('usage: node e2e/bench/switch-ab.mjs DIST_A DIST_B [loads per build]');
  process.exit(2);
}
const LOADS = Number(process.argv[4] ?? 12);
const SWITCHES = 6;
const sites = { A: await serve({ '/': A }), B: await serve({ '/': B }) };
const browser = await launch();
const got = { A: { script: [], style: [] }, B: { script: [], style: [] } };

async function load(name, i) {
  const page = await browser.context.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript(() => {
    document.addEventListener('lich:ready', () => { window.__ready = true; }, { once: true });
  });
  await page.goto(`${sites[name].origin}/?load=${i}`);
  await page.waitForFunction(() => window.__ready);
  for (let k = 0; k < SWITCHES; k++) {
    const { script, style } = await monthSwitch(page, cdp);
    got[name].script.push(script);
    got[name].style.push(style);
  }
  await page.close();
}

for (let i = 0; i < LOADS; i++) {
  for (const name of i % 2 ? ['B', 'A'] : ['A', 'B']) await load(name, i);
}
await browser.close();
for (const s of Object.values(sites)) s.server.close();
const row = (xs) => `${median(xs).toFixed(2)} ms (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;
console.log(`| month switch, ${LOADS} loads × ${SWITCHES} switches each, alternating | script (JS + wasm) | style + layout |`);
console.log('| --- | --- | --- |');
for (const [name, dir] of [['A', A], ['B', B]]) {
  console.log(`| ${name}: ${path.relative(process.cwd(), dir) || '.'} | ${row(got[name].script)} | ${row(got[name].style)} |`);
}
