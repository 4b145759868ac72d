// End to end: the notice desk (editor.html) as agency staff use it — paste
// a notice, read it, see each fact where it came from, confirm, preview the
// widget with the file over the national layer, download the schedule file
// and its .ics, and show the downloaded file on an agency page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { serve } from './server.mjs';
import { launch, axe, OUT } from './browser.mjs';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const NOTICES = path.join(ROOT, 'tests', 'data', 'notices');
// The page's CSP, as a portal would send it; blob: lets the preview read
// the file being written from the page itself.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self' blob:";
let site, plain, browser, agency;

before(async () => {
  // The agency's own site: the file the editor gave, on the page's origin.
  agency = fs.mkdtempSync(path.join(os.tmpdir(), 'lich-desk-'));
  site = await serve({ '/lich/': DIST, '/agency/': agency }, { headers: { 'content-security-policy': CSP } });
  plain = await serve({ '/lich/': DIST });
  browser = await launch({ acceptDownloads: true });
});
after(async () => {
  await browser?.close();
  site?.server.close();
  plain?.server.close();
  fs.rmSync(agency, { recursive: true, force: true });
});

async function open(server, width = 1280) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const seen = { errors: [], foreign: [] };
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') seen.errors.push(m.text()); });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(server.origin) && !u.startsWith(`blob:${server.origin}`) && !u.startsWith('data:')) seen.foreign.push(u);
  });
  await page.goto(`${server.origin}/lich/editor.html`);
  return { page, seen };
}

// Waits until the preview's cell of `day` has `mark`.
const preview = (page, day, mark) => page.waitForFunction(
  ([d, m]) => lichCell(document.querySelector('#preview')?.shadowRoot, d)?.querySelector(m), [day, mark], { timeout: 15000 });

async function read(page, file) {
  await page.getByLabel('Nội dung văn bản thông báo').fill(fs.readFileSync(path.join(NOTICES, file), 'utf8'));
  await page.getByRole('button', { name: 'Đọc văn bản' }).click();
  await page.waitForSelector('#facts fieldset');
}

test('a notice → a checked, confirmed, previewed and downloaded schedule file, shown on the agency page', async () => {
  const { page, seen } = await open(site);
  await read(page, 'seed-like.txt');
  assert.match(await page.textContent('#status'), /^Đã đọc: 6 mục lịch, 3 văn bản, 1 liên hệ/);
  // Each fact shows where it came from.
  const first = page.locator('#facts fieldset', { hasText: 'Nghỉ Tết Nguyên đán Bính Ngọ 2026' }).first();
  await first.getByRole('button', { name: 'Xem trong văn bản' }).click();
  assert.match(await page.textContent('#source mark'), /^- Cán bộ, công chức, viên chức và người lao động được nghỉ liên tục 09 ngày/);
  // The date fields say the lunar date.
  assert.equal(await first.locator('output').first().textContent(), 'Âm lịch: 27 tháng Chạp năm Ất Tỵ');
  // The preview: the file over the national layer (its deadline on 09/02).
  await preview(page, '2026-02-09', '.lich-mark-deadline');
  assert.match(await page.evaluate(() => lichCell(document.querySelector('#preview').shadowRoot, '2026-02-14').textContent), /Nghỉ/);
  // The data line names the file's publisher, not the page's blob: address.
  const provenance = await page.evaluate(() => document.querySelector('#preview').shadowRoot.querySelector('.lich-provenance').textContent);
  assert.match(provenance, /SỞ VĂN HÓA VÀ THỂ THAO/);
  assert.doesNotMatch(provenance, /blob:/);
  // Confirm every fact, and correct one: the deadline is moved to 10/02.
  for (const box of await page.getByLabel('Đã đối chiếu với văn bản').all()) await box.check();
  const deadline = page.locator('#facts fieldset', { hasText: 'Hạn:' }).first();
  await deadline.getByLabel('Ngày', { exact: true }).fill('2026-02-10');
  await preview(page, '2026-02-10', '.lich-mark-deadline');
  assert.equal(await page.isHidden('#problems'), true, 'the file is valid');
  await page.screenshot({ path: path.join(OUT, 'editor-1280.png'), fullPage: false });
  // Download the schedule file and the .ics.
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp lịch (.json)' }).click()]);
  assert.equal(json.suggestedFilename(), 'svhtt-vp-2026.json');
  const file = path.join(agency, 'svhtt-vp-2026.json');
  await json.saveAs(file);
  const schedule = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.ok(schedule.events.every((e) => e.confidence === undefined), 'every event confirmed');
  assert.equal(schedule.events.find((e) => e.kind === 'deadline').date, '2026-02-10');
  const [ics] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp lịch (.ics)' }).click()]);
  const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(await ics.path(), 'utf8')));
  const off = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)).find((e) => e.summary === 'Nghỉ Tết Nguyên đán Bính Ngọ 2026');
  assert.equal(off.startDate.toString(), '2026-02-14');
  assert.equal(off.endDate.toString(), '2026-02-23', 'DTEND is the day after the last');
  // The snippet names the file where the page will have it.
  assert.match(await page.inputValue('#snippet'), /<lich-calendar src="\/lich\/svhtt-vp-2026\.json" month="2026-02"><\/lich-calendar>/);
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(seen.foreign, [], 'nothing leaves the page');
  await page.close();

  // The agency's page shows the downloaded file.
  fs.writeFileSync(path.join(agency, 'page.html'), '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Lịch</title>'
    + '<script type="module" src="/lich/embed.js"></script></head><body>'
    + '<lich-calendar src="/agency/svhtt-vp-2026.json" month="2026-02"></lich-calendar></body></html>');
  const host = await browser.context.newPage();
  await host.goto(`${site.origin}/agency/page.html`);
  await host.waitForFunction(() => lichCell(document.querySelector('lich-calendar')?.shadowRoot, '2026-02-10')?.querySelector('.lich-mark-deadline'), null, { timeout: 15000 });
  const days = await host.evaluate(() => [...document.querySelector('lich-calendar').shadowRoot.querySelectorAll('td')]
    .filter((td) => /Nghỉ/.test(td.textContent)).map(lichDate).filter((d) => d.startsWith('2026-02-')));
  assert.deepEqual(days, ['2026-02-14', '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22']);
  await host.close();
});

