// MDR Annex I general safety and performance requirements (Sections 1-23) as checklist entries with applicability.
import { ALL, gsprItem, type CatalogueSection, type Condition } from './plan-types.ts';
import {
  ACTIVE, ACTIVE_HARDWARE, ACTIVE_IMPLANTABLE, ACTIVE_NON_IMPLANTABLE, ANIMAL_TISSUE, CMR_SCOPE, COMBINATION,
  DIAGNOSTIC_OR_MEASURING, DISPLAYS, ELECTRICAL, EMITS_RADIATION, ENERGY_USING, HARDWARE, HEAT, HUMAN_TISSUE, IONISING, LAY,
  MAINTAINED, MEASURING, MEDICINAL, MONITORS, NON_STERILE_HARDWARE, OTHER_BIOLOGICAL, PARTICLES, PROGRAMMABLE,
  REPROCESSED, SOFTWARE_ONLY, STERILE, STERILISED, SUBSTANCE_BASED, SUPPLIES, type MdrFacts,
} from './plan-facts-mdr.ts';

type Section = CatalogueSection<MdrFacts>;
const g = (n: string, title: string, when: Condition<MdrFacts>) => gsprItem('MDR', n, title, when);

const ANNEX_XVI: Condition<MdrFacts> = {
  test: () => false,
  yes: '',
  no: 'Only for the Annex XVI products without an intended medical purpose; this profile describes a medical device.',
};

// Annex I §23.4: the instructions for use, naming the particulars this device's facts add (and §23.1(d) exemption).
const IFU: Condition<MdrFacts> = {
  test: () => true,
  no: '',
  yes: (f) => {
    const extra: string[] = [];
    if (f.sterile) extra.push('(l) damaged sterile packaging');
    if (f.reusable) extra.push('(n) reprocessing for reuse');
    if (EMITS_RADIATION.test(f)) extra.push('(r) emitted radiation');
    if (SUBSTANCE_BASED.test(f)) extra.push('(t) substance-based device');
    if (f.implantable) extra.push('(u) materials patients are exposed to, (aa) implant information (Art. 18)');
    if (f.layUse) extra.push('(w) when to consult a healthcare professional');
    if (f.programmable) extra.push('(ab) minimum hardware, IT network and IT security requirements');
    if (f.measuring) extra.push('(h) the claimed accuracy');
    const exemption = f.cls === 'I' || f.cls === 'IIa'
      ? ' As a class I or IIa device it may go without instructions for use only if it can be used safely without them (Section 23.1(d)).'
      : '';
    return `Applies to every device${extra.length > 0 ? `; for this device in particular ${extra.join('; ')}` : ''}.${exemption}`;
  },
};

