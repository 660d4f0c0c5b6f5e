// Recommendations at an event through the matching engine: a registry with projects, so the engine knows the
// participants' organisations and ranks them (with its reasons); only organisations present are recommended.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { buildEventWorld, type EventWorld } from '#src/events/event-test-world.ts';
import { refreshSearchIndex } from '#src/registry/search-index.ts';
import { buildOrganization } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: EventWorld;
const outside: Record<string, string> = {};

type Reason = { kind: string; text: string; count?: number; via?: Array<{ name: string }>; projects?: Array<{ acronym: string }>; terms?: string[] };
type Recommendations = { source: string; items: Array<{ name: string; organizationName: string; score: number; reasons: Reason[] }> };

async function buildProject(acronym: string, title: string, objective: string, start: string, organizations: string[]): Promise<void> {
  const { id } = await t.db.insertInto('projects').values({ acronym, title, objective, start_date: start, keywords: [] }).returning('id').executeTakeFirstOrThrow();
  await t.db.insertInto('participations')
    .values(organizations.map((o, i) => ({ project_id: id, organization_id: o, role: i === 0 ? 'coordinator' : 'participant', ec_contribution: null, position: i + 1 })))
    .execute();
}

beforeAll(async () => {
  t = await createTestDb();
  w = await buildEventWorld(t.db);
  // Organisations that are not at the event: anna's earlier partner, and a partner of Delta Labs.
  outside.uni = await buildOrganization(t.db, { name: 'Imaging University', type: 'university', country: 'DE' });
  outside.bank = await buildOrganization(t.db, { name: 'Nordic Biobank', type: 'research_institute', country: 'SE' });
  await buildProject('MRITRIAL', 'MRI imaging for clinical trials of brain tumours', 'Quantitative MRI imaging endpoints for clinical trials in neuro-oncology.', '2022-01-01', [w.orgs.anna!, outside.uni]);
  await buildProject('CLINMRI', 'Clinical MRI imaging trial network', 'A network of hospitals running MRI imaging trials in neuro-oncology.', '2023-01-01', [outside.uni, w.orgs.bo!]);
  await buildProject('BIOSAMPLE', 'Biobank samples for imaging biomarkers', 'Biobank samples linked to MRI imaging biomarkers of brain tumours.', '2021-05-01', [w.orgs.dora!, outside.bank]);
  await refreshSearchIndex(t.db, 'all');
});
afterAll(() => t.close());

describe('recommendations through the matching engine', () => {
  it('ranks the organisations present by the engine, with its reasons, leaving out those not at the event', async () => {
    const res = await w.call('GET', `/api/v1/events/${w.eventId}/recommendations`, { as: 'anna' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Recommendations;
    expect(body.source).toBe('matching');
    // Beta Clinic ran a similar trial with anna's partner; Gamma Capital is an investor in anna's country; Delta
    // Labs works on brain tumour imaging. Imaging University and Nordic Biobank are not at the event.
    expect(body.items.map((i) => i.organizationName)).toEqual(['Beta Clinic', 'Gamma Capital', 'Delta Labs']);
    expect(body.items[0]!.score).toBeGreaterThan(body.items[1]!.score);
    expect(body.items[1]!.score).toBeGreaterThan(body.items[2]!.score);
    const [bo, carl, dora] = body.items;
    expect(bo!.reasons.map((r) => r.kind)).toEqual(['topics', 'similarProjects', 'partnersOfPartners', 'complementary', 'active']);
    expect(bo!.reasons[0]!.terms).toEqual(expect.arrayContaining(['clinical', 'mri']));
    expect(bo!.reasons.slice(1, 4).map((r) => r.text)).toEqual([
      'took part in similar projects: CLINMRI',
      'worked with your partner Imaging University',
      'brings what a company lacks: it is a hospital',
    ]);
    expect(carl!.reasons.map((r) => r.text)).toEqual(['brings what a company lacks: it is an investor', 'in your country (DE)']);
    expect(dora!.reasons.map((r) => r.kind)).toEqual(['topics', 'similarProjects', 'complementary', 'active']);
    expect(dora!.reasons[0]!.terms).toEqual(expect.arrayContaining(['brain', 'tumour']));
    expect(dora!.reasons[1]!.text).toBe('took part in similar projects: BIOSAMPLE');
  });

  it('recommends the other way round too: Beta Clinic is told about Alpha Imaging first', async () => {
    const body = (await (await w.call('GET', `/api/v1/events/${w.eventId}/recommendations`, { as: 'bo' })).json()) as Recommendations;
    expect(body.source).toBe('matching');
    expect(body.items[0]!.organizationName).toBe('Alpha Imaging');
    expect(body.items[0]!.reasons.find((r) => r.kind === 'partnersOfPartners')!.text).toBe('worked with your partner Imaging University');
    expect(body.items.map((i) => i.organizationName)).not.toContain('Imaging University');
  });
});
