// The organisation search follows project writes made through the API: texts, topics and participants.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { buildCompetences, buildOrganization, createTestApp, userActor } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let call: ReturnType<typeof createTestApp>;
let lab: string;
let clinic: string;

const found = async (q: string) => {
  const res = await call('GET', `/api/v1/organizations?q=${encodeURIComponent(q)}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: Array<{ name: string }> }).items.map((o) => o.name).sort();
};
const createProject = async (body: object) => {
  const res = await call('POST', '/api/v1/projects', { as: 'admin', body });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
};

beforeAll(async () => {
  t = await createTestDb();
  lab = await buildOrganization(t.db, { name: 'Nordic Lab' });
  clinic = await buildOrganization(t.db, { name: 'Harbour Clinic' });
  await buildCompetences(t.db, [['esv:/29', null, 'medical sciences'], ['esv:/29/7', 'esv:/29', 'immunology']]);
  call = createTestApp(t.db, { admin: userActor([], true) });
  // A search before the writes, so a stale cached answer would show.
  expect(await found('xenobots')).toEqual([]);
});
afterAll(() => t.close());

describe('search index upkeep on project writes', () => {
  it('finds the participants of a new project by its title, keywords and objective', async () => {
    await createProject({
      title: 'Xenobots for wound care', keywords: ['biofilm'], objective: 'We grow living machines that clean chronic ulcers.',
      participants: [{ organizationId: lab, role: 'coordinator' }],
    });
    expect(await found('xenobots')).toEqual(['Nordic Lab']);
    expect(await found('biofilm')).toEqual(['Nordic Lab']);
    expect(await found('ulcer')).toEqual(['Nordic Lab']);
  });

  it('follows a changed title and changed topics at once', async () => {
    const id = await createProject({ title: 'Quorum sensing atlas', participants: [{ organizationId: clinic, role: 'coordinator' }] });
    expect(await found('quorum')).toEqual(['Harbour Clinic']);
    expect(await found('immunology')).toEqual([]);
    const res = await call('PATCH', `/api/v1/projects/${id}`, { as: 'admin', body: { title: 'Phage therapy trial', topicIds: ['esv:/29/7'] } });
    expect(res.status).toBe(200);
    expect(await found('quorum')).toEqual([]);
    expect(await found('phage')).toEqual(['Harbour Clinic']);
    // The clinic now derives the project's topic as a competence, so its label finds it.
    expect(await found('immunology')).toEqual(['Harbour Clinic']);
  });

  it('follows participants joining and leaving a project, and a deleted project', async () => {
    const id = await createProject({ title: 'Cryogenic biobank robotics', topicIds: ['esv:/29'] });
    expect(await found('cryogenic')).toEqual([]);
    expect((await call('POST', `/api/v1/projects/${id}/participants`, { as: 'admin', body: { organizationId: lab, role: 'participant' } })).status).toBe(200);
    expect((await call('POST', `/api/v1/projects/${id}/participants`, { as: 'admin', body: { organizationId: clinic, role: 'participant' } })).status).toBe(200);
    expect(await found('cryogenic')).toEqual(['Harbour Clinic', 'Nordic Lab']);
    expect(await found('medical sciences')).toEqual(['Harbour Clinic', 'Nordic Lab']);
    expect((await call('DELETE', `/api/v1/projects/${id}/participants/${lab}`, { as: 'admin' })).status).toBe(204);
    expect(await found('cryogenic')).toEqual(['Harbour Clinic']);
    // The lab's competence from that project went with its participation; the clinic still takes part.
    expect(await found('medical sciences')).toEqual(['Harbour Clinic']);
    expect((await call('DELETE', `/api/v1/projects/${id}`, { as: 'admin' })).status).toBe(204);
    expect(await found('cryogenic')).toEqual([]);
  });
});
