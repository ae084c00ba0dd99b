// Lighthouse (mobile, default throttling) on a built gallery served under a sub-path on 127.0.0.1.
// Audits the index, a film page, a director page and a colour-family page, LIGHTHOUSE_RUNS times each (default
// 5), and judges the run with the median performance score; writes every run's JSON report to
// REPORT_DIR/<label>-<page>-<run>.json and the median one to REPORT_DIR/<label>-<page>.json, prints a table and
// the first view of the index in KB, and exits 1 when any category of the median run scores below the minimum
// (or it shifts too much, or the first view is too heavy).
// Usage: node .ci/lighthouse.mjs SITE_DIR LABEL REPORT_DIR
// Needs: lighthouse in LIGHTHOUSE_DIR (default target/tools/lighthouse), CHROME_PATH (default /usr/bin/chromium).
import { spawn, execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const MIN_SCORE = 0.95;
// Lighthouse's own advice for a score that varies from run to run (its performance score does, by a few hundredths
// on a busy 2-core machine): run it several times and judge the median run.
// Five, not three: in three runs of a saved-files film page on 2026-12-01 one run's 0.94 and another's 0.95 made a
// median of 0.95, with 107-220 ms of total blocking time from the same page.
const RUNS = Number(process.env.LIGHTHOUSE_RUNS || 5);
const MAX_CLS = 0.02;
const MAX_FIRST_VIEW_KB = 300;
const BASE = '/cinechrome/';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const [siteArg, label, reportArg] = process.argv.slice(2);
const site = resolve(siteArg);
const reports = resolve(reportArg);
const lighthouseDir = resolve(process.env.LIGHTHOUSE_DIR || 'target/tools/lighthouse');
const lighthouse = join(lighthouseDir, 'node_modules/.bin/lighthouse');
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
mkdirSync(reports, { recursive: true });

function firstFolder(dir) {
  const names = readdirSync(join(site, dir), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  if (names.length === 0) throw new Error(`${site}/${dir} has no page folders: build the gallery first`);
  return `${dir}/${names.sort()[0]}/`;
}

const pages = [['index', ''], ['film', firstFolder('films')], ['director', firstFolder('directors')],
  ['colour', firstFolder('colours')]];

const portFile = join(reports, `${label}.port`);
rmSync(portFile, { force: true });
const server = spawn(process.execPath, [new URL('./serve.mjs', import.meta.url).pathname, site, BASE, portFile],
  { stdio: 'inherit' });
let port = '';
for (let i = 0; i < 100 && !port; i++) {
  await sleep(100);
  if (existsSync(portFile)) port = readFileSync(portFile, 'utf8');
}

/** Bytes of the first view: everything loaded except images that were not in the first viewport. */
function firstViewBytes(report) {
  const items = report.audits['network-requests'].details.items;
  const offscreen = new Set((report.audits['offscreen-images']?.details?.items || []).map((i) => i.url));
  let bytes = 0;
  for (const item of items) {
    const belowFold = item.resourceType === 'Image' && (offscreen.has(item.url) || item.priority === 'Low');
    if (!belowFold) bytes += item.transferSize || 0;
  }
  return bytes;
}

/** The run with the median performance score (the middle one of an odd number of runs). */
function median(runs) {
  const score = (r) => r.categories.performance.score ?? -1;
  const sorted = [...runs].sort((a, b) => score(a) - score(b));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

let failed = false;
const rows = [];
try {
  for (const [name, path] of pages) {
    const url = `http://127.0.0.1:${port}${BASE}${path}`;
    const runs = [];
    try {
      for (let run = 1; run <= RUNS; run++) {
        const out = join(reports, `${label}-${name}-${run}.json`);
        execFileSync(lighthouse, [url, '--output=json', `--output-path=${out}`, '--quiet',
          `--only-categories=${CATEGORIES.join(',')}`, '--chrome-flags=--headless=new --no-sandbox'],
        { env: { ...process.env, CHROME_PATH: chrome }, stdio: 'inherit' });
        runs.push(JSON.parse(readFileSync(out, 'utf8')));
      }
    } catch (e) {
      console.log(`${label} ${path || 'index.html'}: lighthouse failed (${e.message.split('\n')[0]})`);
      failed = true;
      continue;
    }
    const report = median(runs);
    writeFileSync(join(reports, `${label}-${name}.json`), JSON.stringify(report));
    const scores = CATEGORIES.map((c) => report.categories[c].score);
    const cls = report.audits['cumulative-layout-shift'].numericValue;
    const row = { page: path || 'index.html', scores, cls,
      runs: runs.map((r) => (r.categories.performance.score ?? 0).toFixed(2)).join(' '),
      lcp: report.audits['largest-contentful-paint'].numericValue,
      total: report.audits['total-byte-weight'].numericValue, firstView: firstViewBytes(report) };
    rows.push(row);
    const bad = scores.some((s) => s === null || s < MIN_SCORE) || cls > MAX_CLS
      || (name === 'index' && row.firstView > MAX_FIRST_VIEW_KB * 1024);
    if (bad) {
      failed = true;
      const weak = Object.values(report.audits)
        .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative'
          && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
        .map((a) => `${a.id} (${a.score})`);
      console.log(`${label} ${row.page}: below target; weak audits: ${weak.join(', ')}`);
    }
  }
} finally {
  server.kill();
}

const kb = (b) => `${Math.round(b / 1024)} KB`;
console.log(`\nLighthouse ${label} (${site})`);
console.log('| page | performance | accessibility | best practices | SEO | CLS | LCP | loaded | first view |'
  + ' performance of each run |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.page} | ${r.scores.map((s) => (s === null ? 'n/a' : s.toFixed(2))).join(' | ')} | `
    + `${r.cls.toFixed(3)} | ${(r.lcp / 1000).toFixed(1)} s | ${kb(r.total)} | ${kb(r.firstView)} | ${r.runs} |`);
}
if (failed) {
  console.log(`Lighthouse ${label}: a page scored below ${MIN_SCORE}, shifted more than CLS ${MAX_CLS}, or the index's`
    + ` first view is over ${MAX_FIRST_VIEW_KB} KB; reports in ${reports}`);
  process.exit(1);
}
console.log(`Lighthouse ${label}: every category >= ${MIN_SCORE}; reports in ${reports}`);
