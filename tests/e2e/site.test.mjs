// Tests redraft's output as a person meets it: real Chromium (Debian's package, driven by
// playwright-core), axe-core's WCAG 2.1 A/AA rules, the Nu HTML checker, keyboard use, no
// JavaScript, print, and screenshots for a human to look at.
//
// Run from this folder: `npm ci && npm test` (needs /usr/bin/chromium and java). Nothing is
// skipped: a missing browser or Java fails the run and says why.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const AXE = require.resolve('axe-core/axe.min.js');
const VNU = join(dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
const SHOTS = join(repo, 'target', 'screenshots');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** The built-in languages besides English: the example is built in each, its words theirs. */
const LANGUAGES = ['es', 'fr', 'de', 'pt', 'it', 'nl', 'pl', 'ar', 'he', 'zh', 'ja'];

let work;
let browser;
const sites = {};

/** Every file below `dir`, relative, with `/` separators. */
function files(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split('\\').join('/'));
  }
  return out.sort();
}

function redraft(...args) {
  const bin = join(repo, 'target', 'release', 'redraft');
  return execFileSync(bin, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Writes a portfolio from a map of relative paths to text. */
function writePortfolio(dir, tree) {
  for (const [path, text] of Object.entries(tree)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/**
 * A class showcase made here: a teacher shown in full and students shown by initials, two of
 * whom share them (Ana Flores and Andrés Fuentes), with every kind of Markdown, details typed
 * once in a first draft, a private draft between two published ones and feedback from the class.
 */
function classShowcase() {
  const fm = (o) => `---\n${Object.entries(o).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n`;
  return {
    'redraft.yaml': 'title: Period 3 writing\nauthor: Mr. Adeyemi\ndescription: Drafts from period 3, messy parts included.\nnames: initials\n',
    'pieces/mr-adeyemi/_defaults.yaml': 'author: Tunde Adeyemi\nrole: teacher\ncourse: English 10\nnames: full\n',
    'pieces/students/andres/phones/01.md': fm({ title: 'Phones at lunch', author: 'Andrés Fuentes', assignment: 'Argument', tags: 'argument, school', date: '2026-09-09' }) +
      'Phones should be allowed at lunch because lunch is ours.\n',
    'pieces/students/andres/phones/02.md': fm({ title: 'Phones at lunch', date: '2026-09-10', visibility: 'private' }) +
      'PRIVATE-DRAFT-WORDS that only Andrés sees.\n',
    'pieces/students/andres/phones/03.md': fm({ title: 'Phones at Lunch', date: '2026-09-14', stage: 'revision', feedback: '\n  - from: Period 3\n    role: class\n    text: Say what lunch is for first.' }) +
      'Lunch is the one break we choose how to spend, so phones should be allowed then.\n',
    'pieces/mr-adeyemi/why-i-write/01-draft.md': fm({ title: 'Why I write', stage: 'first-draft', date: '2026-09-01' }) +
      'I write because I have to. It is my job.\n\n- lists\n- of things\n',
    'pieces/mr-adeyemi/why-i-write/02-draft.md': fm({ title: 'Why I Still Write', stage: 'revision', date: '2026-09-05', changes: 'Said the true reason.', reflection: '"I cut the *easy* answer."' }) +
      'I write because a page is the only place I can take my time.\n\n- lists\n- of small things\n- and a new one\n\n> A quote I added.\n',
    'pieces/students/ana/_defaults.yaml': 'author: Ana Flores\nrole: student\n',
    'pieces/students/ana/lab/01.md': fm({ title: 'Lab', date: '2026-09-10', feedback: '\n  - from: Tunde Adeyemi\n    role: teacher\n    text: Show the numbers.\n    quote: it got warmer' }) +
      'The water got warmer and it got warmer again.[^1]\n\n| trial | temp |\n|---|---|\n| 1 | 20 |\n\n[^1]: We used a cheap thermometer.\n',
    'pieces/students/ana/lab/02.md': fm({ title: 'Heat, Measured', date: '2026-09-12', stage: 'final' }) +
      'The water rose from 20 °C to 31 °C in ten minutes.[^1]\n\n| trial | temp |\n|---|---|\n| 1 | 20 |\n| 2 | 31 |\n\n```\nt = 10 min\n```\n\n- [x] measured twice\n\n[^1]: We used a cheap thermometer, checked against ice water.\n',
    'pieces/students/ben/poem/01.md': fm({ title: 'Rain', date: '2026-09-03' }) + 'Rain on the roof\\\nis loud\n',
    'pieces/students/ben/poem/02.md': fm({ title: 'Rain', date: '2026-09-04' }) + 'Rain on the tin roof\\\ndrums like a **marching band**\n',
    'pieces/students/ben/poem/03.md': fm({ title: 'Rain, Again', date: '2026-09-08', showcase: 'true' }) + '## Rain\n\nRain on the tin roof\\\ndrums like a [marching band](https://example.org/band)\n',
  };
}

/**
 * A small class site in Arabic, written right to left: two drafts of a piece (the second
 * rewrites a phrase, adds a paragraph and answers a comment pinned to a passage of the first),
 * and a second writer.
 */
function arabicClass() {
  const fm = (o) => `---\n${Object.entries(o).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n`;
  return {
    'redraft.yaml': 'title: صف الكتابة\nlanguage: ar\n',
    'pieces/river/01.md': fm({ title: 'النهر', author: 'سارة', assignment: 'وصف مكان', date: '2026-10-01', stage: 'first-draft', feedback: '\n  - from: ليلى\n    role: peer\n    quote: قرب بيتنا\n    text: أين بالضبط؟' }) +
      'يمر النهر قرب بيتنا. في الصيف يجري الماء ببطء شديد.\n\nتغسل جدتي الملابس هناك.\n',
    'pieces/river/02.md': fm({ title: 'النهر', date: '2026-10-04', stage: 'revision', changes: 'قلت أين يمر النهر.', reflection: 'أردت أن يرى القارئ المكان.' }) +
      'يمر النهر خلف بيتنا. في الصيف يجري الماء ببطء وهو دافئ.\n\nتغسل جدتي الملابس هناك.\n\nفي الليل نسمع الضفادع.\n',
    'pieces/lamp/01.md': fm({ title: 'المصباح', author: 'ليلى', date: '2026-10-02' }) + 'على مكتبي مصباح قديم.\n',
  };
}

/**
 * A small blog kept in git, made here from scratch: the portfolio is the blog's own repository,
 * whose posts (a Hugo post in TOML, a Jekyll post named by its date, a page bundle with a
 * picture) were revised over dated commits whose messages say what changed and why.
 */
function blogRepo(dir) {
  mkdirSync(dir, { recursive: true });
  const git = (date, ...args) => execFileSync('git', args, {
    cwd: dir,
    stdio: 'ignore',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Rae Quill', GIT_AUTHOR_EMAIL: 'rae@example.org',
      GIT_COMMITTER_NAME: 'Rae Quill', GIT_COMMITTER_EMAIL: 'rae@example.org',
      GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date,
      GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1',
    },
  });
  const commit = (date, message, tree) => {
    writePortfolio(dir, tree);
    git(date, 'add', '-A');
    git(date, 'commit', '-q', '-m', message);
  };
  const site = pathToFileURL(join(dir, 'public')).href;
  const bus = (title, body) => `+++\ntitle = "${title}"\ndate = 2026-01-12\ntags = ["city", "habits"]\n[params]\ncover = "bus.jpg"\n+++\n${body}`;
  const bread = (body) => `---\nlayout: post\ntitle: Bread, Slowly\ncategories: [kitchen]\ntags: [food, habits]\n---\n${body}`;
  const garden = (body) => `---\ntitle: The Balcony Garden\ntags: [garden]\n---\n${body}\n\n![Three pots in a row on a narrow balcony](pots.svg)\n`;
  git('2026-01-12T20:00:00+01:00', 'init', '-q', '-b', 'main');
  commit('2026-01-12T20:00:00+01:00', 'Start a blog', {
    'redraft.yaml': `title: Rae writes it twice\ndescription: Short posts, with every draft left in.\nbase_url: ${site}/\nhistory:\n  - posts: content/posts\n    merge_small: 5\n`,
    'content/posts/night-bus.md': bus('The Night Bus', 'The night bus is slow. I take it home from work because it is cheap.\n'),
  });
  commit('2026-01-15T22:10:00+01:00', 'Open on the driver\n\nA friend said the first line told her nothing, so it starts with a person now.', {
    'content/posts/night-bus.md': bus('The Night Bus', 'The driver of the 41 hums the same four notes at every stop.\n\nThe bus is slow, and I take it home from work because it is cheap, and because of him.\n'),
    'content/posts/2026-02-10-bread.md': bread('Bread takes a day. I started at nine and it was ready at nine.\n'),
  });
  commit('2026-02-11T08:30:00+01:00', 'Fix a typo', {
    'content/posts/2026-02-10-bread.md': bread('Bread takes a day. I started at nine and it was ready at nine again.\n'),
  });
  commit('2026-02-20T19:00:00+01:00', 'Say what the waiting is for\n\nThe first version only said it was slow. Now it says why I like that.', {
    'content/posts/2026-02-10-bread.md': bread('## Waiting\n\nBread takes a day. I started at nine in the morning and it was ready at nine at night.\n\nMost of that day the dough sits and I do nothing, which is the part I came for.\n'),
    'content/posts/garden/index.md': garden('Three pots on a balcony: mint, chilli and something that came up by itself.'),
    'content/posts/garden/pots.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="20"><rect width="16" height="20"/><rect x="22" width="16" height="20"/><rect x="44" width="16" height="20"/></svg>\n',
  });
  commit('2026-03-02T18:45:00+01:00', 'Name the plant that came up by itself', {
    'content/posts/garden/index.md': garden('Three pots on a balcony: mint, chilli and a tomato nobody planted. A bird, I think.'),
  });
}

/** One piece of 30 drafts: its draft pages list a window of the drafts, not all of them. */
function longPiece() {
  const tree = { 'redraft.yaml': 'title: One long piece\n' };
  for (let n = 1; n <= 30; n++) {
    const label = n % 4 === 0 ? `label: After talking it through with my peer group\n` : '';
    tree[`pieces/long-essay/${String(n).padStart(2, '0')}.md`] =
      `---\ntitle: The long essay\ndraft: ${n}\n${label}---\nThe essay, draft ${n}. It grew a little${' and again'.repeat(n)}.\n`;
  }
  return tree;
}

before(async () => {
  assert.ok(existsSync(CHROMIUM), `Chromium is not at ${CHROMIUM}: install Debian's chromium package (apt-get install -y chromium)`);
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
  } catch {
    assert.fail('java is not installed: the Nu HTML checker needs it (apt-get install -y default-jre-headless)');
  }
  execFileSync('cargo', ['build', '--release', '--quiet'], { cwd: repo, stdio: 'inherit' });
  work = mkdtempSync(join(tmpdir(), 'redraft-e2e-'));
  sites.example = join(work, 'example');
  redraft('build', join(repo, 'example-portfolio'), '-o', sites.example);
  const cls = join(work, 'class');
  writePortfolio(cls, classShowcase());
  sites.class = join(cls, 'public');
  redraft('build', cls);
  const blog = join(work, 'blog');
  blogRepo(blog);
  sites.blog = join(blog, 'public');
  redraft('build', blog);
  const arabic = join(work, 'arabic');
  writePortfolio(arabic, arabicClass());
  sites.arabic = join(arabic, 'public');
  redraft('build', arabic);
  for (const lang of LANGUAGES) {
    const dir = join(work, `lang-${lang}`);
    cpSync(join(repo, 'example-portfolio'), dir, { recursive: true });
    const settings = join(dir, 'redraft.yaml');
    writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^language: .*$/m, `language: ${lang}`));
    sites[`lang-${lang}`] = join(dir, 'public');
    redraft('build', dir);
  }
  const long = join(work, 'long');
  writePortfolio(long, longPiece());
  sites.long = join(long, 'public');
  redraft('build', long);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

function pagesOf(site) {
  return files(sites[site]).filter((f) => f.endsWith('.html')).map((f) => ({ site, path: f }));
}

/** One page of each kind from each site, for the slower behaviour checks. */
function kindsOf(site) {
  const all = pagesOf(site).map((p) => p.path);
  const pick = (re) => all.find((p) => re.test(p));
  // A journey page is a piece's index: the folder that has a draft-1/ page.
  const journey = all.find((p) => p.endsWith('/index.html') && all.includes(p.replace(/index\.html$/, 'draft-1/index.html')));
  return {
    home: 'index.html',
    journey,
    draft: pick(/\/draft-2\/index\.html$/),
    changes: pick(/\/draft-2\/changes\/index\.html$/),
    compare: pick(/\/compare\/index\.html$/),
    packet: pick(/\/packet\/index\.html$/),
    writer: pick(/^writers\/[^/]+\/index\.html$/),
    search: 'search/index.html',
    notFound: '404.html',
  };
}

const url = (site, path) => pathToFileURL(join(sites[site], path)).href;

/** Opens a page and fails on any console error or uncaught exception. */
async function open(site, path, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  await page.goto(url(site, path));
  return { page, context, problems };
}

async function audit(page) {
  // Closed <details> (the side-by-side view) are audited open, as a reader would see them.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], preload: false });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' → ' + n.failureSummary.split('\n').join(' ')).join('\n    ')}`);
  }, WCAG);
}

