// The sentences of MDR 2017/745 Annex VIII that make each rule and sub-rule apply, quoted verbatim (data only).
// Where a sub-rule is an indent, the text is the rule's opening words, " … ", then the indent.
import type { Citation } from './rule-outcome.ts';

const cite = (where: string, ...parts: string[]): Citation => ({ ref: `MDR Annex VIII, ${where}`, text: parts.join(' … ') });

const R2 = 'All non-invasive devices intended for channelling or storing blood, body liquids, cells or tissues, liquids or gases for the purpose of eventual infusion, administration or introduction into the body are classified as class IIa:';
const R4 = 'All non-invasive devices which come into contact with injured skin or mucous membrane are classified as:';
const R5 = 'All invasive devices with respect to body orifices, other than surgically invasive devices, which are not intended for connection to an active device or which are intended for connection to a class I active device are classified as:';
const R6 = 'All surgically invasive devices intended for transient use are classified as class IIa unless they:';
const R7 = 'All surgically invasive devices intended for short-term use are classified as class IIa unless they:';
const R8 = 'All implantable devices and long-term surgically invasive devices are classified as class IIb unless they:';
const R10 = 'Active devices intended for diagnosis and monitoring are classified as class IIa:';
const R11 = 'Software intended to provide information which is used to take decisions with diagnosis or therapeutic purposes is classified as class IIa, except if such decisions have an impact that may cause:';
const R19 = 'All devices incorporating or consisting of nanomaterial are classified as:';
const R21 = 'Devices that are composed of substances or of combinations of substances that are intended to be introduced into the human body via a body orifice or applied to the skin and that are absorbed by or locally dispersed in the human body are classified as:';
const HEART_DEFECT = 'are intended specifically to control, diagnose, monitor or correct a defect of the heart or of the central circulatory system through direct contact with those parts of the body, in which case they are classified as class III;';
const DIRECT_CONTACT = 'are intended specifically for use in direct contact with the heart or central circulatory system or the central nervous system, in which case they are classified as class III;';

