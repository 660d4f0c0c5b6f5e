// Strategy papers over HTTP: a draft generated from a closed round cites each idea with its votes, organisation and
// comments; managers edit it, members read it once final; Markdown and PDF exports keep German and Danish letters.
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { paperMarkdown } from '#src/strategy/paper-markdown.ts';
import { inlineSpans } from '#src/strategy/paper-pdf.ts';
import { buildTheme, buildStrategyWorld, fieldsOf, ok, START, type StrategyWorld } from '#src/strategy/strategy-test-world.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: StrategyWorld;
let roundId = '';
let paperId = '';
type Paper = { id: string; title: string; body: string; status: string; roundId: string };

/** The text a PDF shows: its compressed content streams inflated, the hex strings of their text operators decoded (WinAnsi ≈ Latin-1 here). */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  return [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)]
    .map((m) => {
      try {
        return inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
      } catch {
        return '';
      }
    })
    .flatMap((s) => [...s.matchAll(/\[(.*?)\] TJ/g)].map((m) => [...m[1]!.matchAll(/<([0-9a-f]*)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1')).join('')))
    .join('\n');
}

beforeAll(async () => {
  t = await createTestDb();
  w = await buildStrategyWorld(t.db);
  const { themeId } = await buildTheme(w, 'cluster-a', 'managerA', 'Präventive Medizin');
  await ok(w, 'POST', `/api/v1/strategy-themes/${themeId}/goals`, { as: 'managerA', body: { title: { de: 'Biobankproben für neue Diagnostik nutzen' } } }, 201);
  const post = async (who: string, title: string, body: string) => (await ok<{ id: string }>(w, 'POST', `/api/v1/strategy-themes/${themeId}/ideas`, { as: who, body: { title, body } }, 201)).id;
  const biobank = await post('bente', 'Gemeinsame Biobank-Plattform', 'Proben aus Greifswald und Aarhus über eine Plattform zugänglich machen.');
  const kurs = await post('alice', 'Kurs „Größere Studien“ für KMU', 'Ein Kurs für Gründerinnen und Gründer.');
  await ok(w, 'POST', `/api/v1/strategy-ideas/${biobank}/comments`, { as: 'dora', body: { body: 'Ærø og Øresund bør være med – også Åbenrå.' } }, 201);
  roundId = (await ok<{ id: string }>(w, 'POST', '/api/v1/clusters/cluster-a/strategy/rounds', {
    as: 'managerA', body: { themeId, title: { de: 'Prioritäten Prävention', en: 'Priorities prevention' }, voteBudget: 10, closesAt: new Date(START.getTime() + 86_400_000).toISOString() },
  }, 201)).id;
  await ok(w, 'PUT', `/api/v1/strategy-rounds/${roundId}/votes/${biobank}`, { as: 'alice', body: { votes: 6 } });
  await ok(w, 'PUT', `/api/v1/strategy-rounds/${roundId}/votes/${kurs}`, { as: 'alice', body: { votes: 4 } });
  await ok(w, 'PUT', `/api/v1/strategy-rounds/${roundId}/votes/${biobank}`, { as: 'dora', body: { votes: 2 } });
});
afterAll(() => t.close());

describe('generating a paper', () => {
  it('waits for the round to close (409), and is for the managers only', async () => {
    expect((await w.call('POST', `/api/v1/strategy-rounds/${roundId}/paper`, { as: 'managerA', body: { language: 'de' } })).status).toBe(409);
    await ok(w, 'POST', `/api/v1/strategy-rounds/${roundId}/close`, { as: 'managerA' });
    expect((await w.call('POST', `/api/v1/strategy-rounds/${roundId}/paper`, { body: {} })).status).toBe(401);
    for (const who of ['alice', 'managerB', 'gustav']) expect((await w.call('POST', `/api/v1/strategy-rounds/${roundId}/paper`, { as: who, body: {} })).status, who).toBe(403);
    const bad = await w.call('POST', `/api/v1/strategy-rounds/${roundId}/paper`, { as: 'managerA', body: { language: 'fr' } });
    expect(bad.status).toBe(422);
    expect(await fieldsOf(bad)).toEqual(['language']);
  });

  it('writes a German draft citing each idea with its votes, organisation and comments, grouped by theme with its goals', async () => {
    const paper = await ok<Paper>(w, 'POST', `/api/v1/strategy-rounds/${roundId}/paper`, { as: 'managerA', body: { language: 'de' } }, 201);
    paperId = paper.id;
    expect(paper).toMatchObject({ title: 'Strategiepapier: Prioritäten Prävention', status: 'draft', roundId });
    const lines = paper.body.split('\n');
    expect(lines[0]).toBe('# Strategiepapier: Prioritäten Prävention');
    expect(paper.body).toContain('2 Teilnehmende gaben 12 Stimmen ab (je ein Budget von 10)');
    expect(lines).toContain('## Fokusthema: Präventive Medizin');
    expect(lines).toContain('- Biobankproben für neue Diagnostik nutzen');
    expect(lines).toContain('**[I1] Gemeinsame Biobank-Plattform** (8 Stimmen von 2 Teilnehmenden, Rang 1 · Beta Biotech ApS)');
    expect(lines).toContain('**[I2] Kurs „Größere Studien“ für KMU** (4 Stimmen von 1 Teilnehmenden, Rang 2 · Alpha Diagnostik GmbH)');
    expect(lines).toContain('> Ærø og Øresund bør være med – også Åbenrå. (dora)');
    expect(lines.slice(lines.indexOf('## Zitierte Beiträge'))).toEqual([
      '## Zitierte Beiträge', '',
      '- [I1] Gemeinsame Biobank-Plattform, von Beta Biotech ApS: 8 Stimmen von 2 Teilnehmenden, Rang 1',
      '- [I2] Kurs „Größere Studien“ für KMU, von Alpha Diagnostik GmbH: 4 Stimmen von 1 Teilnehmenden, Rang 2', '',
    ]);
  });
});

describe('editing, reading and exporting', () => {
  it('keeps drafts to the managers and lets them edit and finalise a paper', async () => {
    expect((await w.call('GET', `/api/v1/strategy-papers/${paperId}`, { as: 'alice' })).status).toBe(403);
    expect((await ok<{ items: unknown[] }>(w, 'GET', '/api/v1/clusters/cluster-a/strategy/papers', { as: 'alice' })).items).toEqual([]);
    expect((await ok<{ items: unknown[] }>(w, 'GET', '/api/v1/clusters/cluster-a/strategy/papers', { as: 'managerA' })).items).toHaveLength(1);
    expect((await w.call('PATCH', `/api/v1/strategy-papers/${paperId}`, { as: 'alice', body: { title: 'x' } })).status).toBe(403);
    expect((await w.call('PATCH', `/api/v1/strategy-papers/${paperId}`, { body: { title: 'x' } })).status).toBe(401);
    expect(await fieldsOf(await w.call('PATCH', `/api/v1/strategy-papers/${paperId}`, { as: 'managerA', body: { status: 'published' } }))).toEqual(['status']);
    const current = await ok<Paper>(w, 'GET', `/api/v1/strategy-papers/${paperId}`, { as: 'managerA' });
    const edited = await ok<Paper>(w, 'PATCH', `/api/v1/strategy-papers/${paperId}`, { as: 'managerA', body: { body: `${current.body}\n## Nächste Schritte\n\n- Workshop im **Mai** mit [Anmeldung](https://example.org/anmeldung)\n`, status: 'final' } });
    expect(edited.status).toBe('final');
    expect((await ok<Paper>(w, 'GET', `/api/v1/strategy-papers/${paperId}`, { as: 'alice' })).body).toContain('## Nächste Schritte');
    expect((await w.call('GET', `/api/v1/strategy-papers/${paperId}`, { as: 'gustav' })).status).toBe(403);
    expect((await w.call('GET', '/api/v1/clusters/cluster-a/strategy/papers', { as: 'gustav' })).status).toBe(403);
  });

  it('exports Markdown as written and a PDF showing German and Danish letters', async () => {
    const md = await w.call('GET', `/api/v1/strategy-papers/${paperId}/paper.md`, { as: 'alice' });
    expect(md.status).toBe(200);
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(md.headers.get('content-disposition')).toBe('attachment; filename="strategiepapier-prioritaten-pravention.md"');
    expect(await md.text()).toBe((await ok<Paper>(w, 'GET', `/api/v1/strategy-papers/${paperId}`, { as: 'alice' })).body);
    const res = await w.call('GET', `/api/v1/strategy-papers/${paperId}/paper.pdf`, { as: 'alice' });
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    for (const words of ['Strategiepapier: Prioritäten Prävention', 'Präventive Medizin', 'Größere Studien', 'Ærø og Øresund bør være med', 'Åbenrå', 'Nächste Schritte', 'Anmeldung']) {
      expect(text.replace(/\n/g, ''), words).toContain(words);
    }
    expect(text).not.toContain('**');
    expect((await w.call('GET', `/api/v1/strategy-papers/${paperId}/paper.pdf`)).status).toBe(401);
    expect((await w.call('GET', `/api/v1/strategy-papers/${paperId}/paper.md`, { as: 'gustav' })).status).toBe(403);
  });

  it('deletes a paper for the managers', async () => {
    expect((await w.call('DELETE', `/api/v1/strategy-papers/${paperId}`, { as: 'alice' })).status).toBe(403);
    await ok(w, 'DELETE', `/api/v1/strategy-papers/${paperId}`, { as: 'managerA' }, 204);
    expect((await w.call('GET', `/api/v1/strategy-papers/${paperId}`, { as: 'managerA' })).status).toBe(404);
  });
});

describe('the Markdown itself', () => {
  it('reads bold, italic and links for the PDF', () => {
    expect(inlineSpans('a **b** *c* [d](https://e.org)')).toEqual([
      { text: 'a ', bold: false, italic: false }, { text: 'b', bold: true, italic: false }, { text: ' ', bold: false, italic: false },
      { text: 'c', bold: false, italic: true }, { text: ' ', bold: false, italic: false }, { text: 'd', bold: false, italic: false, link: 'https://e.org' },
    ]);
  });

  it('says so when a theme had no contributions, in Danish', () => {
    const md = paperMarkdown({
      language: 'da', title: 'Strategipapir', clusterName: 'Klynge',
      round: { title: { en: 'Round' }, budget: 3, closedOn: '2027-03-02', voters: 0, votesCast: 0 },
      themes: [{ id: 't', kind: 'field_of_action', title: { de: 'Thema', da: 'Tema' }, description: {}, goals: [] }],
      ideas: [],
    });
    expect(md.split('\n')).toEqual(expect.arrayContaining(['## Indsatsområde: Tema', 'Ingen bidrag i denne runde.']));
    expect(md).not.toContain('Citerede bidrag');
  });
});
