// End to end: the law's holidays for a year without a decision (2027), as a
// visitor sees them on 1 December 2026, and an agency's decision replacing
// the expectation without a rebuild.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './server.mjs';
import { accessibleName, axe, dateOf, launch, OUT } from './browser.mjs';

const DIST = path.resolve(import.meta.dirname, '..', '..', 'dist');
const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures');
// 10:00 in Hà Nội on 1 December 2026.
const NOW = new Date('2026-12-01T03:00:00Z');
let site, browser;

before(async () => {
  site = await serve({ '/lich/': DIST, '/': FIXTURES });
  browser = await launch({ acceptDownloads: true });
});
after(async () => {
  await browser?.close();
  site?.server.close();
});

async function open() {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 1000 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.clock.setFixedTime(NOW);
  await page.goto(site.origin + '/law.html');
  for (const id of ['#today', '#tet2027', '#decided']) {
    await page.waitForFunction((h) => document.querySelector(h)?.shadowRoot?.querySelector('td[role="gridcell"]'), id);
  }
  return { page, errors };
}

// A locator inside one widget (Playwright's CSS pierces shadow roots).
const within = (page, host, selector) => page.locator(`${host} ${selector}`);
const cell = (page, host, day) => page.locator(`${host} >> day=${day}`);

