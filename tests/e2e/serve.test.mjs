// `redraft serve` as a writer meets it in the browser: live reload that keeps the scroll position
// and leaves other pages alone, the problem panel on a bad save (accessible, gone once fixed),
// and the example portfolio served over http:// with every link and file found.
//
// Run from this folder: `npm ci && npm test` (needs /usr/bin/chromium).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const AXE = require.resolve('axe-core/axe.min.js');
const BIN = join(repo, 'target', 'release', 'redraft');

let work;
let browser;
const servers = [];

/** Starts `redraft serve DIR --port 0` and resolves with its base URL once it listens. */
function serve(dir) {
  const child = spawn(BIN, ['serve', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  servers.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), 60_000);
    const read = (chunk) => {
      output += chunk;
      const found = output.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (found) {
        clearTimeout(timer);
        resolve({ base: found[0], output: () => output });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
  });
}

const fm = (o) => `---\n${Object.entries(o).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n`;

/** A draft long enough to scroll: numbered paragraphs. */
function longDraft(extra = '') {
  const paragraphs = [];
  for (let i = 1; i <= 60; i++) {
    paragraphs.push(`Paragraph ${i} of the essay, about the long walk to school and what it taught me.`);
  }
  return paragraphs.join('\n\n') + extra + '\n';
}

function portfolio() {
  const dir = mkdtempSync(join(work, 'serve-'));
  const files = {
    'redraft.yaml': 'title: Live preview\n',
    'pieces/essay/01-first.md': fm({ title: 'The walk', stage: 'first-draft' }) + 'A first go at the walk.\n',
    'pieces/essay/02-second.md': fm({ stage: 'revision' }) + longDraft(),
    'pieces/poem/01-only.md': fm({ title: 'A poem' }) + 'Short lines, for now.\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

before(async () => {
  assert.ok(existsSync(CHROMIUM), `Chromium is not at ${CHROMIUM}: install Debian's chromium package (apt-get install -y chromium)`);
  execFileSync('cargo', ['build', '--release', '--quiet'], { cwd: repo, stdio: 'inherit' });
  work = mkdtempSync(join(tmpdir(), 'redraft-serve-e2e-'));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  for (const child of servers) child.kill('SIGINT');
  if (work) rmSync(work, { recursive: true, force: true });
});

test('a save reloads the page it changed at the same scroll position, and leaves other pages alone', async () => {
  const dir = portfolio();
  const { base } = await serve(dir);
  const context = await browser.newContext({ viewport: { width: 1280, height: 700 } });
  const essay = await context.newPage();
  await essay.goto(`${base}essay/draft-2/`);
  const poem = await context.newPage();
  await poem.goto(`${base}poem/draft-1/`);
  await poem.evaluate(() => { window.notReloaded = true; });
  // Wait for both pages' event streams to say hello before saving.
  await essay.waitForLoadState('networkidle').catch(() => {});
  await essay.waitForTimeout(300);

  // At once: the theme scrolls smoothly, and the test wants the place, not the motion.
  await essay.evaluate(() => window.scrollTo({ top: 1500, behavior: 'instant' }));
  const before = await essay.evaluate(() => window.scrollY);
  assert.ok(before > 1000, `the page scrolled (${before})`);

  writeFileSync(join(dir, 'pieces/essay/02-second.md'), fm({ stage: 'revision' }) + longDraft('\n\nA new ending, with a kingfisher.'));
  await essay.waitForFunction(() => document.body.textContent.includes('kingfisher'), null, { timeout: 30_000 });
  await essay.waitForFunction((y) => Math.abs(window.scrollY - y) < 5, before, { timeout: 5_000 });

  // The poem did not change, so its page was not reloaded.
  assert.equal(await poem.evaluate(() => window.notReloaded === true), true, 'the unchanged page kept its state');
  await context.close();
});

test('a bad save shows its problem over the last good page, accessibly, until a save fixes it', async () => {
  const dir = portfolio();
  const { base, output } = await serve(dir);
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(`${base}poem/draft-1/`);
  await page.waitForTimeout(300);

  writeFileSync(join(dir, 'pieces/poem/01-only.md'), '---\ntitle: [unclosed\n---\nShort lines, broken.\n');
  const panel = page.locator('#redraft-problems');
  await panel.waitFor({ timeout: 30_000 });
  assert.equal(await panel.getAttribute('role'), 'alert');
  const text = await panel.textContent();
  assert.match(text, /01-only\.md:\d+:\d+: cannot read the front matter/);
  // The last good page is still there underneath.
  assert.match(await page.locator('main').textContent(), /Short lines, for now\./);
  assert.match(output(), /This save did not build/);

  // The panel passes the same WCAG audit as the pages, and its button works by keyboard.
  await page.addScriptTag({ content: readFileSync(AXE, 'utf8') });
  const result = await page.evaluate(async () => window.axe.run('#redraft-problems', {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), []);
  await panel.getByRole('button', { name: 'Hide' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await panel.isVisible(), false, 'Hide hides the panel');

  writeFileSync(join(dir, 'pieces/poem/01-only.md'), fm({ title: 'A poem' }) + 'Short lines, mended.\n');
  await page.waitForFunction(() => document.body.textContent.includes('Short lines, mended.'), null, { timeout: 30_000 });
  assert.equal(await page.locator('#redraft-problems').count(), 0, 'the panel is gone');
});

test('the example portfolio served over http:// has every link and file it points to', async () => {
  const dir = join(work, 'example');
  cpSync(join(repo, 'example-portfolio'), dir, { recursive: true, filter: (src) => !src.includes('/public') });
  const { base } = await serve(dir);
  const seen = new Set();
  const queue = [base];
  const broken = [];
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    seen.add(url);
    const response = await fetch(url);
    if (response.status !== 200) {
      broken.push(`${url}: ${response.status}`);
      continue;
    }
    if (!(response.headers.get('content-type') || '').startsWith('text/html')) continue;
    const html = await response.text();
    for (const [, ref] of html.matchAll(/(?:href|src)="([^"#]+)(?:#[^"]*)?"/g)) {
      const target = new URL(ref.replaceAll('&amp;', '&'), url);
      if (target.origin === new URL(base).origin && !seen.has(target.href)) queue.push(target.href);
    }
  }
  assert.deepEqual(broken, []);
  assert.ok(seen.size > 30, `crawled ${seen.size} addresses`);

  // In the browser too: a change page loads every file it asks for.
  const page = await browser.newPage();
  const failed = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.url()}: ${r.status()}`); });
  page.on('pageerror', (e) => failed.push(String(e)));
  const change = [...seen].find((u) => u.includes('/changes/'));
  assert.ok(change, 'a change page was found');
  await page.goto(change);
  await page.waitForLoadState('load');
  assert.deepEqual(failed, []);
  await page.close();
});