test('the notice\'s own slips are said before anything is published; a problem points at its field', async () => {
  const { page } = await open(site);
  await read(page, 'slips.txt');
  const findings = await page.locator('#finding-list li').allTextContents();
  assert.ok(findings.some((f) => /^Dòng 5: «thứ hai, 02\/9\/2025» — ngày 02\/09\/2025 là Thứ Ba, không phải Thứ Hai Xem trong văn bản$/.test(f)), findings.join('\n'));
  // Each slip is shown where the notice says it.
  await page.locator('#finding-list li', { hasText: '«thứ hai, 02/9/2025»' }).getByRole('button', { name: 'Xem trong văn bản' }).click();
  assert.equal(await page.textContent('#source mark'), 'thứ hai, 02/9/2025');
  // The notice names no issuer: the file cannot be published until someone
  // says who publishes it, and the form says so at the field.
  const agencyField = page.getByLabel('Cơ quan đăng lịch');
  await page.waitForSelector('#problems:not([hidden])');
  assert.match(await page.textContent('#problem-list'), /Cơ quan đăng lịch: không được để trống/);
  assert.equal(await agencyField.getAttribute('aria-invalid'), 'true');
  assert.equal(await page.isHidden('#publish'), true, 'nothing to download while the file is invalid');
  await agencyField.fill('UBND tỉnh Bắc Thuận');
  await page.waitForFunction(() => !/Cơ quan đăng lịch/.test(document.querySelector('#problem-list').textContent));
  assert.equal(await agencyField.getAttribute('aria-invalid'), null);
  await page.close();
});

test('a schedule file opened and saved unchanged is given back byte for byte', async () => {
  const { page } = await open(site);
  const original = path.join(ROOT, 'static', 'data', 'soc-trang-tet-2024.json');
  await page.setInputFiles('#open', original);
  await page.waitForSelector('#publish:not([hidden])');
  assert.match(await page.textContent('#status'), /^Đã mở soc-trang-tet-2024\.json: 8 mục lịch, 4 văn bản, 4 liên hệ/);
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp lịch (.json)' }).click()]);
  assert.equal(fs.readFileSync(await json.path(), 'utf8'), fs.readFileSync(original, 'utf8'));
  await preview(page, '2024-02-01', '.lich-mark-deadline');
  await page.close();
});

