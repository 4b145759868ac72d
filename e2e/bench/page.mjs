// Page timings of the release build in headless Chromium (medians of N runs):
// first contentful paint (the prerendered month), widget ready (wasm loaded,
// shadow root swapped in), and the script time of a month switch (PageDown
// until Yew has rendered). Reports only; nothing here fails on speed.
//   node e2e/bench/page.mjs [runs]
import path from 'node:path';
import { serve } from '../tests/server.mjs';
import { launch } from '../tests/browser.mjs';

const RUNS = Number(process.argv[2] ?? 15);
const DIST = path.resolve(import.meta.dirname, '..', '..', 'dist');
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

const site = await serve(DIST);
const browser = await launch();
const fcp = [], ready = [], wasmArrived = [], switchMs = [];
for (let i = 0; i < RUNS; i++) {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('lich:ready', () => { window.__ready = performance.now(); }, { once: true });
  });
  await page.goto(site.origin + '/?run=' + i);
  await page.waitForFunction(() => window.__ready);
  const t = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    ready: window.__ready,
    wasm: performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'))?.responseEnd,
  }));
  fcp.push(t.fcp); ready.push(t.ready); wasmArrived.push(t.ready - t.wasm);
  for (let k = 0; k < 5; k++) {
    switchMs.push(await page.evaluate(async () => {
      const root = document.querySelector('[data-lich]').shadowRoot;
      const cell = root.querySelector('td[tabindex="0"]');
      const t0 = performance.now();
      cell.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }));
      await new Promise((r) => setTimeout(r, 0));
      return performance.now() - t0;
    }));
  }
  await page.close();
}
await browser.close();
site.server.close();
const row = (name, xs) => console.log(`| ${name} | ${median(xs).toFixed(1)} ms | ${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)} ms |`);
console.log(`| page timing, ${RUNS} loads on 127.0.0.1 | median | range |`);
console.log('| --- | --- | --- |');
row('navigation → prerendered month painted (FCP)', fcp);
row('navigation → widget interactive (wasm ready, shadow root in)', ready);
row('wasm arrived → widget interactive', wasmArrived);
row(`month switch (PageDown → rendered), ${switchMs.length} switches`, switchMs);
