// `npm run bench web`: the first page and the atlas search over the full CORDIS registry in headless Chromium.
// Bars (issue 3): the first page interactive in ≤ 1.5 s on localhost; JavaScript sent for it ≤ 300 KB compressed.
// "Interactive" here: the page shows its content with its data (the figures, the search results) and the main
// thread is idle (the first idle callback after that), measured from navigation start in a fresh browser context.
import { chromium, type Browser } from 'playwright-core';
import { copyOfRegistry, ensureWebBuilt, load, randomPort, startServer, stopServer } from './bench-registry.ts';

const RUNS = 5;
const JS_BAR_KB = 300;
const INTERACTIVE_BAR_MS = 1500;

// The first page counts as ready once its figures (from /api/v1/stats) show; its search field comes earlier.
type View = { label: string; path: string; ready: string; bars: boolean };
const VIEWS: View[] = [
  { label: 'first page, search field', path: '/', ready: '#home-q', bars: false },
  { label: 'first page with its figures', path: '/', ready: 'dl.figures', bars: true },
  { label: 'atlas search results', path: '/atlas?q=cancer', ready: '#atlas-status[data-loading="false"] ~ .atlas-layout .atlas-results', bars: false },
];

type Visit = { interactiveMs: number; jsBytes: number; jsFiles: number; uncompressed: string[] };

/** One first visit (fresh context: empty cache): time to interactive and the JavaScript on the wire. */
async function visit(browser: Browser, base: string, view: View): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const scripts = new Map<string, { url: string; encoding: string }>();
    const uncompressed: string[] = [];
    let jsBytes = 0;
    let jsFiles = 0;
    cdp.on('Network.responseReceived', (e) => {
      if (e.type === 'Script') scripts.set(e.requestId, { url: e.response.url, encoding: String(e.response.headers['content-encoding'] ?? '') });
    });
    cdp.on('Network.loadingFinished', (e) => {
      if (!scripts.has(e.requestId)) return;
      jsBytes += e.encodedDataLength;
      jsFiles += 1;
      // The server compresses responses from 1 KB on; a larger script sent plain is worth knowing about.
      const script = scripts.get(e.requestId)!;
      if (script.encoding === '' && e.encodedDataLength > 1500) uncompressed.push(script.url.replace(base, ''));
    });
    await page.goto(`${base}${view.path}`);
    await page.locator(view.ready).first().waitFor({ timeout: 60_000 });
    const interactiveMs = await page.evaluate(() => new Promise<number>((r) => requestIdleCallback(() => r(performance.now()))));
    await page.waitForLoadState('networkidle');
    return { interactiveMs, jsBytes, jsFiles, uncompressed };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

ensureWebBuilt();
const registry = copyOfRegistry();
const port = randomPort();
const base = `http://127.0.0.1:${port}`;
const server = await startServer(registry.dir, port);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
});
try {
  for (const view of VIEWS) {
    const visits: Visit[] = [];
    for (let run = 0; run < RUNS; run++) visits.push(await visit(browser, base, view));
    const times = visits.map((v) => Math.round(v.interactiveMs));
    const { jsBytes, jsFiles, uncompressed } = visits.at(-1)!;
    const kb = jsBytes / 1024;
    const isFirstPage = view.bars;
    console.log(
      `${view.label} (${view.path}): interactive in ${median(times)} ms, median of ${RUNS} first visits ` +
        `(${times.join(', ')} ms; the first one meets cold server caches)` +
        (isFirstPage ? ` (bar ${INTERACTIVE_BAR_MS} ms: ${median(times) <= INTERACTIVE_BAR_MS ? 'met' : 'MISSED'})` : '') +
        `; JavaScript ${kb.toFixed(1)} KB on the wire in ${jsFiles} files` +
        (isFirstPage ? ` (bar ${JS_BAR_KB} KB: ${kb <= JS_BAR_KB ? 'met' : 'MISSED'})` : '') +
        (uncompressed.length > 0 ? `; sent uncompressed: ${uncompressed.join(', ')}` : '') +
        ` (${load()})`,
    );
  }
} finally {
  await browser.close();
  await stopServer(server);
  registry.remove();
}
