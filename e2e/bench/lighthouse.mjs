// Lighthouse 12.2.3 (npm) against the release build served on 127.0.0.1 with
// gzip, in Debian's headless Chromium: default mobile settings (simulated
// slow 4G and 4× CPU slowdown). Prints the four category scores (medians of
// RUNS runs; the performance score varies from run to run), the metrics, and
// every audit that keeps a category below 100. Reports only.
//   node e2e/bench/lighthouse.mjs [runs]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { serve } from '../tests/server.mjs';
import { median } from './median.mjs';

const RUNS = Number(process.argv[2] ?? 3);
const root = path.resolve(import.meta.dirname, '..', '..');
const bin = path.join(root, 'e2e', 'node_modules', '.bin', 'lighthouse');
const site = await serve(path.join(root, 'dist'), { gzip: true });
const reports = [];
for (let i = 0; i < RUNS; i++) {
  const out = path.join(os.tmpdir(), `lich-lighthouse-${process.pid}-${i}.json`);
  // Asynchronous: the server answering Lighthouse runs in this process.
  await promisify(execFile)(process.execPath, [bin, `${site.origin}/`, '--quiet', '--output=json', `--output-path=${out}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    `--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run`],
  { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' }, maxBuffer: 1 << 26 });
  reports.push(JSON.parse(fs.readFileSync(out, 'utf8')));
  fs.rmSync(out);

}
site.server.close();

const cats = ['performance', 'accessibility', 'best-practices', 'seo'];
const score = (r, c) => Math.round(r.categories[c].score * 100);
console.log(`| Lighthouse ${reports[0].lighthouseVersion}, mobile, ${RUNS} runs | median | runs |`);
console.log('| --- | --- | --- |');
for (const c of cats) console.log(`| ${c} | ${median(reports.map((r) => score(r, c)))} | ${reports.map((r) => score(r, c)).join(', ')} |`);
for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
  const vals = reports.map((r) => r.audits[id].numericValue);
  const unit = id === 'cumulative-layout-shift' ? '' : ' ms';
  console.log(`| ${reports[0].audits[id].title} | ${median(vals).toFixed(id === 'cumulative-layout-shift' ? 3 : 0)}${unit} | |`);
}
// Audits that cost points in the median run of each category.
const mid = reports.toSorted((a, b) => score(a, 'performance') - score(b, 'performance'))[Math.floor(RUNS / 2)];
for (const c of cats) {
  const losing = mid.categories[c].auditRefs
    .filter((ref) => ref.weight > 0 && mid.audits[ref.id].score !== null && mid.audits[ref.id].score < 1)
    .map((ref) => `${ref.id} (${mid.audits[ref.id].displayValue ?? Math.round(mid.audits[ref.id].score * 100)})`);
  if (losing.length) console.log(`${c}: below full marks on ${losing.join(', ')}`);
}
