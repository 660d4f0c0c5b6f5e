// The demo's funding catalogue: the instruments the Mecklenburg-Vorpommern masterplan names (top research, scientific
// equipment, university construction, entrepreneurship; seed 000) for BioCon Valley, Saxony's for biosaxony, and
// federal, EU and Danish programmes for every cluster; calls with deadlines relative to the demo's now; follows.
import type { Db } from '#src/db/connect.ts';
import type { FundingCategory, FundingLevel } from '#src/db/types-cluster.ts';
import type { Text3 } from '#src/demo/demo-types.ts';
import { enqueueCallReminders } from '#src/funding/funding-reminder-jobs.ts';

type Instrument = { key: string; cluster: string | null; level: FundingLevel; category: FundingCategory; name: Text3; funder: string; description: Text3; url: string | null };
type Call = { instrument: string; title: string; description: string; opensDaysAgo: number; deadlineInDays: number; budget: number | null; url: string | null };

const t = (de: string, en: string, da: string): Text3 => ({ de, en, da });

const instruments: Instrument[] = [
  { key: 'mv-top', cluster: 'biocon-valley', level: 'state', category: 'top_research', funder: 'Land Mecklenburg-Vorpommern', url: null,
    name: t('Spitzenforschung', 'Top research', 'Spidsforskning'),
    description: t('Exzellente Forschung an den Hochschulen und Instituten des Landes, mit Fokus Life Science und Medizintechnik.', 'Excellent research at the state’s universities and institutes, focused on life science and medical technology.', 'Fremragende forskning på delstatens universiteter og institutter med fokus på life science og medicoteknik.') },
  { key: 'mv-equipment', cluster: 'biocon-valley', level: 'state', category: 'equipment', funder: 'Land Mecklenburg-Vorpommern', url: null,
    name: t('Wissenschaftliche Großgeräte', 'Scientific equipment', 'Videnskabeligt storudstyr'),
    description: t('Großgeräte für Forschung und Lehre, etwa Massenspektrometer oder Bildgebung.', 'Major equipment for research and teaching, such as mass spectrometers or imaging.', 'Storudstyr til forskning og undervisning, f.eks. massespektrometre eller billeddannelse.') },
  { key: 'mv-construction', cluster: 'biocon-valley', level: 'state', category: 'construction', funder: 'Land Mecklenburg-Vorpommern, EFRE', url: null,
    name: t('Hochschulbau', 'University construction', 'Universitetsbyggeri'),
    description: t('Neubauten und Sanierung von Forschungs- und Lehrgebäuden.', 'New and renovated buildings for research and teaching.', 'Nybyggeri og renovering af forsknings- og undervisningsbygninger.') },
  { key: 'mv-startup', cluster: 'biocon-valley', level: 'state', category: 'entrepreneurship', funder: 'Land Mecklenburg-Vorpommern', url: null,
    name: t('Existenzgründung', 'Entrepreneurship', 'Iværksætteri'),
    description: t('Gründungen und Ausgründungen aus Hochschulen und Instituten.', 'Start-ups and spin-offs from universities and institutes.', 'Nye virksomheder og spin-offs fra universiteter og institutter.') },
  { key: 'sn-tech', cluster: 'biosaxony', level: 'state', category: 'innovation', funder: 'Freistaat Sachsen, SAB', url: 'https://www.sab.sachsen.de',
    name: t('Technologieförderung Sachsen', 'Technology funding Saxony', 'Teknologistøtte i Sachsen'),
    description: t('Einzel- und Verbundprojekte der Forschung und Entwicklung sächsischer Unternehmen.', 'Single and joint R&D projects of companies in Saxony.', 'Enkelt- og fællesprojekter inden for forskning og udvikling i virksomheder i Sachsen.') },
  { key: 'zim', cluster: null, level: 'federal', category: 'innovation', funder: 'BMWK', url: 'https://www.zim.de',
    name: t('Zentrales Innovationsprogramm Mittelstand (ZIM)', 'Central Innovation Programme for SMEs (ZIM)', 'Det centrale innovationsprogram for SMV’er (ZIM)'),
    description: t('Marktorientierte Forschungs- und Entwicklungsprojekte von KMU, einzeln oder mit Forschungseinrichtungen.', 'Market-oriented R&D projects of SMEs, alone or with research institutions.', 'Markedsorienterede forsknings- og udviklingsprojekter i SMV’er, alene eller med forskningsinstitutioner.') },
  { key: 'kmu-innovativ', cluster: null, level: 'federal', category: 'innovation', funder: 'BMBF', url: 'https://www.foerderinfo.bund.de',
    name: t('KMU-innovativ: Medizintechnik', 'SME-innovative: medical technology', 'SMV-innovativ: medicoteknik'),
    description: t('Risikoreiche Forschung kleiner und mittlerer Medizintechnikunternehmen.', 'High-risk research of small and medium-sized medical technology companies.', 'Risikofyldt forskning i små og mellemstore medicotekniske virksomheder.') },
  { key: 'exist', cluster: null, level: 'federal', category: 'entrepreneurship', funder: 'BMWK', url: 'https://www.exist.de',
    name: t('EXIST-Forschungstransfer', 'EXIST transfer of research', 'EXIST forskningsoverførsel'),
    description: t('Ausgründungen aus der Forschung mit technisch anspruchsvollen Produkten.', 'Spin-offs from research with technically demanding products.', 'Spin-offs fra forskningen med teknisk krævende produkter.') },
  { key: 'horizon', cluster: null, level: 'eu', category: 'collaboration', funder: 'European Commission', url: 'https://research-and-innovation.ec.europa.eu',
    name: t('Horizont Europa, Cluster 1 Gesundheit', 'Horizon Europe, Cluster 1 Health', 'Horisont Europa, klynge 1 Sundhed'),
    description: t('Europäische Verbundprojekte in Gesundheitsforschung und -innovation.', 'European collaborative projects in health research and innovation.', 'Europæiske samarbejdsprojekter inden for sundhedsforskning og -innovation.') },
  { key: 'eic', cluster: null, level: 'eu', category: 'entrepreneurship', funder: 'European Innovation Council', url: 'https://eic.ec.europa.eu',
    name: t('EIC Accelerator', 'EIC Accelerator', 'EIC Accelerator'),
    description: t('Zuschüsse und Eigenkapital für Start-ups und KMU mit bahnbrechenden Innovationen.', 'Grants and equity for start-ups and SMEs with breakthrough innovations.', 'Tilskud og egenkapital til start-ups og SMV’er med banebrydende innovationer.') },
  { key: 'innovationsfonden', cluster: null, level: 'other', category: 'collaboration', funder: 'Innovationsfonden (DK)', url: 'https://innovationsfonden.dk',
    name: t('Innovationsfonden: Grand Solutions', 'Innovation Fund Denmark: Grand Solutions', 'Innovationsfonden: Grand Solutions'),
    description: t('Dänische Verbundprojekte von Forschung und Unternehmen.', 'Danish joint projects of research and business.', 'Danske samarbejdsprojekter mellem forskning og erhverv.') },
];

