// The demo strategy: the seeds' fields of action and focus themes with goals and milestones, some late; BioCon
// Valley's ideas, a closed round with exact results and a draft paper citing them, an open round the editor can join.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { system } from '#src/auth/actor.ts';
import { createTestDb } from '#src/db/test-db.ts';
import { loadDemoIfEmpty } from '#src/demo/demo-service.ts';
import { createLogger } from '#src/log.ts';
import { getRoadmap } from '#src/strategy/milestone-service.ts';
import { getStrategy } from '#src/strategy/theme-service.ts';
import { resultsOf } from '#src/strategy/vote-service.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
const now = new Date('2027-05-01T10:00:00Z');
const ctx = () => ({ db: t.db, actor: system, clock: () => now, log: createLogger('silent') });

beforeAll(async () => {
  t = await createTestDb();
  await loadDemoIfEmpty(ctx());
}, 120_000);
afterAll(() => t.close());

describe('the demo strategy', () => {
  it('holds the five fields of action of the masterplan with goals and the seed’s milestones, some of them late', async () => {
    const strategy = await getStrategy(ctx(), 'biocon-valley');
    expect(strategy.themes.map((th) => [th.kind, th.title.de])).toEqual([
      ['field_of_action', 'Innovative Diagnoseverfahren und Produkte'],
      ['field_of_action', 'Medizintechnik, innovative Medizinprodukte und -verfahren'],
      ['field_of_action', 'Bioinformatik'],
      ['field_of_action', 'Biotechnologie und Wirkstoffe'],
      ['field_of_action', 'Präventive und individualisierte Medizin'],
    ]);
    expect(strategy.themes.every((th) => th.goals.length >= 2 && th.title.en && th.title.da)).toBe(true);
    const roadmap = await getRoadmap(ctx(), 'biocon-valley', { late: undefined });
    expect(roadmap.counts.byHorizon).toEqual({ short: 4, medium: 5, long: 1 });
    expect(roadmap.items.filter((m) => m.late).map((m) => m.title.de)).toEqual([
      'Zentrum für Life Science und Plasmatechnologie in Betrieb', 'IT-Infrastruktur für Prävention, Diagnostik und Therapie', 'Fokus auf innovative Forschungsaktivitäten',
    ]);
    expect(roadmap.items.find((m) => m.title.de === 'Landesweites Netzwerk Life Sciences und Medizintechnik')).toMatchObject({ status: 'done', owner: { kind: 'organization', name: 'BioCon Valley GmbH' } });
  });

  it('holds Life Science Nord’s seven focus themes and biosaxony’s four', async () => {
    const lsn = await getStrategy(ctx(), 'life-science-nord');
    expect(lsn.themes.map((th) => th.title.de)).toEqual(['Digitale Transformation', 'Entrepreneurship', 'Innovative Produktionstechnik', 'Internationalisierung',
      'MitarbeiterInnen der Zukunft', 'Nachhaltiges Clustermanagement', 'Stärkung der Innovationspipeline']);
    const saxony = await getStrategy(ctx(), 'biosaxony');
    expect(saxony.themes.map((th) => th.title.de)).toEqual(['Regulatorischer Marktzugang für KMU', 'Projekte zwischen Wirtschaft und Wissenschaft', 'Ansiedlung ausländischer Unternehmen', 'Junge innovative Unternehmen']);
  });

  it('has a closed round with exact results, an open one without the editor’s votes, and a draft paper citing the ideas', async () => {
    const rounds = await t.db.selectFrom('strategy_rounds').selectAll().orderBy('opens_at').execute();
    expect(rounds.map((r) => [r.title.de, r.vote_budget])).toEqual([['Prioritäten Medizintechnik', 10], ['Fortschreibung des Masterplans', 5]]);
    const results = await resultsOf(t.db, rounds[0]!, now);
    expect(results.items.map((r) => [r.title, r.votes, r.voters, r.rank])).toEqual([
      ['MDR-Sprechstunde mit einer Benannten Stelle', 14, 3, 1], ['Register der Produktionskapazitäten für den Epidemiefall', 12, 2, 2],
      ['Börse für klinische Partner', 7, 2, 3], ['Gemeinsamer Reinraum für Kleinserien', 7, 1, 3],
    ]);
    expect(results).toMatchObject({ voters: 4, votesCast: 40 });
    await expect(resultsOf(t.db, rounds[1]!, now)).rejects.toMatchObject({ code: 'conflict' });
    const editor = await t.db.selectFrom('users').select('id').where('email', '=', 'editor@example.org').executeTakeFirstOrThrow();
    expect(await t.db.selectFrom('idea_votes').select('votes').where('round_id', '=', rounds[1]!.id).where('user_id', '=', editor.id).execute()).toEqual([]);
    const paper = await t.db.selectFrom('strategy_papers').selectAll().executeTakeFirstOrThrow();
    expect(paper).toMatchObject({ status: 'draft', round_id: rounds[0]!.id, title: 'Strategiepapier: Prioritäten Medizintechnik' });
    expect(paper.body).toContain('**[I1] MDR-Sprechstunde mit einer Benannten Stelle** (14 Stimmen von 3 Teilnehmenden, Rang 1 · Warnow Implant Works GmbH (Demo) · übernommen)');
    expect(paper.body).toContain('> Sehr gern – für unseren Kaltplasma-Pen (Klasse IIa) hätten wir sofort drei Fragen. (Demo Editor, Ryck Plasma Care GmbH (Demo))');
  });

  it('told the members of BioCon Valley of the rounds, and only them', async () => {
    const rows = await t.db.selectFrom('notifications as n').innerJoin('users as u', 'u.id', 'n.user_id').select(['u.email', 'n.kind'])
      .where('n.kind', 'like', 'strategy_round_%').orderBy('u.email').orderBy('n.kind').execute();
    const editor = rows.filter((r) => r.email === 'editor@example.org').map((r) => r.kind);
    expect(editor).toEqual(['strategy_round_closed', 'strategy_round_opened']);
    expect(rows.some((r) => r.email === 'manager@example.org' || r.email === 'admin@example.org')).toBe(false);
  });
});
