// IVDR Annex I general safety and performance requirements (Sections 1-20) as checklist entries with applicability.
// The IVDR Annex I text is not in ../shared/data (only the IVDR articles are): this outline follows the Annex's section
// structure at section level, as the articles cite it (Section 3 risk management, Section 9 performance
// characteristics, Section 20 label and instructions for use, 20.4 instructions for use); titles are summaries.
import { ALL, gsprItem, type CatalogueSection, type Condition } from './plan-types.ts';
import {
  BIOLOGICAL_MATERIAL, INSTRUMENT, MEASURING_INSTRUMENT, PHYSICAL, PROGRAMMABLE_IVD, RADIATION, SELF_OR_NEAR_PATIENT,
  STERILE_IVD, type IvdrFacts,
} from './plan-facts-ivdr.ts';

const g = (n: string, title: string, when: Condition<IvdrFacts>) => gsprItem('IVDR', n, title, when);

const INFECTION: Condition<IvdrFacts> = {
  test: PHYSICAL.test,
  yes: (f) => f.sterile
    ? 'A physical device placed on the market sterile: infection control and the sterile-state requirements apply.'
    : 'A physical device: risks of infection and microbial contamination of users and specimens apply.',
  no: PHYSICAL.no,
};

/** The IVDR Annex I chapters as checklist sections: Chapter I, each Chapter II section (9-19), Chapter III (20). */
export const IVDR_GSPR_SECTIONS: Array<CatalogueSection<IvdrFacts>> = [
  { id: 'gspr-chapter-i', ref: 'IVDR Annex I, Chapter I', title: 'General requirements', items: [
    g('1', 'Achieves its intended performance; safe and effective, risks acceptable against the benefits', ALL),
    g('2', 'Risks reduced as far as possible without adversely affecting the benefit-risk ratio', ALL),
    g('3', 'Risk management system throughout the life cycle', ALL),
    g('4', 'Risk control: safe design first, then protection measures, then information for safety', ALL),
    g('5', 'Use error: ergonomics, use environment, and the users\' knowledge and training', ALL),
    g('6', 'Characteristics and performance maintained during the device lifetime', ALL),
    g('7', 'Characteristics not adversely affected by transport and storage', PHYSICAL),
    g('8', 'Known and foreseeable risks minimised and acceptable against the benefits', ALL),
  ] },
  { id: 'gspr-9', ref: 'IVDR Annex I, Section 9', title: 'Performance characteristics', items: [
    g('9', 'Analytical and clinical performance achieved and maintained; metrological traceability of assigned values', ALL),
  ] },
  { id: 'gspr-10', ref: 'IVDR Annex I, Section 10', title: 'Chemical, physical and biological properties', items: [
    g('10', 'Choice of materials, compatibility with specimens and analytes, contaminants, residues and substances', PHYSICAL),
  ] },
  { id: 'gspr-11', ref: 'IVDR Annex I, Section 11', title: 'Infection and microbial contamination', items: [
    g('11', 'Infection risk to users and others reduced; sterile or defined microbial state kept', INFECTION),
  ] },
  { id: 'gspr-12', ref: 'IVDR Annex I, Section 12', title: 'Devices incorporating materials of biological origin', items: [
    g('12', 'Tissues, cells or substances of human, animal or microbial origin: sourcing, processing, safety', BIOLOGICAL_MATERIAL),
  ] },
  { id: 'gspr-13', ref: 'IVDR Annex I, Section 13', title: 'Construction of devices and interaction with their environment', items: [
    g('13', 'Safe combinations, environment, IT environment, calibration and disposal', ALL),
  ] },
  { id: 'gspr-14', ref: 'IVDR Annex I, Section 14', title: 'Devices with a measuring function', items: [
    g('14', 'Analytical measuring function: accuracy, precision and stability; legal units', MEASURING_INSTRUMENT),
  ] },
  { id: 'gspr-15', ref: 'IVDR Annex I, Section 15', title: 'Protection against radiation', items: [
    g('15', 'Radiation exposure of users and others reduced; instructions on emitted radiation', RADIATION),
  ] },
  { id: 'gspr-16', ref: 'IVDR Annex I, Section 16', title: 'Electronic programmable systems and software', items: [
    g('16', 'Software and electronic programmable systems: life cycle, risk management, security, verification and validation', PROGRAMMABLE_IVD),
  ] },
  { id: 'gspr-17', ref: 'IVDR Annex I, Section 17', title: 'Devices connected to or equipped with an energy source', items: [
    g('17', 'Single fault condition, power supply, electromagnetic compatibility, electric shock', INSTRUMENT),
  ] },
  { id: 'gspr-18', ref: 'IVDR Annex I, Section 18', title: 'Protection against mechanical and thermal risks', items: [
    g('18', 'Moving parts, vibration, noise, connectors and hot surfaces', INSTRUMENT),
  ] },
  { id: 'gspr-19', ref: 'IVDR Annex I, Section 19', title: 'Devices for self-testing or near-patient testing', items: [
    g('19', 'Appropriate performance for lay or near-patient users; easy use and interpretation; result verification', SELF_OR_NEAR_PATIENT),
  ] },
  { id: 'gspr-20', ref: 'IVDR Annex I, Chapter III', title: 'Information supplied with the device', items: [
    g('20.1', 'General requirements for the information supplied by the manufacturer', ALL),
    g('20.2', 'Information on the label', ALL),
    g('20.3', 'Information on the sterile packaging', STERILE_IVD),
    g('20.4', 'Information in the instructions for use', ALL),
  ] },
];