test('on 1 December 2026 a widget without a month opens on December and says the next day off is 01/01/2027, expected', async () => {
  const { page, errors } = await open();
  assert.match(await within(page, '#today', '#lich-title').textContent(), /^Tháng 12\/2026 /);
  assert.equal(await dateOf(within(page, '#today', 'td[aria-current="date"]')), '2026-12-01');
  const next = await within(page, '#today', '.lich-next').textContent();
  assert.match(next, /Tết Dương lịch \(01\/01\/2027\) — còn 31 ngày/);
  assert.match(next, /Dự kiến/);
  // "Hôm nay" from another month comes back to it, with the same line.
  await within(page, '#today', 'button.lich-nav >> text=Tháng sau ›').click();
  assert.match(await within(page, '#today', '#lich-title').textContent(), /^Tháng 1\/2027 /);
  assert.equal(await within(page, '#today', '.lich-next').count(), 0, 'only today\'s month says it');
  const jan1 = cell(page, '#today', '2027-01-01');
  assert.equal(await jan1.locator('.lich-mark-expected').textContent(), 'Dự kiến');
  assert.match(await accessibleName(jan1), /^1 âm lịch .*dự kiến.*Tết Dương lịch/);
  await within(page, '#today', 'button >> text=Hôm nay').click();
  assert.match(await within(page, '#today', '#lich-title').textContent(), /^Tháng 12\/2026 /);
  assert.match(await within(page, '#today', '.lich-next').textContent(), /01\/01\/2027/);
  await page.locator('#today').screenshot({ path: path.join(OUT, 'law-december-2026.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('February 2027: Tết days 1–3 and their nghỉ bù are "Dự kiến", in words, in a pattern, with the law in the details', async () => {
  const { page, errors } = await open();
  assert.match(await within(page, '#tet2027', '#lich-title').textContent(), /^Tháng 2\/2027 · tháng Chạp Bính Ngọ – tháng Giêng Đinh Mùi/);
  for (const [day, word] of [['06', 'Nghỉ'], ['07', 'Nghỉ'], ['08', 'Nghỉ'], ['09', 'Nghỉ bù'], ['10', 'Nghỉ bù']]) {
    const c = cell(page, '#tet2027', `2027-02-${day}`);
    assert.equal(await c.locator('.lich-mark-off').textContent(), word, `02/${day}`);
    assert.equal(await c.locator('.lich-mark-expected').textContent(), 'Dự kiến', `02/${day}`);
    assert.match(await c.getAttribute('class'), /lich-expected/);
    assert.match(await accessibleName(c), /dự kiến, chưa có quyết định/, `02/${day}`);
    // Not colour alone: the cell's background is a pattern.
    const background = await c.evaluate((el) => getComputedStyle(el).backgroundImage);
    assert.match(background, /repeating-linear-gradient/, `02/${day}`);
  }
  for (const day of ['05', '11']) {
    assert.equal(await cell(page, '#tet2027', `2027-02-${day}`).locator('.lich-mark-off').count(), 0, `02/${day} is a working day`);
  }
  await cell(page, '#tet2027', '2027-02-06').click();
  const details = await within(page, '#tet2027', '.lich-details').textContent();
  assert.match(details, /Theo Bộ luật Lao động 2019, Điều 112; chờ quyết định của Thủ tướng/);
  assert.match(details, /Hai ngày còn lại của 5 ngày Tết do Thủ tướng quyết định hằng năm/);
  assert.match(details, /45\/2019\/QH14/);
  assert.match(details, /06\/02 – 10\/02\/2027 · 5 ngày/, 'one break, with its nghỉ bù, as in the agenda');
  await within(page, '#tet2027', 'summary >> text=Chú giải').click();
  assert.match(await within(page, '#tet2027', '.lich-legend').textContent(), /Dự kiến ◌ theo luật, chưa có quyết định của Thủ tướng/);
  await page.locator('#tet2027').screenshot({ path: path.join(OUT, 'law-february-2027.png') });
  await axe(page, 'the law page (expected days, legend open)');
  // The agenda and the .ics say it too.
  await within(page, '#tet2027', 'button >> text=Lịch công tác').click();
  const agenda = await within(page, '#tet2027', '.lich-agenda-list').textContent();
  assert.match(agenda, /06\/02 – 10\/02\/2027 Ngày nghỉ Tết Âm lịch, mùng 1–3/);
  assert.match(agenda, /Dự kiến/);
  const [download] = await Promise.all([page.waitForEvent('download'), within(page, '#tet2027', 'a.lich-export').click()]);
  const file = path.join(OUT, 'law-2027.ics');
  await download.saveAs(file);
  const ics = fs.readFileSync(file, 'utf8');
  assert.match(ics, /DTSTART;VALUE=DATE:20270206\r\nDTEND;VALUE=DATE:20270211\r\n/);
  assert.match(ics, /SUMMARY:Tết Âm lịch\\, mùng 1–3 \(dự kiến\)\r\n/);
  // The year view: ◌ and the pattern for an expected day, ● for a decided one.
  await within(page, '#tet2027', 'button >> text=Năm').click();
  const mini = within(page, '#tet2027', '.lich-mini td[aria-label^="Thứ Bảy, 6 tháng 2 năm 2027"]');
  assert.equal(await mini.locator('.lich-mini-mark').textContent(), '◌▲');
  assert.match(await mini.getAttribute('class'), /lich-expected/);
  await page.locator('#tet2027').screenshot({ path: path.join(OUT, 'law-year-2027.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('an agency file of 2027 decisions replaces the expectation, without a rebuild, and opens on its notice while it is current', async () => {
  const { page, errors } = await open();
  // The file is read after the first paint (in a worker): wait for it, not
  // for the grid alone (CI once read the title before the file had come).
  await page.waitForFunction(() => /UBND tỉnh Ví Dụ/.test(document.querySelector('#decided')?.shadowRoot?.querySelector('.lich-provenance')?.textContent ?? ''));
  // No month: the file's notice is upcoming, so the widget opens on its focus.
  assert.match(await within(page, '#decided', '#lich-title').textContent(), /^Tháng 2\/2027 /);
  for (let d = 4; d <= 10; d++) {
    const c = cell(page, '#decided', `2027-02-${String(d).padStart(2, '0')}`);
    assert.equal(await c.locator('.lich-mark-off').count(), 1, `02/${d} off`);
    assert.equal(await c.locator('.lich-mark-expected').count(), 0, `02/${d} decided`);
    assert.doesNotMatch(await accessibleName(c), /dự kiến/, `02/${d}`);
  }
  await cell(page, '#decided', '2027-02-06').click();
  const details = await within(page, '#decided', '.lich-details').textContent();
  assert.match(details, /99\/TB-UBND/);
  assert.doesNotMatch(details, /chờ quyết định của Thủ tướng/);
  // The year's other occasions are still the law's.
  assert.match(await within(page, '#decided', '.lich-provenance').textContent(), /UBND tỉnh Ví Dụ/);
  await page.locator('#decided').screenshot({ path: path.join(OUT, 'law-decided-2027.png') });
  assert.deepEqual(errors, []);
  await page.close();
});
