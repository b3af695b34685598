// Browser benchmark: the published Chronoline page against vis-timeline on the same events, with a bare
// canvas page as a baseline measured in the same run (this machine's speed varies 2-3x from hour to hour,
// so the ratios are the figures to read, not the milliseconds).
//
//   node bench/web/run.mjs [--events 20000] [--runs 5] [--out target/bench/web]      (from the repo root)
//
// Needs target/chronoline.jar (built by Maven; this script never builds), /usr/bin/chromium (Debian's) and
// `npm ci` in bench/web. Every request that is not file:, data: or blob: is aborted and counted: the pages
// must work offline, and ours must make no request at all.

import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {chromium} from 'playwright-core';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const JAR = path.join(ROOT, 'target', 'chronoline.jar');
const CHROMIUM = '/usr/bin/chromium';
const VIEWPORT = {width: 1366, height: 768};
const ZOOM_STEPS = 80; // fit-all down to one month, geometrically...
const PAN_STEPS = 40; // ...then pan at one month, a tenth of the view a step
const MONTH = 30.436875 * 86400;

// ---- Inputs: the synthetic file, our page, the vis-timeline page, the baseline page ----

function options() {
  const {values} = parseArgs({options: {
    events: {type: 'string', default: '20000'},
    runs: {type: 'string', default: '5'},
    out: {type: 'string', default: 'target/bench/web'},
    // Seconds a page gets to show its first frame. vis-timeline measures every item's DOM box one by one
    // (a forced layout each) when it first shows them: at 20,000 events it takes far longer than this.
    timeout: {type: 'string', default: '60'},
  }});
  return {events: Number(values.events), runs: Number(values.runs), out: path.resolve(values.out),
    timeoutMs: Number(values.timeout) * 1000};
}

function makeInputs(out, events) {
  if (!existsSync(JAR)) {
    throw new Error(`${JAR} is missing: build it first (this benchmark does not build)`);
  }
  mkdirSync(out, {recursive: true});
  const json = path.join(out, 'synthetic.json');
  const ours = path.join(out, 'chronoline.html');
  execFileSync('java', ['-cp', JAR, 'org.chronoline.bench.SyntheticTimeline', json, String(events)], {stdio: 'inherit'});
  execFileSync('java', ['-jar', JAR, '--publish', json, '--out', ours], {stdio: 'inherit'});
  const vis = path.join(out, 'vis-timeline.html');
  writeFileSync(vis, visPage(readFileSync(json, 'utf8')));
  const baseline = path.join(out, 'baseline.html');
  writeFileSync(baseline, baselinePage(events));
  return {json, ours, vis, baseline};
}

/** Text safe inside a <script> or <style> element: no "</script" or "</style" to end it early (vis has none today). */
function inlined(text) {
  return text.replace(/<\/(script|style)/gi, '<\\/$1');
}

/**
 * The vis-timeline page: the library's JS and CSS inlined (one self-contained file, like ours), and the whole
 * Chronoline file embedded as JSON, so both pages parse the same bytes before they draw anything.
 */
