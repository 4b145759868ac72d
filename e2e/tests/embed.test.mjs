// End to end: the widget embedded in host pages the way agencies do it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from './server.mjs';
import { launch, OUT } from './browser.mjs';

const DIST = path.resolve(import.meta.dirname, '..', '..', 'dist');
const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures');
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'";
let site, strict, browser;

before(async () => {
  site = await serve({ '/lich/': DIST, '/': FIXTURES });
  strict = await serve({ '/lich/': DIST, '/': FIXTURES }, { headers: { 'content-security-policy': CSP } });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  site?.server.close();
  strict?.server.close();
});

const live = (page, selector) => page.waitForFunction((s) => document.querySelector(s)?.shadowRoot?.querySelector('.lich'), selector);
const shadowText = (page, host, selector) =>
  page.evaluate(([h, s]) => document.querySelector(h).shadowRoot.querySelector(s)?.textContent, [host, selector]);

async function watch(page) {
  const seen = { errors: [], violations: [], requests: [] };
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') seen.errors.push(m.text()); });
  page.on('request', (r) => seen.requests.push(r.url()));
  return seen;
}

test('two widgets, hostile host CSS, strict CSP: both render, the host is untouched, no violation, no foreign request', async () => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 1400 });
  const seen = await watch(page);
  await page.goto(strict.origin + '/two-widgets.html');
  await live(page, '#w1');
  await live(page, '#w2');
  // Each widget has its own month, language and data.
  assert.equal(await shadowText(page, '#w1', '#lich-title'), 'Tháng 2/2024 · tháng Chạp Quý Mão – tháng Giêng Giáp Thìn');
  assert.match(await shadowText(page, '#w2', '#lich-title'), /^May 2024 · lunar month/);
  await page.waitForFunction(() => lichCell(document.querySelector('#w2').shadowRoot, '2024-05-10')?.querySelector('.lich-mark-deadline'));
  // The host's CSS does not reach inside.
  const inside = await page.evaluate(() => {
    const td = lichCell(document.querySelector('#w1').shadowRoot, '2024-02-10');
    const s = getComputedStyle(td);
    const button = document.querySelector('#w1').shadowRoot.querySelector('.lich-nav');
    return { color: s.color, size: s.fontSize, sizing: s.boxSizing, button: getComputedStyle(button).display };
  });
  assert.notEqual(inside.color, 'rgb(255, 0, 0)');
  assert.notEqual(inside.size, '30px');
  assert.equal(inside.sizing, 'border-box');
  assert.notEqual(inside.button, 'none');
  // Nor do a theme's inherited idioms (hostile.css: html { font-size: 62.5% },
  // uppercase, italics, letter and word spacing); the font is the page's
  // unless --lich-font names another (#w2: Verdana).
  const text = await page.evaluate(() => ['#w1', '#w2'].map((id) => {
    const s = getComputedStyle(document.querySelector(id).shadowRoot.querySelector('.lich-title'));
    const base = getComputedStyle(document.querySelector(id).shadowRoot.querySelector('.lich'));
    return [base.fontSize, s.textTransform, s.fontStyle, s.letterSpacing, s.wordSpacing, base.fontFamily];
  }));
  assert.deepEqual(text, [
    ['16px', 'none', 'normal', 'normal', '0px', 'Georgia, serif'],
    ['16px', 'none', 'normal', 'normal', '0px', 'Verdana, sans-serif'],
  ]);
  // The widget's CSS does not leak out.
  const host = await page.evaluate(() => ({
    cell: getComputedStyle(document.querySelector('#host-cell')).color,
    h1: getComputedStyle(document.querySelector('#host-title')).fontSize,
    sizing: getComputedStyle(document.querySelector('#host-after')).boxSizing,
  }));
  assert.equal(host.cell, 'rgb(255, 0, 0)');
  assert.equal(host.sizing, 'content-box');
  await page.screenshot({ path: path.join(OUT, 'embed-two-widgets.png'), fullPage: true });
  // Keyboard works inside the shadow root too.
  await page.locator('#w1 >> day=2024-02-10').click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  assert.match(await shadowText(page, '#w1', '.lich-details h3'), /11\/02\/2024/);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(seen.errors, []);
  const foreign = seen.requests.filter((u) => !u.startsWith(strict.origin + '/') && !u.startsWith('data:'));
  assert.deepEqual(foreign, [], 'every request goes to the page\'s own origin');
  assert.ok(seen.requests.some((u) => u.endsWith('/data/agency.json')));
  await page.close();
});

