// End to end, for people who do not see colour, who use forced colours
// (Windows High Contrast) or only a keyboard: today, the selected day and
// the pressed view differ from other cells by a shape, not only a colour,
// and the year is one tab stop that keys move through.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve } from './server.mjs';
import { axe, dateOf, launch, OUT } from './browser.mjs';

const DIST = path.resolve(import.meta.dirname, '..', '..', 'dist');
// 10:00 in Hà Nội on 1 December 2026.
const NOW = new Date('2026-12-01T03:00:00Z');
let site, browser;

before(async () => {
  site = await serve(DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  site?.server.close();
});

async function open({ width = 1280 } = {}) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 1000 });
  await page.clock.setFixedTime(NOW);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(site.origin + '/');
  await page.waitForFunction(() => document.querySelector('[data-lich]')?.shadowRoot?.querySelector('td[role="gridcell"]'));
  return { page, errors };
}

// The focused element's date, through the shadow root.
const focused = (page) => page.evaluate(() => {
  const a = document.querySelector('[data-lich]').shadowRoot.activeElement;
  return a ? { date: a.closest('td') ? lichDate(a.closest('td')) : null, inMonth: !!a.closest('.lich-grid'), inYear: !!a.closest('.lich-mini') } : null;
});

// What sets an element apart besides colour: borders, outline, decoration.
const shape = (locator) => locator.evaluate((el) => {
  const s = getComputedStyle(el);
  return {
    border: s.borderTopStyle === 'none' ? 0 : parseFloat(s.borderTopWidth),
    radius: s.borderTopLeftRadius,
    outline: s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth),
    underline: s.textDecorationLine.includes('underline'),
  };
});

test('today has a ring around its number, in the month, the year and the legend, also without colour', async () => {
  const { page, errors } = await open();
  await page.getByRole('button', { name: 'Hôm nay' }).click();
  const today = page.locator('td[aria-current="date"]');
  assert.equal(await dateOf(today), '2026-12-01');
  const ring = await shape(today.locator('.lich-solar'));
  const plain = await shape(page.locator('day=2026-12-02 >> .lich-solar'));
  assert.ok(ring.border >= 2 && ring.radius !== '0px', `today's number is circled: ${JSON.stringify(ring)}`);
  assert.equal(plain.border, 0, 'another day is not');
  assert.ok((await shape(page.locator('.lich-legend-today'))).border >= 2, 'the legend shows the same ring');
  // Seen as a person without colour vision would.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: 'achromatopsia' });
  await page.locator('section.lich').screenshot({ path: path.join(OUT, 'a11y-today-achromatopsia.png') });
  await page.getByRole('button', { name: 'Năm', exact: true }).click();
  const mini = page.locator('.lich-mini td[aria-current="date"]');
  assert.equal(await dateOf(mini), '2026-12-01');
  assert.ok((await shape(mini.locator('.lich-mini-num'))).border >= 2, 'circled in the year view');
  assert.equal((await shape(page.locator('day=2026-12-02 >> .lich-mini-num'))).border, 0);
  await page.locator('.lich-year').screenshot({ path: path.join(OUT, 'a11y-year-achromatopsia.png') });
  await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: 'none' });
  assert.deepEqual(errors, []);
  await page.close();
});