function visPage(chronolineJson) {
  const require = createRequire(import.meta.url);
  const js = readFileSync(require.resolve('vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'), 'utf8');
  const css = readFileSync(require.resolve('vis-timeline/styles/vis-timeline-graph2d.min.css'), 'utf8');
  const categories = JSON.parse(chronolineJson).categories;
  // The category colours, as our page shows them; a class per item costs vis next to nothing.
  const colours = categories.map((c, i) =>
    `.vis-item.cat-${i}{background-color:${c.color};border-color:${c.color};color:#fff}`).join('\n');
  const data = chronolineJson.replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>vis-timeline, same events</title>
<style>${inlined(css)}</style>
<style>html,body{margin:0;height:100%;font-family:sans-serif}#timeline{height:100vh}\n${colours}</style>
</head><body>
<div id="timeline"></div>
<script type="application/json" id="data">${data}</script>
<script>${inlined(js)}</script>
<script>${inlined(VIS_BOOT)}</script>
</body></html>
`;
}

// Runs in the vis page. Kept as plain text: it is not this script's code.
const VIS_BOOT = String.raw`
(() => {
  const doc = JSON.parse(document.getElementById('data').textContent);
  const categoryIndex = new Map(doc.categories.map((c, i) => [c.id, i]));

  // "1893", "1893-04" or "1893-04-17" as a Date; an end is exclusive, so it is the start of the next year,
  // month or day (our page reads an end as the whole of its last day, month or year).
  function dateOf(text, isEnd) {
    const parts = text.split('-').map(Number);
    const [y, m = 1, d = 1] = parts;
    const date = new Date(2000, 0, 1);
    date.setFullYear(y, m - 1, d); // setFullYear: years below 100 are not read as 19xx
    if (isEnd) {
      if (parts.length === 1) date.setFullYear(y + 1);
      else if (parts.length === 2) date.setMonth(date.getMonth() + 1);
      else date.setDate(date.getDate() + 1);
    }
    return date;
  }

  const items = doc.events.map(e => {
    const item = {id: e.id, content: e.title, start: dateOf(e.start, false), group: e.category,
      className: 'cat-' + categoryIndex.get(e.category)};
    if (e.end) item.end = dateOf(e.end, true);
    return item;
  });
  const groups = doc.categories.map((c, i) => ({id: c.id, content: c.name, order: i}));

  // Fit all, the way our page does: the whole extent with 48 px to spare on each side.
  let min = Infinity, max = -Infinity;
  for (const it of items) {
    min = Math.min(min, +it.start);
    max = Math.max(max, +(it.end || it.start));
  }
  const width = document.getElementById('timeline').clientWidth;
  const msPerPixel = (max - min) / Math.max(1, width - 2 * 48);

  window.visChanged = []; // when each 'changed' fired (performance.now()), to see when vis settles
  const timeline = new vis.Timeline(document.getElementById('timeline'), items, groups, {
    stack: true, // the default, said out loud: stacking is most of vis-timeline's cost
    height: '100%', verticalScroll: true, // the same viewport as ours: lanes scroll, the page does not grow
    start: new Date(min - 48 * msPerPixel), end: new Date(max + 48 * msPerPixel),
  });
  performance.mark('vis-constructed');
  window.visTimeline = timeline;

  // vis hides its root until its initial draw is done (a first 'changed' can come while it is still hidden,
  // before it applies the start and end): the first frame is the first 'changed' with initialDrawDone.
  // This listener is added after the constructor's own, so initialDrawDone is already set when it runs.
  let painted = false;
  timeline.on('changed', () => {
    window.visChanged.push(performance.now());
    if (window.visChanged.length === 1) performance.mark('vis-first-changed');
    if (!painted && timeline.initialDrawDone) {
      painted = true;
      performance.mark('vis-first-frame');
      requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('vis-first-paint')));
    }
  });
})();
`;

/** A bare page with one canvas that draws as many rectangles as there are events: the machine's yardstick. */
function baselinePage(count) {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>baseline</title>
<style>html,body{margin:0;overflow:hidden}canvas{display:block}</style></head>
<body><canvas id="c"></canvas>
<script>
(() => {
  const canvas = document.getElementById('c');
  const dpr = devicePixelRatio || 1;
  canvas.width = innerWidth * dpr;
  canvas.height = innerHeight * dpr;
  canvas.style.width = innerWidth + 'px';
  canvas.style.height = innerHeight + 'px';
  const ctx = canvas.getContext('2d');
  ctx.scale(dpr, dpr);
  const colours = ['#2E6DB4', '#1A7F5A', '#8250DF', '#B35900', '#C62828', '#00838F', '#6D4C41', '#546E7A'];
  let seed = 1; // a fixed pseudo-random sequence: the same picture every run
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const t0 = performance.now();
  for (let i = 0; i < ${count}; i++) {
    ctx.fillStyle = colours[i % colours.length];
    ctx.fillRect(next() * innerWidth, next() * innerHeight, 4 + next() * 60, 10);
  }
  window.baselineDrawMs = performance.now() - t0; // the drawing alone, without the page's start-up
  performance.mark('baseline-first-frame');
  requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('baseline-first-paint')));
})();
</script></body></html>
`;
}