test('an agency file is read in a worker, off the main thread; where no worker can start, in the page', async () => {
  for (const workers of [true, false]) {
    const page = await browser.context.newPage();
    const started = [];
    page.on('worker', (w) => started.push(w.url()));
    if (!workers) await page.addInitScript(() => { window.Worker = undefined; });
    await page.goto(strict.origin + '/two-widgets.html');
    await page.waitForFunction(() => lichCell(document.querySelector('#w2').shadowRoot, '2024-05-10')?.querySelector('.lich-mark-deadline'));
    assert.equal(started.filter((u) => /\/lich\/lich-files-[0-9a-f]+\.js$/.test(u)).length, workers ? 1 : 0, started.join(' '));
    await page.close();
  }
});

test('the custom element follows attribute changes', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.origin + '/two-widgets.html');
  await live(page, '#w2');
  await page.evaluate(() => document.querySelector('#w2').setAttribute('month', '2024-09'));
  await page.waitForFunction(() => /^September 2024/.test(document.querySelector('#w2').shadowRoot.querySelector('#lich-title')?.textContent));
  await page.evaluate(() => document.querySelector('#w2').setAttribute('lang', 'vi'));
  await page.waitForFunction(() => /^Tháng 9\/2024/.test(document.querySelector('#w2').shadowRoot.querySelector('#lich-title')?.textContent));
  await page.evaluate(() => document.querySelector('#w2').setAttribute('view', 'agenda'));
  await page.waitForFunction(() => document.querySelector('#w2').shadowRoot.querySelector('.lich-agenda'));
  await page.close();
});

test('a broken data file and a missing one: the message appears, the calendar stays; bad attributes fall back', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.origin + '/data-errors.html');
  for (const id of ['#broken', '#missing', '#badattrs']) await live(page, id);
  await page.waitForFunction(() => document.querySelector('#broken').shadowRoot.querySelector('[role="alert"]'));
  await page.waitForFunction(() => document.querySelector('#missing').shadowRoot.querySelector('[role="alert"]'));
  const broken = await shadowText(page, '#broken', '[role="alert"]');
  assert.match(broken, /Tệp dữ liệu \/data\/broken\.json có 1 lỗi/);
  assert.match(broken, /8:67 \$\.events\[0\]\.date: không có ngày 30\/02\/2024: tháng 2\/2024 không có ngày 30/);
  assert.match(await shadowText(page, '#missing', '[role="alert"]'), /Không tải được tệp dữ liệu \/data\/missing\.json \(máy chủ trả lời mã HTTP 404\)/);
  for (const id of ['#broken', '#missing']) {
    assert.equal(await page.evaluate((h) => document.querySelector(h).shadowRoot.querySelectorAll('td[role="gridcell"]').length, id), 42);
    assert.ok(await page.evaluate((h) => lichCell(document.querySelector(h).shadowRoot, '2024-02-10')?.querySelector('.lich-mark-off'), id), 'built-in data still shown');
  }
  const warning = await shadowText(page, '#badattrs', '[role="status"]');
  assert.match(warning, /lang="xx" không hợp lệ/);
  assert.match(warning, /month="2024-13" không hợp lệ/);
  // A bad month falls back to the default: the built-in notice is over, so today's month (in Vietnam).
  const [y, m] = new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 7).split('-').map(Number);
  assert.match(await shadowText(page, '#badattrs', '#lich-title'), new RegExp(`^Tháng ${m}/${y} `), 'falls back to today');
  await page.screenshot({ path: path.join(OUT, 'embed-errors.png'), fullPage: true });
  await page.close();
});