const calls: Call[] = [
  { instrument: 'zim', title: 'ZIM cooperation projects: medical technology', description: 'Joint R&D projects of SMEs and research institutions on medical devices, diagnostics and digital health.', opensDaysAgo: 60, deadlineInDays: 10, budget: null, url: 'https://www.zim.de' },
  { instrument: 'mv-top', title: 'Top research in life science 2027', description: 'Research groups in medical technology, plasma medicine, diagnostics and individualised medicine at the state’s universities and institutes.', opensDaysAgo: 30, deadlineInDays: 24, budget: 6_000_000, url: null },
  { instrument: 'sn-tech', title: 'Joint projects smart medical devices', description: 'R&D projects of Saxon companies with research partners on smart medical devices and therapies.', opensDaysAgo: 45, deadlineInDays: 30, budget: 4_000_000, url: 'https://www.sab.sachsen.de' },
  { instrument: 'eic', title: 'EIC Accelerator cut-off', description: 'Breakthrough innovations of start-ups and SMEs, including medical devices and biotechnology, up to market.', opensDaysAgo: 90, deadlineInDays: 45, budget: null, url: 'https://eic.ec.europa.eu' },
  { instrument: 'innovationsfonden', title: 'Grand Solutions: life science and welfare technology', description: 'Large joint projects of Danish research, hospitals, municipalities and companies in life science and welfare technology.', opensDaysAgo: 20, deadlineInDays: 60, budget: 50_000_000, url: 'https://innovationsfonden.dk' },
  { instrument: 'horizon', title: 'HORIZON-HLTH-2027-DEV: Innovative medical devices for chronic wounds', description: 'Collaborative projects developing and clinically validating innovative medical devices, such as cold plasma, for the treatment of chronic and diabetic wounds.', opensDaysAgo: 40, deadlineInDays: 75, budget: 25_000_000, url: 'https://research-and-innovation.ec.europa.eu' },
  { instrument: 'kmu-innovativ', title: 'KMU-innovativ: medical technology, spring round', description: 'High-risk research projects of medical technology SMEs, alone or with partners.', opensDaysAgo: 10, deadlineInDays: 120, budget: null, url: 'https://www.foerderinfo.bund.de' },
  { instrument: 'mv-equipment', title: 'Scientific equipment 2026', description: 'Major research equipment for universities and institutes.', opensDaysAgo: 120, deadlineInDays: -20, budget: 3_000_000, url: null },
];

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** `days` from now, on the full hour before: the same calendar day as now + days, so "days left" reads as written here. */
const inDays = (now: Date, days: number) => new Date(Math.floor((now.getTime() + days * DAY) / HOUR) * HOUR);

