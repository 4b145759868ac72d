// End to end: the calendar feeds the build publishes next to embed.js, as a
// subscriber meets them — the widget's "Đăng ký lịch" disclosure gives the
// webcal:// and https:// addresses, the served feed is fetched from the
// site and read by ical.js (the parser of Thunderbird and Nextcloud), and
// its JSON twin is what ical.js makes of the same text (jCal, RFC 7265).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import ICAL from 'ical.js';
import { serve } from './server.mjs';
import { axe, launch, OUT } from './browser.mjs';

const DIST = path.resolve(import.meta.dirname, '..', '..', 'dist');
let site, browser;

before(async () => {
  site = await serve({ '/': DIST });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  site?.server.close();
});

async function open(url) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 420, height: 900 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(site.origin + url);
  await page.waitForSelector('.lich-tab[data-view="agenda"]');
  return { page, errors };
}

// The events of an iCalendar text as ical.js reads them.
function events(text) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    return {
      uid: e.uid,
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      summary: e.summary,
      sequence: c.getFirstPropertyValue('sequence'),
      status: c.getFirstPropertyValue('status'),
    };
  });
}

test('the subscribe disclosure gives the feed, and the served feed reads in ical.js', async () => {
  const { page, errors } = await open('/index.html');
  await page.locator('.lich-tab[data-view="agenda"]').click();
  const summary = page.locator('.lich-subscribe summary');
  assert.equal((await summary.textContent()).trim(), 'Đăng ký lịch');
  assert.match(await summary.ariaSnapshot(), /Đăng ký lịch/);
  await summary.click();
  const https = await page.locator('a.lich-feed').getAttribute('href');
  const webcal = await page.locator('a.lich-webcal').getAttribute('href');
  assert.equal(https, `${site.origin}/feeds/all.ics`);
  assert.equal(await page.locator('a.lich-feed').textContent(), https, 'the address is shown to copy');
  assert.equal(webcal, https.replace(/^http:/, 'webcal:'));
  const text = await page.locator('.lich-subscribe').textContent();
  assert.match(text, /Google Lịch \(trên máy tính\): .*“Từ URL”/);
  assert.match(text, /tự nhận quyết định năm sau/);
  await page.locator('section.lich').screenshot({ path: path.join(OUT, 'feeds-subscribe.png') });
  await axe(page, 'the agenda with the subscribe disclosure open');

  // The feed, fetched from the served site as a calendar app would.
  const response = await page.request.get(https);
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-type'], /^text\/calendar/);
  const ics = await response.text();
  const all = events(ics);
  const tet = all.find((e) => e.uid === 'tet-am-lich-2024-off@lich');
  assert.deepEqual([tet.start, tet.end], ['2024-02-08', '2024-02-15'], 'the Sở\'s 7 days, one break');
  assert.equal(all.filter((e) => e.start >= '2024-02-08' && e.start <= '2024-02-14' && /Nghỉ/.test(e.summary)).length, 1);
  // Next year's Tết is there before any decision: expected, from the law.
  const year = new Date().getUTCFullYear();
  const next = all.find((e) => e.uid === `tet-am-lich-${year + 1}-off@lich`);
  assert.ok(next, `Tết ${year + 1} is in the feed`);
  assert.ok(all.every((e) => e.sequence === 0 && e.status !== 'CANCELLED'), 'a first publication');
  assert.equal(new Set(all.map((e) => e.uid)).size, all.length, 'one event per UID');
  const cal = new ICAL.Component(ICAL.parse(ics));
  assert.match(cal.getFirstPropertyValue('x-wr-calname'), /Sóc Trăng.* và lịch nghỉ lễ toàn quốc$/);

  // The JSON twin is what ical.js makes of the text.
  const json = await (await page.request.get(https.replace(/\.ics$/, '.json'))).json();
  const theirs = ICAL.parse(ics);
  const vevents = (j) => j[2].filter((c) => c[0] === 'vevent');
  assert.equal(vevents(json).length, vevents(theirs).length);
  const props = (c) => Object.fromEntries(c[1].map((p) => [p[0], [p[2], p[3]]]));
  for (const [ours, parsed] of vevents(json).map((c, i) => [props(c), props(vevents(theirs)[i])])) {
    for (const name of ['uid', 'dtstart', 'dtend', 'summary', 'sequence', 'description']) {
      assert.deepEqual(ours[name], parsed[name], name);
    }
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('in English, the English feed; with an agency file, the national one', async () => {
  const { page, errors } = await open('/embed.html?lang=en&view=agenda');
  await page.locator('.lich-subscribe summary').click();
  const https = await page.locator('a.lich-feed').getAttribute('href');
  assert.equal(https, `${site.origin}/feeds/all.en.ics`);
  const ics = await (await page.request.get(https)).text();
  assert.ok(events(ics).some((e) => e.summary === 'Tết Giáp Thìn break (7 consecutive days)'));
  // embed.html's address cannot choose the feed a visitor is sent to.
  await page.goto(site.origin + '/embed.html?feed=https://evil.example/x.ics&view=agenda');
  await page.waitForSelector('.lich-subscribe');
  assert.equal(await page.locator('a.lich-feed').getAttribute('href'), `${site.origin}/feeds/all.ics`);
  assert.deepEqual(errors.filter((e) => !/evil/.test(e)), []);
  await page.close();
});
