// Launches Debian's Chromium headless through playwright-core.
import { chromium, selectors } from 'playwright-core';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Chromium has died as it started (seen once, in CI on a fresh machine:
// SIGSEGV before its first page, as the WordPress tier launched three at
// once); one more try, said on stderr, tells that apart from a browser
// that cannot start at all, which still fails the test.
// A day's cell. Cells carry no date of their own: each grid's table gives
// its first day (`data-from`) and its cells follow in order, a week a row.
// These find a day's cell under a root (a document, an element, and the
// shadow roots inside them) and a cell's day — in the page as the globals
// `lichCell(root, iso)` and `lichDate(cell)` for `page.evaluate`, and as
// Playwright's selector `day=YYYY-MM-DD`. In the year view a day is also
// an empty cell of a neighbouring month's grid: the cell in the tab order
// (the day's own month) is the one found.
function dayFinders() {
  const DAY = 86_400_000;
  const roots = (root) => {
    const all = [root];
    for (let i = 0; i < all.length; i++) {
      if (all[i].shadowRoot) all.push(all[i].shadowRoot);
      for (const el of all[i].querySelectorAll('*')) if (el.shadowRoot) all.push(el.shadowRoot);
    }
    return all;
  };
  const cells = (root, iso) => {
    const found = [];
    if (!root) return found;
    for (const r of roots(root)) {
      for (const table of r.querySelectorAll('table[data-from]')) {
        const n = Math.round((Date.parse(iso) - Date.parse(table.dataset.from)) / DAY);
        const cell = n >= 0 ? table.tBodies[0]?.rows[Math.floor(n / 7)]?.cells[n % 7] : undefined;
        if (cell) found.push(cell);
      }
    }
    const live = found.filter((c) => c.hasAttribute('tabindex'));
    return live.length ? live : found;
  };
  const date = (cell) => {
    const from = cell.closest('table[data-from]').dataset.from;
    const n = cell.parentElement.sectionRowIndex * 7 + cell.cellIndex;
    return new Date(Date.parse(from) + n * DAY).toISOString().slice(0, 10);
  };
  return { cells, date };
}
await selectors.register('day', `(() => { const f = (${dayFinders})();
  return { query: (root, iso) => f.cells(root, iso)[0] ?? null, queryAll: (root, iso) => f.cells(root, iso) }; })()`);
const IN_PAGE = `(() => { const f = (${dayFinders})();
  globalThis.lichCell = (root, iso) => f.cells(root, iso)[0] ?? null; globalThis.lichDate = f.date; })()`;

// The day of a cell (a locator).
export const dateOf = (cell) => cell.evaluate((c) => lichDate(c));

export async function launch(options = {}) {
  try {
    return await launchOnce(options);
  } catch (error) {
    console.error(`# chromium did not start (${String(error.message).split('\n')[0]}); trying once more`);
    return launchOnce(options);
  }
}

async function launchOnce(options) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lich-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
      ...options,
    });
  } catch (error) {
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  await context.addInitScript({ content: IN_PAGE });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export const OUT = path.resolve(import.meta.dirname, '..', 'out');
fs.mkdirSync(OUT, { recursive: true });

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// Every rule set of axe-core: WCAG 2.0/2.1 A and AA, WCAG 2.2 AA, best
// practices and the experimental rules (label in name among them), on the
// whole page and into the widgets' shadow roots; fails with the list.
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', 'experimental'];
export async function axe(page, name) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate((tags) => window.axe.run(document, {
    runOnly: { type: 'tag', values: tags },
  }), AXE_TAGS);
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`);
  assert.deepEqual(summary, [], `axe violations on ${name}`);
}

// An element's accessible name as Chromium computes it (the first line of
// its ARIA snapshot: `- gridcell "…"`).
export async function accessibleName(locator) {
  const first = (await locator.ariaSnapshot()).split('\n')[0];
  const quoted = first.match(/"(?:[^"\\]|\\.)*"/);
  return quoted ? JSON.parse(quoted[0]) : '';
}
