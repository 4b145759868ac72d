// End to end: the release build served on 127.0.0.1, opened in headless
// Chromium as a visitor would use it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './server.mjs';
import { accessibleName, axe, dateOf, launch, OUT } from './browser.mjs';

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

async function open({ width = 1280, colorScheme = 'light' } = {}) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(site.origin + '/');
  await ready(page);
  return { page, errors };
}

// The widget is live when its shadow root holds it (the prerender is light DOM).
export const ready = (page) => page.waitForFunction(() => document.querySelector('[data-lich]')?.shadowRoot?.querySelector('td[role="gridcell"]'));
// The focused element, through shadow roots.
const focusedDate = (page) => page.evaluate(() => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a?.closest?.('td') ? lichDate(a.closest('td')) : undefined;
});
const cell = (page, d) => page.locator(`day=${d}`);

test('February 2024: Tết, the 7 days off and flag days, the roster deadline', async () => {
  const { page, errors } = await open();
  assert.equal(await page.textContent('#lich-title'), 'Tháng 2/2024 · tháng Chạp Quý Mão – tháng Giêng Giáp Thìn');
  assert.equal(await page.locator('td[role="gridcell"]').count(), 42);
  assert.equal(await cell(page, '2024-02-10').locator('.lich-lunar').textContent(), '1/1');
  // The cell's name begins with what it shows, and says the markers in words.
  assert.equal(await accessibleName(cell(page, '2024-02-10')), '10 âm lịch 1/1 ngày nghỉ, treo cờ, trực Tết Nguyên đán (mùng 1 Tết)');
  for (let d = 8; d <= 14; d++) {
    const c = cell(page, `2024-02-${String(d).padStart(2, '0')}`);
    assert.equal(await c.locator('.lich-mark-off').count(), 1, `day off ${d}`);
    assert.equal(await c.locator('svg[aria-label="Treo cờ"]').count(), 1, `flag ${d}`);
  }
  assert.equal(await cell(page, '2024-02-07').locator('.lich-mark-off').count(), 0);
  assert.equal(await cell(page, '2024-02-01').locator('.lich-mark-deadline').textContent(), 'Hạn');
  await cell(page, '2024-02-01').click();
  assert.match(await page.textContent('.lich-details'), /Hạn gửi danh sách trực lãnh đạo, trực điều hành dịp Tết/);
  assert.match(await page.textContent('.lich-details'), /02993\.621090/);
  await page.screenshot({ path: path.join(OUT, 'month-1280.png'), fullPage: true });
  await axe(page, 'month view');
  assert.deepEqual(errors, []);
  await page.close();
});

test('keyboard: arrows cross into March, PageUp comes back, one tab stop', async () => {
  const { page } = await open();
  await cell(page, '2024-02-28').click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal(await focusedDate(page), '2024-03-01');
  assert.match(await page.textContent('#lich-title'), /^Tháng 3\/2024/);
  await page.keyboard.press('PageUp');
  assert.equal(await focusedDate(page), '2024-02-01');
  await page.keyboard.press('End');
  assert.equal(await focusedDate(page), '2024-02-04');
  await page.keyboard.press('Shift+PageDown');
  assert.equal(await focusedDate(page), '2025-02-04');
  assert.equal(await page.locator('td[tabindex="0"]').count(), 1);
  // A button outside the grid keeps the focus: the new month does not take it.
  // The glyph is drawn, not read: the button's name is its word.
  await page.getByRole('button', { name: 'Tháng sau', exact: true }).click();
  assert.match(await page.textContent('#lich-title'), /^Tháng 3\/2025/);
  assert.equal(await page.evaluate(() => document.querySelector('[data-lich]').shadowRoot.activeElement?.textContent), 'Tháng sau ›');
  await page.close();
});

test('language switch, Tết and today buttons', async () => {
  const { page } = await open();
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  // One language per build: the English one is fetched only when asked for.
  assert.ok(!requested.some((u) => /lich-web-en-/.test(u)));
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.waitForSelector('section.lich[lang="en"]');
  assert.equal(await page.locator('section.lich').count(), 1, 'the old widget is gone');
  assert.ok(requested.some((u) => /lich-web-en-[0-9a-f]+_bg\.wasm$/.test(u)), 'the English build was fetched');
  const focused = await page.evaluate(() => document.querySelector('[data-lich]').shadowRoot.activeElement?.className);
  assert.equal(focused, 'lich-lang', 'the language button keeps the focus');
  assert.match(await page.textContent('#lich-title'), /^February 2024 · lunar month 12 of Quý Mão/);
  assert.match(await page.textContent('.lich-details'), /Saturday, 10 February 2024 — day 1 of month 1, year Giáp Thìn \(Dragon\)/);
  await page.getByRole('button', { name: 'Next year', exact: true }).click();
  // "Tết" says where it goes: the Lunar New Year of the year shown.
  await page.getByRole('button', { name: 'Tết, go to the Lunar New Year of 2025', exact: true }).click();
  assert.match(await page.textContent('.lich-details'), /Wednesday, 29 January 2025 — day 1 of month 1, year Ất Tỵ/);
  await page.getByRole('button', { name: 'Today' }).click();
  const today = await dateOf(page.locator('td[aria-current="date"]'));
  const expected = new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);
  assert.equal(today, expected, 'today in Asia/Ho_Chi_Minh');
  // The month and year picker.
  await page.locator('.lich-picker select').selectOption('9');
  await page.locator('.lich-picker input').fill('2045');
  await page.locator('.lich-picker button[type="submit"]').click();
  assert.match(await page.textContent('#lich-title'), /^September 2045 · /);
  // A year outside the calendar is ignored, not half-applied.
  await page.locator('.lich-picker input').fill('2500');
  await page.locator('.lich-picker button[type="submit"]').click();
  assert.match(await page.textContent('#lich-title'), /^September 2045 · /);
  await page.close();
});

