// A readable API reference rendered on the server from the OpenAPI document: no CDN, no script.

type Operation = { summary?: string; description?: string; tags?: string[]; parameters?: Array<{ name: string; in: string; required?: boolean; description?: string }> };
type Doc = { info: { title: string; description?: string }; paths?: object };

const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Renders every path and method of the document as an HTML page grouped by tag. */
export function renderApiReference(doc: Doc): string {
  const groups = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(doc.paths ?? {}) as Array<[string, Record<string, Operation>]>) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = op.tags?.[0] ?? 'other';
      const params = (op.parameters ?? [])
        .map((p) => `<li><code>${esc(p.name)}</code> (${esc(p.in)}${p.required ? ', required' : ''})${p.description ? ` — ${esc(p.description)}` : ''}</li>`)
        .join('');
      const item = `<section><h3><span class="m ${esc(method)}">${esc(method.toUpperCase())}</span> <code>/api/v1${esc(path)}</code></h3>
<p>${esc(op.summary ?? '')}</p>${op.description ? `<p>${esc(op.description)}</p>` : ''}${params ? `<ul>${params}</ul>` : ''}</section>`;
      groups.set(tag, [...(groups.get(tag) ?? []), item]);
    }
  }
  const body = [...groups.entries()].map(([tag, items]) => `<h2 id="${esc(tag)}">${esc(tag)}</h2>${items.join('')}`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(doc.info.title)} reference</title><style>
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h3{font-size:1rem;margin:1.2rem 0 .2rem}code{font-size:.95em}.m{display:inline-block;min-width:4.5em;font-weight:700}
.get{color:#05603a}.post{color:#1d4ed8}.patch,.put{color:#8a4b00}.delete{color:#b42318}</style></head><body>
<h1>${esc(doc.info.title)}</h1><p>${esc(doc.info.description ?? '')}</p>
<p>Machine-readable: <a href="/api/v1/openapi.json">openapi.json</a> (OpenAPI 3.1).</p>${body}</body></html>`;
}
