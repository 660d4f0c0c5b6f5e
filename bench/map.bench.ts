// `npm run bench map`: how fast /map draws the full CORDIS registry (and a region of it) in headless Chromium.
import { gzipSync } from 'node:zlib';
import { startBrowserBench } from './bench-registry.ts';

const MARKS = ['points-fetched', 'points-drawn', 'countries-drawn', 'ready'];
const RUNS = 3;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const { base, browser, close } = await startBrowserBench('map');

/** "Where is X strong?" for the medical competence most organisations have. */
async function competenceView(): Promise<string> {
  const res = await fetch(`${base}/api/v1/competences?q=medic&limit=100`);
  const { items } = (await res.json()) as { items: Array<{ id: string; organizationCount: number }> };
  const top = items.sort((a, b) => b.organizationCount - a.organizationCount)[0];
  return top ? `/map?competence=${encodeURIComponent(top.id)}` : '/map?competence=sector%3Amedtech';
}

try {
  for (const view of ['/map', '/map?region=DK', await competenceView()]) {
    // The first request computes the answer (the server then keeps it in its search cache): timed apart.
    const coldStart = Date.now();
    const api = await fetch(`${base}/api/v1/atlas/points${view.slice('/map'.length)}`, { headers: { 'accept-encoding': 'gzip' } });
    const raw = Buffer.from(await api.arrayBuffer());
    const cold = Date.now() - coldStart;
    const { total } = JSON.parse(raw.toString('utf8')) as { total: number };
    const times: number[] = [];
    const marks: Record<string, number[]> = {};
    let transferred = 0;
    for (let run = 0; run < RUNS; run += 1) {
      // A fresh context per run: nothing cached, as for a first visit.
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
      const page = await context.newPage();
      // Bytes on the wire (compressed, with headers) as Chromium counts them.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      let bytes = 0;
      cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
      const started = Date.now();
      await page.goto(`${base}${view}`);
      await page.locator('.map-canvas[data-ready="true"]').waitFor({ timeout: 60_000 });
      times.push(Date.now() - started);
      const seen = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as const));
      for (const [name, at] of seen) (marks[name.replace('klynge:map:', '')] ??= []).push(Math.round(at));
      await page.waitForLoadState('networkidle');
      transferred = bytes;
      await context.close();
    }
    console.log(
      `${view}: ${total} points; drawn in ${median(times)} ms (median of ${RUNS}: ${times.join(', ')} ms); ` +
        `points JSON ${(raw.length / 1024).toFixed(0)} KB raw, ${(gzipSync(raw).length / 1024).toFixed(0)} KB gzipped; ` +
        `page transferred ${(transferred / 1024).toFixed(0)} KB; API cold ${cold} ms\n  ` +
        `median times since navigation: ${MARKS.filter((m) => marks[m]).map((m) => `${m} ${median(marks[m]!)} ms`).join(', ')}`,
    );
  }
} finally {
  await close();
}