test('agenda: countdowns, filters, undated reports, .ics download', async () => {
  const { page, errors } = await open();
  await page.getByRole('button', { name: 'Lịch công tác' }).click();
  await page.waitForSelector('.lich-agenda-list');
  const agenda = await page.textContent('.lich-agenda');
  assert.match(agenda, /01\/02\/2024 Hạn chót Hạn gửi danh sách trực/);
  assert.match(agenda, /Báo cáo trước Tết/);
  await page.screenshot({ path: path.join(OUT, 'agenda-1280.png'), fullPage: true });
  await axe(page, 'agenda view');
  await page.getByRole('button', { name: 'Lễ hội' }).click();
  assert.doesNotMatch(await page.textContent('.lich-agenda-list'), /Ông Công ông Táo/);
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByText('Tải tệp lịch (.ics)').click()]);
  // The writer is fetched for the download; the reader, with no file named, never.
  assert.ok(requested.some((u) => /lich-ics-[0-9a-f]+\.wasm$/.test(u)), 'the iCalendar writer was fetched');
  assert.ok(!requested.some((u) => /lich-reader-/.test(u)), 'no reader without a file');
  const file = path.join(OUT, 'download.ics');
  await download.saveAs(file);
  const ics = fs.readFileSync(file, 'utf8');
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /DTSTART;VALUE=DATE:20240208\r\nDTEND;VALUE=DATE:20240215\r\n/);
  assert.doesNotMatch(ics, /CATEGORIES:Lễ hội truyền thống/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the year prints on one A4 page', async () => {
  const { page } = await open();
  await page.getByRole('button', { name: 'Năm', exact: true }).click();
  await page.waitForSelector('.lich-mini');
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  fs.writeFileSync(path.join(OUT, 'year-a4.pdf'), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.equal(pages, 1, 'one A4 page');
  await page.close();
});

test('today is computed in Vietnam whatever the device time zone', async () => {
  const honolulu = await launch({ timezoneId: 'Pacific/Honolulu' });
  try {
    const page = await honolulu.context.newPage();
    await page.goto(site.origin + '/');
    await ready(page);
    await page.getByRole('button', { name: 'Hôm nay' }).click();
    const expected = new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);
    assert.equal(await dateOf(page.locator('td[aria-current="date"]')), expected);
    const deviceDay = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
    console.log(`device (Honolulu) date ${deviceDay}, Vietnam date ${expected}`);
  } finally {
    await honolulu.close();
  }
});

test('year, converter and dark mode pass axe; 320 and 360 px have no horizontal scroll', async () => {
  const narrow = await open({ width: 320 });
  assert.equal(await narrow.page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth), false, 'month at 320 px');
  await narrow.page.close();
  const { page } = await open({ width: 360 });
  await page.screenshot({ path: path.join(OUT, 'month-360.png'), fullPage: true });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(await overflow(), false, 'month at 360 px');
  await page.getByRole('button', { name: 'Năm', exact: true }).click();
  await page.waitForSelector('.lich-mini');
  assert.equal(await page.locator('table.lich-mini').count(), 12);
  assert.equal(await overflow(), false, 'year at 360 px');
  await axe(page, 'year view');
  await page.getByRole('button', { name: 'Đổi ngày' }).click();
  await page.getByLabel('Năm âm lịch').fill('2024');
  await page.getByLabel('Tháng nhuận').check();
  assert.match(await page.textContent('.lich-converter'), /Năm âm lịch 2024 không có tháng nhuận\./);
  await page.getByLabel('Năm âm lịch').fill('2023');
  await page.locator('.lich-lunar-inputs select').selectOption('2');
  await page.locator('.lich-lunar-inputs input[max="30"]').fill('1');
  assert.match(await page.textContent('.lich-converter'), /mùng 1 tháng Hai nhuận năm Quý Mão — Thứ Tư, 22\/03\/2023/);
  await page.screenshot({ path: path.join(OUT, 'converter-360.png'), fullPage: true });
  await axe(page, 'converter view');
  await page.close();
  const dark = await open({ colorScheme: 'dark' });
  await dark.page.screenshot({ path: path.join(OUT, 'month-dark-1280.png'), fullPage: true });
  await axe(dark.page, 'month view, dark');
  await dark.page.close();
});