const VIEWS = {
  light: { viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
  dark: { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
  phone: { viewport: { width: 390, height: 844 }, colorScheme: 'light', isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
};

for (const site of ['example', 'class', 'blog', 'arabic']) {
  test(`${site}: every page passes axe (WCAG 2.1 A and AA) in light, dark and phone views, without console errors`, async () => {
    const failures = [];
    for (const { path } of pagesOf(site)) {
      for (const [view, options] of Object.entries(VIEWS)) {
        const { page, context, problems } = await open(site, path, options);
        const violations = await audit(page);
        await context.close();
        for (const v of [...violations, ...problems]) failures.push(`${path} [${view}] ${v}`);
      }
    }
    assert.deepEqual(failures, [], failures.join('\n'));
  });
}

test('the example in every built-in language passes axe on each kind of page, light, dark and phone', async () => {
  const failures = [];
  for (const lang of LANGUAGES) {
    const site = `lang-${lang}`;
    for (const path of Object.values(kindsOf(site))) {
      for (const [view, options] of Object.entries(VIEWS)) {
        const { page, context, problems } = await open(site, path, options);
        const [htmlLang, violations] = [await page.evaluate(() => document.documentElement.lang), await audit(page)];
        await context.close();
        if (htmlLang !== lang) failures.push(`${lang} ${path}: lang is ${htmlLang}`);
        for (const v of [...violations, ...problems]) failures.push(`${lang} ${path} [${view}] ${v}`);
      }
    }
  }
  assert.deepEqual(failures, [], failures.join('\n'));
});

test('students who share initials get a page each, and the class and teacher are named whole', async () => {
  const { page, context, problems } = await open('class', 'writers/index.html');
  const writers = await page.locator('main a').allInnerTexts();
  for (const name of ['An. Fl.', 'An. Fu.', 'Tunde Adeyemi']) {
    assert.ok(writers.some((w) => w.includes(name)), `${name} is listed: ${writers.join(' | ')}`);
  }
  assert.ok(!writers.some((w) => /^A\. F\./.test(w)), 'no merged "A. F."');
  // Each writer's page holds only their own piece, reached by keyboard.
  await page.getByRole('link', { name: /An\. Fu\./ }).first().focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/writers\/an-fu\/index\.html$/);
  const main = await page.locator('main').innerText();
  assert.match(main, /Phones at Lunch/);
  assert.doesNotMatch(main, /Heat, Measured/);
  await context.close();
  // The journey: the name carried from the first draft, the class's feedback named whole, and
  // no gap where the private draft was.
  const journey = await open('class', 'students/an-fu/phones/index.html');
  const text = await journey.page.locator('main').innerText();
  assert.match(text, /An\. Fu\./);
  assert.match(text, /Period 3/);
  assert.match(text, /Draft 2/);
  assert.doesNotMatch(text, /Draft 3|PRIVATE-DRAFT-WORDS/);
  await journey.context.close();
  assert.deepEqual([...problems, ...journey.problems], []);
  const site = files(sites.class).join('\n');
  assert.doesNotMatch(site, /andres|fuentes|ana\/|flores/, "no student's name in an address");
});

test('a blog from git lists its posts newest first, each commit a draft with its message', async () => {
  const { page, context, problems } = await open('blog', 'index.html');
  const titles = await page.locator('.piece-card__title').allInnerTexts();
  assert.deepEqual(titles, ['The Balcony Garden', 'Bread, Slowly', 'The Night Bus']);
  assert.equal(await page.locator('h2.section-title', { hasText: '2026' }).count(), 1);
  const topics = await page.locator('.topics a').allInnerTexts();
  assert.ok(topics[0].startsWith('habits'), topics.join(' | '));
  await page.locator('.piece-card__title a', { hasText: 'The Night Bus' }).click();
  const journey = await page.locator('main').innerText();
  assert.match(journey, /Open on the driver/);
  assert.match(journey, /told her nothing/);
  assert.match(journey, /15 January 2026/);
  // The typo fix folded into the next draft: the bread post has two drafts, not three.
  await page.goto(url('blog', 'bread/index.html'));
  assert.match(await page.locator('main').innerText(), /2 drafts/);
  assert.doesNotMatch(await page.locator('main').innerText(), /Fix a typo/);
  await context.close();
  assert.deepEqual(problems, []);
  assert.ok(existsSync(join(sites.blog, 'garden', 'pots.svg')), 'the bundle picture is published');
  mkdirSync(SHOTS, { recursive: true });
  for (const [view, options] of Object.entries(VIEWS)) {
    const shot = await open('blog', 'index.html', options);
    await shot.page.screenshot({ path: join(SHOTS, `blog-home-${view}.png`), fullPage: true });
    await shot.context.close();
  }
});

test('the Nu HTML checker finds no errors on any page', () => {
  let report;
  try {
    report = execFileSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', '--skip-non-html', sites.example, sites.class, sites.blog, sites.arabic, sites.long, ...LANGUAGES.map((l) => sites[`lang-${l}`])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    report = e.stderr?.toString() || e.stdout?.toString() || '';
    if (!report.trim().startsWith('{')) throw e;
  }
  const messages = JSON.parse(report || '{"messages":[]}').messages.filter((m) => m.type === 'error');
  const lines = messages.map((m) => `${relative(work, decodeURIComponent(new URL(m.url).pathname))}:${m.lastLine}: ${m.message}`);
  assert.deepEqual(lines, [], lines.join('\n'));
  const checked = pagesOf('example').length + pagesOf('class').length;
  assert.ok(checked > 40, `only ${checked} pages checked`);
});

test('keyboard alone reaches every link and button of every kind of page', async () => {
  for (const [kind, path] of Object.entries(kindsOf('example'))) {
    const { page, context } = await open('example', path);
    // Number the controls once; each Tab reports which one has focus.
    const focusable = await page.evaluate(() => {
      window.__controls = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')]
        // Controls folded inside a closed <details> are reached once it is opened.
        .filter((el) => (el.getClientRects().length > 0 && !el.closest('details:not([open])')) || el.classList.contains('skip-link'));
      return window.__controls.length;
    });
    const reached = new Set();
    for (let i = 0; i < focusable + 3; i++) {
      await page.keyboard.press('Tab');
      const index = await page.evaluate(() => window.__controls.indexOf(document.activeElement));
      if (index >= 0) reached.add(index);
    }
    await context.close();
    assert.ok(focusable > 2, `${kind}: only ${focusable} controls found`);
    assert.equal(reached.size, focusable, `${kind} (${path}): Tab reached ${reached.size} of ${focusable} controls`);
  }
});

test('next and previous change move focus to the change, by key and by button', async () => {
  // The first change page with several changes (a run of whole new paragraphs is one change).
  let page, context, problems, ids, path;
  for (const candidate of pagesOf('example').map((p) => p.path).filter((p) => /\/changes\/index\.html$/.test(p))) {
    ({ page, context, problems } = await open('example', candidate));
    ids = await page.evaluate(() => [...new Set([...document.querySelectorAll('.change-view [id^="change-"]')].map((e) => e.id))]);
    path = candidate;
    if (ids.length >= 2) break;
    await context.close();
  }
  assert.ok(ids.length >= 2, 'some example change page has several changes');
  const focused = () => page.evaluate(() => document.activeElement.id);
  await page.keyboard.press('n');
  assert.equal(await focused(), ids[0]);
  await page.keyboard.press('n');
  assert.equal(await focused(), ids[1]);
  await page.keyboard.press('p');
  assert.equal(await focused(), ids[0]);
  await page.getByRole('button', { name: 'Next change' }).click();
  assert.equal(await focused(), ids[1]);
  // Without scripts, the numbered links do the same job.
  const noScript = await open('example', path, { javaScriptEnabled: false });
  await noScript.page.locator(`.change-nav a[href="#${ids[1]}"]`).focus();
  await noScript.page.keyboard.press('Enter');
  assert.equal(await noScript.page.evaluate(() => document.activeElement.id), ids[1]);
  await noScript.context.close();
  await context.close();
  assert.deepEqual(problems, []);
});

test('the side-by-side view opens from its link and shows each draft in its own column', async () => {
  const { page, context, problems } = await open('example', kindsOf('example').changes);
  const details = page.locator('details#side-by-side');
  assert.equal(await details.evaluate((d) => d.open), false, 'closed until asked for');
  await page.getByRole('link', { name: 'side by side' }).click();
  // The script opens it on the hash change, which comes after the click.
  await page.waitForFunction(() => document.querySelector('details#side-by-side').open, null, { timeout: 5000 })
    .catch(() => {});
  assert.equal(await details.evaluate((d) => d.open), true, 'the link opens it');
  const columns = await page.evaluate(() => {
    const row = document.querySelector('.sbs-row--edited, .sbs-row--removed, .sbs-row--added');
    const [old, now] = row.querySelectorAll('.sbs-cell');
    const box = (e) => e.getBoundingClientRect();
    return { left: box(old).left, right: box(now).left, rows: document.querySelectorAll('.sbs-row').length };
  });
  assert.ok(columns.right > columns.left + 200, `two columns side by side: ${JSON.stringify(columns)}`);
  assert.ok(columns.rows > 2);
  assert.deepEqual(problems, []);
  await context.close();
  // Without scripts the summary opens it.
  const noScript = await open('example', kindsOf('example').changes, { javaScriptEnabled: false });
  await noScript.page.locator('details#side-by-side > summary').focus();
  await noScript.page.keyboard.press('Enter');
  assert.equal(await noScript.page.locator('details#side-by-side').evaluate((d) => d.open), true);
  await noScript.context.close();
});

test('cuts and additions are announced in words and marked without colour', async () => {
  let inlineMarks = 0;
  const changePages = [...pagesOf('example'), ...pagesOf('class')].filter((p) => /\/(changes|compare)\/index\.html$/.test(p.path));
  for (const { site, path } of changePages) {
    const { page, context } = await open(site, path);
    const report = await page.evaluate(() => {
      const out = [];
      const view = document.querySelector('[data-diff-from][data-diff-to]');
      if (!view) return { out: ['no change view'], marks: 0 };
      for (const el of view.querySelectorAll('ins, del')) {
        const style = getComputedStyle(el);
        const line = style.textDecorationLine;
        if (el.tagName === 'DEL' && !line.includes('line-through')) out.push(`del without strike-through: ${el.outerHTML}`);
        if (el.tagName === 'INS' && !line.includes('underline')) out.push(`ins without underline: ${el.outerHTML}`);
        for (const pseudo of ['::before', '::after']) {
          const content = getComputedStyle(el, pseudo).content;
          if (content && content !== 'none' && content !== 'normal') out.push(`${el.tagName} has CSS-generated text ${content}`);
        }
      }
      // Every run of cut or added text starts with a spoken label.
      const marks = [...view.querySelectorAll('del[id], ins[id]')];
      for (const el of marks) {
        const label = el.querySelector('[data-diff-label]');
        if (!label || !label.textContent.trim()) out.push(`change without a label: ${el.outerHTML}`);
        else if (getComputedStyle(label).display === 'none' || getComputedStyle(label).visibility === 'hidden') out.push('label hidden from screen readers');
      }
      for (const block of view.querySelectorAll('[data-side]')) {
        // A table row carries its label in its first cell, where text may stand.
        const label = block.querySelector(':scope > [data-diff-label], :scope > td:first-child > [data-diff-label], :scope > th:first-child > [data-diff-label]');
        if (!label || !label.textContent.trim()) out.push(`block without a label: ${block.outerHTML.slice(0, 80)}`);
        else if (label.getClientRects().length === 0) out.push('block label not shown');
      }
      return { out, marks: marks.length };
    });
    await context.close();
    inlineMarks += report.marks;
    assert.deepEqual(report.out, [], `${site} ${path}: ${report.out.join('\n')}`);
  }
  assert.ok(changePages.length >= 15 && inlineMarks > 20, `checked ${changePages.length} pages, ${inlineMarks} marks`);
});

test('every page reads fully with JavaScript disabled', async () => {
  for (const site of ['example', 'class']) {
    for (const path of Object.values(kindsOf(site))) {
      const withJs = await open(site, path);
      const without = await open(site, path, { javaScriptEnabled: false });
      const text = (p) => p.evaluate(() => {
        const main = document.querySelector('main').cloneNode(true);
        // Controls that only scripts can work are added by scripts.
        main.querySelectorAll('.change-nav__buttons, .replay__slider, form[data-search]').forEach((e) => e.remove());
        return main.innerText.replace(/\s+/g, ' ').trim();
      });
      const [a, b] = [await text(withJs.page), await text(without.page)];
      await withJs.context.close();
      await without.context.close();
      assert.ok(b.length > 40, `${site} ${path}: hardly any text without JavaScript`);
      assert.equal(b, a, `${site} ${path}: the page reads differently without JavaScript`);
    }
  }
});

test('print hides navigation and shows the drafts, feedback and reflections in full', async () => {
  const kinds = kindsOf('example');
  for (const path of [kinds.journey, kinds.changes, kinds.draft, kinds.packet]) {
    const { page, context } = await open('example', path);
    await page.emulateMedia({ media: 'print' });
    const report = await page.evaluate(() => {
      const out = [];
      for (const sel of ['.skip-link', '.site-footer', '.site-nav', '.replay', '.piece-actions', '.draft-nav', '.change-nav', '.legend']) {
        for (const el of document.querySelectorAll(sel)) if (el.getClientRects().length > 0) out.push(`${sel} is printed`);
      }
      for (const sel of ['.draft-body', '.change-view', '.timeline__reflection', '.feedback', '.packet-draft']) {
        for (const el of document.querySelectorAll(sel)) if (el.getClientRects().length === 0) out.push(`${sel} is not printed`);
      }
      // The packet starts each draft on a new sheet.
      for (const el of [...document.querySelectorAll('.packet-draft')]) {
        if (getComputedStyle(el).breakBefore !== 'page') out.push('a packet draft does not start a new sheet');
      }
      if (!document.querySelector('.draft-body, .change-view')) out.push('no draft text at all');
      return out;
    });
    await context.close();
    assert.deepEqual(report, [], `${path}: ${report.join(', ')}`);
  }
});

test('search finds pieces from a page opened straight from disk', async () => {
  const { page, context, problems } = await open('example', 'search/index.html');
  const box = page.getByLabel('Find a piece by its words, title, writer, assignment or tag');
  await box.fill('balloon');
  const results = page.locator('[data-search-results] li');
  await results.first().waitFor();
  assert.equal(await results.count(), 1);
  assert.match(await results.first().innerText(), /The Balloon That Didn't Move/);
  assert.match(await page.locator('[data-search-status]').innerText(), /1 piece matches “balloon”/);
  assert.equal(await page.locator('[data-search-all]').isVisible(), false, 'the full list steps aside');
  // The result links to the piece, relative to the search page.
  await results.first().locator('a').click();
  await page.waitForURL(/yeast-balloons\/index\.html$/);
  await context.close();
  const { page: none, context: second } = await open('example', 'search/index.html');
  await none.getByLabel('Find a piece by its words, title, writer, assignment or tag').fill('zzzz-nothing');
  assert.match(await none.locator('[data-search-status]').innerText(), /No piece matches/);
  await second.close();
  // The script's words are the site's: an Arabic result counts its drafts in Arabic (the
  // dual form for two), with no English word in it.
  const { page: ar, context: third } = await open('arabic', 'search/index.html');
  await ar.locator('#search-box').fill('النهر');
  const found = ar.locator('[data-search-results] li');
  await found.first().waitFor();
  const said = await found.first().innerText();
  assert.match(said, /مسودتان/);
  assert.doesNotMatch(said, /[A-Za-z]/);
  assert.doesNotMatch(await ar.locator('[data-search-status]').innerText(), /[A-Za-z]/);
  await third.close();
  assert.deepEqual(problems, []);
});

test('the replay slider opens the next draft, by keyboard', async () => {
  const path = kindsOf('example').draft;
  const { page, context, problems } = await open('example', path);
  const slider = page.locator('#replay-slider');
  // The open draft says so in its own words; the slider's value names it without them.
  const here = await page.locator('.replay__steps a[aria-current="page"]').innerText();
  assert.match(here, / \(this draft\)$/);
  assert.equal(await slider.getAttribute('aria-valuetext'), here.replace(/ \(this draft\)$/, '') + ', 2 of ' + await page.locator('.replay__steps a').count());
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForURL(/draft-3\/index\.html$/);
  assert.equal(await page.locator('#replay-slider').inputValue(), '3');
  await context.close();
  assert.deepEqual(problems, []);
});

test('a piece of many drafts lists a window of them, which reads and steps by keyboard, with and without JavaScript', async () => {
  const path = 'long-essay/draft-15/index.html';
  for (const [view, options] of Object.entries(VIEWS)) {
    const { page, context, problems } = await open('long', path, options);
    const violations = await audit(page);
    await context.close();
    assert.deepEqual([...violations, ...problems], [], `${view}: ${violations.join('\n')}`);
  }
  for (const javaScriptEnabled of [true, false]) {
    const { page, context, problems } = await open('long', path, { javaScriptEnabled });
    const replay = page.locator('#replay');
    const listed = await replay.locator('.replay__steps a').allInnerTexts();
    assert.deepEqual(listed.map((t) => t.replace(/:.*/, '')), ['Draft 1', 'Draft 12', 'Draft 13', 'Draft 14', 'Draft 15 (this draft)', 'Draft 16', 'Draft 17', 'Draft 18', 'Draft 30']);
    assert.equal(await replay.locator('[aria-current="page"]').innerText(), 'Draft 15 (this draft)');
    assert.ok(await replay.locator('.replay__steps').isVisible(), 'the window of drafts is shown');
    // The gaps are seen as an ellipsis and heard as the drafts left out.
    assert.deepEqual(await replay.locator('.replay__gap').allTextContents(), ['…Drafts 2 to 11 are not listed here.', '…Drafts 19 to 29 are not listed here.']);
    assert.equal(await replay.locator('#replay-slider').count(), 0, 'no slider over a window');
    const all = replay.getByRole('link', { name: 'See all 30 drafts on the journey page' });
    assert.match(await all.getAttribute('href'), /long-essay\/index\.html#journey-title$/);
    assert.equal(await replay.getByRole('button').count(), javaScriptEnabled ? 2 : 0);
    await context.close();
    assert.deepEqual(problems, []);
  }
  // The journey page's "Replay it draft by draft" lands on the first draft's replay, whose next
  // button has the focus and opens draft 2 by keyboard; its earlier button goes back.
  const { page, context, problems } = await open('long', 'long-essay/index.html');
  await page.getByRole('link', { name: 'Replay it draft by draft' }).click();
  await page.waitForURL(/draft-1\/index\.html#replay$/);
  await page.waitForLoadState('load');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Later draft');
  await page.keyboard.press('Enter');
  await page.waitForURL(/draft-2\/index\.html$/);
  await page.locator('#replay .replay__slider button', { hasText: 'Earlier draft' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/draft-1\/index\.html$/);
  await context.close();
  assert.deepEqual(problems, []);
});

test('feedback sits beside its passage on wide screens and after its paragraph on phones', async () => {
  const path = 'students/hana-sato/yeast-balloons/draft-1/index.html';
  for (const [view, options] of [['wide', { viewport: { width: 1440, height: 900 } }], ['phone', VIEWS.phone]]) {
    const { page, context } = await open('example', path, options);
    const mark = page.locator('#pin-1');
    const note = page.locator('#pin-note-1');
    const [m, n] = [await mark.boundingBox(), await note.boundingBox()];
    if (view === 'wide') {
      assert.ok(n.x > m.x + m.width - 1, `${view}: the note is not in the margin (${JSON.stringify([m, n])})`);
      assert.ok(Math.abs(n.y - m.y) < 400, `${view}: the note is far from its passage`);
    } else {
      assert.ok(n.y > m.y, `${view}: the note is not after its passage`);
    }
    // The numbered marker leads to the note and the note back to the passage.
    await page.locator('a[href="#pin-note-1"]').click();
    assert.match(page.url(), /#pin-note-1$/);
    await note.locator('a[href="#pin-ref-1"]').click();
    assert.match(page.url(), /#pin-ref-1$/);
    await context.close();
  }
});

test('an Arabic site reads right to left: its pages, its change marks and its margin notes', async () => {
  const { page, context, problems } = await open('arabic', 'river/draft-2/changes/index.html', VIEWS.light);
  const dir = await page.evaluate(() => [document.documentElement.dir, getComputedStyle(document.querySelector('.change-view')).direction]);
  assert.deepEqual(dir, ['rtl', 'rtl']);
  // The added paragraph's edge is on its right, where an Arabic line starts.
  const edges = await page.evaluate(() => {
    const block = document.querySelector('.diff-block--new');
    const s = getComputedStyle(block);
    return [parseFloat(s.borderRightWidth), parseFloat(s.borderLeftWidth)];
  });
  assert.ok(edges[0] > edges[1], `the added block's edge is not on its right: ${edges}`);
  // The script's words are Arabic too.
  const buttons = await page.evaluate(() => [...document.querySelectorAll('.change-nav__buttons button')].map((b) => b.textContent));
  assert.equal(buttons.length, 2);
  for (const b of buttons) assert.match(b, /[\u0600-\u06FF]/, `not Arabic: ${b}`);
  await context.close();
  // A comment pinned to its passage sits in the left margin, the end of an Arabic line.
  const draft = await open('arabic', 'river/draft-1/index.html', { viewport: { width: 1440, height: 900 } });
  const [m, n] = [await draft.page.locator('#pin-1').boundingBox(), await draft.page.locator('#pin-note-1').boundingBox()];
  assert.ok(n.x + n.width < m.x + 1, `the note is not in the left margin (${JSON.stringify([m, n])})`);
  mkdirSync(SHOTS, { recursive: true });
  for (const [name, path] of [['ar-changes', 'river/draft-2/changes/index.html'], ['ar-draft', 'river/draft-1/index.html'], ['ar-home', 'index.html']]) {
    for (const view of ['light', 'phone']) {
      const shot = await open('arabic', path, VIEWS[view]);
      await shot.page.screenshot({ path: join(SHOTS, `${name}-${view}.png`), fullPage: true });
      await shot.context.close();
    }
  }
  await draft.context.close();
  assert.deepEqual([...problems, ...draft.problems], []);
});

test('screenshots of the main pages, for people to look at', async () => {
  mkdirSync(SHOTS, { recursive: true });
  const kinds = kindsOf('example');
  for (const [name, path] of Object.entries(kinds)) {
    for (const [view, options] of Object.entries(VIEWS)) {
      const { page, context } = await open('example', path, options);
      const file = join(SHOTS, `${name}-${view}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await context.close();
      assert.ok(existsSync(file));
    }
  }
});

test('a deliberately broken page fails the audit (the checks can fail)', async () => {
  // A portfolio's static/ file replaces the theme's stylesheet; this one makes cut text unreadable.
  const dir = join(work, 'broken');
  writePortfolio(dir, {
    'redraft.yaml': 'title: Broken on purpose\n',
    'pieces/p/01.md': 'One two three.\n',
    'pieces/p/02.md': 'One four three.\n',
    'static/assets/redraft.css': 'del { color: #ddd; background: #fff; text-decoration: line-through; } .diff-label { position: absolute; clip: rect(0 0 0 0); }',
  });
  redraft('build', dir);
  sites.broken = join(dir, 'public');
  const { page, context } = await open('broken', 'p/draft-2/changes/index.html');
  const violations = await audit(page);
  await context.close();
  assert.ok(violations.some((v) => v.startsWith('color-contrast')), `expected a contrast violation, got:\n${violations.join('\n')}`);
});

test('injected scripts never run: raw HTML, Markdown links and front matter are made safe', async () => {
  const payloads = [
    '<script>window.__pwned = "script"</script>',
    '<img src="x" onerror="window.__pwned = \'onerror\'">',
    '<svg onload="window.__pwned = \'svg\'"><circle r="1"/></svg>',
    '<a href="javascript:window.__pwned = \'href\'">a raw link</a>',
    '<iframe src="javascript:parent.__pwned = \'iframe\'"></iframe>',
    '<details open ontoggle="window.__pwned = \'toggle\'">x</details>',
    '[a markdown link](javascript:window.__pwned="md")',
    '[a spaced link](<java script:window.__pwned="md2">)',
    '![an image](data:text/html;base64,PHNjcmlwdD4=)',
    '<style>body { display: none }</style>',
    '### A heading {tabindex=1 autofocus onfocus="window.__pwned = \'heading\'"}',
    '## Another {style="display:none" onmouseover="window.__pwned = \'hover\'" .fine #fine}',
  ].join('\n\n');
  const evil = '"<script>window.__pwned = \'front\'</script><img src=x onerror=window.__pwned=1>"';
  const dir = join(work, 'evil');
  writePortfolio(dir, {
    'redraft.yaml': `title: ${evil}\ndescription: ${evil}\nauthor: ${evil}\n`,
    'pieces/p/01.md': `---\ntitle: ${evil}\nlabel: ${evil}\nchanges: ${evil}\ntried: ${evil}\ntags: [${evil}]\nreflection: |\n  ## Why {autofocus onfocus="window.__pwned = 'reflection'"}\nfeedback:\n  - from: ${evil}\n    text: ${evil}\n    quote: ${evil}\n---\nFirst.\n\n${payloads}\n`,
    'pieces/p/02.md': `---\ntitle: ${evil}\nreflection: ${evil}\n---\nSecond.\n\n${payloads.replace('script', 'script ')}\n`,
  });
  redraft('build', dir);
  sites.evil = join(dir, 'public');
  const report = [];
  for (const { path } of pagesOf('evil')) {
    const { page, context, problems } = await open('evil', path);
    page.on('dialog', (d) => { report.push(`${path}: dialog ${d.message()}`); d.dismiss(); });
    // Follow every link on the page in place, as a curious reader would.
    const hrefs = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')));
    for (const href of hrefs.filter((h) => /^\s*(javascript|vbscript|data):/i.test(h))) report.push(`${path}: dangerous link ${href}`);
    const state = await page.evaluate(async () => {
      await new Promise((r) => setTimeout(r, 100));
      const handlers = [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName}[${a.name}]`));
      const hidden = getComputedStyle(document.body).display === 'none';
      return { pwned: window.__pwned ?? null, handlers, hidden, frames: document.querySelectorAll('iframe, script:not([src]):not(#redraft-words[type="application/json"])').length };
    });
    if (state.pwned !== null) report.push(`${path}: script ran (${state.pwned})`);
    if (state.handlers.length) report.push(`${path}: event handlers ${state.handlers.join(', ')}`);
    if (state.hidden) report.push(`${path}: injected style hid the page`);
    if (state.frames) report.push(`${path}: ${state.frames} iframes or inline scripts`);
    // The payload's <img src="x"> points at a file that does not exist; that is not a script running.
    report.push(...problems.filter((p) => !p.includes('Failed to load resource')).map((p) => `${path}: ${p}`));
    await context.close();
  }
  assert.ok(pagesOf('evil').length >= 5);
  assert.deepEqual(report, [], report.join('\n'));
});
