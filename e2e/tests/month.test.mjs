// End to end: the release build served on 127.0.0.1, opened in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve } from './server.mjs';
import { launch, OUT } from './browser.mjs';

const DIST = path.resolve(import.meta.dirname, '..', '..', 'dist');
let site, browser;

before(async () => {
  site = await serve(DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  site?.server.close();
});

async function open(width = 1280) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(site.origin + '/');
  await page.waitForSelector('td[data-date="2024-02-10"]');
  return { page, errors };
}

test('February 2024 shows solar and lunar dates computed by the engine', async () => {
  const { page, errors } = await open();
  assert.equal(await page.textContent('#lich-title'), 'Tháng 2/2024 · tháng Chạp Quý Mão – tháng Giêng Giáp Thìn');
  assert.equal(await page.locator('td[data-date]').count(), 42);
  const cell = (d) => page.locator(`td[data-date="${d}"]`);
  assert.equal(await cell('2024-02-10').locator('.lich-lunar').textContent(), '1/1');
  assert.equal(await cell('2024-02-08').locator('.lich-lunar').textContent(), '29');
  assert.equal(await cell('2024-02-09').locator('.lich-lunar').textContent(), '30');
  assert.equal(await cell('2024-02-14').locator('.lich-lunar').textContent(), '5');
  assert.match(await page.textContent('.lich-details'), /Thứ Bảy, 10\/02\/2024 — mùng 1 tháng Giêng năm Giáp Thìn/);
  await page.screenshot({ path: path.join(OUT, 'month-1280.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('next and previous month, and picking a day', async () => {
  const { page } = await open(360);
  await page.getByRole('button', { name: 'Tháng sau ›' }).click();
  await page.waitForSelector('td[data-date="2024-03-10"]');
  assert.match(await page.textContent('#lich-title'), /^Tháng 3\/2024/);
  assert.equal(await page.locator('td[data-date="2024-03-10"] .lich-lunar').textContent(), '1/2');
  await page.locator('td[data-date="2024-03-10"] button').click();
  assert.match(await page.textContent('.lich-details'), /mùng 1 tháng Hai năm Giáp Thìn/);
  await page.getByRole('button', { name: '‹ Tháng trước' }).click();
  await page.getByRole('button', { name: '‹ Tháng trước' }).click();
  await page.waitForSelector('td[data-date="2024-01-11"]');
  assert.match(await page.textContent('#lich-title'), /^Tháng 1\/2024/);
  await page.screenshot({ path: path.join(OUT, 'month-360.png'), fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false, 'no horizontal scrolling at 360 px');
  await page.close();
});
