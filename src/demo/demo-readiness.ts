// Demo epidemic readiness and membership: production capacities of fictional medtech members (swabs, masks, test
// kits, ventilator parts) so that "who can make 100,000 swabs a week within four weeks?" has an answer in BioCon
// Valley (no member alone, the two largest together), membership start dates, and applications awaiting a decision.
import { sql } from 'kysely';
import type { Db } from '#src/db/connect.ts';

type DemoCapacity = {
  organization: string;
  product: string;
  emdn: string | null;
  capacity: number;
  unit: string;
  lead: number;
  certifications: string[];
  contact?: string;
  notes: string;
};

// Contacts of the capacities where the demo organisation has none yet: fictional names, role addresses.
const CONTACTS = [
  { organization: 'Warnow Implant Works GmbH (Demo)', given: 'Henrik', family: 'Musterhaus', job: 'Head of Production', email: 'production@example.org' },
  { organization: 'Bodden Omics Lab GmbH (Demo)', given: 'Ida', family: 'Beispielsen', job: 'Quality Management', email: 'quality@example.org' },
  { organization: 'Auenwald Diagnostics GmbH (Demo)', given: 'Greta', family: 'Vorbild', job: 'Operations', email: 'operations@example.org' },
];

export const DEMO_CAPACITIES: DemoCapacity[] = [
  { organization: 'Warnow Implant Works GmbH (Demo)', product: 'Flocked nasopharyngeal swab (Abstrichtupfer)', emdn: 'A1101', capacity: 60_000, unit: 'pieces', lead: 3,
    certifications: ['ISO 13485', 'CE'], contact: 'production@example.org', notes: 'Injection moulding line for implant parts, switchable to swab shafts; sterilisation in house.' },
  { organization: 'Bodden Omics Lab GmbH (Demo)', product: 'Sampling swab with viral transport medium', emdn: 'A1102', capacity: 40_000, unit: 'pieces', lead: 4,
    certifications: ['ISO 13485', 'CE'], contact: 'quality@example.org', notes: 'Transport medium made in our own lab; kits packed in tens.' },
  { organization: 'Bodden Omics Lab GmbH (Demo)', product: 'PCR test kit for respiratory viruses', emdn: 'W010504', capacity: 8_000, unit: 'kits of 96 tests', lead: 6,
    certifications: ['ISO 13485'], contact: 'quality@example.org', notes: '' },
  { organization: 'Ryck Plasma Care GmbH (Demo)', product: 'Sterile sampling swab', emdn: 'A1101', capacity: 25_000, unit: 'pieces', lead: 2,
    certifications: ['ISO 13485'], contact: 'ceo@example.org', notes: 'Packaging line of our wound-care pads; plasma sterilisation.' },
  { organization: 'Ryck Plasma Care GmbH (Demo)', product: 'Medical face mask type IIR', emdn: 'T020604', capacity: 150_000, unit: 'pieces', lead: 5,
    certifications: ['CE'], contact: 'ceo@example.org', notes: 'Needs melt-blown fleece from a supplier.' },
  { organization: 'Kogge Telemed GmbH (Demo)', product: 'Ventilator control board (spare part)', emdn: 'Z12030105', capacity: 400, unit: 'pieces', lead: 8,
    certifications: ['ISO 13485'], notes: 'Electronics assembly of our telemedicine devices.' },
  { organization: 'Auenwald Diagnostics GmbH (Demo)', product: 'Rapid antigen test for respiratory infections', emdn: 'W010509', capacity: 80_000, unit: 'tests', lead: 3,
    certifications: ['ISO 13485', 'CE'], contact: 'operations@example.org', notes: '' },
  { organization: 'Elbtal Smart Devices GmbH (Demo)', product: 'Ventilator flow sensor module', emdn: 'Z12030105', capacity: 1_500, unit: 'pieces', lead: 6,
    certifications: ['ISO 13485'], notes: '' },
];