test('the editor on a phone and to axe: no horizontal scroll, no violation', async () => {
  const { page } = await open(plain, 390);
  await read(page, 'commune-tet-duong-lich.txt');
  await page.waitForFunction(() => document.querySelector('#preview')?.shadowRoot?.querySelector('td[role="gridcell"]'), null, { timeout: 15000 });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(wide, 0, 'fits 390 px');
  await page.screenshot({ path: path.join(OUT, 'editor-390.png'), fullPage: false });
  await axe(page, 'editor');
  await page.close();
});

test('a fact the draft did not read is added by hand, with its document and whom to call; a day becomes a range', async () => {
  // Without the CSP, so that axe can be injected (the first test has it).
  const { page, seen } = await open(plain);
  await read(page, 'ward-gio-to-2026.txt');
  // Two days off, the flag, and the counter's closure and reopening.
  assert.match(await page.textContent('#status'), /^Đã đọc: 5 mục lịch, 1 văn bản, 3 liên hệ/);
  await page.getByRole('button', { name: 'Thêm mục lịch' }).click();
  const added = page.locator('#facts fieldset[data-path="$.events[5]"]');
  // The new item takes the focus, and the checks say what it still needs.
  assert.equal(await page.evaluate(() => document.activeElement.closest('fieldset')?.dataset.path), '$.events[5]');
  await page.waitForSelector('#problems:not([hidden])');
  assert.match(await page.textContent('#problem-list'), /Mục lịch 6, Tiêu đề/);
  await added.getByLabel('Loại').selectOption('deadline');
  await added.getByLabel('Tiêu đề').fill('Hạn nộp danh sách trực');
  await added.getByLabel('Ngày', { exact: true }).fill('2026-04-24');
  assert.equal(await added.locator('output').first().textContent(), 'Âm lịch: mùng 8 tháng Ba năm Bính Ngọ');
  await added.getByLabel('Giờ (nếu văn bản ghi, ví dụ trước 09 giờ 00)').fill('16:00');
  assert.equal(await added.getByRole('group', { name: 'Văn bản căn cứ' }).getByRole('checkbox').first().isChecked(), true,
    'the notice is its source');
  await added.getByRole('group', { name: 'Người liên hệ' }).getByLabel('Công an phường').check();
  await added.getByRole('group', { name: 'Người liên hệ' }).getByLabel('Văn phòng UBND phường').check();
  // Whom it concerns, as the codes the widget chooses by, in the catalogue's words.
  const who = added.getByRole('group', { name: 'Của ai (để trống: mọi người)' });
  assert.deepEqual(await who.getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => b.parentElement.textContent.trim())),
    ['cán bộ, công chức, viên chức', 'người lao động khu vực doanh nghiệp', 'doanh nghiệp', 'học sinh, sinh viên', 'hộ gia đình']);
  await who.getByLabel('cán bộ, công chức, viên chức').check();
  // The flag: one day in the notice, made 26–27/4 by the clerk.
  const flag = page.locator('#facts fieldset.desk-item', { has: page.locator('legend', { hasText: 'Treo cờ' }) });
  await flag.getByLabel('Thời gian').selectOption('range');
  await flag.getByLabel('Đến hết ngày').fill('2026-04-27');
  await preview(page, '2026-04-24', '.lich-mark-deadline');
  await preview(page, '2026-04-27', '.lich-flag');
  assert.equal(await page.isHidden('#problems'), true, 'the file is valid');
  await page.screenshot({ path: path.join(OUT, 'editor-added.png'), fullPage: false });
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp lịch (.json)' }).click()]);
  const schedule = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
  const deadline = schedule.events.find((e) => e.title === 'Hạn nộp danh sách trực');
  assert.deepEqual({ kind: deadline.kind, date: deadline.date, time: deadline.time, sources: deadline.sources, contacts: deadline.contacts, who: deadline.who },
    { kind: 'deadline', date: '2026-04-24', time: '16:00', sources: ['van-ban-phuong-tan-my'], contacts: ['cong-an-phuong', 'van-phong-ubnd-phuong'], who: ['public_sector'] });
  const flagged = schedule.events.find((e) => e.kind === 'flag');
  assert.deepEqual([flagged.date, flagged.from, flagged.to], [undefined, '2026-04-26', '2026-04-27']);
  await axe(page, 'editor-added');
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('a later notice is added to the file being written: one file for the agency\'s notices', async () => {
  const { page, seen } = await open(site);
  await page.setInputFiles('#open', path.join(ROOT, 'static', 'data', 'soc-trang-tet-2024.json'));
  await page.waitForSelector('#publish:not([hidden])');
  const notice = [
    'Số: 35/STTTT-VP', 'V/v treo cờ và trực dịp lễ 30/4 và 1/5 năm 2024', 'Sóc Trăng, ngày 20 tháng 4 năm 2024', '',
    'Sở Thông tin và Truyền thông thông báo:',
    '- Các cơ quan, đơn vị treo cờ Tổ quốc từ ngày 30/4/2024 đến hết ngày 01/5/2024.',
    '- Danh sách trực gửi về Văn phòng Sở chậm nhất là thứ Năm, ngày 25/4/2024.',
  ].join('\n');
  await page.getByLabel('Nội dung văn bản thông báo').fill(notice);
  await page.getByRole('button', { name: 'Thêm văn bản này vào tệp đang soạn' }).click();
  await page.waitForFunction(() => /^Đã thêm 2 mục lịch/.test(document.querySelector('#status').textContent));
  assert.match(await page.textContent('#status'), /tệp có 10 mục lịch, 5 văn bản, 4 liên hệ/);
  // The new facts are shown in the new notice's words; the file's own are kept.
  const flag = page.locator('#facts fieldset.desk-item', { has: page.locator('legend', { hasText: 'Treo cờ Tổ quốc dịp Lễ 30/4 và 1/5 năm 2024' }) });
  await flag.getByRole('button', { name: 'Xem trong văn bản' }).click();
  assert.match(await page.textContent('#source mark'), /treo cờ Tổ quốc từ ngày 30\/4\/2024/);
  await page.waitForSelector('#publish:not([hidden])');
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp lịch (.json)' }).click()]);
  const schedule = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
  assert.deepEqual(schedule.events.filter((e) => e.kind === 'deadline').map((e) => e.date), ['2024-02-01', '2024-04-25']);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('a replacing notice added to the file of the one it replaces: the form says so, the .ics holds only the new days', async () => {
  const { page, seen } = await open(site);
  await read(page, 'commune-tet-duong-lich.txt');
  const notice = [
    'Số: 230/TB-UBND', 'V/v nghỉ Tết Dương lịch năm 2026', 'An Thạnh, ngày 26 tháng 12 năm 2025', '',
    'Thông báo này thay thế Thông báo số 215/TB-UBND ngày 19/12/2025 của UBND xã An Thạnh.',
    'UBND xã An Thạnh thông báo:',
    '- Cán bộ, công chức nghỉ từ ngày 01/01/2026 đến hết ngày 03/01/2026.',
  ].join('\n');
  await page.getByLabel('Nội dung văn bản thông báo').fill(notice);
  await page.getByRole('button', { name: 'Thêm văn bản này vào tệp đang soạn' }).click();
  await page.waitForFunction(() => /^Đã thêm/.test(document.querySelector('#status').textContent));
  // The new notice's form: the old one ticked under "Thay thế văn bản", in force itself.
  const form = page.locator('#facts fieldset.desk-item', { has: page.locator('legend', { hasText: 'Văn bản 230/TB-UBND' }) });
  const replaced = form.locator('fieldset.desk-picks', { has: page.locator('legend', { hasText: 'Thay thế văn bản' }) });
  assert.equal(await replaced.getByRole('checkbox', { name: /215\/TB-UBND/ }).isChecked(), true);
  assert.equal(await form.getByLabel('Hiệu lực').inputValue(), 'in_force');
  await page.waitForSelector('#publish:not([hidden])');
  const [ics] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp lịch (.ics)' }).click()]);
  const text = fs.readFileSync(await ics.path(), 'utf8');
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const off = events.filter((e) => /nghỉ/i.test(e.summary));
  assert.ok(off.length > 0, text);
  assert.ok(off.every((e) => e.endDate.toString() <= '2026-01-04'), 'the new break ends on 03/01 (DTEND 04/01)');
  assert.ok(!/20260110/.test(text), 'the replaced notice\'s make-up day is not published');
  // Withdrawing the new notice too leaves nothing of it to publish.
  await form.getByLabel('Hiệu lực').selectOption('withdrawn');
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp lịch (.json)' }).click()]);
  const schedule = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
  assert.equal(schedule.documents.find((d) => d.number === '230/TB-UBND').status, 'withdrawn');
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('a daily report: drafted daily at 16:00, to whom and how; given its days, the .ics repeats it each day', async () => {
  const { page, seen } = await open(site);
  await read(page, 'province-quoc-khanh-2026.txt');
  const report = page.locator('#facts fieldset.desk-item', { has: page.locator('legend', { hasText: 'Báo cáo' }) })
    .filter({ has: page.getByLabel('Báo cáo hằng ngày (mỗi ngày trong khoảng ngày trên)') }).first();
  assert.equal(await report.getByLabel('Báo cáo hằng ngày (mỗi ngày trong khoảng ngày trên)').isChecked(), true);
  assert.equal(await report.getByLabel('Giờ (nếu văn bản ghi, ví dụ trước 09 giờ 00)').inputValue(), '16:00');
  // "treo cờ Tổ quốc từ chiều ngày 01/9/2026": the flag begins in the afternoon.
  const flag = page.locator('#facts fieldset.desk-item', { has: page.locator('legend', { hasText: 'Treo cờ' }) }).first();
  assert.equal(await flag.getByLabel('Bắt đầu từ buổi (nếu văn bản ghi)').inputValue(), 'afternoon');
  const via = report.getByRole('group', { name: 'Gửi qua' });
  assert.equal(await via.getByLabel('thư điện tử').isChecked(), true);
  // The notice gives no days: the clerk gives the break's.
  await report.getByLabel('Thời gian').selectOption('range');
  await report.getByLabel('Từ ngày').fill('2026-08-29');
  await report.getByLabel('Đến hết ngày').fill('2026-09-02');
  await report.getByLabel('Gửi về (cơ quan, bộ phận nhận)').fill('Văn phòng UBND tỉnh');
  await page.waitForSelector('#publish:not([hidden])');
  const [ics] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp lịch (.ics)' }).click()]);
  const text = fs.readFileSync(await ics.path(), 'utf8');
  const event = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    .find((e) => e.isRecurring());
  assert.ok(event, text);
  // 16:00 in Vietnam, each of the five days.
  assert.equal(event.startDate.toJSDate().toISOString(), '2026-08-29T09:00:00.000Z');
  const days = [];
  for (const it = event.iterator(); ;) { const next = it.next(); if (!next) break; days.push(next.toJSDate().toISOString().slice(0, 10)); }
  assert.deepEqual(days, ['2026-08-29', '2026-08-30', '2026-08-31', '2026-09-01', '2026-09-02']);
  assert.match(event.description, /Gửi về: Văn phòng UBND tỉnh/);
  assert.match(event.description, /Gửi qua: thư điện tử/);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('a make-up day names its swapped day in the form, and the preview says the swap on both days', async () => {
  const { page, seen } = await open(site);
  await read(page, 'commune-tet-duong-lich.txt');
  const work = page.locator('#facts fieldset.desk-item', { has: page.locator('legend', { hasText: 'Làm bù' }) }).first();
  const pick = work.getByLabel('Làm bù cho ngày nghỉ');
  assert.equal(await pick.inputValue(), 'nghi-2026-01-02');
  assert.match(await pick.locator('option:checked').textContent(), /2026-01-02/);
  await page.waitForSelector('#preview-box:not([hidden])');
  await preview(page, '2026-01-10', '.lich-mark-workday');
  await page.evaluate(() => lichCell(document.querySelector('#preview').shadowRoot, '2026-01-02').click());
  await page.waitForFunction(() => /Hoán đổi: nghỉ Thứ Sáu, 02\/01\/2026, làm bù Thứ Bảy, 10\/01\/2026/
    .test(document.querySelector('#preview').shadowRoot.querySelector('.lich-details')?.textContent ?? ''), null, { timeout: 10000 });
  assert.deepEqual(seen.errors, []);
  await page.close();
});
