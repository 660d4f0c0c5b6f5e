// Organisation search over the full CORDIS registry through the HTTP API: latency percentiles and throughput.
// Bars (issue 2): p95 ≤ 50 ms and ≥ 200 requests/s with ~8 concurrent clients on a 2-core machine.
import { copyOfRegistry, load, randomPort, startServer, stopServer } from './bench-registry.ts';

const port = randomPort();
const CONCURRENCY = 8;
const SECONDS = 10;

// A realistic mix: single words, two words, German and Danish words, typos, filters and facets.
const words = [
  'cancer', 'vaccine', 'microbiome', 'plasma', 'diabetes', 'antibiotic', 'biobank', 'hydrogen', 'battery', 'robotics',
  'Greifswald', 'Karolinska', 'Fraunhofer', 'Rostock', 'Aarhus', 'Charité', 'Leibniz', 'Odense',
  'medical device', 'artificial intelligence', 'gene therapy', 'plasma medicine', 'clinical trial', 'Universität Greifswald',
  'Krebsforschung', 'Universität', 'Medizintechnik', 'Forschung', 'sygehus', 'København', 'Universitet Kopenhagen',
  'Grefswald', 'Karolinksa', 'Fraunhofr', 'microbiom', 'Universitat Rostock',
];
const variants = ['', '&facets=true', '&country=DE', '&type=university&facets=true', '&sme=true'];
const paths = words.flatMap((w) => variants.map((v) => `/api/v1/organizations?q=${encodeURIComponent(w)}${v}`));

async function timed(path: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${path} answered ${res.status}`);
  return performance.now() - started;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const report = (label: string, latencies: number[], seconds?: number) => {
  const s = [...latencies].sort((a, b) => a - b);
  const rate = seconds ? `, ${(latencies.length / seconds).toFixed(0)} requests/s` : '';
  console.log(`${label}: n=${s.length} p50=${percentile(s, 50).toFixed(1)} ms p95=${percentile(s, 95).toFixed(1)} ms p99=${percentile(s, 99).toFixed(1)} ms max=${(s.at(-1) ?? NaN).toFixed(1)} ms${rate} (${load()})`);
};

const registry = copyOfRegistry();
const server = await startServer(registry.dir, port);
try {
  // The first search of a process loads the dictionaries and reads the index pages from disk (~1 s on PGlite):
  // a cost of starting, not of a query, so a search outside the mix goes first.
  await timed(`/api/v1/organizations?q=${encodeURIComponent('warm up')}&facets=true`);
  // Every distinct request once, one at a time: what a query costs before the answer cache knows it.
  const cold: number[] = [];
  for (const path of paths) cold.push(await timed(path));
  report('cold (each distinct query once, sequential)', cold);
  const slowest = paths.map((p, i) => [cold[i] ?? 0, p] as const).sort((a, b) => b[0] - a[0]).slice(0, 5);
  for (const [ms, p] of slowest) console.log(`  slowest: ${ms.toFixed(0)} ms ${decodeURIComponent(p)}`);

  // The mix at ~8 concurrent clients for SECONDS.
  const latencies: number[] = [];
  const until = performance.now() + SECONDS * 1000;
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) latencies.push(await timed(paths[next++ % paths.length] ?? '/'));
    }),
  );
  report(`mixed load (${CONCURRENCY} clients, ${SECONDS} s, ${paths.length} distinct queries)`, latencies, SECONDS);
} finally {
  await stopServer(server);
  registry.remove();
}
