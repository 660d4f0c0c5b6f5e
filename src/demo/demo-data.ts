// The whole demo ecosystem as one value: what `loadDemoIfEmpty` writes into an empty registry.
import { demoClusters } from '#src/demo/demo-clusters.ts';
import { demoFacilities, demoOffers } from '#src/demo/demo-offers.ts';
import { germanOrganizations } from '#src/demo/demo-organizations-de.ts';
import { danishPartnerOrganizations } from '#src/demo/demo-organizations-dk-partners.ts';
import { danishOrganizations } from '#src/demo/demo-organizations-dk.ts';
import { fictionalOrganizations } from '#src/demo/demo-organizations-fictional.ts';
import { demoAccounts, demoContacts } from '#src/demo/demo-people.ts';
import { demoProjects } from '#src/demo/demo-projects.ts';
import { demoRecords } from '#src/demo/demo-records.ts';
import type { DemoData } from '#src/demo/demo-types.ts';

export const demoData: DemoData = {
  clusters: demoClusters,
  organizations: [...germanOrganizations, ...danishOrganizations, ...danishPartnerOrganizations, ...fictionalOrganizations],
  facilities: demoFacilities,
  offers: demoOffers,
  projects: demoProjects,
  records: demoRecords,
  contacts: demoContacts,
  accounts: demoAccounts,
};
