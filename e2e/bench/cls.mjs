// Layout shift of the three ways of embedding on a themed host page
// (e2e/fixtures/theme.css: a 62.5 % root, a content column, 52 px h2s), in
// headless Chromium: the page's cumulative layout shift (the sum of its
// layout-shift entries without recent input, as Lighthouse counts it) from
// navigation until a second after the widget is live, median and range
// over N loads. The month is prerendered (`lich render --prerender --css`)
// into a declarative shadow root for the container and the element, as the
// WordPress plugin does; "empty container" is the same page without it.
// Reports only.
//   node e2e/bench/cls.mjs [loads]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve } from '../tests/server.mjs';
import { launch } from '../tests/browser.mjs';
import { median } from './median.mjs';

const LOADS = Number(process.argv[2] ?? 5);
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const DIST = process.env.LICH_DIST ?? path.join(ROOT, 'dist');
const css = fs.readdirSync(DIST).find((f) => /^style-[0-9a-f]+\.css$/.test(f));
const prerender = execFileSync('cargo', ['run', '--quiet', '--release', '--bin', 'lich', '--', 'render', '--prerender',
  '--month', '2024-02', '--css', `/lich/${css}`], { cwd: ROOT, encoding: 'utf8' });

const GEN = fs.mkdtempSync(path.join(os.tmpdir(), 'lich-cls-'));
const page = (title, widget) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<link rel="stylesheet" href="/theme.css"><script type="module" async src="/lich/embed.js"></script></head>
<body><header><h1>Cổng thông tin điện tử tỉnh</h1></header><main><h2>Lịch nghỉ Tết</h2>
<p>Thông báo lịch nghỉ Tết Nguyên đán Giáp Thìn 2024 của cơ quan.</p>${widget}
<p>Đoạn văn sau lịch: nếu lịch đổi chiều cao khi tải xong, đoạn này nhảy.</p></main><footer>Chân trang</footer></body></html>`;
const FORMS = {
  'script + empty container': '<div data-lich data-month="2024-02"></div>',
  'script + container, prerendered': `<div data-lich data-month="2024-02">${prerender}</div>`,
  'element, prerendered': `<lich-calendar month="2024-02">${prerender}</lich-calendar>`,
  'iframe + helper (height="700")': '<iframe src="/lich/embed.html?month=2024-02" title="Lịch âm dương" data-lich-frame width="100%" height="700"></iframe><script src="/lich/lich-iframe.js" defer></script>',
};
const files = Object.keys(FORMS).map((name, i) => {
  fs.writeFileSync(path.join(GEN, `f${i}.html`), page(name, FORMS[name]));
  return [name, `/gen/f${i}.html`];
});
const site = await serve({ '/lich/': DIST, '/gen/': GEN, '/': path.join(ROOT, 'e2e', 'fixtures') });
const browser = await launch();
// A shift counts only where it is seen: a laptop screen, where the text
// after a tall calendar is below the fold, and a tall window that shows all.
const VIEWPORTS = [[1000, 900], [1000, 2600]];
const results = new Map(VIEWPORTS.flatMap(([w, h]) => files.map(([name]) => [`${name} | ${w} × ${h}`, []])));
try {
  for (let n = 0; n < LOADS; n++) {
    for (const [width, height] of VIEWPORTS) for (const [name, url] of files) { // alternating the forms
      const tab = await browser.context.newPage();
      await tab.setViewportSize({ width, height });
      await tab.addInitScript(() => {
        window.cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.cls += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        window.live = new Promise((done) => document.addEventListener('lich:ready', done, { once: true }));
      });
      await tab.goto(site.origin + url);
      if (name.startsWith('iframe')) {
        await tab.frameLocator('iframe').locator('.lich-host:not([hidden])').first().waitFor({ state: 'attached' }).catch(() => {});
        await tab.waitForFunction(() => document.querySelector('iframe').style.height !== '');
      } else {
        await tab.evaluate(() => window.live);
      }
      await tab.waitForTimeout(1000);
      results.get(`${name} | ${width} × ${height}`).push(await tab.evaluate(() => window.cls));
      await tab.close();
    }
  }
} finally {
  await browser.close();
  site.server.close();
  fs.rmSync(GEN, { recursive: true, force: true });
}
console.log(`| form (themed host page, ${LOADS} loads) | viewport | CLS median | min – max |`);
console.log('| --- | --- | ---: | ---: |');
for (const [name, xs] of results) {
  console.log(`| ${name} | ${median(xs).toFixed(3)} | ${Math.min(...xs).toFixed(3)} – ${Math.max(...xs).toFixed(3)} |`);
}
