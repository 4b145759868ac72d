// The plugin in a real WordPress (wordpress/test.sh starts it and sets
// WP_URL): an Author — who has no `unfiltered_html` — posts the calendar
// as a shortcode and as a block; a visitor's Chromium sees it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, OUT } from '../tests/browser.mjs';

const WP = process.env.WP_URL;
if (!WP) throw new Error('WP_URL is not set: run wordpress/test.sh');
const origin = new URL(WP).origin;
// One browser per person: a WordPress login is a cookie of its own.
let author;
let contributor;
let visitor;
// One after another, each kept as it comes: a launch that fails leaves
// the others to `after`, not running on (which kept CI's node alive).
before(async () => {
  author = await launch();
  contributor = await launch();
  visitor = await launch();
});
after(async () => {
  await Promise.all([author?.close(), contributor?.close(), visitor?.close()]);
});

// A page of `browser` logged in as `user`, through the login form the
// first time; later pages share its cookie.
const sessions = new Map();
async function login(browser, user) {
  if (!sessions.has(user)) {
    sessions.set(user, (async () => {
      const page = await browser.context.newPage();
      await page.goto(`${WP}/wp-login.php`);
      await page.fill('#user_login', user);
      await page.fill('#user_pass', `${user}-pass-1`);
      await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
      await page.close();
    })());
  }
  await sessions.get(user);
  return browser.context.newPage();
}

// Through the REST API with the logged-in user's cookie and nonce, as the
// block editor saves: KSES filters it exactly as it filters the editor's save.
async function rest(page, method, route, data, query = '') {
  const nonce = await (await page.request.get(`${WP}/wp-admin/admin-ajax.php?action=rest-nonce`)).text();
  const r = await page.request.fetch(`${WP}/?rest_route=${encodeURIComponent(route)}${query}`, {
    method, headers: { 'X-WP-Nonce': nonce }, data,
  });
  const body = await r.json();
  assert.ok(r.ok(), `${method} ${route}: ${r.status()} ${JSON.stringify(body).slice(0, 300)}`);
  return body;
}

const SNIPPET = '<script type="module" src="/wp-content/plugins/lich/assets/embed.js"></script><lich-calendar month="2024-02"></lich-calendar>';
const CONTENT = [
  '<!-- wp:shortcode -->\n[lich month="2024-02"]\n<!-- /wp:shortcode -->',
  '<!-- wp:lich/calendar {"month":"2024-02","lang":"en","view":"month","who":"pupils"} /-->',
  '<!-- wp:shortcode -->\n[lich month="2024-02-10" who="public_sector" src="https://du-lieu.example.invalid/thong-bao.json"]\n<!-- /wp:shortcode -->',
  `<!-- wp:html -->\n${SNIPPET}\n<!-- /wp:html -->`,
].join('\n\n');

