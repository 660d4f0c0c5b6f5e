// Types shared by the conformity route, the obligations and the documentation plan (pure; the web app imports them).
import type { DeviceClass } from './classify.ts';

/** Where a statement comes from: the reference and a short quotation of the regulation's own words. */
export type Citation = { ref: string; text: string };

export type Subclass = 's' | 'm' | 'r';

/** What the route needs of a classification: the class, its class I qualifiers and the applying rules. */
export type RouteInput = {
  regulation: 'MDR' | 'IVDR';
  class: DeviceClass;
  subclasses: Subclass[];
  rules: Array<{ rule: string; class: DeviceClass }>;
};

/** A duty that follows from the class or the device's nature, in plain English with its legal source. */
export type Obligation = {
  id: string;
  title: string;
  text: string;
  citation: Citation;
  /** For recurring reports: how often they must at least be updated. */
  frequency?: 'annually' | 'every-two-years' | 'when-necessary';
};
