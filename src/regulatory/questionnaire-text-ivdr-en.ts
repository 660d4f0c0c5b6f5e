// The IVDR questions of the device-profile questionnaire in English.
import type { IvdrQuestionTexts } from './questionnaire-text.ts';

export const IVDR_QUESTION_TEXTS_EN = {
  productType: {
    prompt: 'What kind of product is it?',
    help: 'Instruments, general laboratory products, specimen receptacles and controls without an assigned value are classified by what they are; the others by the purpose of the examination.',
    options: {
      assay: 'An assay: reagent, kit, test strip or other product for a specific examination',
      'measuring-instrument': 'An instrument that measures the specimen itself, without extra reagents (such as a blood gas analyser with direct sensors)',
      software: 'Software',
      'general-laboratory': 'A product for general laboratory use made suitable for IVD (buffer, washing solution, general culture medium, stain)',
      instrument: 'An instrument specifically intended for IVD procedures (analyser)',
      'specimen-receptacle': 'A specimen receptacle (including a kit in which a lay person only collects the sample)',
      'control-without-assigned-value': 'A control material without an assigned value',
      'control-with-assigned-value': 'A control material with an assigned value',
      calibrator: 'A calibrator',
    },
  },
  usedWithDeviceClass: {
    prompt: 'With a device of which class is it used (or which device does it drive)?',
    help: 'A calibrator, a control with an assigned value, or software driving a device takes the class of that device (IVDR Annex VIII, 1.4-1.6). You may instead answer the questions about that device’s purpose.',
    options: { none: 'Not stated', A: 'Class A', B: 'Class B', C: 'Class C', D: 'Class D' },
  },
  transfusionTransplantSafety: {
    prompt: 'Does it detect a transmissible agent in blood, blood components, cells, tissues or organs to assess their suitability for transfusion, transplantation or cell administration?',
    help: 'Donor screening, for example for HIV or hepatitis in blood donations.',
  },
  lifeThreateningHighPropagation: {
    prompt: 'Does it detect a transmissible agent that causes a life-threatening disease with a high or suspected high risk of propagation?',
    help: 'For example HIV, HTLV, hepatitis D, Ebola, MERS, smallpox or highly virulent influenza.',
  },
  infectiousLoadLifeThreatening: {
    prompt: 'Does it determine the infectious load of a life-threatening disease where monitoring is critical in patient management?',
    help: 'For example the viral load of HIV, HBV or HCV.',
  },
  bloodGrouping: {
    prompt: 'Is it for blood grouping or tissue typing to ensure the immunological compatibility of blood, cells, tissues or organs?',
    help: 'Including foeto-maternal blood-group incompatibility.',
    options: {
      none: 'No',
      'other-markers': 'Yes, for other markers (such as Kell k, Lewis, HLA)',
      'abo-rh-kell-kidd-duffy': 'Yes, for ABO, Rhesus (D, C, E, c, e, Cw), Kell K, Kidd or Duffy',
    },
  },
  sexuallyTransmittedAgent: {
    prompt: 'Does it detect the presence of, or exposure to, a sexually transmitted agent?',
    help: 'For example chlamydia, gonorrhoea or syphilis.',
  },
  infectiousAgentInCsfOrBlood: {
    prompt: 'Does it detect an infectious agent in cerebrospinal fluid or blood, without a high risk of propagation?',
    help: 'For example tests for meningitis pathogens in cerebrospinal fluid.',
  },
  infectionRiskDeathOrDisability: {
    prompt: 'Does it detect an infectious agent where a wrong result could cause death or severe disability to the person, foetus or embryo tested, or their offspring?',
    help: 'For example tests for cytomegalovirus or toxoplasma in pregnancy.',
  },
  prenatalImmuneStatus: {
    prompt: 'Is it for pre-natal screening of women for their immune status towards transmissible agents?',
    help: 'For example rubella or toxoplasmosis immune status in pregnancy.',
  },
  infectionStatusLifeThreateningDecision: {
    prompt: 'Does it determine infective disease or immune status where a wrong result could lead to a patient management decision that is life-threatening for the patient or offspring?',
    help: 'A false result would lead to a treatment decision that puts life at risk.',
  },
  companionDiagnostic: {
    prompt: 'Is it a companion diagnostic?',
    help: 'Essential for the safe and effective use of a particular medicine. Tests that only monitor the level of, or set the dose of, a medicine already prescribed are not.',
  },
  diseaseStagingLifeThreatening: {
    prompt: 'Is it for disease staging where a wrong result could lead to a life-threatening patient management decision?',
    help: 'Staging decides how far a disease has progressed and therefore the treatment.',
  },
  cancer: {
    prompt: 'Is it for screening, diagnosis or staging of cancer?',
    help: 'Including tests that monitor cancer and image-analysis software used for it.',
  },
  humanGenetic: {
    prompt: 'Is it for human genetic testing?',
    help: 'Examination of human genes, chromosomes or their products for a medical purpose.',
  },
  monitoringLifeThreatening: {
    prompt: 'Does it monitor levels of medicinal products, substances or biological components where a wrong result could lead to a life-threatening patient management decision?',
    help: 'For example cardiac markers or the level of a drug with a narrow therapeutic range.',
  },
  lifeThreateningDiseaseManagement: {
    prompt: 'Is it for managing patients with a life-threatening disease or condition?',
    help: 'For example diabetes (glucose, HbA1c), anticoagulant therapy or HIV.',
  },
  congenitalDisorderEmbryoFoetus: {
    prompt: 'Is it for screening for congenital disorders in the embryo or foetus?',
    help: 'For example screening for trisomy 21.',
  },
  newbornScreening: {
    prompt: 'Is it for screening newborns for congenital disorders where failure to detect and treat could lead to life-threatening situations or severe disability?',
    help: 'For example phenylketonuria or congenital hypothyroidism.',
  },
  selfTesting: {
    prompt: 'Is it intended for self-testing by lay persons? For what?',
    help: 'A lay person performs the test or part of it. A kit with which the lay person only collects the sample is not self-testing.',
    options: {
      none: 'No',
      yes: 'Yes',
      pregnancy: 'Yes, detection of pregnancy',
      fertility: 'Yes, fertility testing',
      cholesterol: 'Yes, cholesterol level',
      'urine-glucose-erythrocytes-leucocytes-bacteria': 'Yes, glucose, erythrocytes, leucocytes or bacteria in urine',
    },
  },
  nearPatient: {
    prompt: 'Is it intended for near-patient testing by health professionals outside a laboratory?',
    help: 'It does not change the class but does change the conformity assessment.',
  },
} satisfies IvdrQuestionTexts;