test('the iframe page tells its parent its height', async () => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto(strict.origin + '/iframe.html');
  await page.waitForFunction(() => parseInt(document.querySelector('#frame').style.height || '0', 10) > 600);
  const frameHeight = await page.evaluate(() => parseInt(document.querySelector('#frame').style.height, 10));
  const inner = await page.frameLocator('#frame').locator('html').evaluate((el) => el.scrollHeight);
  assert.ok(Math.abs(frameHeight - inner) <= 2, `frame ${frameHeight} px vs content ${inner} px`);
  // The helper puts the frame in the content column: a block, no border, full width.
  const box = await page.evaluate(() => {
    const f = document.querySelector('#frame');
    const s = getComputedStyle(f);
    return [s.display, s.borderTopWidth, f.getBoundingClientRect().width, document.body.clientWidth];
  });
  assert.deepEqual(box.slice(0, 2), ['block', '0px']);
  assert.equal(box[2], box[3]);
  await page.screenshot({ path: path.join(OUT, 'embed-iframe.png'), fullPage: true });
  await page.close();
});

test('a frame WordPress embedded (#?secret=…) also gets WordPress\'s height message, at its parent\'s origin', async () => {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    window.wpMessages = [];
    window.addEventListener('message', (e) => { if (e.data?.message === 'height') window.wpMessages.push([e.origin, e.data]); });
  });
  await page.goto(strict.origin + '/iframe.html');
  await page.evaluate(() => { document.querySelector('#frame').src = '/lich/embed.html?month=2024-02#?secret=Ab12Cd34'; });
  await page.waitForFunction(() => window.wpMessages.length > 0);
  const [[from, data]] = await page.evaluate(() => window.wpMessages);
  assert.equal(from, strict.origin);
  assert.equal(data.secret, 'Ab12Cd34');
  assert.ok(data.value > 600, `height ${data.value}`);
  await page.close();
});

test('JavaScript disabled: the prerendered month and the list of days off are there', async () => {
  const nojs = await launch({ javaScriptEnabled: false });
  try {
    const page = await nojs.context.newPage();
    await page.goto(site.origin + '/lich/');
    const text = await page.locator('.lich-static').textContent();
    assert.match(text, /Tháng 2\/2024 · tháng Chạp Quý Mão – tháng Giêng Giáp Thìn/);
    assert.match(text, /08\/02 – 14\/02\/2024 · Ngày nghỉ · Nghỉ Tết Nguyên đán Giáp Thìn/);
    assert.match(text, /Treo cờ Tổ quốc dịp Tết Nguyên đán/);
    assert.match(text, /01\/02\/2024 · Hạn chót · Hạn gửi danh sách trực/);
    assert.equal(await page.locator('.lich-static table[data-from] tbody td').count(), 42);
    assert.equal(await page.locator('.lich-prerender').isVisible(), false, 'the interactive prerender is hidden without script');
    await page.screenshot({ path: path.join(OUT, 'nojs.png'), fullPage: true });
  } finally {
    await nojs.close();
  }
});

