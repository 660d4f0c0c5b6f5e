// `klynge serve`: opens the database, loads the demo on an empty one, and serves HTTP until stopped.
import { serve } from '@hono/node-server';
import { system } from '#src/auth/actor.ts';
import type { Config } from '#src/config.ts';
import { loadDemoIfEmpty } from '#src/demo/demo-service.ts';
import { createApp } from '#src/http/app.ts';
import { enqueueStartupJobs, jobHandlers } from '#src/jobs/job-handlers.ts';
import { startJobWorker, type JobWorker } from '#src/jobs/job-worker.ts';
import { openRuntime } from '#src/runtime.ts';

/** Starts the platform and resolves once it listens; returns a function that stops it. */
export async function startServer(config: Config): Promise<{ port: number; stop: () => Promise<void> }> {
  const started = Date.now();
  const rt = await openRuntime(config);
  let worker: JobWorker | undefined;
  try {
    const demoStarted = Date.now();
    const demo = config.demo ? await loadDemoIfEmpty({ db: rt.db, actor: system, clock: () => new Date(), log: rt.log }) : null;
    if (demo) rt.log.info(`empty registry: loaded the demo ecosystem in ${Date.now() - demoStarted} ms ${JSON.stringify(demo)}`);
    // Background jobs run in this process; an embedded database has no other process, so what one left running is ours to take up.
    worker = await startJobWorker({ db: rt.db, log: rt.log, clock: () => new Date(), handlers: jobHandlers, pollMs: 1000, exclusive: rt.engine === 'pglite' });
    const queued = await enqueueStartupJobs({ db: rt.db, actor: system, clock: () => new Date(), log: rt.log });
    if (queued.offerMatching > 0) rt.log.info(`jobs: queued matching of ${queued.offerMatching} offer(s) and request(s)`);
  } catch (err) {
    await worker?.stop();
    await rt.close();
    throw err;
  }
  const app = createApp({ db: rt.db, log: rt.log, clock: () => new Date(), secureCookies: config.secureCookies });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: '0.0.0.0' }, () => resolve(s));
  });
  rt.log.info(`klynge listens on http://localhost:${config.port} (${rt.engine}, ready in ${Date.now() - started} ms)`);
  return {
    port: config.port,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await worker?.stop();
      await rt.close();
    },
  };
}
