// End to end: whose days off a month paints. A commune's file gives pupils a
// break on 05–06/01/2026 (coded `"who": ["pupils"]`) and staff and pupils a
// day off on 07/01; a Sở's file gives civil servants a day on 08/01 whose
// audience words name pupils but whose code says public sector. An agency's
// page (the default: people at work) names the school break and does not
// paint it "Nghỉ"; a school's page (`who="pupils"`) paints it, and not the
// civil servants' day.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from './server.mjs';
import { launch, OUT } from './browser.mjs';

const DIST = path.resolve(import.meta.dirname, '..', '..', 'dist');
const GEN = fs.mkdtempSync(path.join(os.tmpdir(), 'lich-audience-'));
let site, browser;

const file = {
  format: 1, id: 'xa-an-thanh', title: 'UBND xã An Thạnh', publisher: { agency: 'UBND xã An Thạnh' }, updated: '2025-12-20',
  documents: [{ id: 'tb', number: '45/TB-UBND', issuer: 'UBND xã An Thạnh', date: '2025-12-20', subject: 'Nghỉ Tết Dương lịch 2026' }],
  events: [
    { id: 'hs', kind: 'day_off', day_off_reason: 'holiday', title: 'Học sinh nghỉ học', from: '2026-01-05', to: '2026-01-06',
      audience: ['Học sinh các trường trên địa bàn xã'], who: ['pupils'], sources: ['tb'] },
    { id: 'ca', kind: 'day_off', day_off_reason: 'holiday', title: 'Nghỉ bù Tết Dương lịch', date: '2026-01-07',
      audience: ['Cán bộ, giáo viên và học sinh'], who: ['public_sector', 'pupils'], sources: ['tb'] },
    { id: 'cc', kind: 'day_off', day_off_reason: 'holiday', title: 'Công chức nghỉ', date: '2026-01-08',
      audience: ['Học sinh'], who: ['public_sector'], sources: ['tb'] },
  ],
};

before(async () => {
  fs.writeFileSync(path.join(GEN, 'xa.json'), JSON.stringify(file));
  fs.writeFileSync(path.join(GEN, 'page.html'), '<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,">'
    + '<title>Ngày nghỉ của ai</title><script type="module" src="/lich/embed.js"></script></head><body>'
    + '<main><h1>Trang của UBND xã</h1><lich-calendar id="agency" src="/gen/xa.json" month="2026-01"></lich-calendar>'
    + '<h1>Trang của trường</h1><lich-calendar id="school" src="/gen/xa.json" month="2026-01" who="pupils"></lich-calendar>'
    + '</main></body></html>');
  site = await serve({ '/lich/': DIST, '/gen/': GEN });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  site?.server.close();
  fs.rmSync(GEN, { recursive: true, force: true });
});

test("an agency's page names the school break; a school's page (who=\"pupils\") shows it as the pupils' day off", async () => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1000, height: 1800 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${site.origin}/gen/page.html`);
  for (const id of ['#agency', '#school']) {
    await page.waitForFunction((h) => /xa\.json/.test(document.querySelector(h)?.shadowRoot?.querySelector('.lich-provenance')?.textContent ?? ''), id);
  }
  const off = (host, day) => page.locator(`${host} >> day=${day}`).evaluate((td) => !!td.querySelector('.lich-mark-off'));
  const text = (host, day) => page.locator(`${host} >> day=${day}`).textContent();
  // The agency's page: people at work.
  assert.deepEqual(await Promise.all(['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08'].map((d) => off('#agency', d))),
    [false, false, true, true]);
  assert.match(await text('#agency', '2026-01-05'), /Học sinh nghỉ học/, 'the school break is named');
  // The school's page: pupils.
  assert.deepEqual(await Promise.all(['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08'].map((d) => off('#school', d))),
    [true, true, true, false]);
  assert.match(await text('#school', '2026-01-08'), /Công chức nghỉ/, "the civil servants' day is named there");
  await page.screenshot({ path: path.join(OUT, 'audience.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});