test('content before wasm: the prerendered month shows while the module is held back', async () => {
  const page = await browser.context.newPage();
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(site.origin + '/lich/');
  await page.waitForSelector('.lich-prerender >> day=2024-02-10');
  const before = await page.locator('.lich-prerender #lich-title').boundingBox();
  await page.screenshot({ path: path.join(OUT, 'before-wasm.png') });
  release();
  await live(page, '[data-lich]');
  const after = await page.evaluate(() => {
    const r = document.querySelector('[data-lich]').shadowRoot.querySelector('#lich-title').getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
  assert.ok(Math.abs(before.y - after.y) < 1 && Math.abs(before.x - after.x) < 1, `no jump: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
  await page.close();
});

test('a policy without wasm-unsafe-eval (a security plugin\'s): the prerendered month stays, styled, its note shown, and lich:error fires', async () => {
  // The page an agency gets from the configurator or `lich render --prerender --css`:
  // the element with its first paint in a declarative shadow root.
  const css = fs.readdirSync(DIST).find((f) => /^style-[0-9a-f]+\.css$/.test(f));
  const paint = fs.readFileSync(path.join(DIST, 'prerender', '2024-02.vi.html'), 'utf8').replaceAll('{css}', `/lich/${css}`);
  const gen = fs.mkdtempSync(path.join(os.tmpdir(), 'lich-nowasm-'));
  fs.writeFileSync(path.join(gen, 'page.html'), '<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>CSP</title>'
    + `<link rel="stylesheet" href="/theme.css"><script type="module" src="/lich/embed.js"></script></head><body><main><lich-calendar month="2024-02">${paint}</lich-calendar></main></body></html>`);
  const noWasm = await serve({ '/lich/': DIST, '/gen/': gen, '/': FIXTURES }, {
    headers: { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" },
  });
  const page = await browser.context.newPage();
  try {
    await page.addInitScript(() => {
      window.lichError = null;
      document.addEventListener('lich:error', (e) => { window.lichError = e.detail.message; });
    });
    await page.goto(noWasm.origin + '/gen/page.html');
    await page.waitForFunction(() => window.lichError);
    assert.match(await page.evaluate(() => window.lichError), /CompileError|WebAssembly|unsafe-eval/i);
    const seen = await page.evaluate(() => {
      const root = document.querySelector('lich-calendar').shadowRoot;
      const td = lichCell(root, '2024-02-10');
      const note = root.querySelector('.lich-fallback');
      return { off: td.classList.contains('lich-off'), height: td.getBoundingClientRect().height, note: note.hidden ? '' : note.textContent };
    });
    assert.ok(seen.off && seen.height > 50, JSON.stringify(seen));
    assert.match(seen.note, /^Lịch tương tác không chạy được trên trình duyệt hoặc trang này/);
    await page.screenshot({ path: path.join(OUT, 'no-wasm-csp.png'), fullPage: true });
  } finally {
    await page.close();
    noWasm.server.close();
    fs.rmSync(gen, { recursive: true, force: true });
  }
});

test('the configurator shows the live widget and the three snippets', async () => {
  const page = await browser.context.newPage();
  await page.goto(strict.origin + '/lich/configurator.html');
  await live(page, '#preview');
  await page.selectOption('select[name="lang"]', 'en');
  await page.fill('input[name="month"]', '2025-01');
  await page.waitForFunction(() => /^January 2025/.test(document.querySelector('#preview').shadowRoot.querySelector('#lich-title')?.textContent));
  const snippets = await page.evaluate(() => ['script', 'element', 'iframe'].map((k) => document.getElementById('snippet-' + k).value));
  assert.match(snippets[0], /<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/lich\/embed\.js"><\/script>\n<div data-lich data-month="2025-01" data-lang="en"/);
  assert.match(snippets[1], /<lich-calendar month="2025-01" lang="en"/);
  assert.match(snippets[2], /embed\.html\?month=2025-01&lang=en/);
  // The month drawn in advance, styled by the widget's own stylesheet at its full address.
  for (const s of snippets.slice(0, 2)) {
    assert.match(s, /><template shadowrootmode="open"><link rel="stylesheet" href="http:\/\/127\.0\.0\.1:\d+\/lich\/style-[0-9a-f]+\.css"><div class="lich-host"><p class="lich-warning lich-fallback" role="status" hidden>The interactive calendar[^<]*<\/p><section part="calendar" lang="en"/);
    assert.match(s, /January 2025/);
  }
  assert.equal(await page.inputValue('#snippet-wordpress'), '[lich month="2025-01" lang="en" view="month" first-day="mon" theme="auto"]');
  // Not for what it does not draw.
  await page.selectOption('select[name="view"]', 'agenda');
  await page.waitForFunction(() => !document.getElementById('snippet-script').value.includes('<template'));
  // An agency's own feed: an attribute, never in embed.html's address.
  await page.fill('input[name="feed"]', '/lich/feeds/so-x.ics');
  const withFeed = await page.evaluate(() => ['script', 'element', 'iframe'].map((k) => document.getElementById('snippet-' + k).value));
  assert.match(withFeed[0], / data-feed="\/lich\/feeds\/so-x\.ics"/);
  assert.match(withFeed[1], / feed="\/lich\/feeds\/so-x\.ics"/);
  assert.doesNotMatch(withFeed[2], /feed=/);
  assert.match(withFeed[2], /<meta name="lich:feed" content="\/lich\/feeds\/so-x\.ics">/);
  await page.screenshot({ path: path.join(OUT, 'configurator.png'), fullPage: true });
  await page.close();
});
