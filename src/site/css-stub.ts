// Lets the server import web components that import their stylesheet (vite bundles CSS; Node cannot load it): a
// loader hook answers every .css import with an empty module. Registered once, only when the site renderer loads.
import { register } from 'node:module';

const HOOK = `export async function load(url, context, next) {
  return url.endsWith('.css') ? { format: 'module', source: '', shortCircuit: true } : next(url, context);
}`;

let registered = false;

/** Registers the hook (later imports of .css files become empty modules). */
export function stubCssImports(): void {
  if (registered) return;
  register(`data:text/javascript,${encodeURIComponent(HOOK)}`);
  registered = true;
}
