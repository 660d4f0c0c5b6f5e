// `klynge serve`: opens the database, loads the demo on an empty one, and serves HTTP until stopped.
import { serve } from '@hono/node-server';
import { system } from '#src/auth/actor.ts';
import type { Config } from '#src/config.ts';
import { loadDemoIfEmpty } from '#src/demo/demo-service.ts';
import { createApp } from '#src/http/app.ts';
import { openRuntime } from '#src/runtime.ts';

/** Starts the platform and resolves once it listens; returns a function that stops it. */
export async function startServer(config: Config): Promise<{ port: number; stop: () => Promise<void> }> {
  const started = Date.now();
  const rt = await openRuntime(config);
  try {
    const demoStarted = Date.now();
    const demo = config.demo ? await loadDemoIfEmpty({ db: rt.db, actor: system, clock: () => new Date(), log: rt.log }) : null;
    if (demo) rt.log.info(`empty registry: loaded the demo ecosystem in ${Date.now() - demoStarted} ms ${JSON.stringify(demo)}`);
  } catch (err) {
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
      await rt.close();
    },
  };
}
