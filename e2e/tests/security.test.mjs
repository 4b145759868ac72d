// End to end, as an attacker would try it: a link that names someone else's
// data on the agency's own embed.html, files on other origins, a slow file
// overtaken by a newer one, the frame's height messages, and hostile files
// in the widget. The widget must keep showing the built-in calendar, say
// what it refused in words, and run nothing from the files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from './server.mjs';
import { accessibleName, launch, OUT } from './browser.mjs';

const DIST = path.resolve(import.meta.dirname, '..', '..', 'dist');
const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures');
const HOSTILE = path.resolve(import.meta.dirname, '..', '..', 'tests', 'data', 'hostile');
const GEN = fs.mkdtempSync(path.join(os.tmpdir(), 'lich-sec-'));
const FAKE = JSON.stringify({
  format: 1, id: 'gia-mao', title: 'THÔNG BÁO KHẨN của UBND tỉnh', publisher: { agency: 'UBND tỉnh (giả mạo)' }, updated: '2024-01-01',
  documents: [{ id: 'd', number: '1/TB', issuer: 'UBND', date: '2024-01-01', subject: 'Nộp phí' }],
  events: [{ id: 'phi', kind: 'deadline', title: 'THÔNG BÁO KHẨN: nộp phí vào tài khoản 0123', date: '2024-02-20', sources: ['d'] }],
});
fs.mkdirSync(path.join(GEN, 'slow'));
fs.writeFileSync(path.join(GEN, 'fake.json'), FAKE);
fs.writeFileSync(path.join(GEN, 'slow', 'old.json'), FAKE.replaceAll('THÔNG BÁO KHẨN', 'BẢN CŨ'));
let site, other, browser;

const page_ = (body, headExtra = '') =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>t</title>${headExtra}<script type="module" src="/lich/embed.js"></script></head><body>${body}</body></html>`;

before(async () => {
  site = await serve({ '/lich/': DIST, '/gen/': GEN, '/hostile/': HOSTILE, '/': FIXTURES }, { delay: { '/gen/slow/': 2500 } });
  // A second origin that lets anyone read its files (CORS), as a CDN would.
  other = await serve({ '/gen/': GEN, '/': FIXTURES }, { cors: true });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  site?.server.close();
  other?.server.close();
  fs.rmSync(GEN, { recursive: true, force: true });
});

const shadow = (page, host, selector) =>
  page.evaluate(([h, s]) => document.querySelector(h)?.shadowRoot?.querySelector(s)?.textContent ?? null, [host, selector]);
const live = (page, host) => page.waitForFunction((h) => document.querySelector(h)?.shadowRoot?.querySelector('.lich'), host);

async function watch(page) {
  const seen = { errors: [], dialogs: [], requests: [] };
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') seen.errors.push(m.text()); });
  page.on('dialog', (d) => { seen.dialogs.push(d.message()); d.dismiss(); });
  page.on('request', (r) => seen.requests.push(r.url()));
  return seen;
}

test('embed.html takes no data from its address: a phishing link shows the built-in calendar and says so', async () => {
  const page = await browser.context.newPage();
  const seen = await watch(page);
  const link = `${site.origin}/lich/embed.html?src=${encodeURIComponent(other.origin + '/gen/fake.json')}&data=replace&view=agenda&month=2024-02`;
  await page.goto(link);
  await live(page, '[data-lich]');
  await page.waitForFunction(() => document.querySelector('[data-lich]').shadowRoot.querySelector('[role="status"]'));
  const text = await shadow(page, '[data-lich]', '.lich');
  assert.doesNotMatch(text, /THÔNG BÁO KHẨN|giả mạo/);
  assert.match(text, /Nghỉ Tết Nguyên đán Giáp Thìn/, 'the built-in data is still there (the agenda of February 2024)');
  assert.match(await shadow(page, '[data-lich]', '[role="status"]'), /chỉ quản trị viên trang mới được chọn dữ liệu/);
  assert.match(await shadow(page, '[data-lich]', '.lich-provenance'), /có sẵn trong lịch/);
  assert.ok(!seen.requests.includes(other.origin + '/gen/fake.json'), 'the named file is never requested');
  // Its own CSP is in the page.
  const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content);
  assert.match(csp, /default-src 'none'; script-src 'self' 'wasm-unsafe-eval'/);
  assert.deepEqual(seen.errors, []);
  await page.screenshot({ path: path.join(OUT, 'security-phishing-link.png'), fullPage: true });
  await page.close();
});

test('a deployer chooses the data in the page itself, and the address cannot override it', async () => {
  fs.writeFileSync(path.join(GEN, 'deployed.html'), page_(
    '<div data-lich data-iframe></div>',
    '<meta name="lich:src" content="/data/agency.json">'));
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/gen/deployed.html?month=2024-05&lang=en&src=/gen/fake.json`);
  await live(page, '[data-lich]');
  await page.waitForFunction(() => lichCell(document.querySelector('[data-lich]').shadowRoot, '2024-05-10')?.querySelector('.lich-mark-deadline'));
  const text = await shadow(page, '[data-lich]', '.lich');
  assert.doesNotMatch(text, /THÔNG BÁO KHẨN/);
  assert.match(await shadow(page, '[data-lich]', '.lich-provenance'), /\/data\/agency\.json/);
  await page.close();
});