test('in forced colours, today, the selected day, the pressed view and a break differ by shape', async () => {
  const { page, errors } = await open();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
  assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
  // February 2024: the 7-day Tết break; 10/02 selected.
  const selected = await shape(page.locator('td[aria-selected="true"]'));
  const plain = await shape(page.locator('day=2024-02-20'));
  assert.ok(selected.outline >= 3 && plain.outline === 0, `selected ${JSON.stringify(selected)}, plain ${JSON.stringify(plain)}`);
  const start = await page.locator('day=2024-02-08').evaluate((el) => getComputedStyle(el).borderLeftWidth);
  assert.equal(start, '4px', 'the break starts with a thick border');
  const pressed = await shape(page.locator('.lich-tab[aria-current="true"]'));
  const other = await shape(page.locator('.lich-tab:not([aria-current])').first());
  assert.ok(pressed.underline && !other.underline && pressed.border > other.border, `pressed ${JSON.stringify(pressed)}, other ${JSON.stringify(other)}`);
  await page.locator('section.lich').screenshot({ path: path.join(OUT, 'a11y-forced-colors-february.png') });
  await page.getByRole('button', { name: 'Hôm nay' }).click();
  assert.ok((await shape(page.locator('td[aria-current="date"] .lich-solar'))).border >= 2, 'today keeps its ring');
  await page.locator('section.lich').screenshot({ path: path.join(OUT, 'a11y-forced-colors-today.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the year is one tab stop; keys move through it and Enter opens the day in the month, focused', async () => {
  const { page, errors } = await open();
  await page.getByRole('button', { name: 'Năm', exact: true }).click();
  await page.waitForSelector('.lich-mini');
  // Tab stops inside the widget: every focusable control, each grid cell counted if tabbable.
  const stops = await page.evaluate(() => {
    const root = document.querySelector('[data-lich]').shadowRoot;
    return [...root.querySelectorAll('button, a[href], input, select, summary, [tabindex]')]
      .filter((e) => e.tabIndex >= 0 && !e.disabled && e.offsetParent !== null).length;
  });
  assert.ok(stops < 25, `${stops} tab stops in the year view`);
  assert.equal(await page.locator('.lich-mini td[tabindex="0"]').count(), 1, 'one day in the tab order');
  assert.equal(await page.locator('.lich-mini[role="grid"]').count(), 12);
  await axe(page, 'year view as grids');
  // Tab from the filters reaches the focused day (10/02/2024, the seed's Tết).
  await page.locator('.lich-mini td[tabindex="0"]').focus();
  assert.deepEqual(await focused(page), { date: '2024-02-10', inMonth: false, inYear: true });
  await page.keyboard.press('ArrowRight');
  assert.equal((await focused(page)).date, '2024-02-11');
  await page.keyboard.press('ArrowDown');
  assert.equal((await focused(page)).date, '2024-02-18');
  await page.keyboard.press('PageDown');
  assert.equal((await focused(page)).date, '2024-03-18', 'PageDown: the same day next month');
  assert.equal(await dateOf(page.locator('.lich-mini td[tabindex="0"]')), '2024-03-18');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.lich-grid');
  assert.deepEqual(await focused(page), { date: '2024-03-18', inMonth: true, inYear: false }, 'Enter opens the month on that day');
  assert.match(await page.textContent('#lich-title'), /^Tháng 3\/2024/);
  // A click in the year does the same.
  await page.getByRole('button', { name: 'Năm', exact: true }).click();
  await page.locator('day=2024-09-02').click();
  await page.waitForSelector('.lich-grid');
  assert.deepEqual(await focused(page), { date: '2024-09-02', inMonth: true, inYear: false }, 'a click opens the month on that day');
  assert.deepEqual(errors, []);
  await page.close();
});

// The WCAG 1.4.12 text-spacing override, in the page and in the widget's shadow root.
const textSpacing = (page) => page.evaluate(() => {
  const css = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
  for (const root of [document.head, document.querySelector('[data-lich]').shadowRoot]) {
    const s = document.createElement('style');
    s.textContent = css;
    root.append(s);
  }
});
const wide = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test('the page at 320 px with WCAG text spacing: a long e-mail address wraps instead of widening the page, lunar dates are whole, the focused cell is above its neighbours', async () => {
  const { page } = await open({ width: 320 });
  await textSpacing(page);
  // "19/12" and the other lunar labels are not clipped by their cell.
  const clipped = await page.evaluate(() => [...document.querySelector('[data-lich]').shadowRoot.querySelectorAll('td[role="gridcell"]')]
    .filter((td) => { const l = td.querySelector('.lich-lunar'); return l.scrollWidth > l.clientWidth + 1 || l.getBoundingClientRect().right > td.getBoundingClientRect().right + 1; })
    .map(lichDate));
  assert.deepEqual(clipped, [], 'lunar dates fit their cells');
  // The focus ring is not painted over by the next (shaded) cell: the focused cell is raised.
  await page.locator('day=2024-02-07').focus();
  const z = await page.evaluate(() => { const td = document.querySelector('[data-lich]').shadowRoot.activeElement; const s = getComputedStyle(td); return { z: s.zIndex, position: s.position }; });
  assert.deepEqual(z, { z: '1', position: 'relative' });
  await page.locator('day=2024-02-10').click();
  assert.ok(await page.locator('.lich-contact a[href^="mailto:"]').count() > 0, 'the details show an e-mail address');
  assert.equal(await wide(page), 0, 'nothing is wider than the screen');
  await page.locator('.lich-details').screenshot({ path: path.join(OUT, 'a11y-details-320-text-spacing.png') });
  await page.close();
});

test('embed.html at 320 px with WCAG text spacing: a main landmark and a heading, nothing wider than the frame, list numbers whole, the focus ring inside', async () => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 320, height: 800 });
  await page.clock.setFixedTime(NOW);
  await page.goto(site.origin + '/embed.html?month=2024-02');
  await page.waitForFunction(() => document.querySelector('[data-lich]')?.shadowRoot?.querySelector('td[role="gridcell"]'));
  assert.equal(await page.locator('main').count(), 1);
  assert.equal(await page.locator('h1').count(), 1);
  await textSpacing(page);
  await page.locator('day=2024-02-10').click();
  assert.ok(await page.locator('.lich-contact a[href^="mailto:"]').count() > 0, 'the details show an e-mail address');
  assert.equal(await wide(page), 0, 'the details with an e-mail address fit');
  await page.locator('day=2024-02-10').focus();
  const ring = await page.evaluate(() => {
    const el = document.querySelector('[data-lich]').shadowRoot.querySelector('.lich-tab');
    el.focus();
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    const out = parseFloat(s.outlineWidth) + parseFloat(s.outlineOffset);
    return { left: r.left - out, top: r.top - out };
  });
  assert.ok(ring.left >= 0 && ring.top >= 0, `the first button's focus ring is inside the frame: ${JSON.stringify(ring)}`);
  await page.getByRole('button', { name: 'Lịch công tác' }).click();
  const list = await page.evaluate(() => {
    const ol = document.querySelector('[data-lich]').shadowRoot.querySelector('.lich-agenda-list');
    const items = ol.querySelectorAll(':scope > li').length;
    // The width "100." takes in the list's font, against the room left of the items.
    const probe = document.createElement('span');
    probe.textContent = '100.';
    probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
    ol.append(probe);
    const need = probe.getBoundingClientRect().width;
    probe.remove();
    return { items, room: parseFloat(getComputedStyle(ol).paddingLeft) + ol.getBoundingClientRect().left, need };
  });
  assert.ok(list.items >= 5, `${list.items} items`);
  assert.ok(list.room >= list.need, `numbers up to 100. fit: ${JSON.stringify(list)}`);
  assert.equal(await wide(page), 0, 'the agenda fits');
  await page.screenshot({ path: path.join(OUT, 'a11y-embed-320-text-spacing.png'), fullPage: true });
  await page.close();
});

test('axe with every rule set: every view, both languages, both themes, embed.html and the configurator', async () => {
  // embed.html's own CSP forbids the injected axe script: this browser bypasses CSP for the audit only.
  const audit = await launch({ bypassCSP: true });
  try {
    const checked = [];
    for (const [url, lang] of [['/?', 'vi'], ['/embed.html?month=2024-02&', 'vi'], ['/embed.html?month=2024-02&lang=en&', 'en']]) {
      for (const colorScheme of ['light', 'dark']) {
        const page = await audit.context.newPage();
        await page.emulateMedia({ colorScheme });
        await page.goto(`${site.origin}${url}`);
        await page.waitForFunction(() => document.querySelector('[data-lich]')?.shadowRoot?.querySelector('td[role="gridcell"]'));
        if (url === '/?') {
          // The page's own language switch mounts the English build.
          if (colorScheme === 'dark') {
            await page.getByRole('button', { name: 'Switch to English' }).click();
            await page.waitForSelector('section.lich[lang="en"]');
          }
        }
        for (const view of ['month', 'agenda', 'year', 'converter']) {
          await page.locator(`.lich-tab[data-view="${view}"]`).click();
          await page.waitForFunction((v) => document.querySelector('[data-lich]').shadowRoot.querySelector(`.lich-tab[data-view="${v}"][aria-current="true"]`), view);
          const name = `${url} ${colorScheme} ${view}`;
          await axe(page, name);
          checked.push(name);
        }
        await page.close();
      }
    }
    const page = await audit.context.newPage();
    await page.goto(`${site.origin}/configurator.html`);
    await page.waitForFunction(() => document.querySelector('#preview')?.shadowRoot?.querySelector('td[role="gridcell"]'));
    await axe(page, 'configurator');
    checked.push('configurator');
    assert.equal(checked.length, 25);
  } finally {
    await audit.close();
  }
});

test('the month follows the APG date grid: arrows move the focus, Enter and Space select, the details say so', async () => {
  const { page, errors } = await open();
  const details = () => page.textContent('.lich-details h3');
  const selected = () => dateOf(page.locator('td[aria-selected="true"]'));
  assert.equal(await page.getAttribute('.lich-grid', 'aria-controls'), 'lich-details');
  await page.locator('day=2024-02-10').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal((await focused(page)).date, '2024-02-12');
  assert.equal(await selected(), '2024-02-10', 'the arrows do not select');
  assert.match(await details(), /^Thứ Bảy, 10\/02\/2024/);
  await page.keyboard.press('Enter');
  assert.equal(await selected(), '2024-02-12');
  assert.match(await details(), /^Thứ Hai, 12\/02\/2024/);
  // A screen reader hears the new selection from a polite live region.
  const said = await page.evaluate(() => [...document.querySelector('[data-lich]').shadowRoot.querySelectorAll('.lich-month > [aria-live="polite"]')].map((p) => p.textContent));
  assert.ok(said.some((t) => /^Thứ Hai, 12\/02\/2024/.test(t)), JSON.stringify(said));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press(' ');
  assert.equal(await selected(), '2024-02-19', 'Space selects too');
  assert.equal((await focused(page)).date, '2024-02-19');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the converter marks what is wrong, hints the format, groups the lunar fields, and speaks when a field is committed', async () => {
  const { page, errors } = await open();
  await page.locator('.lich-tab[data-view="converter"]').click();
  const date = page.getByLabel('Ngày dương lịch');
  assert.equal(await date.getAttribute('aria-invalid'), null);
  assert.match(await date.getAttribute('aria-describedby'), /lich-conv-hint/);
  assert.match(await page.textContent('#lich-conv-hint'), /nút lịch trong ô/);
  assert.equal(await page.locator('fieldset.lich-lunar-inputs[aria-labelledby]').count(), 1);
  const live = () => page.evaluate(() => [...document.querySelector('[data-lich]').shadowRoot.querySelectorAll('.lich-converter [aria-live="polite"]')].map((p) => p.textContent).join(' | '));
  const year = page.getByLabel('Năm âm lịch');
  await year.fill('');
  await year.pressSequentially('2024');
  assert.doesNotMatch(await live(), /2024/, 'nothing is said while typing');
  await page.getByLabel('Tháng nhuận').check();
  assert.equal(await year.getAttribute('aria-invalid'), 'true');
  assert.match(await page.textContent('#lich-conv-lunar'), /Năm âm lịch 2024 không có tháng nhuận\./);
  assert.match(await live(), /Năm âm lịch 2024 không có tháng nhuận\./, 'said when the box is ticked');
  await page.getByLabel('Tháng nhuận').uncheck();
  assert.equal(await year.getAttribute('aria-invalid'), null);
  await page.locator('section.lich').screenshot({ path: path.join(OUT, 'a11y-converter.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the agenda says how many entries a filter leaves, and offers no download when every kind is hidden', async () => {
  const { page, errors } = await open();
  await page.locator('.lich-tab[data-view="agenda"]').click();
  const status = page.locator('.lich-agenda [role="status"]');
  const before = await status.textContent();
  const n = Number(before.match(/\d+/)[0]);
  assert.equal(await page.locator('.lich-agenda-list > li').count(), n);
  await page.getByRole('button', { name: 'Lễ hội' }).click();
  const after = await status.textContent();
  assert.match(after, /^Danh sách có \d+ mục\.$/);
  assert.ok(Number(after.match(/\d+/)[0]) < n, `${before} → ${after}`);
  assert.equal(await page.locator('.lich-agenda-list > li').count(), Number(after.match(/\d+/)[0]));
  // Every kind hidden: no entry, and no download that would hold everything.
  for (const name of ['Ngày nghỉ', 'Treo cờ', 'Trực và hạn chót']) await page.getByRole('button', { name }).click();
  assert.equal(await status.textContent(), 'Danh sách có 0 mục.');
  assert.equal(await page.locator('a.lich-export').count(), 0);
  assert.match(await page.textContent('.lich-agenda'), /Mọi loại sự kiện đang ẩn: không có gì để tải về\./);
  assert.deepEqual(errors, []);
  await page.close();
});

test('zoom: at 200 % names wrap instead of being cut; at 400 % (and 320 px) a ✱ stands for a name with no room', async () => {
  for (const [width, zoom] of [[640, 200], [320, 400]]) {
    const page = await browser.context.newPage();
    // A 1280 px window at 200 % and 400 % zoom: 640 and 320 CSS pixels.
    await page.setViewportSize({ width, height: 1000 });
    await page.goto(site.origin + '/');
    await page.waitForFunction(() => document.querySelector('[data-lich]')?.shadowRoot?.querySelector('td[role="gridcell"]'));
    const cells = await page.evaluate(() => [...document.querySelector('[data-lich]').shadowRoot.querySelectorAll('td.lich-named')].map((td) => {
      const label = td.querySelector('.lich-name, .lich-term');
      const r = label.getBoundingClientRect();
      return {
        date: lichDate(td),
        shown: r.width > 1 && label.scrollWidth <= label.clientWidth + 1 && label.scrollHeight <= label.clientHeight + 1,
        cut: r.width > 1 && getComputedStyle(label).textOverflow === 'ellipsis',
        star: getComputedStyle(td.querySelector('.lich-solar'), '::after').content.includes('✱'),
      };
    }));
    assert.ok(cells.length >= 8, `${cells.length} named days in February 2024`);
    for (const c of cells) {
      assert.ok(!c.cut, `${zoom} %: ${c.date} is not cut`);
      assert.ok(c.shown || c.star, `${zoom} %: ${c.date} shows its name or a ✱`);
      if (zoom === 200) assert.ok(c.shown, `200 %: ${c.date} shows its whole name`);
    }
    await page.locator('section.lich').screenshot({ path: path.join(OUT, `a11y-zoom-${zoom}.png`) });
    await page.close();
  }
});

test('embed.html in English: the frame page says it is English, with an English title, and marks the Vietnamese parts; switching back makes it Vietnamese', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.origin + '/embed.html?month=2024-02&lang=en');
  await page.waitForFunction(() => document.querySelector('[data-lich]')?.shadowRoot?.querySelector('section.lich[lang="en"]'));
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  // The title is the shown data's, in English (the frame's own "Lịch âm dương" is gone).
  const title = await page.title();
  assert.match(title, /communications during Tết/, title);
  assert.equal(await page.textContent('h1'), title);
  // Vietnamese inside English is marked: the issuers of the documents, and the audience.
  const marked = await page.evaluate(() => [...document.querySelector('[data-lich]').shadowRoot.querySelectorAll('.lich-source [lang="vi"]')].map((e) => e.textContent));
  assert.ok(marked.includes('UBND tỉnh Sóc Trăng'), JSON.stringify(marked));
  assert.equal(await page.locator('.lich-details [lang="vi"]', { hasText: 'Tất cả cán bộ' }).count(), 1);
  await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'vi');
  assert.match(await page.title(), /dịp Tết Nguyên đán/, 'the Vietnamese title');
  await page.close();
});
