// Demo accounts and contacts: fictional names and role addresses at example.org, never the people of the seeds.
import type { DemoAccount, DemoContact } from '#src/demo/demo-types.ts';

// The passwords are documented in README.md; they only ever protect demo data.
export const demoAccounts: DemoAccount[] = [
  { email: 'admin@example.org', name: 'Demo Admin', password: 'klynge-admin-demo', isAdmin: true },
  { email: 'manager@example.org', name: 'Demo Cluster Manager', password: 'klynge-manager-demo', isAdmin: false, manages: { cluster: 'biocon-valley' } },
  { email: 'editor@example.org', name: 'Demo Editor', password: 'klynge-editor-demo', isAdmin: false, manages: { organization: 'ryck-plasma' } },
];

export const demoContacts: DemoContact[] = [
  { organization: 'bcv', givenName: 'Anna', familyName: 'Beispiel', jobTitle: 'Clustermanagerin Life Science', email: 'office@example.org', consentListed: true, visibility: 'public' },
  { organization: 'bcv', givenName: 'Jonas', familyName: 'Muster', jobTitle: 'Projektmanager Strategiegruppe I', email: 'strategy@example.org', consentListed: false, visibility: 'members' },
  { organization: 'inp', givenName: 'Lena', familyName: 'Probe', jobTitle: 'Technologietransfer', email: 'plasma-lab@example.org', consentListed: true, visibility: 'public' },
  { organization: 'kzmt', givenName: 'Felix', familyName: 'Exempel', jobTitle: 'Leiter Entwicklungspartnerschaften', email: 'medtech-rd@example.org', consentListed: true, visibility: 'members' },
  { organization: 'klinikum-karlsburg', givenName: 'Marie', familyName: 'Platzhalter', jobTitle: 'Studienkoordination', email: 'clinical-studies@example.org', consentListed: false, visibility: 'private' },
  { organization: 'biosaxony-management', givenName: 'Paul', familyName: 'Vorlage', jobTitle: 'Regulatory Affairs', email: 'regulatory@example.org', consentListed: true, visibility: 'public' },
  { organization: 'lsn-management', givenName: 'Clara', familyName: 'Entwurf', jobTitle: 'Strategieprozess', email: 'strategy-office@example.org', consentListed: true, visibility: 'public' },
  { organization: 'ryck-plasma', givenName: 'Tom', familyName: 'Testmann', jobTitle: 'Geschäftsführer', email: 'ceo@example.org', consentListed: true, visibility: 'members' },
  { organization: 'saxon-biologics', givenName: 'Eva', familyName: 'Attrappe', jobTitle: 'Head of CMC', email: 'cmc@example.org', consentListed: false, visibility: 'members' },
  { organization: 'welfaretech', givenName: 'Mette', familyName: 'Eksempel', jobTitle: 'Innovationskonsulent', email: 'welfare@example.org', consentListed: true, visibility: 'public' },
  { organization: 'fynsk-robotics', givenName: 'Lars', familyName: 'Prøve', jobTitle: 'Direktør', email: 'robotics@example.org', consentListed: false, visibility: 'members' },
  { organization: 'mtic', givenName: 'Sofie', familyName: 'Skabelon', jobTitle: 'Projektleder', email: 'medtech@example.org', consentListed: true, visibility: 'public' },
];