test('a file on another origin is refused unless the page allows that origin', async () => {
  const src = `${other.origin}/gen/fake.json`;
  fs.writeFileSync(path.join(GEN, 'cross.html'), page_(`<lich-calendar id="w" month="2024-02" src="${src}"></lich-calendar>`));
  fs.writeFileSync(path.join(GEN, 'allowed.html'), page_(
    `<lich-calendar id="w" month="2024-02" src="${src}"></lich-calendar>`,
    `<meta name="lich:allow-origins" content="${other.origin}">`));
  const page = await browser.context.newPage();
  const seen = await watch(page);
  await page.goto(`${site.origin}/gen/cross.html`);
  await live(page, '#w');
  await page.waitForFunction(() => document.querySelector('#w').shadowRoot.querySelector('[role="alert"]'));
  assert.match(await shadow(page, '#w', '[role="alert"]'), /nằm ở trang web khác \(http:\/\/127\.0\.0\.1:\d+\)/);
  assert.ok(!seen.requests.includes(src), 'not even requested');
  assert.doesNotMatch(await shadow(page, '#w', '.lich'), /THÔNG BÁO KHẨN/);
  await page.goto(`${site.origin}/gen/allowed.html`);
  await live(page, '#w');
  await page.waitForFunction(() => lichCell(document.querySelector('#w').shadowRoot, '2024-02-20')?.querySelector('.lich-mark-deadline'));
  assert.match(await shadow(page, '#w', '.lich-provenance'), /UBND tỉnh \(giả mạo\) — http:\/\/127\.0\.0\.1:\d+\/gen\/fake\.json/,
    'an allowed file says whose data it is');
  await page.close();
});