/** MDR Annex VIII citations by rule and sub-rule. */
export const MDR = {
  rule1: cite('Rule 1', 'All non-invasive devices are classified as class I, unless one of the rules set out hereinafter applies.'),
  rule2Other: cite('Rule 2, second paragraph', 'In all other cases, such devices are classified as class I.'),
  rule2Active: cite('Rule 2, first indent', R2, 'if they may be connected to a class IIa, class IIb or class III active device; or'),
  rule2Blood: cite('Rule 2, second indent', R2, 'if they are intended for use for channelling or storing blood or other body liquids or for storing organs, parts of organs or body cells and tissues, except for blood bags; blood bags are classified as class IIb.'),
  rule3Modify: cite('Rule 3, first paragraph', 'All non-invasive devices intended for modifying the biological or chemical composition of human tissues or cells, blood, other body liquids or other liquids intended for implantation or administration into the body are classified as class IIb, unless the treatment for which the device is used consists of filtration, centrifugation or exchanges of gas, heat, in which case they are classified as class IIa.'),
  rule3InVitro: cite('Rule 3, second paragraph', 'All non-invasive devices consisting of a substance or a mixture of substances intended to be used in vitro in direct contact with human cells, tissues or organs taken from the human body or used in vitro with human embryos before their implantation or administration into the body are classified as class III.'),
  rule4Barrier: cite('Rule 4, first indent', R4, 'class I if they are intended to be used as a mechanical barrier, for compression or for absorption of exudates;'),
  rule4Breached: cite('Rule 4, second indent', R4, 'class IIb if they are intended to be used principally for injuries to skin which have breached the dermis or mucous membrane and can only heal by secondary intent;'),
  rule4MicroEnvironment: cite('Rule 4, third indent', R4, 'class IIa if they are principally intended to manage the micro-environment of injured skin or mucous membrane; and'),
  rule4Other: cite('Rule 4, fourth indent', R4, 'class IIa in all other cases.'),
  rule5Transient: cite('Rule 5, first indent', R5, 'class I if they are intended for transient use;'),
  rule5ShortTerm: cite('Rule 5, second indent', R5, 'class IIa if they are intended for short-term use, except if they are used in the oral cavity as far as the pharynx, in an ear canal up to the ear drum or in the nasal cavity, in which case they are classified as class I; and'),
  rule5LongTerm: cite('Rule 5, third indent', R5, 'class IIb if they are intended for long-term use, except if they are used in the oral cavity as far as the pharynx, in an ear canal up to the ear drum or in the nasal cavity and are not liable to be absorbed by the mucous membrane, in which case they are classified as class IIa.'),
  rule5Active: cite('Rule 5, second paragraph', 'All invasive devices with respect to body orifices, other than surgically invasive devices, intended for connection to a class IIa, class IIb or class III active device, are classified as class IIa.'),
  rule6Default: cite('Rule 6', R6.replace(' unless they:', '')),
  rule6HeartDefect: cite('Rule 6, first indent', R6, HEART_DEFECT),
  rule6Reusable: cite('Rule 6, second indent', R6, 'are reusable surgical instruments, in which case they are classified as class I;'),
  rule6DirectContact: cite('Rule 6, third indent', R6, DIRECT_CONTACT),
  rule6Radiation: cite('Rule 6, fourth indent', R6, 'are intended to supply energy in the form of ionising radiation in which case they are classified as class IIb;'),
  rule6Biological: cite('Rule 6, fifth indent', R6, 'have a biological effect or are wholly or mainly absorbed in which case they are classified as class IIb; or'),
  rule6Medicinal: cite('Rule 6, sixth indent', R6, 'are intended to administer medicinal products by means of a delivery system, if such administration of a medicinal product is done in a manner that is potentially hazardous taking account of the mode of application, in which case they are classified as class IIb.'),
  rule7Default: cite('Rule 7', R7.replace(' unless they:', '')),
  rule7HeartDefect: cite('Rule 7, first indent', R7, HEART_DEFECT),
  rule7DirectContact: cite('Rule 7, second indent', R7, DIRECT_CONTACT),
  rule7Radiation: cite('Rule 7, third indent', R7, 'are intended to supply energy in the form of ionizing radiation in which case they are classified as class IIb;'),
  rule7Biological: cite('Rule 7, fourth indent', R7, 'have a biological effect or are wholly or mainly absorbed in which case they are classified as class III;'),
  rule7Chemical: cite('Rule 7, fifth indent', R7, 'are intended to undergo chemical change in the body in which case they are classified as class IIb, except if the devices are placed in the teeth; or'),
  rule7Medicines: cite('Rule 7, sixth indent', R7, 'are intended to administer medicines, in which case they are classified as class IIb.'),
  rule8Default: cite('Rule 8', R8.replace(' unless they:', '')),
  rule8Teeth: cite('Rule 8, first indent', R8, 'are intended to be placed in the teeth, in which case they are classified as class IIa;'),
  rule8DirectContact: cite('Rule 8, second indent', R8, 'are intended to be used in direct contact with the heart, the central circulatory system or the central nervous system, in which case they are classified as class III;'),
  rule8Biological: cite('Rule 8, third indent', R8, 'have a biological effect or are wholly or mainly absorbed, in which case they are classified as class III;'),
  rule8Chemical: cite('Rule 8, fourth indent', R8, 'are intended to undergo chemical change in the body in which case they are classified as class III, except if the devices are placed in the teeth;'),
  rule8Medicinal: cite('Rule 8, fifth indent', R8, 'are intended to administer medicinal products, in which case they are classified as class III;'),
  rule8ActiveImplantable: cite('Rule 8, sixth indent', R8, 'are active implantable devices or their accessories, in which cases they are classified as class III;'),
  rule8BreastMesh: cite('Rule 8, seventh indent', R8, 'are breast implants or surgical meshes, in which cases they are classified as class III;'),
  rule8Joint: cite('Rule 8, eighth indent', R8, 'are total or partial joint replacements, in which case they are classified as class III, with the exception of ancillary components such as screws, wedges, plates and instruments; or'),
  rule8Spinal: cite('Rule 8, ninth indent', R8, 'are spinal disc replacement implants or are implantable devices that come into contact with the spinal column, in which case they are classified as class III with the exception of components such as screws, wedges, plates and instruments.'),
  rule9Energy: cite('Rule 9, first paragraph', 'All active therapeutic devices intended to administer or exchange energy are classified as class IIa unless their characteristics are such that they may administer energy to or exchange energy with the human body in a potentially hazardous way, taking account of the nature, the density and site of application of the energy, in which case they are classified as class IIb.'),
  rule9ControlIIb: cite('Rule 9, second paragraph', 'All active devices intended to control or monitor the performance of active therapeutic class IIb devices, or intended directly to influence the performance of such devices are classified as class IIb.'),
  rule9Radiation: cite('Rule 9, third paragraph', 'All active devices intended to emit ionizing radiation for therapeutic purposes, including devices which control or monitor such devices, or which directly influence their performance, are classified as class IIb.'),
  rule9ActiveImplantable: cite('Rule 9, fourth paragraph', 'All active devices that are intended for controlling, monitoring or directly influencing the performance of active implantable devices are classified as class III.'),
  rule10Energy: cite('Rule 10, first indent', R10, "if they are intended to supply energy which will be absorbed by the human body, except for devices intended to illuminate the patient's body, in the visible spectrum, in which case they are classified as class I;"),
  rule10Radiopharmaceuticals: cite('Rule 10, second indent', R10, 'if they are intended to image in vivo distribution of radiopharmaceuticals; or'),
  rule10Vital: cite('Rule 10, third indent', R10, 'if they are intended to allow direct diagnosis or monitoring of vital physiological processes, unless they are specifically intended for monitoring of vital physiological parameters and the nature of variations of those parameters is such that it could result in immediate danger to the patient, for instance variations in cardiac performance, respiration, activity of the central nervous system, or they are intended for diagnosis in clinical situations where the patient is in immediate danger, in which cases they are classified as class IIb.'),
  rule10Radiology: cite('Rule 10, second paragraph', 'Active devices intended to emit ionizing radiation and intended for diagnostic or therapeutic radiology, including interventional radiology devices and devices which control or monitor such devices, or which directly influence their performance, are classified as class IIb.'),
  rule11Decisions: cite('Rule 11, first paragraph', R11),
  rule11Death: cite('Rule 11, first paragraph, first indent', R11, "death or an irreversible deterioration of a person's state of health, in which case it is in class III; or"),
  rule11Serious: cite('Rule 11, first paragraph, second indent', R11, "a serious deterioration of a person's state of health or a surgical intervention, in which case it is classified as class IIb."),
  rule11Monitoring: cite('Rule 11, second paragraph', 'Software intended to monitor physiological processes is classified as class IIa, except if it is intended for monitoring of vital physiological parameters, where the nature of variations of those parameters is such that it could result in immediate danger to the patient, in which case it is classified as class IIb.'),
  rule11Other: cite('Rule 11, third paragraph', 'All other software is classified as class I.'),
  rule12: cite('Rule 12', 'All active devices intended to administer and/or remove medicinal products, body liquids or other substances to or from the body are classified as class IIa, unless this is done in a manner that is potentially hazardous, taking account of the nature of the substances involved, of the part of the body concerned and of the mode of application in which case they are classified as class IIb.'),
  rule13: cite('Rule 13', 'All other active devices are classified as class I.'),
  rule14: cite('Rule 14', 'All devices incorporating, as an integral part, a substance which, if used separately, can be considered to be a medicinal product, as defined in point 2 of Article 1 of Directive 2001/83/EC, including a medicinal product derived from human blood or human plasma, as defined in point 10 of Article 1 of that Directive, and that has an action ancillary to that of the devices, are classified as class III.'),
  rule15: cite('Rule 15', 'All devices used for contraception or prevention of the transmission of sexually transmitted diseases are classified as class IIb, unless they are implantable or long term invasive devices, in which case they are classified as class III.'),
  rule16Lenses: cite('Rule 16, first paragraph', 'All devices intended specifically to be used for disinfecting, cleaning, rinsing or, where appropriate, hydrating contact lenses are classified as class IIb.'),
  rule16Devices: cite('Rule 16, second paragraph', 'All devices intended specifically to be used for disinfecting or sterilising medical devices are classified as class IIa, unless they are disinfecting solutions or washer-disinfectors intended specifically to be used for disinfecting invasive devices, as the end point of processing, in which case they are classified as class IIb.'),
  rule17: cite('Rule 17', 'Devices specifically intended for recording of diagnostic images generated by X-ray radiation are classified as class IIa.'),
  rule18: cite('Rule 18', 'All devices manufactured utilising tissues or cells of human or animal origin, or their derivatives, which are non-viable or rendered non-viable, are classified as class III, unless such devices are manufactured utilising tissues or cells of animal origin, or their derivatives, which are non-viable or rendered non-viable and are devices intended to come into contact with intact skin only.'),
  rule19High: cite('Rule 19, first indent', R19, 'class III if they present a high or medium potential for internal exposure;'),
  rule19Low: cite('Rule 19, second indent', R19, 'class IIb if they present a low potential for internal exposure; and'),
  rule19Negligible: cite('Rule 19, third indent', R19, 'class IIa if they present a negligible potential for internal exposure.'),
  rule20: cite('Rule 20', 'All invasive devices with respect to body orifices, other than surgically invasive devices, which are intended to administer medicinal products by inhalation are classified as class IIa, unless their mode of action has an essential impact on the efficacy and safety of the administered medicinal product or they are intended to treat life-threatening conditions, in which case they are classified as class IIb.'),
  rule21Systemic: cite('Rule 21, first indent', R21, 'class III if they, or their products of metabolism, are systemically absorbed by the human body in order to achieve the intended purpose;'),
  rule21Stomach: cite('Rule 21, second indent', R21, 'class III if they achieve their intended purpose in the stomach or lower gastrointestinal tract and they, or their products of metabolism, are systemically absorbed by the human body;'),
  rule21SkinCavity: cite('Rule 21, third indent', R21, 'class IIa if they are applied to the skin or if they are applied in the nasal or oral cavity as far as the pharynx, and achieve their intended purpose on those cavities; and'),
  rule21Other: cite('Rule 21, fourth indent', R21, 'class IIb in all other cases.'),
  rule22: cite('Rule 22', 'Active therapeutic devices with an integrated or incorporated diagnostic function which significantly determines the patient management by the device, such as closed loop systems or automated external defibrillators, are classified as class III.'),
  software33: cite('Chapter II, implementing rule 3.3', 'Software, which drives a device or influences the use of a device, shall fall within the same class as the device.'),
} as const satisfies Record<string, Citation>;
