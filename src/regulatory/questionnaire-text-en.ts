// The MDR (and common) questions of the device-profile questionnaire in English.
import type { MdrQuestionTexts } from './questionnaire-text.ts';

export const QUESTION_TEXTS_EN = {
  regulation: {
    prompt: 'Which regulation does the product fall under?',
    help: 'Medical devices fall under the MDR (EU 2017/745); devices that examine specimens taken from the body, outside the body, under the IVDR (EU 2017/746). The qualification check tells you which.',
    options: { MDR: 'MDR: medical device', IVDR: 'IVDR: in vitro diagnostic medical device' },
  },
  software: {
    prompt: 'Is the product software that is a medical device in its own right (medical device software, MDSW)?',
    help: 'Answer yes for an app, program or cloud service with its own medical purpose. Software built into a hardware device is part of that device: answer no and describe the device.',
  },
  'software.decisionImpact': {
    prompt: 'Does the software provide information used to take diagnostic or therapeutic decisions, and what could a wrong decision cause?',
    help: 'Think of the worst a decision based on wrong output could reasonably cause for the patient (MDR Rule 11).',
    options: {
      none: 'It provides no information for such decisions',
      other: 'Neither of the below (for example a risk of minor harm)',
      'serious-deterioration-or-surgery': 'A serious deterioration of health or a surgical intervention',
      'death-or-irreversible': 'Death or an irreversible deterioration of health',
    },
  },
  'software.monitoring': {
    prompt: 'Is the software intended to monitor physiological processes?',
    help: 'Vital parameters are those whose variations could put the patient in immediate danger, such as heart rhythm, breathing or activity of the central nervous system.',
    options: {
      none: 'No',
      physiological: 'Yes, physiological processes',
      'vital-parameters-immediate-danger': 'Yes, vital parameters whose variations could mean immediate danger',
    },
  },
  'software.drivesOrInfluencesDeviceClass': {
    prompt: 'Does the software drive or influence the use of a hardware medical device? Of which class is that device?',
    help: 'Software that drives or influences a device is never in a lower class than that device (MDR Annex VIII, 3.3).',
    options: { none: 'It drives no device', I: 'Class I', IIa: 'Class IIa', IIb: 'Class IIb', III: 'Class III' },
  },
  active: {
    prompt: 'Does the device depend on a source of energy other than the human body or gravity, and work by converting that energy?',
    help: 'Mains, batteries, compressed gas or a wound-up spring count. Electrodes and cables that only pass energy on unchanged are not active.',
  },
  invasive: {
    prompt: 'Does the device enter the body, and how?',
    help: 'Give the most critical intended use. A device that only lets energy into the body (such as an ultrasound probe on the skin) does not enter it.',
    options: {
      none: 'No, it stays outside the body (or only touches the skin)',
      'body-orifice': 'Through a body orifice (mouth, nose, ear, eye surface, stoma...)',
      surgical: 'Through the surface of the body, via an incision or puncture (surgically invasive)',
      implantable: 'It is implanted and stays in the body after the procedure',
    },
  },
  duration: {
    prompt: 'How long is the device normally in continuous use?',
    help: 'Count uninterrupted use on one patient; short breaks for cleaning do not interrupt, removal overnight does.',
    options: { transient: 'Less than 60 minutes (transient)', 'short-term': '60 minutes to 30 days (short term)', 'long-term': 'More than 30 days (long term)' },
  },
  orificeSite: {
    prompt: 'Is the device used only in one of these places?',
    help: 'Devices used only there fall into a lower class (MDR Rule 5).',
    options: {
      other: 'No, elsewhere (or further in)',
      'oral-cavity-to-pharynx': 'The oral cavity, as far as the pharynx',
      'ear-canal-to-eardrum': 'An ear canal, up to the ear drum',
      'nasal-cavity': 'The nasal cavity',
    },
  },
  absorbedByMucousMembrane: {
    prompt: 'Is the device liable to be absorbed by the mucous membrane?',
    help: 'For long-term devices in the mouth, ear canal or nose this raises the class to IIb.',
  },
  channelsOrStores: {
    prompt: 'Does the device channel or store something that is eventually infused, administered or introduced into the body?',
    help: 'Only for return into the body: a collector for urine or wound drainage that is discarded answers no.',
    options: {
      none: 'No',
      'liquids-or-gases': 'Other liquids or gases (infusion set, breathing circuit, medicine cup)',
      'blood-or-body-liquids': 'Blood or other body liquids',
      'organs-cells-or-tissues': 'Organs, parts of organs, or body cells and tissues',
      'blood-bag': 'It is a blood bag',
    },
  },
  connectsToActiveDevice: {
    prompt: 'Is the device intended to be (or may it be) connected to an active device? Of which class?',
    help: 'For example tubing connected to an infusion pump, or a mask connected to a ventilator.',
    options: { none: 'No', 'class-I': 'Yes, a class I active device', 'class-IIa-or-higher': 'Yes, an active device of class IIa, IIb or III' },
  },
  modifiesComposition: {
    prompt: 'Does the device change the biological or chemical composition of blood, body liquids, tissues or liquids meant to go into the body?',
    help: 'Name the treatment. Exchanging solutes (as a haemodialyser does) or binding substances to a matrix counts as other.',
    options: {
      none: 'No',
      filtration: 'Only by filtration',
      centrifugation: 'Only by centrifugation',
      'gas-exchange': 'By exchange of gas',
      'heat-exchange': 'By exchange of heat',
      other: 'By another treatment (or a combination including one)',
    },
  },
  inVitroContactSubstance: {
    prompt: 'Is the device a substance or mixture used in vitro in direct contact with human cells, tissues, organs or embryos before they are implanted or administered?',
    help: 'For example organ perfusion and storage solutions, or media for IVF and assisted reproduction.',
  },
  injuredSkinOrMucosa: {
    prompt: 'Does the device come into contact with injured skin or mucous membrane? What is it mainly for?',
    help: 'Injured means changed by disease or a wound. Choose the principal intended purpose.',
    options: {
      none: 'No contact with injured skin or mucous membrane',
      'barrier-compression-absorption': 'A mechanical barrier, compression or absorbing exudate',
      'breached-dermis-secondary-intent': 'Wounds that breached the dermis or mucous membrane and heal only by secondary intent',
      'micro-environment': 'Managing the micro-environment of the wound',
      other: 'Something else',
    },
  },
  reusableSurgicalInstrument: {
    prompt: 'Is it a reusable surgical instrument (for cutting, drilling, sawing, scraping, clamping, retracting, clipping...), reused after cleaning and sterilisation?',
    help: 'Not if it is connected to an active device.',
  },
  heartOrCirculationDefect: {
    prompt: 'Is the device specifically intended to control, diagnose, monitor or correct a defect of the heart or the central circulatory system, through direct contact with them?',
    help: 'Auxiliary instruments of heart surgery (clamps, aortic punches) answer no.',
  },
  directContactHeartCirculationOrCNS: {
    prompt: 'Is the device specifically intended for direct contact with the heart, the central circulatory system or the central nervous system?',
    help: 'The central circulatory system is the great vessels listed in the MDR (aorta, coronary and carotid arteries, venae cavae...); the central nervous system is the brain, meninges and spinal cord.',
  },
  placedInTeeth: {
    prompt: 'Is the device intended to be placed in the teeth?',
    help: 'Dental implants that secure teeth or prostheses to the jaw bone are not placed in the teeth.',
  },
  biologicalEffect: {
    prompt: 'Does the device have a biological effect?',
    help: 'For example an implant with a bioactive coating.',
  },
  whollyOrMainlyAbsorbed: {
    prompt: 'Is the device wholly or mainly absorbed by the body?',
    help: 'It breaks down in the body and the breakdown products are eliminated by metabolism; gases excreted unchanged do not count.',
  },
  chemicalChangeInBody: {
    prompt: 'Is the device intended to undergo chemical change in the body?',
    help: 'Not for bone cements whose chemical change takes place only while they are placed.',
  },
  implantType: {
    prompt: 'Is the implant one of these kinds?',
    help: 'Breast implants, surgical meshes, joint and spinal disc replacements and implants touching the spinal column are class III; their ancillary components (screws, wedges, plates, instruments) stay in class IIb.',
    options: {
      none: 'None of these',
      'breast-implant': 'Breast implant',
      'surgical-mesh': 'Surgical mesh',
      'joint-replacement': 'Total or partial joint replacement',
      'joint-replacement-ancillary': 'Ancillary component of a joint replacement (screw, wedge, plate, instrument)',
      'spinal-disc-replacement': 'Spinal disc replacement',
      'spinal-column-contact': 'Implant in contact with the spinal column (such as an interbody fusion device)',
      'spinal-ancillary': 'Spinal ancillary component (screw, wedge, plate, hook, instrument)',
    },
  },
  activeImplantable: {
    prompt: 'Is the device an active implantable device, or an accessory of one?',
    help: 'An accessory of an active implantable device (torque wrench, magnet, programmer cable) counts, even if it is not implanted or not active.',
    options: { none: 'No', device: 'It is an active implantable device', accessory: 'It is an accessory of an active implantable device' },
  },
  ionisingRadiation: {
    prompt: 'Does the device supply or emit energy in the form of ionising radiation? For what?',
    help: 'A catheter with a sealed radioisotope or a brachytherapy device is therapeutic.',
    options: { none: 'No', therapeutic: 'Yes, for therapy', 'diagnostic-or-interventional': 'Yes, for diagnostic or interventional radiology' },
  },
  administersMedicinalProducts: {
    prompt: 'Is the device intended to administer medicinal products?',
    help: 'Administering means more than channelling: it stores the medicine or controls volume and rate. Potentially hazardous depends on the mode of application, the substance and the part of the body.',
    options: { none: 'No', yes: 'Yes', 'potentially-hazardous': 'Yes, in a potentially hazardous manner' },
  },
  therapeuticEnergy: {
    prompt: 'Is the device intended to administer energy to, or exchange energy with, the body for therapy?',
    help: 'Potentially hazardous given the nature, density and site of the energy: ventilators, lithotripters, surgical lasers, electrosurgical generators, incubators, defibrillators.',
    options: { none: 'No', yes: 'Yes', 'potentially-hazardous': 'Yes, in a potentially hazardous way' },
  },
  controlsOrMonitors: {
    prompt: 'Is the device intended to control or monitor, or directly influence, another device of one of these kinds?',
    help: 'Give the most critical one. A programmer or remote monitor of a pacemaker controls an active implantable device.',
    options: {
      none: 'No',
      'class-IIb-active-therapeutic': 'A class IIb active therapeutic device',
      'active-implantable': 'An active implantable device',
      'therapeutic-ionising-radiation': 'A device emitting ionising radiation for therapy',
      'diagnostic-or-interventional-radiology': 'A device emitting ionising radiation for diagnostic or interventional radiology',
    },
  },
  diagnosisOrMonitoring: {
    prompt: 'Is the device an active device intended for diagnosis and monitoring?',
    help: 'It supplies information for detecting, diagnosing, monitoring or treating conditions, illnesses or congenital deformities.',
  },
  'diagnosisOrMonitoring.suppliesEnergy': {
    prompt: 'Does it supply energy to the body for this?',
    help: 'Absorbed energy: MRI, diagnostic ultrasound, evoked-response stimulators. Visible illumination only: examination and surgical lamps.',
    options: { none: 'No', absorbed: 'Energy that is absorbed by the body', 'visible-illumination': 'Only light in the visible spectrum to illuminate the body' },
  },
  'diagnosisOrMonitoring.imagesRadiopharmaceuticals': {
    prompt: 'Is it intended to image the distribution of radiopharmaceuticals in the body?',
    help: 'Gamma cameras, PET and SPECT scanners.',
  },
  'diagnosisOrMonitoring.directDiagnosisOrVitalProcesses': {
    prompt: 'Does it allow direct diagnosis, or monitoring of vital physiological processes?',
    help: 'Direct diagnosis: it gives the diagnosis or the decisive information for it. Examples: ECG, EEG, electronic thermometers and blood-pressure monitors.',
  },
  'diagnosisOrMonitoring.vitalParametersImmediateDanger': {
    prompt: 'Is it specifically intended to monitor vital parameters whose variations could put the patient in immediate danger?',
    help: 'Cardiac performance, respiration, CNS activity: for example intensive-care monitors with alarms or apnoea monitors.',
  },
  'diagnosisOrMonitoring.diagnosisInImmediateDanger': {
    prompt: 'Is it intended for diagnosis in clinical situations where the patient is in immediate danger?',
    help: 'For example a blood gas analyser used during open-heart surgery.',
  },
  administersOrRemovesSubstances: {
    prompt: 'Does the device administer body liquids or other substances to the body, or remove them from it?',
    help: 'Suction pumps, feeding pumps, dialysis equipment, blood pumps, oxygen supply. Medicinal products are asked separately.',
    options: { none: 'No', yes: 'Yes', 'potentially-hazardous': 'Yes, in a potentially hazardous manner' },
  },
  integratedDiagnosticFunction: {
    prompt: 'Does the therapeutic device have an integrated diagnostic function that significantly determines how it manages the patient?',
    help: 'Closed-loop systems that adjust therapy from sensor readings, and automated external defibrillators.',
  },
  ancillaryMedicinalSubstance: {
    prompt: 'Does the device incorporate a substance that would be a medicinal product on its own, with an action ancillary to the device?',
    help: 'For example a heparin coating, antibiotic bone cement, spermicide on a condom, copper in an IUD.',
  },
  contraceptionOrSTD: {
    prompt: 'Is the device used for contraception or to prevent the transmission of sexually transmitted diseases?',
    help: 'Software for contraception counts; software that only supports conception does not.',
  },
  disinfects: {
    prompt: 'Is the device specifically intended to disinfect, clean or sterilise? What?',
    help: 'Devices that clean other devices by physical action only answer no.',
    options: {
      none: 'No',
      'contact-lenses': 'Disinfecting, cleaning, rinsing or hydrating contact lenses',
      'medical-devices': 'Disinfecting or sterilising medical devices',
      'invasive-devices-end-point': 'Disinfecting invasive devices as the end point of processing (solution or washer-disinfector)',
    },
  },
  recordsXrayImages: {
    prompt: 'Is the device specifically intended to record diagnostic images generated by X-ray radiation?',
    help: 'Detectors, phosphor plates and X-ray film.',
  },
  tissuesOrCells: {
    prompt: 'Is the device manufactured using non-viable tissues or cells, or their derivatives? Of what origin?',
    help: 'Derivatives include collagen, gelatine and animal hyaluronic acid. Choose human if any human material is used.',
    options: { none: 'No', human: 'Human origin', animal: 'Animal origin only' },
  },
  intactSkinOnly: {
    prompt: 'Is the device intended to come into contact with intact skin only?',
    help: 'Devices made with animal material that only touch intact skin are exempt from class III (MDR Rule 18).',
  },
  nanomaterialExposure: {
    prompt: 'Does the device incorporate or consist of nanomaterial? What is its potential for internal exposure?',
    help: 'Nanomaterial embedded in a matrix is usually negligible, a firmly bound coating low, free or releasable nanomaterial medium or high.',
    options: { none: 'No nanomaterial', negligible: 'Negligible', low: 'Low', medium: 'Medium', high: 'High' },
  },
  inhalation: {
    prompt: 'Is the device intended to administer medicinal products by inhalation?',
    help: 'Essential impact: the way the device works decisively affects how well and how safely the medicine acts.',
    options: {
      none: 'No',
      yes: 'Yes',
      'essential-impact': 'Yes, and its mode of action has an essential impact on the medicine’s efficacy and safety',
      'life-threatening-conditions': 'Yes, to treat life-threatening conditions',
    },
  },
  substanceBased: {
    prompt: 'Is the device made of substances introduced via a body orifice or applied to the skin, and absorbed or dispersed in the body? Where do they act?',
    help: 'Nails count as skin, and so do ear drops on an intact ear drum.',
    options: {
      none: 'No',
      skin: 'On the skin',
      'nasal-or-oral-cavity': 'Only in the nasal or oral cavity, as far as the pharynx',
      'stomach-or-lower-gi': 'In the stomach or lower gastrointestinal tract',
      other: 'Elsewhere (eye, vagina, respiratory tract, beyond the pharynx)',
    },
  },
  systemicAbsorption: {
    prompt: 'Are the substances, or their metabolites, systemically absorbed?',
    help: 'Systemic absorption means they enter the body and are distributed by blood or lymph.',
    options: { none: 'No', incidental: 'Yes, but not in order to achieve the purpose', 'for-intended-purpose': 'Yes, in order to achieve the intended purpose' },
  },
  measuringFunction: {
    prompt: 'Does the device have a measuring function?',
    help: 'It measures quantitatively, shows the result in units, and its purpose implies an accuracy whose failure could harm the patient (graduated dosing syringe, clinical thermometer).',
  },
  sterile: {
    prompt: 'Is the device placed on the market sterile?',
    help: 'Delivered sterile in its packaging, not sterilised by the user before use.',
  },
} satisfies MdrQuestionTexts;
