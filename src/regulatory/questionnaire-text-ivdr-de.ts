// Die IVDR-Fragen des Produktprofil-Fragebogens auf Deutsch.
import type { IvdrQuestionTexts } from './questionnaire-text.ts';

export const IVDR_QUESTION_TEXTS_DE = {
  productType: {
    prompt: 'Um welche Art von Produkt handelt es sich?',
    help: 'Instrumente, Produkte für den allgemeinen Laborbedarf, Probenbehältnisse und Kontrollmaterialien ohne zugewiesenen Wert werden danach eingestuft, was sie sind; alle anderen nach dem Zweck der Untersuchung.',
    options: {
      assay: 'Ein Assay: Reagenz, Kit, Teststreifen oder anderes Produkt für eine bestimmte Untersuchung',
      'measuring-instrument': 'Ein Gerät, das die Probe selbst ohne weitere Reagenzien misst (etwa ein Blutgasanalysator mit direkten Sensoren)',
      software: 'Software',
      'general-laboratory': 'Ein für IVD geeignet gemachtes Produkt für den allgemeinen Laborbedarf (Puffer, Waschlösung, allgemeines Kulturmedium, Färbung)',
      instrument: 'Ein Instrument, das speziell für IVD-Verfahren bestimmt ist (Analysegerät)',
      'specimen-receptacle': 'Ein Probenbehältnis (auch ein Set, mit dem ein Laie nur die Probe entnimmt)',
      'control-without-assigned-value': 'Ein Kontrollmaterial ohne zugewiesenen Wert',
      'control-with-assigned-value': 'Ein Kontrollmaterial mit zugewiesenem Wert',
      calibrator: 'Ein Kalibrator',
    },
  },
  usedWithDeviceClass: {
    prompt: 'Mit einem Produkt welcher Klasse wird es verwendet (oder welches Produkt steuert es)?',
    help: 'Ein Kalibrator, ein Kontrollmaterial mit zugewiesenem Wert oder Software, die ein Produkt steuert, erhält die Klasse dieses Produkts (IVDR Anhang VIII, 1.4–1.6). Sie können stattdessen die Fragen zur Zweckbestimmung dieses Produkts beantworten.',
    options: { none: 'Nicht angegeben', A: 'Klasse A', B: 'Klasse B', C: 'Klasse C', D: 'Klasse D' },
  },
  transfusionTransplantSafety: {
    prompt: 'Weist es einen übertragbaren Erreger in Blut, Blutbestandteilen, Zellen, Geweben oder Organen nach, um deren Eignung für Transfusion, Transplantation oder Zellverabreichung zu beurteilen?',
    help: 'Spenderscreening, etwa auf HIV oder Hepatitis in Blutspenden.',
  },
  lifeThreateningHighPropagation: {
    prompt: 'Weist es einen übertragbaren Erreger nach, der eine lebensbedrohliche Krankheit mit hohem oder vermutetem hohem Ausbreitungsrisiko verursacht?',
    help: 'Zum Beispiel HIV, HTLV, Hepatitis D, Ebola, MERS, Pocken oder hochvirulente Influenza.',
  },
  infectiousLoadLifeThreatening: {
    prompt: 'Bestimmt es die Infektionslast einer lebensbedrohlichen Krankheit, bei der die Überwachung für das Patientenmanagement entscheidend ist?',
    help: 'Zum Beispiel die Viruslast von HIV, HBV oder HCV.',
  },
  bloodGrouping: {
    prompt: 'Dient es der Blutgruppenbestimmung oder Gewebetypisierung, um die immunologische Verträglichkeit von Blut, Zellen, Geweben oder Organen sicherzustellen?',
    help: 'Einschließlich fetomaternaler Blutgruppenunverträglichkeit.',
    options: {
      none: 'Nein',
      'other-markers': 'Ja, für andere Merkmale (etwa Kell k, Lewis, HLA)',
      'abo-rh-kell-kidd-duffy': 'Ja, für AB0, Rhesus (D, C, E, c, e, Cw), Kell K, Kidd oder Duffy',
    },
  },
  sexuallyTransmittedAgent: {
    prompt: 'Weist es das Vorhandensein eines sexuell übertragbaren Erregers oder die Exposition gegenüber einem solchen nach?',
    help: 'Zum Beispiel Chlamydien, Gonorrhö oder Syphilis.',
  },
  infectiousAgentInCsfOrBlood: {
    prompt: 'Weist es in Liquor oder Blut einen Infektionserreger ohne hohes Ausbreitungsrisiko nach?',
    help: 'Zum Beispiel Tests auf Meningitiserreger im Liquor.',
  },
  infectionRiskDeathOrDisability: {
    prompt: 'Weist es einen Infektionserreger nach, bei dem ein falsches Ergebnis den Tod oder eine schwere Behinderung der getesteten Person, des Fötus oder Embryos oder der Nachkommen verursachen könnte?',
    help: 'Zum Beispiel Tests auf Zytomegalievirus oder Toxoplasmen in der Schwangerschaft.',
  },
  prenatalImmuneStatus: {
    prompt: 'Dient es dem pränatalen Screening von Frauen auf ihren Immunstatus gegenüber übertragbaren Erregern?',
    help: 'Zum Beispiel der Röteln- oder Toxoplasmose-Immunstatus in der Schwangerschaft.',
  },
  infectionStatusLifeThreateningDecision: {
    prompt: 'Bestimmt es den Infektions- oder Immunstatus, wobei ein falsches Ergebnis zu einer Behandlungsentscheidung führen könnte, die für Patient oder Nachkommen lebensbedrohlich ist?',
    help: 'Ein falsches Ergebnis würde zu einer Behandlungsentscheidung führen, die das Leben gefährdet.',
  },
  companionDiagnostic: {
    prompt: 'Ist es ein therapiebegleitendes Diagnostikum?',
    help: 'Unerlässlich für die sichere und wirksame Anwendung eines bestimmten Arzneimittels. Tests, die nur den Spiegel eines bereits verordneten Arzneimittels überwachen oder dessen Dosis einstellen, sind es nicht.',
  },
  diseaseStagingLifeThreatening: {
    prompt: 'Dient es der Stadienbestimmung einer Krankheit, wobei ein falsches Ergebnis zu einer lebensbedrohlichen Behandlungsentscheidung führen könnte?',
    help: 'Das Stadium bestimmt, wie weit eine Krankheit fortgeschritten ist, und damit die Behandlung.',
  },
  cancer: {
    prompt: 'Dient es dem Screening, der Diagnose oder der Stadienbestimmung von Krebs?',
    help: 'Einschließlich Tests zur Verlaufskontrolle und Bildanalysesoftware für diesen Zweck.',
  },
  humanGenetic: {
    prompt: 'Dient es genetischen Untersuchungen beim Menschen?',
    help: 'Untersuchung menschlicher Gene, Chromosomen oder Genprodukte zu einem medizinischen Zweck.',
  },
  monitoringLifeThreatening: {
    prompt: 'Überwacht es Spiegel von Arzneimitteln, Stoffen oder biologischen Bestandteilen, wobei ein falsches Ergebnis zu einer lebensbedrohlichen Behandlungsentscheidung führen könnte?',
    help: 'Zum Beispiel kardiale Marker oder der Spiegel eines Arzneimittels mit enger therapeutischer Breite.',
  },
  lifeThreateningDiseaseManagement: {
    prompt: 'Dient es der Behandlung von Patienten mit einer lebensbedrohlichen Krankheit oder einem lebensbedrohlichen Zustand?',
    help: 'Zum Beispiel Diabetes (Glukose, HbA1c), Antikoagulanzientherapie oder HIV.',
  },
  congenitalDisorderEmbryoFoetus: {
    prompt: 'Dient es dem Screening auf angeborene Störungen beim Embryo oder Fötus?',
    help: 'Zum Beispiel das Screening auf Trisomie 21.',
  },
  newbornScreening: {
    prompt: 'Dient es dem Neugeborenenscreening auf angeborene Störungen, bei denen Nichterkennen und Nichtbehandeln zu lebensbedrohlichen Situationen oder schwerer Behinderung führen könnte?',
    help: 'Zum Beispiel Phenylketonurie oder angeborene Hypothyreose.',
  },
  selfTesting: {
    prompt: 'Ist es zur Eigenanwendung durch Laien bestimmt? Wofür?',
    help: 'Ein Laie führt den Test oder einen Teil davon durch. Ein Set, mit dem der Laie nur die Probe entnimmt, ist keine Eigenanwendung.',
    options: {
      none: 'Nein',
      yes: 'Ja',
      pregnancy: 'Ja, Schwangerschaftsnachweis',
      fertility: 'Ja, Fruchtbarkeitstest',
      cholesterol: 'Ja, Cholesterinspiegel',
      'urine-glucose-erythrocytes-leucocytes-bacteria': 'Ja, Glukose, Erythrozyten, Leukozyten oder Bakterien im Urin',
    },
  },
  nearPatient: {
    prompt: 'Ist es für patientennahe Tests durch Gesundheitsfachkräfte außerhalb eines Labors bestimmt?',
    help: 'Das ändert nicht die Klasse, wohl aber das Konformitätsbewertungsverfahren.',
  },
} satisfies IvdrQuestionTexts;
