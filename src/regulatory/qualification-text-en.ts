// The qualification check in English: questions, option labels, the reason each answer gives, outcome names.
import type { QualificationTexts } from './qualification-text.ts';

export const QUALIFICATION_TEXTS_EN = {
  questions: {
    software: {
      prompt: 'Is the product software?',
      help: 'Software is a set of instructions that processes input data and creates output data: an app, a program or a cloud service. Software built into a hardware device is part of that device: answer no.',
      reasons: {
        yes: 'It is software, so the decision steps of MDCG 2019-11 for software apply.',
        no: 'It is not software, so it is qualified directly by the definitions of Article 2 MDR and IVDR.',
      },
    },
    softwareRole: {
      prompt: 'Is the software one of these?',
      help: 'Software that drives or influences a hardware device operates or controls it, or reports on how it works, without a medical purpose of its own.',
      options: {
        independent: 'None of these: it stands on its own',
        'annex-xvi': 'A product without a medical purpose listed in MDR Annex XVI',
        accessory: 'An accessory for particular medical devices or IVDs',
        'drives-or-influences': 'Software that drives or influences the use of a hardware medical device or IVD',
      },
      reasons: {
        independent: 'It is none of these, so what it does with data decides (step 3).',
        'annex-xvi': 'It is an Annex XVI product: the MDR applies to it although it has no medical purpose.',
        accessory: 'It is an accessory, regulated in its own right under the regulation of the device it serves.',
        'drives-or-influences': 'It drives or influences a hardware device, so it is covered with that device and falls in the same class (MDR Annex VIII 3.3, IVDR Annex VIII 1.4).',
      },
    },
    servedRegulation: {
      prompt: 'Is the device it serves a medical device or an in vitro diagnostic device?',
      help: 'The software follows the regulation of the device it serves.',
      options: { MDR: 'A medical device (MDR)', IVDR: 'An in vitro diagnostic device (IVDR)' },
      reasons: {
        MDR: 'The device it serves is a medical device, so the MDR applies.',
        IVDR: 'The device it serves is an in vitro diagnostic device, so the IVDR applies.',
      },
    },
    actionOnData: {
      prompt: 'Does the software do more with data than store, archive, communicate, search simply or compress without loss?',
      help: 'For example calculate, analyse, interpret, raise alerts, or change how data are shown for a medical purpose.',
      reasons: {
        yes: 'It acts on data beyond storage, archiving, communication, simple search and lossless compression, so it may be medical device software.',
        no: 'It only stores, archives, communicates, searches simply or compresses without loss: that does not make software a medical device.',
      },
    },
    individualPatients: {
      prompt: 'Does it act for the benefit of individual patients?',
      help: 'Not if it only aggregates population data, shows generic diagnostic or treatment pathways, literature, atlases or templates, or serves epidemiological studies or registers.',
      reasons: {
        yes: 'Its action serves individual patients, so it may be medical device software.',
        no: 'It does not act for individual patients, so it is not medical device software.',
      },
    },
    medicalPurpose: {
      prompt: 'What is the product intended for?',
      help: 'Take the purpose the manufacturer states on the label, in the instructions and in promotion, not what the product could technically do.',
      options: {
        none: 'No medical purpose',
        medical: 'Diagnosis, prevention, monitoring, prediction, prognosis, treatment or alleviation of disease, injury or disability; investigating or changing the anatomy or a body process; or information from in vitro examination of specimens',
        conception: 'Control or support of conception',
        'device-reprocessing': 'Cleaning, disinfecting or sterilising medical devices',
      },
      reasons: {
        none: 'It has none of the medical purposes of Article 2(1) MDR, so it is not a medical device in its own right.',
        medical: 'It has a medical purpose listed in Article 2(1) MDR.',
        conception: 'Devices for the control or support of conception are deemed to be medical devices.',
        'device-reprocessing': 'Products specifically for cleaning, disinfecting or sterilising devices are deemed to be medical devices.',
      },
    },
    ivdInformation: {
      prompt: 'Does the software provide information within the scope of the IVD definition?',
      help: 'Information from in vitro examination on a physiological or pathological state, congenital impairments, predisposition to a disease, compatibility with recipients, treatment response, or therapeutic measures.',
      reasons: {
        yes: 'It provides information within the IVD definition, so its data sources decide between MDR and IVDR.',
        no: 'It provides no information within the IVD definition, so it is medical device software under the MDR.',
      },
    },
    onlyIvdData: {
      prompt: 'Is that information based solely on data from in vitro diagnostic devices?',
      help: 'For example assay results, analyser readings or sequencing raw data only.',
      reasons: {
        yes: 'Its information comes solely from data of in vitro diagnostic devices, so it is IVD software under the IVDR.',
        no: 'It also uses data from other sources, so the weight of the data sources decides.',
      },
    },
    mainlyIvdData: {
      prompt: 'Is the intended purpose substantially driven by the data from in vitro diagnostic devices?',
      help: 'Weigh each data source by its significance for the result: decisive laboratory markers point to the IVDR, vital signs with an optional laboratory value to the MDR.',
      reasons: {
        yes: 'Its intended purpose is substantially driven by data from in vitro diagnostic devices, so the IVDR applies.',
        no: 'Its intended purpose is substantially driven by data from medical devices, so the MDR applies.',
      },
    },
    inVitroExamination: {
      prompt: 'Is the product intended to examine specimens from the human body in vitro, or is it a specimen receptacle?',
      help: 'Reagents, calibrators, controls, kits, instruments and analysers used outside the body on blood, urine, tissue or other samples, solely or principally to give information about health.',
      reasons: {
        yes: 'It is intended for the in vitro examination of specimens from the human body, so it is an in vitro diagnostic device unless the IVDR excludes it.',
        no: 'It does not examine specimens in vitro, so the MDR definition applies.',
      },
    },
    ivdrExclusion: {
      prompt: 'Is it one of these products?',
      help: 'The IVDR does not apply to them (Article 1(3) IVDR).',
      options: {
        none: 'None of these',
        'general-laboratory-or-research': 'A product for general laboratory use or for research use only, not specifically intended for IVD examination',
        'invasive-sampling': 'An invasive sampling product, or one applied directly to the body to obtain a specimen (such as a lancet)',
        'reference-material': 'An internationally certified reference material',
        'external-quality-assessment': 'Material for an external quality assessment scheme',
      },
      reasons: {
        none: 'None of the IVDR exclusions applies, so it is an in vitro diagnostic medical device.',
        'general-laboratory-or-research': 'Products for general laboratory use or research use only are outside the IVDR unless specifically intended for IVD examination.',
        'invasive-sampling': 'Invasive sampling products are outside the IVDR; they are medical devices under the MDR.',
        'reference-material': 'Internationally certified reference materials are outside the IVDR.',
        'external-quality-assessment': 'Materials for external quality assessment schemes are outside the IVDR.',
      },
    },
    pharmacologicalAction: {
      prompt: 'Does the product achieve its principal intended action by pharmacological, immunological or metabolic means?',
      help: 'A medical device works mainly by physical means; such means may only assist it.',
      reasons: {
        yes: 'Its principal action is pharmacological, immunological or metabolic, so it is a medicinal product, not a medical device.',
        no: 'It does not achieve its principal action by pharmacological, immunological or metabolic means.',
      },
    },
    mdrExclusion: {
      prompt: 'Is the product one of these?',
      help: 'The MDR does not apply to them (Article 1(6) MDR). Devices made with non-viable tissues, cells or derivatives remain medical devices.',
      options: {
        none: 'None of these',
        atmp: 'An advanced therapy medicinal product',
        'human-blood': 'Human blood, blood products, plasma or blood cells, or a device incorporating them',
        cosmetic: 'A cosmetic product',
        'viable-animal-tissue': 'Viable tissues or cells of animal origin, or a product consisting of them',
        'human-tissue': 'Tissues or cells of human origin covered by Directive 2004/23/EC, or a product consisting of them',
        'viable-organisms': 'A product containing viable biological material or organisms (bacteria, fungi, viruses) to achieve its purpose',
        food: 'Food',
      },
      reasons: {
        none: 'None of the exclusions of Article 1(6) MDR applies, so it is a medical device.',
        atmp: 'Advanced therapy medicinal products are outside the MDR.',
        'human-blood': 'Human blood, blood products, plasma and blood cells are outside the MDR.',
        cosmetic: 'Cosmetic products are outside the MDR.',
        'viable-animal-tissue': 'Viable tissues or cells of animal origin are outside the MDR.',
        'human-tissue': 'Tissues and cells of human origin covered by Directive 2004/23/EC are outside the MDR.',
        'viable-organisms': 'Products that rely on viable biological material or organisms are outside the MDR.',
        food: 'Food is outside the MDR.',
      },
    },
    accessoryFor: {
      prompt: 'Is the product made to be used with particular devices, to enable their use as intended or directly assist their medical function?',
      help: 'An accessory is not a device itself, for example a dedicated charger or a cleaning adaptor for one device.',
      options: { none: 'No', 'medical-device': 'Yes, with particular medical devices', ivd: 'Yes, with particular in vitro diagnostic devices' },
      reasons: {
        none: 'It is not made for particular devices, so it is not an accessory.',
        'medical-device': 'It enables or directly assists particular medical devices, so it is an accessory under the MDR.',
        ivd: 'It enables or directly assists particular in vitro diagnostic devices, so it is an accessory under the IVDR.',
      },
    },
    annexXvi: {
      prompt: 'Is the product in one of the groups listed in MDR Annex XVI?',
      help: 'Non-corrective contact lenses, implants for aesthetic modification, dermal fillers, equipment for liposuction or lipolysis, high-intensity light or laser equipment for skin treatment or hair removal, brain stimulation equipment.',
      reasons: {
        yes: 'It is an Annex XVI product without a medical purpose, so the MDR applies to it.',
        no: 'It has no medical purpose, is no accessory and is not listed in Annex XVI, so neither regulation applies.',
      },
    },
  },
  outcomes: {
    'medical-device': 'Medical device (MDR)',
    ivd: 'In vitro diagnostic medical device (IVDR)',
    'accessory-mdr': 'Accessory for a medical device (MDR)',
    'accessory-ivdr': 'Accessory for an in vitro diagnostic medical device (IVDR)',
    'annex-xvi': 'Product without a medical purpose listed in MDR Annex XVI',
    'not-a-device': 'Not a medical device',
    excluded: 'Outside the scope of the regulation',
  },
} satisfies QualificationTexts;