/** Inserts the funding catalogue, its calls and the demo accounts' follows; returns the call ids by title. */
export async function insertDemoFunding(trx: Db, now: Date): Promise<Map<string, string>> {
  const clusters = new Map((await trx.selectFrom('clusters').select(['id', 'slug']).execute()).map((c) => [c.slug, c.id]));
  const listed = instruments.filter((i) => i.cluster === null || clusters.has(i.cluster));
  const inserted = await trx.insertInto('funding_instruments').values(listed.map((i) => ({
    cluster_id: i.cluster === null ? null : clusters.get(i.cluster)!, level: i.level, category: i.category, name: JSON.stringify(i.name),
    funder: i.funder, description: JSON.stringify(i.description), url: i.url,
  }))).returning(['id', 'name']).execute();
  const instrumentIds = new Map(inserted.map((r) => [listed.find((i) => i.name.en === r.name.en)!.key, r.id]));
  const callRows = calls.flatMap((c) => {
    const instrument = instruments.find((i) => i.key === c.instrument)!;
    const instrumentId = instrumentIds.get(c.instrument);
    if (instrumentId === undefined) return [];
    return [{
      instrument_id: instrumentId, cluster_id: instrument.cluster === null ? null : clusters.get(instrument.cluster)!, title: c.title, description: c.description,
      opens_on: inDays(now, -c.opensDaysAgo).toISOString().slice(0, 10), deadline: inDays(now, c.deadlineInDays).toISOString(), url: c.url, budget: c.budget,
    }];
  });
  const callIds = new Map((await trx.insertInto('funding_calls').values(callRows).returning(['id', 'title']).execute()).map((r) => [r.title, r.id]));
  // The editor follows the ZIM call (its 14-day reminder is due at the first start) and the EIC cut-off; the manager
  // follows the top-research call.
  const users = new Map((await trx.selectFrom('users').select(['id', 'email']).execute()).map((u) => [u.email, u.id]));
  const follows: Array<[email: string, title: string, daysAgo: number]> = [
    ['editor@example.org', 'ZIM cooperation projects: medical technology', 20],
    ['editor@example.org', 'EIC Accelerator cut-off', 5],
    ['manager@example.org', 'Top research in life science 2027', 12],
  ];
  const rows = follows.flatMap(([email, title, daysAgo]) => {
    const userId = users.get(email);
    const callId = callIds.get(title);
    return userId && callId ? [{ call_id: callId, user_id: userId, created_at: new Date(now.getTime() - daysAgo * DAY).toISOString(), title }] : [];
  });
  if (rows.length > 0) await trx.insertInto('funding_call_follows').values(rows.map(({ title: _title, ...row }) => row)).execute();
  for (const title of new Set(rows.map((r) => r.title))) {
    await enqueueCallReminders(trx, callIds.get(title)!, inDays(now, calls.find((c) => c.title === title)!.deadlineInDays), now);
  }
  return callIds;
}