/** The Annex I chapters as checklist sections: Chapter I, each Chapter II section (10-22), Chapter III (23). */
export const MDR_GSPR_SECTIONS: Section[] = [
  { id: 'gspr-chapter-i', ref: 'MDR Annex I, Chapter I', title: 'General requirements', items: [
    g('1', 'Achieves its intended performance; safe and effective, risks acceptable against the benefits', ALL),
    g('2', 'Risks reduced as far as possible without adversely affecting the benefit-risk ratio', ALL),
    g('3', 'Risk management system throughout the life cycle (plan, hazards, estimation, control, post-market feedback)', ALL),
    g('4', 'Risk control: safe design first, then protection measures, then information for safety; residual risks disclosed', ALL),
    g('5', 'Use error: ergonomics, use environment, and the users\' knowledge, training and condition', ALL),
    g('6', 'Characteristics and performance maintained during the device lifetime', ALL),
    g('7', 'Characteristics not adversely affected by transport and storage', HARDWARE),
    g('8', 'Known and foreseeable risks and side-effects minimised and acceptable against the benefits', ALL),
    g('9', 'Annex XVI products without a medical purpose: safety requirements', ANNEX_XVI),
  ] },
  { id: 'gspr-10', ref: 'MDR Annex I, Section 10', title: 'Chemical, physical and biological properties', items: [
    g('10.1', 'Choice of materials: toxicity, flammability, biocompatibility, mechanical and surface properties', HARDWARE),
    g('10.2', 'Risks from contaminants and residues minimised, including packaging', HARDWARE),
    g('10.3', 'Safe use with the materials, substances and gases the device contacts', HARDWARE),
    g('10.4.1', 'CMR and endocrine-disrupting substances above 0.1 % w/w only where justified', CMR_SCOPE),
    g('10.4.2', 'Justification for the presence of CMR or endocrine-disrupting substances', CMR_SCOPE),
    g('10.4.5', 'Labelling of CMR or endocrine-disrupting substances above 0.1 % w/w', CMR_SCOPE),
    g('10.5', 'Risks from unintentional ingress of substances into the device', HARDWARE),
    g('10.6', 'Risks from size and properties of released particles; special attention to nanomaterials', PARTICLES),
  ] },
  { id: 'gspr-11', ref: 'MDR Annex I, Section 11', title: 'Infection and microbial contamination', items: [
    g('11.1', 'Infection risk reduced: easy handling, cuts and pricks, microbial leakage and contamination', HARDWARE),
    g('11.2', 'Designed for safe cleaning, disinfection and re-sterilisation where necessary', REPROCESSED),
    g('11.3', 'A labelled microbial state is kept until the device is used', STERILE),
    g('11.4', 'Delivered sterile: sterile until the packaging is opened; packaging integrity', STERILE),
    g('11.5', 'Processed and sterilised by appropriate, validated methods', STERILE),
    g('11.6', 'Devices intended to be sterilised are made in controlled conditions and facilities', STERILISED),
    g('11.7', 'Packaging of non-sterile devices keeps integrity and cleanliness', NON_STERILE_HARDWARE),
    g('11.8', 'Labelling distinguishes sterile and non-sterile versions of the device', STERILE),
  ] },
  { id: 'gspr-12', ref: 'MDR Annex I, Section 12', title: 'Devices incorporating a medicinal substance; substance-based devices', items: [
    g('12.1', 'Ancillary medicinal substance: quality, safety and usefulness verified as for medicinal products', MEDICINAL),
    g('12.2', 'Substance-based device: absorption, distribution, metabolism, excretion, local tolerance, toxicity, interactions', SUBSTANCE_BASED),
  ] },
  { id: 'gspr-13', ref: 'MDR Annex I, Section 13', title: 'Devices incorporating materials of biological origin', items: [
    g('13.1', 'Human tissues or cells: donation, procurement and testing (Directive 2004/23/EC), processing, traceability', HUMAN_TISSUE),
    g('13.2', 'Animal tissues or cells: veterinary controls, sourcing, viral and TSE safety (Regulation (EU) No 722/2012)', ANIMAL_TISSUE),
    g('13.3', 'Other non-viable biological substances: processing, preservation, testing and handling', OTHER_BIOLOGICAL),
  ] },
  { id: 'gspr-14', ref: 'MDR Annex I, Section 14', title: 'Construction of devices and interaction with their environment', items: [
    g('14.1', 'Combinations with other devices or equipment are safe; restrictions stated', COMBINATION),
    g('14.2', 'Risks from physical features, external influences, IT environment, ageing and loss of accuracy reduced', ALL),
    g('14.3', 'Fire or explosion risks minimised in normal use and single fault condition', ENERGY_USING),
    g('14.4', 'Adjustment, calibration and maintenance can be done safely', MAINTAINED),
    g('14.5', 'Interoperability and compatibility with the devices it operates with', COMBINATION),
    g('14.6', 'Measurement, monitoring and display scales follow ergonomic principles', DISPLAYS),
    g('14.7', 'Safe disposal of the device and of related waste substances', HARDWARE),
  ] },
  { id: 'gspr-15', ref: 'MDR Annex I, Section 15', title: 'Devices with a diagnostic or measuring function', items: [
    g('15.1', 'Sufficient accuracy, precision and stability; accuracy limits stated', DIAGNOSTIC_OR_MEASURING),
    g('15.2', 'Measurements expressed in legal units (Directive 80/181/EEC)', MEASURING),
  ] },
  { id: 'gspr-16', ref: 'MDR Annex I, Section 16', title: 'Protection against radiation', items: [
    g('16.1', 'Radiation exposure of patients, users and others reduced; instructions on the emitted radiation', EMITS_RADIATION),
    g('16.2', 'Intended radiation: emission levels controllable, with visual or audible warnings', EMITS_RADIATION),
    g('16.3', 'Unintended, stray or scattered radiation minimised', EMITS_RADIATION),
    g('16.4', 'Ionising radiation: Directive 2013/59/Euratom, dose control, image quality with minimal exposure', IONISING),
  ] },
  { id: 'gspr-17', ref: 'MDR Annex I, Section 17', title: 'Electronic programmable systems and software', items: [
    g('17.1', 'Repeatability, reliability and performance; risks of single fault conditions reduced', PROGRAMMABLE),
    g('17.2', 'Software developed to the state of the art: life cycle, risk management, information security, verification and validation', PROGRAMMABLE),
    g('17.3', 'Software for mobile computing platforms: platform features and external factors of the use environment', SOFTWARE_ONLY),
    g('17.4', 'Minimum hardware, IT network and IT security requirements, including protection against unauthorised access', PROGRAMMABLE),
  ] },
  { id: 'gspr-18', ref: 'MDR Annex I, Section 18', title: 'Active devices and devices connected to them', items: [
    g('18.1', 'Non-implantable active devices: risks of a single fault condition eliminated or reduced', ACTIVE_NON_IMPLANTABLE),
    g('18.2', 'Internal power supply: state of the supply shown, warning when capacity becomes critical', ACTIVE_HARDWARE),
    g('18.3', 'External power supply: alarm system signalling power failure', ACTIVE_HARDWARE),
    g('18.4', 'Monitoring of clinical parameters: alarms for situations that could lead to death or severe deterioration', MONITORS),
    g('18.5', 'Electromagnetic interference with other devices reduced', ACTIVE_HARDWARE),
    g('18.6', 'Adequate immunity to electromagnetic interference', ACTIVE_HARDWARE),
    g('18.7', 'Protection against accidental electric shock, in normal use and single fault condition', ELECTRICAL),
    g('18.8', 'Protection against unauthorised access that could hamper the device', ACTIVE),
  ] },
  { id: 'gspr-19', ref: 'MDR Annex I, Section 19', title: 'Particular requirements for active implantable devices', items: [
    g('19.1', 'Energy source, medical treatment and non-maintainability risks (leakage currents, ageing, heat, accuracy)', ACTIVE_IMPLANTABLE),
    g('19.2', 'Compatibility with administered substances; reliability of the energy source', ACTIVE_IMPLANTABLE),
    g('19.3', 'Devices and component parts identifiable for corrective measures', ACTIVE_IMPLANTABLE),
    g('19.4', 'Code identifying device, type, manufacturer and year, readable without surgery', ACTIVE_IMPLANTABLE),
  ] },
  { id: 'gspr-20', ref: 'MDR Annex I, Section 20', title: 'Protection against mechanical and thermal risks', items: [
    g('20.1', 'Mechanical risks: resistance to movement, instability, moving parts', HARDWARE),
    g('20.2', 'Risks from vibration reduced', ACTIVE_HARDWARE),
    g('20.3', 'Risks from noise reduced', ACTIVE_HARDWARE),
    g('20.4', 'Terminals and connectors to electricity, gas, hydraulic or pneumatic supplies are safe to handle', ACTIVE_HARDWARE),
    g('20.5', 'Errors in fitting or refitting parts made impossible or indicated', HARDWARE),
    g('20.6', 'Accessible parts do not reach potentially dangerous temperatures', HEAT),
  ] },
  { id: 'gspr-21', ref: 'MDR Annex I, Section 21', title: 'Devices supplying energy or substances', items: [
    g('21.1', 'The amount delivered can be set and maintained accurately', SUPPLIES),
    g('21.2', 'Inadequate delivery of energy or substances prevented or indicated', SUPPLIES),
    g('21.3', 'Function of controls and indicators clearly specified', SUPPLIES),
  ] },
  { id: 'gspr-22', ref: 'MDR Annex I, Section 22', title: 'Devices for use by lay persons', items: [
    g('22.1', 'Performs appropriately given the skills and means of lay persons and their environment', LAY),
    g('22.2', 'Safe and accurate use by lay persons; cuts and pricks; handling and interpretation errors', LAY),
    g('22.3', 'Procedure for the lay person to verify the device works and to be warned of an invalid result', LAY),
  ] },
  { id: 'gspr-23', ref: 'MDR Annex I, Chapter III', title: 'Information supplied with the device', items: [
    g('23.1', 'General requirements: medium, format, legibility, symbols, residual risks in the information', ALL),
    g('23.2', 'Information on the label', ALL),
    g('23.3', 'Information on the sterile packaging', STERILE),
    g('23.4', 'Information in the instructions for use', IFU),
  ] },
];
