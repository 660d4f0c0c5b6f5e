// `npm run bench network`: how fast /network draws a region of the full CORDIS registry, and the API cold and warm.
import { gzipSync } from 'node:zlib';
import { startBrowserBench } from './bench-registry.ts';

const VIEWS = ['/network?region=DK', '/network?region=DE8', '/network?region=DE8,DE4,DE3', '/network?region=DK&partners=true'];
const RUNS = 3;
const BAR_MS = 2_000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The API query of a page URL: its region list becomes repeated `region` parameters. */
function apiPath(view: string): string {
  const params = new URL(view, 'http://x').searchParams;
  const api = new URLSearchParams();
  for (const region of (params.get('region') ?? '').split(',').filter(Boolean)) api.append('region', region);
  if (params.get('partners')) api.set('partners', params.get('partners')!);
  return `/api/v1/atlas/network?${api}`;
}

async function timed(url: string): Promise<{ ms: number; body: Buffer }> {
  const started = performance.now();
  const res = await fetch(url);
  const body = Buffer.from(await res.arrayBuffer());
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${body.toString('utf8').slice(0, 200)}`);
  return { ms: performance.now() - started, body };
}

const { base, browser, close } = await startBrowserBench('network');

try {
  for (const view of VIEWS) {
    // The server computes a scope's network once per data version: the first visit pays for it (cold), later
    // visits get the cached answer (warm). Each visit uses a fresh browser context: no browser cache.
    const drawn: number[] = [];
    let coldApi = 0;
    for (let run = 0; run <= RUNS; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
      const page = await context.newPage();
      const answer = page.waitForResponse((r) => r.url().includes('/api/v1/atlas/network'), { timeout: 120_000 });
      const started = Date.now();
      await page.goto(`${base}${view}`);
      await page.locator('[data-network][data-ready="true"]').waitFor({ timeout: 120_000 });
      drawn.push(Date.now() - started);
      if (run === 0) {
        const timing = (await answer).request().timing();
        coldApi = timing.responseEnd - timing.requestStart;
      }
      await context.close();
    }
    const [cold, ...warmDraws] = drawn;
    const warmApi: number[] = [];
    let body: Buffer = Buffer.alloc(0);
    for (let i = 0; i < 5; i += 1) {
      const answer = await timed(`${base}${apiPath(view)}`);
      warmApi.push(answer.ms);
      body = answer.body;
    }
    const network = JSON.parse(body.toString('utf8')) as { nodes: unknown[]; edges: unknown[]; communities: number; betweenness: string };
    const warm = median(warmDraws);
    console.log(
      `${view}: ${network.nodes.length} nodes, ${network.edges.length} links, ${network.communities} communities ` +
        `(betweenness ${network.betweenness}), ${Math.round(body.length / 1024)} KB (${Math.round(gzipSync(body).length / 1024)} KB gzipped)\n` +
        `  API: cold ${Math.round(coldApi)} ms, warm median ${Math.round(median(warmApi))} ms\n` +
        `  drawn: first visit (cold API) ${cold} ms, then median ${warm} ms of ${RUNS} (${warmDraws.join(', ')}) ` +
        `${warm <= BAR_MS ? 'ok' : `ABOVE the ${BAR_MS} ms bar`}`,
    );
  }
} finally {
  await close();
}