// Pending applications: DST from Schwerin (Mecklenburg-Vorpommern) to BioCon Valley, a Kiel SME to the Rostock hub,
// a Leipzig SME to Life Science Nord.
const APPLICATIONS = [
  { organization: 'DST Diagnostische Systeme & Technologien GmbH', cluster: 'biocon-valley', type: 'full' as const, days: 6,
    message: 'Wir entwickeln Immunoassays in Schwerin und möchten uns an der Arbeitsgruppe Digitalisierung beteiligen.' },
  { organization: 'Förde Biosensorik GmbH (Demo)', cluster: 'biocon-valley-rostock', type: 'associate' as const, days: 2,
    message: 'We would like to join the Rostock hub for the medical-technology competence centre and the readiness network.' },
  { organization: 'Auenwald Diagnostics GmbH (Demo)', cluster: 'life-science-nord', type: 'partner' as const, days: 4,
    message: 'Partnerschaft für Schnelltests und Atemgasanalyse mit Unternehmen in Schleswig-Holstein.' },
];

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Inserts the demo's capacities, contacts, membership start dates and pending applications. */
export async function insertDemoReadiness(trx: Db, now: Date): Promise<{ capacities: number; applications: number }> {
  const organizations = await trx.selectFrom('organizations').select(['id', 'name']).execute();
  const idOf = new Map(organizations.map((o) => [o.name, o.id]));
  const contacts = CONTACTS.flatMap((c) => {
    const organizationId = idOf.get(c.organization);
    return organizationId ? [{ organization_id: organizationId, given_name: c.given, family_name: c.family, job_title: c.job, email: c.email, consent_listed: true, visibility: 'members' as const }] : [];
  });
  if (contacts.length > 0) await trx.insertInto('people').values(contacts).execute();
  const emails = DEMO_CAPACITIES.flatMap((c) => (c.contact ? [c.contact] : []));
  const people = await trx.selectFrom('people').select(['id', 'email', 'organization_id']).where('email', 'in', emails).execute();
  const capacities = DEMO_CAPACITIES.flatMap((c) => {
    const organizationId = idOf.get(c.organization);
    if (!organizationId) return [];
    const contact = people.find((p) => p.email === c.contact && p.organization_id === organizationId);
    return [{
      organization_id: organizationId, product: c.product, emdn_code: c.emdn, capacity_per_week: c.capacity, unit: c.unit, lead_time_weeks: c.lead,
      certifications: c.certifications, contact_person_id: contact?.id ?? null, notes: c.notes, created_at: now, updated_at: now,
    }];
  });
  if (capacities.length > 0) await trx.insertInto('production_capacities').values(capacities).execute();
  // Members since: a spread of plausible dates (the founding members of each hub earliest), so lists show "since".
  await sql`update memberships m set start_date = (date '2015-01-01' + ((('x' || substr(md5(o.name), 1, 6))::bit(24)::int) % 3650) * interval '1 day')::date
    from organizations o where o.id = m.organization_id and m.status = 'active' and m.start_date is null`.execute(trx);
  // Two members joined recently, so "new members" of the last months has an answer.
  for (const [name, daysAgo] of [['Ryck Plasma Care GmbH (Demo)', 45], ['Kogge Telemed GmbH (Demo)', 130]] as const) {
    const id = idOf.get(name);
    if (id) await trx.updateTable('memberships').set({ start_date: day(new Date(now.getTime() - daysAgo * 86_400_000)) }).where('organization_id', '=', id).execute();
  }
  const clusters = new Map((await trx.selectFrom('clusters').select(['id', 'slug']).execute()).map((c) => [c.slug, c.id]));
  const applications = APPLICATIONS.flatMap((a) => {
    const organizationId = idOf.get(a.organization);
    const clusterId = clusters.get(a.cluster);
    if (!organizationId || !clusterId) return [];
    return [{ organization_id: organizationId, cluster_id: clusterId, type: a.type, status: 'applied' as const, message: a.message, applied_at: new Date(now.getTime() - a.days * 86_400_000) }];
  });
  if (applications.length > 0) {
    await trx.insertInto('memberships').values(applications).onConflict((oc) => oc.columns(['organization_id', 'cluster_id']).doNothing()).execute();
  }
  return { capacities: capacities.length, applications: applications.length };
}