let post;
test('an Author posts the shortcode and the block; KSES keeps them and strips the pasted snippet', async () => {
  const page = await login(author, 'author');
  const created = await rest(page, 'POST', '/wp/v2/posts', { title: 'Lịch nghỉ Tết Giáp Thìn', content: CONTENT, status: 'publish' });
  post = await rest(page, 'GET', `/wp/v2/posts/${created.id}`, undefined, '&context=edit');
  const raw = post.content.raw;
  assert.match(raw, /\[lich month="2024-02"\]/);
  assert.match(raw, /\[lich month="2024-02-10" who="public_sector" src=/);
  assert.match(raw, /<!-- wp:lich\/calendar \{"month":"2024-02","lang":"en","view":"month","who":"pupils"\} \/-->/);
  // The real filter at work: what an Author pastes as HTML does not survive.
  assert.doesNotMatch(raw, /<script/);
  assert.doesNotMatch(raw, /<lich-calendar/);
  // The Author, who may edit the post, is told why the other site's file was dropped.
  await page.goto(post.link);
  await page.waitForSelector('.lich-plugin-note');
  assert.match(await page.textContent('.lich-plugin-note'), /không dùng src="https:\/\/du-lieu\.example\.invalid\/thong-bao\.json"/);
  await page.close();
});

test('a visitor sees the styled month at once, then the live calendar in its place: Tết off, no console error, no request elsewhere', async () => {
  assert.ok(post, 'the first test posted');
  const page = await visitor.context.newPage();
  const errors = [];
  const elsewhere = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  // Chromium asks every site for /favicon.ico; WordPress without a site icon has none.
  const failed = [];
  page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) failed.push(`${r.status()} ${r.url()}`); });
  page.on('request', (r) => { if (new URL(r.url()).origin !== origin && !r.url().startsWith('data:')) elsewhere.push(r.url()); });
  await page.addInitScript(() => {
    window.lichReady = 0;
    document.addEventListener('lich:ready', () => { window.lichReady += 1; });
  });
  // Each calendar comes with its month drawn in a declarative shadow root.
  assert.equal((await (await page.request.get(post.link)).text()).match(/<template shadowrootmode="open">/g)?.length, 3);
  await page.goto(post.link);
  // Three calendars (shortcode, block, shortcode without the refused src); the note is for editors only.
  assert.equal(await page.locator('lich-calendar').count(), 3);
  assert.equal(await page.locator('.lich-plugin-note').count(), 0);
  assert.equal(await page.locator('lich-calendar').nth(2).getAttribute('src'), null);
  // Whose days off: the block's and the shortcode's `who` reach the element.
  assert.deepEqual(await page.locator('lich-calendar').evaluateAll((cs) => cs.map((c) => c.getAttribute('who'))),
    [null, 'pupils', 'public_sector']);
  // embed.js is a module in the head, loaded only because the post shows a calendar.
  assert.equal(await page.locator('head script[type="module"][src*="/plugins/lich/assets/embed.js"]').count(), 1);
  await page.waitForFunction(() => window.lichReady === 3);
  const day = await page.evaluate(() => [...document.querySelectorAll('lich-calendar')].map((c) => {
    const td = lichCell(c.shadowRoot, '2024-02-10');
    return {
      hosts: c.shadowRoot.querySelectorAll('.lich-host').length,
      lang: c.shadowRoot.querySelector('section.lich')?.lang,
      off: td?.classList.contains('lich-off') && !!td.querySelector('.lich-mark-off'),
      height: td?.getBoundingClientRect().height,
    };
  }));
  assert.deepEqual(day.map((d) => [d.hosts, d.lang, d.off]), [[1, 'vi', true], [1, 'en', true], [1, 'vi', true]]);
  assert.ok(day.every((d) => d.height > 50), `styled cells: ${day.map((d) => d.height)}`);
  await page.locator('lich-calendar').first().screenshot({ path: path.join(OUT, 'wordpress-visitor.png') });
  await page.setViewportSize({ width: 1280, height: 1600 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(OUT, 'wordpress-post.png') });
  // On a phone, as most visitors see it: nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), 'no horizontal scroll at 390 px');
  await page.screenshot({ path: path.join(OUT, 'wordpress-phone.png') });
  assert.deepEqual(failed, []);
  assert.deepEqual(errors.filter((e) => !/status of 404/.test(e) || failed.length), []);
  assert.deepEqual(elsewhere, []);
  const log = fs.readFileSync(process.env.WP_DEBUG_LOG, 'utf8').split('\n').filter((l) => /plugins\/lich\//.test(l));
  assert.deepEqual(log, [], 'PHP notices from the plugin');
  await page.close();
});

test('without WebAssembly the prerendered month stays, styled, with its note, and lich:error fires', async () => {
  const page = await visitor.context.newPage();
  await page.route('**/*.wasm', (route) => route.abort());
  await page.addInitScript(() => {
    window.lichErrors = 0;
    document.addEventListener('lich:error', () => { window.lichErrors += 1; });
  });
  await page.goto(post.link);
  await page.waitForFunction(() => window.lichErrors === 3);
  const first = await page.evaluate(() => {
    const root = document.querySelector('lich-calendar').shadowRoot;
    const td = lichCell(root, '2024-02-10');
    const note = root.querySelector('.lich-fallback');
    return { off: td.classList.contains('lich-off'), height: td.getBoundingClientRect().height, note: note.hidden ? null : note.textContent };
  });
  assert.ok(first.off);
  assert.ok(first.height > 50, `styled: ${first.height}`);
  // Each calendar has its month drawn (month="2024-02-10" too), in its language.
  assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('lich-calendar')].map((c) =>
    [c.shadowRoot?.querySelector('section.lich')?.lang, !!lichCell(c.shadowRoot, '2024-02-10')?.matches('.lich-off')])),
  [['vi', true], ['en', true], ['vi', true]]);
  assert.match(first.note, /bản xem tĩnh/);
  await page.locator('lich-calendar').first().screenshot({ path: path.join(OUT, 'wordpress-no-wasm.png') });
  await page.close();
});

test('an origin the site allows in code (lich_allowed_origins) keeps its src and reaches the widget\'s meta', async () => {
  const page = await login(author, 'author');
  const created = await rest(page, 'POST', '/wp/v2/posts', {
    title: 'Tệp của tỉnh', status: 'publish',
    content: '<!-- wp:shortcode -->\n[lich month="2024-02" src="https://du-lieu-tinh.example.invalid/tb.json"]\n<!-- /wp:shortcode -->',
  });
  const html = await (await visitor.context.request.get(created.link)).text();
  assert.match(html, /<lich-calendar month="2024-02" src="https:\/\/du-lieu-tinh\.example\.invalid\/tb\.json">/);
  assert.match(html, /<meta name="lich:allow-origins" content="https:\/\/du-lieu-tinh\.example\.invalid">/);
  await page.close();
});

