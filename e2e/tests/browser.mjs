// Launches Debian's Chromium headless through playwright-core.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Chromium has died as it started (seen once, in CI on a fresh machine:
// SIGSEGV before its first page, as the WordPress tier launched three at
// once); one more try, said on stderr, tells that apart from a browser
// that cannot start at all, which still fails the test.
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
