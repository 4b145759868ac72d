// Page timings of the release build in headless Chromium (medians of N page
// loads), printed as a table. Reports only; nothing here fails on speed.
//   node e2e/bench/page.mjs [loads]
//
// - navigation → prerendered month painted (first contentful paint);
// - navigation → widget interactive (the `lich:ready` event: wasm loaded, the
//   widget rendered in its shadow root and swapped in);
// - wasm arrived → interactive (from the wasm response's end), and its parts
//   from embed.js's User Timing marks: instantiating the module and reading
//   the built-in data, then mounting and Yew's first render;
// - month switch: PageDown on the focused day until the next frame is
//   painted, and the main thread's time within it from Chromium's own
//   counters (CDP Performance.getMetrics: script, style, layout).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from '../tests/server.mjs';
import { launch } from '../tests/browser.mjs';
import { median } from './median.mjs';
import { monthSwitch } from './switch.mjs';

const LOADS = Number(process.argv[2] ?? 15);
const SWITCHES = 6;
// LICH_DIST: another build's dist/ (to compare two builds in one session).
const DIST = process.env.LICH_DIST ?? path.resolve(import.meta.dirname, '..', '..', 'dist');

// A 5,000-event agency file (deadlines, festivals, observances, flags and
// duty spread over 2024–2026), for the month switch with a large file merged in.
const GEN = fs.mkdtempSync(path.join(os.tmpdir(), 'lich-page-'));
const day = (n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const kinds = ['deadline', 'festival', 'observance', 'flag', 'duty'];
fs.writeFileSync(path.join(GEN, 'events-5000.json'), JSON.stringify({
  format: 1, id: 'tai-5000', title: 'Tải thử', publisher: { agency: 'Sở thử' }, updated: '2024-01-01',
  documents: [{ id: 'd', number: '1/TB', issuer: 'Sở thử', date: '2024-01-01', subject: 'Thử' }],
  events: Array.from({ length: 5000 }, (_, i) => ({
    id: `e${i}`, kind: kinds[i % kinds.length], title: `Sự kiện thử số ${i}`, date: day((i * 7) % 1096), sources: ['d'],
  })),
}));
fs.writeFileSync(path.join(GEN, 'large.html'), '<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>5000</title>' +
  '<script type="module" src="/embed.js"></script></head><body><div data-lich data-month="2024-02" data-src="/gen/events-5000.json"></div></body></html>');
const site = await serve({ '/gen/': GEN, '/': DIST });
const browser = await launch();
const rows = new Map();
const add = (name, v) => { if (Number.isFinite(v)) rows.set(name, [...(rows.get(name) ?? []), v]); };
async function switches(page, cdp, label) {
  for (let k = 0; k < SWITCHES; k++) {
    const { wall, script, style } = await monthSwitch(page, cdp);
    add(`month switch${label}: PageDown → next frame painted`, wall);
    add(`month switch${label}: script (JS + wasm)`, script);
    add(`month switch${label}: style + layout`, style);
  }
}

for (let i = 0; i < LOADS; i++) {
  const page = await browser.context.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript(() => {
    document.addEventListener('lich:ready', () => { window.__ready = performance.now(); }, { once: true });
  });
  await page.goto(`${site.origin}/?load=${i}`);
  await page.waitForFunction(() => window.__ready);
  const t = await page.evaluate(() => {
    const mark = (n) => performance.getEntriesByName(n)[0]?.startTime;
    return {
      fcp: mark('first-contentful-paint'),
      ready: window.__ready,
      wasm: performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'))?.responseEnd,
      module: mark('lich:start'),
      instantiated: mark('lich:wasm'),
      rendered: mark('lich:mounted'),
    };
  });
  add('navigation → prerendered month painted (FCP)', t.fcp);
  add('navigation → widget interactive', t.ready);
  add('wasm arrived → widget interactive', t.ready - t.wasm);
  add('  embed.js started → wasm instantiated, built-in data read', t.instantiated - t.module);
  add('  mount + first render (Yew renders, swap)', t.rendered - t.instantiated);
  await switches(page, cdp, '');
  await page.close();
}
// The same switches with the 5,000-event file merged in.
for (let i = 0; i < Math.max(2, Math.floor(LOADS / 4)); i++) {
  const page = await browser.context.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${site.origin}/gen/large.html?load=${i}`);
  await page.waitForFunction(() => /events-5000/.test(document.querySelector('[data-lich]')?.shadowRoot?.querySelector('.lich-provenance')?.textContent));
  await switches(page, cdp, ' (5,000-event file)');
  await page.close();
}
await browser.close();
site.server.close();
fs.rmSync(GEN, { recursive: true, force: true });
console.log(`| page, ${LOADS} loads on 127.0.0.1 (${SWITCHES} month switches each) | median | range |`);
console.log('| --- | --- | --- |');
for (const [name, xs] of rows) {
  console.log(`| ${name} | ${median(xs).toFixed(1)} ms | ${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)} ms |`);
}
