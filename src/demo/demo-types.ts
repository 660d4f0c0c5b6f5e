// The shapes of the demo data modules: plain typed records that refer to each other by slug or key.
import type { ClusterRecordsTable, FacilitiesTable, OffersTable, OrganizationType, ParticipationRole, Visibility } from '#src/db/types.ts';
import type { Sector } from '#src/registry/sectors.ts';
import type { EuroSciVocKey } from '#src/demo/demo-competences.ts';

/** Text in all three interface languages: the demo always has all of them. */
export type Text3 = { de: string; en: string; da: string };

/** A cluster (no `parent`) or one of its regional hubs (`parent` = the cluster's slug). */
export type DemoCluster = {
  slug: string;
  parent?: string;
  name: string;
  shortName: string | null;
  country: string;
  city: string;
  nutsCode: string | null;
  website: string | null;
  description: Text3;
};

export type DemoMembership = { cluster: string; type: 'full' | 'associate' | 'partner' };

export type DemoOrganization = {
  key: string;
  /** The organisation's CORDIS id (PIC) where it takes part in Horizon Europe, so an import merges into it. */
  cordisId?: string | undefined;
  name: string;
  shortName: string | null;
  type: OrganizationType;
  isSme: boolean;
  sectors: Sector[];
  /** Declared euroSciVoc competences besides the sector ones. */
  topics: EuroSciVocKey[];
  keywords: string[];
  description: Text3;
  city: string;
  postalCode: string | null;
  country: string;
  lat: number;
  lon: number;
  nutsCode: string | null;
  website: string | null;
  memberships: DemoMembership[];
};

export type DemoFacility = {
  organization: string;
  kind: FacilitiesTable['kind'];
  name: string;
  description: Text3;
  topics: EuroSciVocKey[];
  access: 'internal' | 'collaboration' | 'service';
};

export type DemoOffer = {
  organization: string;
  direction: OffersTable['direction'];
  kind: OffersTable['kind'];
  title: string;
  description: string;
  topics: EuroSciVocKey[];
  /** Days after loading until the offer expires; null for open-ended ones. */
  expiresInDays: number | null;
};

/** A joint project of demo organisations (keys), with euroSciVoc topics; never a CORDIS grant. */
export type DemoProject = {
  key: string;
  acronym: string | null;
  title: string;
  objective: string;
  startDate: string | null;
  endDate: string | null;
  /** The funding programme as the documents name it. */
  programme: string | null;
  totalCost: number | null;
  topics: EuroSciVocKey[];
  participants: Array<{ organization: string; role: ParticipationRole }>;
};

export type DemoRecord = {
  kind: ClusterRecordsTable['kind'];
  title: Text3;
  description: Text3;
  horizon?: 'short' | 'medium' | 'long';
  children?: DemoRecord[];
};

export type DemoRecordSet = { cluster: string; records: DemoRecord[] };

export type DemoContact = {
  organization: string;
  givenName: string;
  familyName: string;
  jobTitle: string;
  email: string;
  consentListed: boolean;
  visibility: Visibility;
};

export type DemoAccount = {
  email: string;
  name: string;
  password: string;
  isAdmin: boolean;
  /** A cluster slug this account manages, or an organisation key it edits. */
  manages?: { cluster: string } | { organization: string };
};

/** Everything the loader writes; tests pass a changed copy. */
export type DemoData = {
  clusters: DemoCluster[];
  organizations: DemoOrganization[];
  facilities: DemoFacility[];
  offers: DemoOffer[];
  projects: DemoProject[];
  records: DemoRecordSet[];
  contacts: DemoContact[];
  accounts: DemoAccount[];
};