// Added to every page before its own scripts: our page marks 'chronoline-first-frame' right after drawing its
// canvas (synchronously); two animation frames later that frame has been presented, the same wait the other
// pages make before their '-first-paint' mark.
const PAINT_HOOK = `(() => {
  const mark = performance.mark.bind(performance);
  performance.mark = (name, ...rest) => {
    const entry = mark(name, ...rest);
    if (name === 'chronoline-first-frame') {
      requestAnimationFrame(() => requestAnimationFrame(() => mark('chronoline-first-paint')));
    }
    return entry;
  };
})();`;

// ---- Measuring one page ----

/** A fresh context (no cache, no state from an earlier run), with the network cut off and counted. */
async function isolatedPage(browser) {
  const context = await browser.newContext({viewport: VIEWPORT});
  const blocked = [];
  await context.route('**/*', route => {
    const url = route.request().url();
    if (/^(file|data|blob|about):/.test(url)) {
      return route.continue();
    }
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  await context.addInitScript(PAINT_HOOK);
  const page = await context.newPage();
  const messages = [];
  page.on('console', m => {
    if (m.type() !== 'debug') messages.push(`${m.type()}: ${m.text().slice(0, 200)}`);
  });
  page.on('pageerror', e => messages.push(`pageerror: ${String(e.message).slice(0, 200)}`));
  return {context, page, blocked, messages};
}

/** The marks' times (ms from navigation start), waiting up to timeoutMs for all of them; null for one that never came. */
function marks(page, names, timeoutMs) {
  return page.evaluate(async ({names, timeoutMs}) => {
    const deadline = performance.now() + timeoutMs;
    const found = () => names.map(n => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? null);
    while (found().includes(null) && performance.now() < deadline) {
      await new Promise(resolve => setTimeout(resolve, 20));
    }
    return Object.fromEntries(names.map((n, i) => [n, found()[i]]));
  }, {names, timeoutMs});
}

/** The promise's value, or `fallback` once ms have passed (a page busy in one long task cannot answer at all). */
function within(ms, promise, fallback) {
  let timer;
  const late = new Promise(resolve => { timer = setTimeout(() => resolve(fallback), ms); });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Opens a page and reads its marks, giving up after timeoutMs from navigation; `then(page)` measures more
 * before the context is closed. Navigation waits only for the commit: a page that builds itself in one long
 * script would otherwise hold up goto() itself.
 */
async function measure(browser, file, names, timeoutMs, then = async () => ({})) {
  const {context, page, blocked, messages} = await isolatedPage(browser);
  try {
    await page.goto(pathToFileURL(file).href, {waitUntil: 'commit'});
    const none = Object.fromEntries(names.map(n => [n, null]));
    const times = await within(timeoutMs + 2000, marks(page, names, timeoutMs).catch(() => none), none);
    const timedOut = times[names.at(-1)] == null;
    if (timedOut) {
      return {marks: times, timedOut, blockedRequests: blocked.length, blockedUrls: blocked.slice(0, 10),
        consoleMessages: messages.length, console: messages.slice(0, 10)};
    }
    const domElements = await page.evaluate(() => document.getElementsByTagName('*').length);
    const more = await then(page);
    return {marks: times, timedOut, domElements, ...more, blockedRequests: blocked.length, blockedUrls: blocked.slice(0, 10),
      consoleMessages: messages.length, console: messages.slice(0, 10)};
  } finally {
    await within(30_000, context.close().catch(() => {}));
  }
}

/** The scripted views, in seconds: zoom in around the middle of [from, to] down to one month, then pan. */
function zoomAndPan(from, to) {
  const middle = (from + to) / 2;
  const steps = [];
  for (let i = 1; i <= ZOOM_STEPS; i++) {
    const span = (to - from) * Math.pow(MONTH / (to - from), i / ZOOM_STEPS);
    steps.push([middle - span / 2, middle + span / 2]);
  }
  for (let i = 1; i <= PAN_STEPS; i++) {
    const start = middle - MONTH / 2 + i * MONTH / 10;
    steps.push([start, start + MONTH]);
  }
  return steps;
}

/** Our frames: for each view, show() it, then time a synchronous redraw(); a real frame goes by between steps. */
async function ourFrames(page) {
  // The list under the timeline is built just after the first frame; let that finish so it is not timed.
  await page.evaluate(async () => {
    while (document.getElementById('cl-events').childElementCount === 0) {
      await new Promise(resolve => setTimeout(resolve, 20));
    }
    await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  const {fromSecond, toSecond} = await page.evaluate(() => {
    const {fromSecond, toSecond} = window.ChronolineViewer.state();
    return {fromSecond, toSecond};
  });
  const steps = zoomAndPan(fromSecond, toSecond);
  const frames = await page.evaluate(async steps => {
    const viewer = window.ChronolineViewer;
    const times = [];
    for (const [from, to] of steps) {
      viewer.show(from, to);
      const t0 = performance.now();
      viewer.redraw();
      times.push(performance.now() - t0);
      await new Promise(resolve => requestAnimationFrame(resolve));
    }
    return times;
  }, steps);
  return {fitAll: {fromSecond, toSecond}, frames: summary(frames), frameTimes: frames.map(round)};
}

/**
 * vis-timeline's peer figure, for the same views: setWindow(..., {animation: false}), then the time until
 * 'changed' fires. vis redraws on its next animation frame (its redraw() is throttled to one), so this includes
 * waiting for that frame; 'work' is from the start of that frame to 'changed', nearer to our redraw().
 */
async function visFrames(page) {
  const settled = await visSettled(page);
  const fitted = await page.evaluate(() => {
    const w = window.visTimeline.getWindow();
    return {fromSecond: +w.start / 1000, toSecond: +w.end / 1000};
  });
  const steps = zoomAndPan(fitted.fromSecond, fitted.toSecond);
  const result = await page.evaluate(async steps => {
    const timeline = window.visTimeline;
    const changedMs = [];
    const workMs = [];
    for (const [from, to] of steps) {
      let frameStart = null;
      requestAnimationFrame(() => { frameStart = performance.now(); }); // queued before vis's own: runs first
      const t0 = performance.now();
      const changed = new Promise(resolve => timeline.once('changed', () => resolve(performance.now())));
      const timeout = new Promise(resolve => setTimeout(() => resolve(null), 10_000));
      timeline.setWindow(new Date(from * 1000), new Date(to * 1000), {animation: false});
      const t1 = await Promise.race([changed, timeout]);
      if (t1 === null) {
        return {changedMs, workMs, timedOut: true};
      }
      changedMs.push(t1 - t0);
      workMs.push(frameStart === null ? t1 - t0 : t1 - frameStart);
      await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
    return {changedMs, workMs, timedOut: false};
  }, steps);
  return {settled, fitAll: fitted, setWindowToChanged: summary(result.changedMs), setWindowWork: summary(result.workMs),
    zoomTimedOut: result.timedOut};
}

/** When vis stopped redrawing after its first paint: the last 'changed' before a quiet second (ms from navigation start). */
function visSettled(page) {
  return page.evaluate(async () => {
    const deadline = performance.now() + 30_000;
    let count = -1;
    while (count !== window.visChanged.length && performance.now() < deadline) {
      count = window.visChanged.length;
      await new Promise(resolve => setTimeout(resolve, 1000));
    }
    return {lastChangedMs: window.visChanged.at(-1), changedEvents: window.visChanged.length};
  });
}

// ---- Figures ----

function round(x) {
  return x == null ? null : Math.round(x * 100) / 100;
}

function median(values) {
  const v = values.filter(x => x != null).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

/** Median, 95th percentile (nearest rank) and max of frame times. */
function summary(values) {
  if (values.length === 0) return null;
  const v = [...values].sort((a, b) => a - b);
  return {count: v.length, median: round(median(v)), p95: round(v[Math.ceil(0.95 * v.length) - 1]), max: round(v.at(-1))};
}

function ratio(a, b) {
  return a == null || b == null || b === 0 ? null : Math.round(a / b * 1000) / 1000;
}

/** One run: the three pages in a fixed order, each in a fresh context. */
async function oneRun(browser, files, timeoutMs) {
  for (const file of Object.values(files)) {
    if (!existsSync(file)) { // target/ is Maven's: a `mvn clean` elsewhere empties it under our feet
      throw new Error(`${file} has gone (was target/ cleaned by a build?): stopping, the figures would not be comparable`);
    }
  }
  const loadAverage = os.loadavg()[0]; // a build running beside the benchmark shows here
  const baseline = await measure(browser, files.baseline, ['baseline-first-frame', 'baseline-first-paint'], timeoutMs,
    async page => ({drawMs: round(await page.evaluate(() => window.baselineDrawMs))}));
  const ours = await measure(browser, files.ours, ['chronoline-first-frame', 'chronoline-first-paint'], timeoutMs, ourFrames);
  const vis = await measure(browser, files.vis, ['vis-constructed', 'vis-first-changed', 'vis-first-frame', 'vis-first-paint'],
    timeoutMs, visFrames);
  return {
    loadAverage, baseline, ours, vis,
    firstPaintMs: {
      baseline: round(baseline.marks['baseline-first-paint']),
      ours: round(ours.marks['chronoline-first-paint']),
      vis: round(vis.marks['vis-first-paint']),
    },
    firstFrameMs: {
      baseline: round(baseline.marks['baseline-first-frame']),
      ours: round(ours.marks['chronoline-first-frame']),
      vis: round(vis.marks['vis-first-frame']),
    },
  };
}

/**
 * Medians over the runs, and ratios; a ratio is taken within each run (same machine speed) and then the median.
 * A page that timed out has no time; the "AtMost" ratio counts it as the timeout, so ours/vis is at most that.
 */
function totals(runs, timeoutMs) {
  const med = pick => round(median(runs.map(pick)));
  const medRatio = (a, b) => median(runs.map(r => ratio(a(r), b(r))));
  return {
    medians: {
      firstPaintMs: {baseline: med(r => r.firstPaintMs.baseline), ours: med(r => r.firstPaintMs.ours), vis: med(r => r.firstPaintMs.vis)},
      firstFrameMs: {baseline: med(r => r.firstFrameMs.baseline), ours: med(r => r.firstFrameMs.ours), vis: med(r => r.firstFrameMs.vis)},
      baselineDrawMs: med(r => r.baseline.drawMs),
      oursRedrawMs: {median: med(r => r.ours.frames?.median), p95: med(r => r.ours.frames?.p95), max: med(r => r.ours.frames?.max)},
      visSetWindowToChangedMs: {median: med(r => r.vis.setWindowToChanged?.median), p95: med(r => r.vis.setWindowToChanged?.p95),
        max: med(r => r.vis.setWindowToChanged?.max)},
      visSetWindowWorkMs: {median: med(r => r.vis.setWindowWork?.median), p95: med(r => r.vis.setWindowWork?.p95),
        max: med(r => r.vis.setWindowWork?.max)},
      visSettledMs: med(r => r.vis.settled?.lastChangedMs),
    },
    ratios: {
      oursOverVisFirstPaint: medRatio(r => r.firstPaintMs.ours, r => r.firstPaintMs.vis),
      oursOverVisFirstPaintAtMost: medRatio(r => r.firstPaintMs.ours, r => r.firstPaintMs.vis ?? timeoutMs),
      visTimedOutRuns: runs.filter(r => r.vis.timedOut).length,
      oursOverVisFirstFrame: medRatio(r => r.firstFrameMs.ours, r => r.firstFrameMs.vis),
      oursOverBaselineFirstPaint: medRatio(r => r.firstPaintMs.ours, r => r.firstPaintMs.baseline),
      visOverBaselineFirstPaint: medRatio(r => r.firstPaintMs.vis, r => r.firstPaintMs.baseline),
      oursRedrawMedianOverVisWorkMedian: medRatio(r => r.ours.frames?.median, r => r.vis.setWindowWork?.median),
    },
  };
}

function printTable(runs, {medians, ratios}, timeoutMs) {
  const cell = x => String(x ?? '-').padStart(10);
  const row = (r, i) => {
    const {baseline, ours, vis} = r.firstPaintMs;
    const cells = r.vis.timedOut
      ? [i + 1, baseline, ours, `>${timeoutMs}`, `<${ratio(ours, timeoutMs)}`, ratio(ours, baseline)]
      : [i + 1, baseline, ours, vis, ratio(ours, vis), ratio(ours, baseline)];
    const frames = `[${r.firstFrameMs.baseline} / ${r.firstFrameMs.ours} / ${r.firstFrameMs.vis}]`;
    return `${cells.map(cell).join('')}   ${frames}  load ${r.loadAverage.toFixed(2)}`;
  };
  console.log('\nfirst paint, ms from navigation start (first frame in brackets: the mark before the two animation frames)');
  console.log(['run', 'baseline', 'ours', 'vis', 'ours/vis', 'ours/base'].map(cell).join(''));
  runs.forEach((r, i) => console.log(row(r, i)));
  console.log(['median', medians.firstPaintMs.baseline, medians.firstPaintMs.ours, medians.firstPaintMs.vis,
    ratios.oursOverVisFirstPaint, ratios.oursOverBaselineFirstPaint].map(cell).join(''));
  console.log(`baseline drawing alone (the loop of rectangles), ms: ${runs.map(r => r.baseline.drawMs).join(', ')}`);
  if (ratios.visTimedOutRuns > 0) {
    console.log(`vis-timeline showed nothing within ${timeoutMs} ms in ${ratios.visTimedOutRuns} of ${runs.length} runs:`
      + ` ours/vis is at most ${ratios.oursOverVisFirstPaintAtMost}`);
  }
  console.log('\nzoom and pan, ms per view (median / p95 / max)');
  runs.forEach((r, i) => console.log(`run ${i + 1}: ours redraw() ${fmt(r.ours.frames)}   `
    + `vis setWindow->'changed' ${fmt(r.vis.setWindowToChanged)} (work ${fmt(r.vis.setWindowWork)})`));
  console.log(`\nblocked requests per run: ours ${runs.map(r => r.ours.blockedRequests).join(',')}, `
    + `vis ${runs.map(r => r.vis.blockedRequests).join(',')}, baseline ${runs.map(r => r.baseline.blockedRequests).join(',')}`);
}

function fmt(s) {
  return s ? `${s.median} / ${s.p95} / ${s.max}` : '-';
}

// ---- Main ----

async function main() {
  const {events, runs: count, out, timeoutMs} = options();
  const files = makeInputs(out, events);
  const browser = await chromium.launch({executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu']});
  const version = browser.version();
  const runs = [];
  try {
    // A first navigation pays for starting the renderer and reading the files cold: not part of any run.
    await measure(browser, files.baseline, ['baseline-first-paint'], timeoutMs);
    for (let i = 0; i < count; i++) {
      console.log(`run ${i + 1} of ${count}...`);
      runs.push(await oneRun(browser, files, timeoutMs));
    }
  } finally {
    await browser.close().catch(() => {});
  }
  const summaryFigures = totals(runs, timeoutMs);
  printTable(runs, summaryFigures, timeoutMs);
  const results = {
    when: new Date().toISOString(),
    machine: {cpu: os.cpus()[0]?.model, cores: os.cpus().length, loadAverage: os.loadavg(), node: process.version,
      chromium: version},
    setup: {events, runs: count, firstPaintTimeoutMs: timeoutMs, viewport: VIEWPORT, zoomSteps: ZOOM_STEPS, panSteps: PAN_STEPS,
      pageBytes: Object.fromEntries(Object.entries(files).map(([k, f]) => [k, statSync(f).size]))},
    notes: [
      'Times are ms from navigation start (a mark\'s startTime). "first frame" is the page\'s own mark right after it drew;'
        + ' "first paint" is two animation frames later, when that frame has been presented (same wait on every page).',
      'vis first frame is the first \'changed\' once vis has made its root visible (initialDrawDone).',
      'ours redraw(): a synchronous layout and canvas draw after show(). vis: setWindow(animation:false) until \'changed\','
        + ' which includes waiting for vis\'s animation-frame-throttled redraw; "work" counts from that frame\'s start.',
      'Ratios are taken within each run, then the median over runs. A page that showed nothing before the timeout'
        + ' has timedOut: true and no time; oursOverVisFirstPaintAtMost counts it as the timeout.',
      'loadAverage (1 minute) is read before each run: well above 1.5 means something else was using the 2 cores.',
    ],
    ...summaryFigures,
    runs,
  };
  writeFileSync(path.join(out, 'results.json'), JSON.stringify(results, null, 2));
  console.log(`\nwrote ${path.join(out, 'results.json')}`);
}

await main();