test('a slow file overtaken by a newer src never replaces it', async () => {
  fs.writeFileSync(path.join(GEN, 'stale.html'), page_('<lich-calendar id="w" month="2024-02" src="/gen/slow/old.json"></lich-calendar>'));
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/gen/stale.html`);
  await live(page, '#w');
  await page.evaluate(() => document.querySelector('#w').setAttribute('src', '/data/agency.json'));
  await page.waitForFunction(() => /agency\.json/.test(document.querySelector('#w').shadowRoot.querySelector('.lich-provenance')?.textContent));
  await page.waitForTimeout(3500); // the old answer arrives at 2.5 s
  const text = await shadow(page, '#w', '.lich');
  assert.doesNotMatch(text, /BẢN CŨ/);
  assert.match(await shadow(page, '#w', '.lich-provenance'), /\/data\/agency\.json/);
  await page.close();
});

test('the frame posts its height only to its parent\'s origin, and the helper checks where it came from', async () => {
  const page = await browser.context.newPage();
  // In the (same-origin) frame: record the target origin of every message
  // it posts to its parent. The wrapper lives in the frame, so the message
  // still comes from the frame's window.
  await page.addInitScript(() => {
    if (window === window.top) return;
    const parentWindow = window.parent;
    const post = parentWindow.postMessage;
    parentWindow.postMessage = function (message, target, ...rest) {
      (parentWindow.__targets ??= []).push(target);
      return post.call(parentWindow, message, target, ...rest);
    };
  });
  await page.goto(site.origin + '/iframe.html');
  await page.waitForFunction(() => parseInt(document.querySelector('#frame').style.height || '0', 10) > 600);
  const targets = await page.evaluate(() => window.__targets ?? []);
  assert.ok(targets.length > 0);
  assert.ok(targets.every((t) => t === site.origin), `targets: ${JSON.stringify(targets)}`);
  // A message from the right window but claiming another size from elsewhere is ignored.
  const before = await page.evaluate(() => document.querySelector('#frame').style.height);
  await page.evaluate(() => window.dispatchEvent(new MessageEvent('message', {
    data: { type: 'lich:height', height: 150 }, origin: 'https://evil.example', source: document.querySelector('#frame').contentWindow,
  })));
  assert.equal(await page.evaluate(() => document.querySelector('#frame').style.height), before);
  await page.close();
});

test('hostile files in the widget: the calendar stays, the reason is readable, nothing runs', async () => {
  const files = ['html-script-title.json', 'html-attribute-break.json', 'mail-cc.json', 'enc-utf16le-bom.json',
    'term-osc-in-id.json', 'surrogate-high-then-letter.json', 'number-100000-digits.json', 'deep-nesting.json', 'link-javascript.json'];
  fs.writeFileSync(path.join(GEN, 'hostile.html'), page_(files.map((f, i) =>
    `<lich-calendar id="h${i}" month="2024-02" src="/hostile/${f}"></lich-calendar>`).join('\n'),
    `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'">`));
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 1000 });
  const seen = await watch(page);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
  });
  await page.goto(`${site.origin}/gen/hostile.html`);
  for (let i = 0; i < files.length; i++) {
    const host = `#h${i}`;
    await live(page, host);
    await page.waitForFunction((h) => {
      const root = document.querySelector(h).shadowRoot;
      return root.querySelector('[role="alert"]') || /hostile/.test(root.querySelector('.lich-provenance')?.textContent);
    }, host);
    const cells = await page.evaluate((h) => document.querySelector(h).shadowRoot.querySelectorAll('td[role="gridcell"]').length, host);
    assert.equal(cells, 42, `${files[i]}: the calendar stays`);
    assert.ok(await page.evaluate((h) => lichCell(document.querySelector(h).shadowRoot, '2024-02-10')?.querySelector('.lich-mark-off'), host),
      `${files[i]}: the built-in Tết is still shown`);
    const alert = await shadow(page, host, '[role="alert"]');
    if (alert) {
      assert.match(alert, /Tệp dữ liệu \/hostile\/.+ có \d+ lỗi nên chưa được hiển thị: \d+:\d+ \$/, `${files[i]}: ${alert}`);
      assert.ok(alert.length < 2000, `${files[i]}: the message is cut (${alert.length} characters)`);
      assert.ok(![...alert].some((c) => c < ' '), `${files[i]}: no control character in the message`);
    }
  }
  // Markup in a title is text: the cell names it, nothing is parsed.
  const named = await accessibleName(page.locator('#h0 >> day=2024-02-12'));
  assert.match(named, /<script>alert\(1\)<\/script>/);
  assert.equal(await page.evaluate(() => document.querySelector('#h0').shadowRoot.querySelectorAll('script, img').length), 0);
  assert.deepEqual(seen.dialogs, [], 'no alert ran');
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  // The reader module was fetched once, for all widgets.
  assert.equal(seen.requests.filter((u) => /lich-reader-[0-9a-f]+\.wasm$/.test(u)).length, 1);
  await page.screenshot({ path: path.join(OUT, 'security-hostile-files.png'), fullPage: true });
  await page.close();
});

test('a page without a data file never downloads the reader', async () => {
  const page = await browser.context.newPage();
  const seen = await watch(page);
  await page.goto(`${site.origin}/lich/`);
  await live(page, '[data-lich]');
  await page.waitForTimeout(300);
  assert.ok(!seen.requests.some((u) => u.includes('lich-reader')), seen.requests.join('\n'));
  await page.close();
});

test('a file that contradicts the national data is shown with the contradiction named', async () => {
  fs.writeFileSync(path.join(GEN, 'conflict.json'), JSON.stringify({
    format: 1, id: 'so-thu', title: 'Thông báo thử', publisher: { agency: 'Sở thử' }, updated: '2024-04-20',
    documents: [{ id: 'd', number: '2/TB', issuer: 'Sở thử', date: '2024-04-20', subject: 'Nghỉ' }],
    events: [{ id: 'nghi-4-5', kind: 'day_off', title: 'Nghỉ thêm', date: '2024-05-04', sources: ['d'] }],
  }));
  fs.writeFileSync(path.join(GEN, 'conflict.html'), page_('<lich-calendar id="w" month="2024-05" src="/gen/conflict.json"></lich-calendar>'));
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/gen/conflict.html`);
  await live(page, '#w');
  await page.waitForFunction(() => /04\/05\/2024/.test(document.querySelector('#w').shadowRoot.querySelector('[role="status"]')?.textContent));
  assert.match(await shadow(page, '#w', '[role="status"]'),
    /Ngày 04\/05\/2024: "2024-lam-bu-4-5" \(vn-national\) là ngày làm bù, nhưng "nghi-4-5" \(so-thu\) là ngày nghỉ/);
  await page.close();
});
