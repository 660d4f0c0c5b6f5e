// The words two matching offers share, named as the texts write them: a German or Danish pair's words as typed
// (quoted in the English text), not the glossary's English stems; an English pair's words as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { system } from '#src/auth/actor.ts';
import { createTestDb } from '#src/db/test-db.ts';
import { createLogger } from '#src/log.ts';
import { matchOffer } from '#src/matching/offer-match-service.ts';
import { buildOrganization } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
type Reason = { kind: string; terms?: string[]; text: string };

async function addOffer(organizationId: string, direction: 'offer' | 'request', title: string, description: string): Promise<string> {
  const row = await t.db.insertInto('offers').values({ organization_id: organizationId, direction, kind: 'clinical_site', title, description })
    .returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Matches `offerId` and answers the shared-words reason it stored for `otherId`. */
async function sharedWords(offerId: string, otherId: string): Promise<Reason> {
  await matchOffer({ db: t.db, actor: system, clock: () => new Date(), log: createLogger('silent') }, offerId);
  const row = await t.db.selectFrom('offer_matches').select('reasons').where('offer_id', '=', offerId).where('matched_offer_id', '=', otherId).executeTakeFirstOrThrow();
  const reasons = (typeof row.reasons === 'string' ? JSON.parse(row.reasons) : row.reasons) as Reason[];
  return reasons.find((r) => r.kind === 'sharedTerms')!;
}

const offers: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestDb();
  const [a, b, c, d, e, f] = await Promise.all(['Klinik Nord', 'Plasmatec', 'Odense Klinik', 'Sårteknik', 'Clinic One', 'Plasma Two'].map((name) => buildOrganization(t.db, { name })));
  offers.deSite = await addOffer(a!, 'offer', 'Klinische Studien zur Wundheilung', 'Wir führen klinische Studien mit Diabetikern zur Wundheilung chronischer Wunden durch.');
  offers.deRequest = await addOffer(b!, 'request', 'Klinik für eine Studie zur Wundheilung gesucht', 'Wir suchen eine Klinik für eine klinische Studie mit Plasma zur Wundheilung bei Diabetikern.');
  offers.daSite = await addOffer(c!, 'offer', 'Kliniske studier af sårheling', 'Vi gennemfører kliniske studier af sårheling hos patienter med diabetes og kroniske sår.');
  offers.daRequest = await addOffer(d!, 'request', 'Klinik til en studie af sårheling søges', 'Vi søger en klinik til en klinisk studie af sårheling med plasma hos patienter med diabetes.');
  offers.enSite = await addOffer(e!, 'offer', 'Clinical site for diabetes studies', 'Clinical studies with patients with diabetes for new medical devices.');
  offers.enRequest = await addOffer(f!, 'request', 'Clinical partner for a diabetes study', 'We seek a clinic for a clinical study of our device with diabetic patients.');
});
afterAll(() => t.close());

describe('the words two matching offers share', () => {
  it('are a German pair’s words as typed, quoted in the text, the reading side’s first', async () => {
    const shared = await sharedWords(offers.deRequest!, offers.deSite!);
    // Before: "trial, wundheilung, klinische, wound, studie, heal, clinic, diabetikern" (the glossary's English stems).
    expect([...shared.terms!].sort()).toEqual(['Diabetikern', 'Klinik', 'Studie', 'Wundheilung', 'klinische']);
    expect(shared.text).toMatch(/^Both speak of “[^”]+”(, “[^”]+”)*$/);
    expect(shared.text).toContain('“Wundheilung”');
  });

  it('are a Danish pair’s words as typed', async () => {
    const shared = await sharedWords(offers.daRequest!, offers.daSite!);
    // Before: "sårheling, wound, klinisk, studie, heal, clinic, diabetes, patienter".
    expect([...shared.terms!].sort()).toEqual(['Klinik', 'diabetes', 'klinisk', 'patienter', 'studie', 'sårheling']);
    expect(shared.text).toContain('“sårheling”');
  });

  it('are an English pair’s words as written, unquoted, as before', async () => {
    const shared = await sharedWords(offers.enRequest!, offers.enSite!);
    expect(shared.text).toBe('Both speak of device, clinical, diabetes, studies, patients');
  });
});