test('a Contributor\'s post, waiting for review, shows the calendar in its preview', async () => {
  const page = await login(contributor, 'contributor');
  const created = await rest(page, 'POST', '/wp/v2/posts', {
    title: 'Lịch trực Tết', content: '<!-- wp:shortcode -->\n[lich month="2024-02" view="agenda"]\n<!-- /wp:shortcode -->', status: 'pending',
  });
  assert.equal(created.status, 'pending');
  const preview = `${WP}/?p=${created.id}&preview=true`;
  // No month drawn in advance for a view the prerender is not: the live agenda alone.
  assert.doesNotMatch(await (await page.request.get(preview)).text(), /shadowrootmode/);
  await page.goto(preview);
  await page.waitForFunction(() => document.querySelector('lich-calendar')?.shadowRoot?.querySelector('.lich-agenda'));
  await page.close();
});

test('the block is in the Author\'s block editor and shows its options', async () => {
  const page = await login(author, 'author');
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
  await page.goto(`${WP}/wp-admin/post-new.php`);
  await page.waitForFunction(() => window.wp?.blocks?.getBlockType?.('lich/calendar'), null, { timeout: 60000 });
  await page.evaluate(() => {
    const block = window.wp.blocks.createBlock('lich/calendar', { month: '2024-02', lang: 'en' });
    window.wp.data.dispatch('core/block-editor').insertBlocks(block);
  });
  // WordPress 6.1 draws the post editor in the page (later versions in an iframe).
  const placeholder = page.locator('.lich-block-placeholder');
  await placeholder.first().waitFor({ timeout: 15000 }).catch(async (e) => {
    await page.screenshot({ path: path.join(OUT, 'wordpress-editor-failed.png') });
    throw new Error(`${e.message}\nconsole: ${errors.join('\n')}`);
  });
  assert.match(await placeholder.first().textContent(), /2024-02 · en/);
  // The sidebar offers the widget's own choices (block.json's lists).
  assert.equal(await page.locator('.components-panel select').first().inputValue(), 'en');
  await page.screenshot({ path: path.join(OUT, 'wordpress-editor.png') });
  await page.close();
});

test('the plain static month (lich render --noscript --plain) passes KSES whole for an Author: flags as words', async () => {
  const html = fs.readFileSync(process.env.WP_PLAIN_HTML, 'utf8').trim();
  const page = await login(author, 'author');
  const created = await rest(page, 'POST', '/wp/v2/posts', {
    title: 'Tháng 2/2024', content: `<!-- wp:html -->\n${html}\n<!-- /wp:html -->`, status: 'publish',
  });
  const saved = await rest(page, 'GET', `/wp/v2/posts/${created.id}`, undefined, '&context=edit');
  // KSES normalises nothing away: every tag and attribute is kept.
  const tags = (s) => [...s.matchAll(/<([a-z0-9]+)([^>]*)>/g)].map((m) => m[0].replace(/\s+/g, ' '));
  assert.deepEqual(tags(saved.content.raw), tags(`<!-- wp:html -->${html}<!-- /wp:html -->`));
  await page.goto(saved.link);
  assert.equal(await page.locator('day=2024-02-10 >> .lich-mark-flag').textContent(), 'Treo cờ');
  await page.close();
});

test('a post written in the Classic editor (no blocks, wpautop on): the shortcode between paragraphs is a working calendar', async () => {
  const page = await login(author, 'author');
  // What the Classic editor saves: plain paragraphs, line breaks, the shortcode on a line of its own.
  const created = await rest(page, 'POST', '/wp/v2/posts', {
    title: 'Thông báo nghỉ Tết (soạn bằng trình soạn thảo cổ điển)', status: 'publish',
    content: 'Sở thông báo lịch nghỉ Tết Nguyên đán Giáp Thìn 2024 như sau:\n\n[lich month="2024-02"]\n\nMọi thắc mắc xin liên hệ Văn phòng Sở.\nTrân trọng.',
  });
  const html = await (await visitor.context.request.get(created.link)).text();
  // wpautop wrapped the words, not the calendar: its markup is the same
  // shortcode's in the first post (a Shortcode block), byte for byte.
  const calendar = (text) => text.slice(text.indexOf('<lich-calendar month="2024-02">'), text.indexOf('</lich-calendar>'));
  assert.ok(calendar(html).length > 1000, 'the calendar is in the page');
  assert.ok(post, 'the first test posted');
  assert.equal(calendar(html), calendar(await (await visitor.context.request.get(post.link)).text()));
  assert.match(html, /<p>Sở thông báo lịch nghỉ Tết Nguyên đán Giáp Thìn 2024 như sau:<\/p>/);
  const view = await visitor.context.newPage();
  const errors = [];
  view.on('pageerror', (e) => errors.push(String(e)));
  await view.goto(created.link);
  await view.waitForFunction(() => lichCell(document.querySelector('lich-calendar')?.shadowRoot, '2024-02-10')?.querySelector('.lich-mark-off'));
  assert.equal(await view.locator('lich-calendar').count(), 1);
  await view.locator('lich-calendar').screenshot({ path: path.join(OUT, 'wordpress-classic.png') });
  assert.deepEqual(errors, []);
  await view.close();
  await page.close();
});
