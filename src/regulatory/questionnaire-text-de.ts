// Die MDR-Fragen (und gemeinsamen Fragen) des Produktprofil-Fragebogens auf Deutsch.
import type { MdrQuestionTexts } from './questionnaire-text.ts';

export const QUESTION_TEXTS_DE = {
  regulation: {
    prompt: 'Unter welche Verordnung fällt das Produkt?',
    help: 'Medizinprodukte fallen unter die MDR (EU 2017/745); Produkte, die dem Körper entnommene Proben außerhalb des Körpers untersuchen, unter die IVDR (EU 2017/746). Die Qualifizierungsprüfung sagt Ihnen, welche.',
    options: { MDR: 'MDR: Medizinprodukt', IVDR: 'IVDR: In-vitro-Diagnostikum' },
  },
  software: {
    prompt: 'Ist das Produkt Software, die selbst ein Medizinprodukt ist (Medizinproduktesoftware, MDSW)?',
    help: 'Ja für eine App, ein Programm oder einen Cloud-Dienst mit eigenem medizinischem Zweck. In ein Gerät eingebaute Software ist Teil dieses Geräts: Antworten Sie dann mit Nein und beschreiben Sie das Gerät.',
  },
  'software.decisionImpact': {
    prompt: 'Liefert die Software Informationen für diagnostische oder therapeutische Entscheidungen, und was könnte eine falsche Entscheidung verursachen?',
    help: 'Denken Sie an das Schlimmste, was eine Entscheidung auf Grundlage falscher Ausgaben für den Patienten vernünftigerweise bewirken könnte (MDR Regel 11).',
    options: {
      none: 'Sie liefert keine Informationen für solche Entscheidungen',
      other: 'Keines der folgenden (etwa ein Risiko geringfügiger Schäden)',
      'serious-deterioration-or-surgery': 'Eine schwerwiegende Verschlechterung des Gesundheitszustands oder einen chirurgischen Eingriff',
      'death-or-irreversible': 'Den Tod oder eine irreversible Verschlechterung des Gesundheitszustands',
    },
  },
  'software.monitoring': {
    prompt: 'Ist die Software zur Überwachung physiologischer Prozesse bestimmt?',
    help: 'Vitalparameter sind solche, deren Schwankungen den Patienten unmittelbar gefährden können, etwa Herzrhythmus, Atmung oder Aktivität des zentralen Nervensystems.',
    options: {
      none: 'Nein',
      physiological: 'Ja, physiologischer Prozesse',
      'vital-parameters-immediate-danger': 'Ja, von Vitalparametern, deren Schwankungen eine unmittelbare Gefahr bedeuten können',
    },
  },
  'software.drivesOrInfluencesDeviceClass': {
    prompt: 'Steuert die Software ein Hardware-Medizinprodukt oder beeinflusst sie dessen Anwendung? Welcher Klasse gehört dieses Produkt an?',
    help: 'Software, die ein Produkt steuert oder beeinflusst, fällt nie in eine niedrigere Klasse als dieses Produkt (MDR Anhang VIII, 3.3).',
    options: { none: 'Sie steuert kein Produkt', I: 'Klasse I', IIa: 'Klasse IIa', IIb: 'Klasse IIb', III: 'Klasse III' },
  },
  active: {
    prompt: 'Hängt der Betrieb des Produkts von einer anderen Energiequelle als dem menschlichen Körper oder der Schwerkraft ab, und wirkt es durch Umwandlung dieser Energie?',
    help: 'Netzstrom, Batterien, Druckgas oder eine gespannte Feder zählen. Elektroden und Kabel, die Energie nur unverändert weiterleiten, sind nicht aktiv.',
  },
  invasive: {
    prompt: 'Dringt das Produkt in den Körper ein, und wie?',
    help: 'Maßgeblich ist die kritischste vorgesehene Anwendung. Ein Produkt, das nur Energie in den Körper abgibt (etwa ein Ultraschallkopf auf der Haut), dringt nicht ein.',
    options: {
      none: 'Nein, es bleibt außerhalb des Körpers (oder berührt nur die Haut)',
      'body-orifice': 'Durch eine Körperöffnung (Mund, Nase, Ohr, Augenoberfläche, Stoma …)',
      surgical: 'Durch die Körperoberfläche, über einen Schnitt oder eine Punktion (chirurgisch-invasiv)',
      implantable: 'Es wird implantiert und verbleibt nach dem Eingriff im Körper',
    },
  },
  duration: {
    prompt: 'Wie lange wird das Produkt normalerweise ununterbrochen angewendet?',
    help: 'Zählen Sie die ununterbrochene Anwendung an einem Patienten; kurze Pausen zur Reinigung unterbrechen nicht, das Herausnehmen über Nacht schon.',
    options: { transient: 'Weniger als 60 Minuten (vorübergehend)', 'short-term': '60 Minuten bis 30 Tage (kurzzeitig)', 'long-term': 'Mehr als 30 Tage (langzeitig)' },
  },
  orificeSite: {
    prompt: 'Wird das Produkt nur an einer dieser Stellen angewendet?',
    help: 'Produkte, die nur dort angewendet werden, fallen in eine niedrigere Klasse (MDR Regel 5).',
    options: {
      other: 'Nein, anderswo (oder weiter innen)',
      'oral-cavity-to-pharynx': 'In der Mundhöhle bis zum Rachen',
      'ear-canal-to-eardrum': 'Im Gehörgang bis zum Trommelfell',
      'nasal-cavity': 'In der Nasenhöhle',
    },
  },
  absorbedByMucousMembrane: {
    prompt: 'Kann das Produkt von der Schleimhaut resorbiert werden?',
    help: 'Bei langzeitig angewendeten Produkten in Mund, Gehörgang oder Nase hebt dies die Klasse auf IIb.',
  },
  channelsOrStores: {
    prompt: 'Leitet oder speichert das Produkt etwas, das schließlich in den Körper infundiert, verabreicht oder eingeführt wird?',
    help: 'Nur für die Rückgabe in den Körper: ein Auffangbeutel für Urin oder Wundsekret, der entsorgt wird, ist ein Nein.',
    options: {
      none: 'Nein',
      'liquids-or-gases': 'Andere Flüssigkeiten oder Gase (Infusionsbesteck, Beatmungsschlauch, Medikamentenbecher)',
      'blood-or-body-liquids': 'Blut oder andere Körperflüssigkeiten',
      'organs-cells-or-tissues': 'Organe, Organteile oder Körperzellen und -gewebe',
      'blood-bag': 'Es ist ein Blutbeutel',
    },
  },
  connectsToActiveDevice: {
    prompt: 'Ist das Produkt dazu bestimmt (oder kann es dazu dienen), an ein aktives Produkt angeschlossen zu werden? Welcher Klasse?',
    help: 'Zum Beispiel eine Leitung an einer Infusionspumpe oder eine Maske an einem Beatmungsgerät.',
    options: { none: 'Nein', 'class-I': 'Ja, an ein aktives Produkt der Klasse I', 'class-IIa-or-higher': 'Ja, an ein aktives Produkt der Klasse IIa, IIb oder III' },
  },
  modifiesComposition: {
    prompt: 'Verändert das Produkt die biologische oder chemische Zusammensetzung von Blut, Körperflüssigkeiten, Geweben oder Flüssigkeiten, die in den Körper gelangen sollen?',
    help: 'Nennen Sie die Behandlung. Stoffaustausch (wie im Hämodialysator) oder die Bindung an eine Matrix zählt als andere Behandlung.',
    options: {
      none: 'Nein',
      filtration: 'Nur durch Filtration',
      centrifugation: 'Nur durch Zentrifugieren',
      'gas-exchange': 'Durch Gasaustausch',
      'heat-exchange': 'Durch Wärmeaustausch',
      other: 'Durch eine andere Behandlung (oder eine Kombination, die eine solche enthält)',
    },
  },
  inVitroContactSubstance: {
    prompt: 'Ist das Produkt ein Stoff oder Gemisch, das in vitro in direktem Kontakt mit menschlichen Zellen, Geweben, Organen oder Embryonen verwendet wird, bevor diese implantiert oder verabreicht werden?',
    help: 'Zum Beispiel Lösungen zur Perfusion und Aufbewahrung von Organen oder Medien für IVF und assistierte Reproduktion.',
  },
  injuredSkinOrMucosa: {
    prompt: 'Kommt das Produkt mit verletzter Haut oder Schleimhaut in Berührung? Wofür ist es hauptsächlich bestimmt?',
    help: 'Verletzt heißt durch Krankheit oder Wunde verändert. Wählen Sie die hauptsächliche Zweckbestimmung.',
    options: {
      none: 'Kein Kontakt mit verletzter Haut oder Schleimhaut',
      'barrier-compression-absorption': 'Als mechanische Barriere, zur Kompression oder zur Aufnahme von Exsudat',
      'breached-dermis-secondary-intent': 'Für Wunden, die die Dermis oder Schleimhaut durchbrochen haben und nur durch sekundäre Wundheilung heilen',
      'micro-environment': 'Zur Beeinflussung des Mikromilieus der Wunde',
      other: 'Für etwas anderes',
    },
  },
  reusableSurgicalInstrument: {
    prompt: 'Ist es ein wiederverwendbares chirurgisches Instrument (zum Schneiden, Bohren, Sägen, Schaben, Klemmen, Spreizen, Klammern …), das nach Reinigung und Sterilisation wiederverwendet wird?',
    help: 'Nicht, wenn es mit einem aktiven Produkt verbunden ist.',
  },
  heartOrCirculationDefect: {
    prompt: 'Ist das Produkt speziell dazu bestimmt, einen Defekt am Herzen oder am zentralen Kreislaufsystem durch direkten Kontakt mit diesen Körperteilen zu kontrollieren, zu diagnostizieren, zu überwachen oder zu korrigieren?',
    help: 'Hilfsinstrumente der Herzchirurgie (Klemmen, Aortenstanzen) sind ein Nein.',
  },
  directContactHeartCirculationOrCNS: {
    prompt: 'Ist das Produkt speziell zur Verwendung in direktem Kontakt mit dem Herzen, dem zentralen Kreislaufsystem oder dem zentralen Nervensystem bestimmt?',
    help: 'Das zentrale Kreislaufsystem sind die in der MDR aufgezählten großen Gefäße (Aorta, Herzkranz- und Halsschlagadern, Hohlvenen …); das zentrale Nervensystem sind Gehirn, Hirnhäute und Rückenmark.',
  },
  placedInTeeth: {
    prompt: 'Ist das Produkt dazu bestimmt, in den Zähnen platziert zu werden?',
    help: 'Zahnimplantate, die Zähne oder Prothesen am Kieferknochen befestigen, werden nicht in den Zähnen platziert.',
  },
  biologicalEffect: {
    prompt: 'Entfaltet das Produkt eine biologische Wirkung?',
    help: 'Zum Beispiel ein Implantat mit bioaktiver Beschichtung.',
  },
  whollyOrMainlyAbsorbed: {
    prompt: 'Wird das Produkt vom Körper ganz oder überwiegend resorbiert?',
    help: 'Es wird im Körper abgebaut und die Abbauprodukte werden über den Stoffwechsel ausgeschieden; unverändert ausgeschiedene Gase zählen nicht.',
  },
  chemicalChangeInBody: {
    prompt: 'Soll das Produkt im Körper eine chemische Veränderung erfahren?',
    help: 'Nicht bei Knochenzementen, deren chemische Veränderung nur beim Einbringen stattfindet.',
  },
  implantType: {
    prompt: 'Ist das Implantat eines der folgenden?',
    help: 'Brustimplantate, chirurgische Netze, Gelenk- und Bandscheibenersatz sowie Implantate mit Kontakt zur Wirbelsäule gehören zur Klasse III; ihre Zusatzkomponenten (Schrauben, Keile, Platten, Instrumente) bleiben in Klasse IIb.',
    options: {
      none: 'Keines davon',
      'breast-implant': 'Brustimplantat',
      'surgical-mesh': 'Chirurgisches Netz',
      'joint-replacement': 'Totaler oder partieller Gelenkersatz',
      'joint-replacement-ancillary': 'Zusatzkomponente eines Gelenkersatzes (Schraube, Keil, Platte, Instrument)',
      'spinal-disc-replacement': 'Bandscheibenersatz',
      'spinal-column-contact': 'Implantat mit Kontakt zur Wirbelsäule (etwa ein Cage zur Wirbelkörperfusion)',
      'spinal-ancillary': 'Zusatzkomponente an der Wirbelsäule (Schraube, Keil, Platte, Haken, Instrument)',
    },
  },
  activeImplantable: {
    prompt: 'Ist das Produkt ein aktives implantierbares Produkt oder Zubehör eines solchen?',
    help: 'Zubehör eines aktiven implantierbaren Produkts (Drehmomentschlüssel, Magnet, Programmierkabel) zählt, auch wenn es nicht implantiert oder nicht aktiv ist.',
    options: { none: 'Nein', device: 'Es ist ein aktives implantierbares Produkt', accessory: 'Es ist Zubehör eines aktiven implantierbaren Produkts' },
  },
  ionisingRadiation: {
    prompt: 'Gibt das Produkt Energie in Form ionisierender Strahlung ab? Wofür?',
    help: 'Ein Katheter mit umschlossenem Radioisotop oder ein Brachytherapieprodukt ist therapeutisch.',
    options: { none: 'Nein', therapeutic: 'Ja, zur Therapie', 'diagnostic-or-interventional': 'Ja, für die diagnostische oder interventionelle Radiologie' },
  },
  administersMedicinalProducts: {
    prompt: 'Ist das Produkt zur Verabreichung von Arzneimitteln bestimmt?',
    help: 'Verabreichen ist mehr als Durchleiten: Das Produkt speichert das Arzneimittel oder steuert Menge und Rate. Ob es potenziell gefährlich ist, hängt von Art der Anwendung, Stoff und Körperteil ab.',
    options: { none: 'Nein', yes: 'Ja', 'potentially-hazardous': 'Ja, in potenziell gefährlicher Weise' },
  },
  therapeuticEnergy: {
    prompt: 'Ist das Produkt dazu bestimmt, dem Körper zur Therapie Energie zuzuführen oder Energie mit ihm auszutauschen?',
    help: 'Potenziell gefährlich nach Art, Dichte und Ort der Energie: Beatmungsgeräte, Lithotripter, chirurgische Laser, HF-Chirurgiegeräte, Inkubatoren, Defibrillatoren.',
    options: { none: 'Nein', yes: 'Ja', 'potentially-hazardous': 'Ja, in potenziell gefährlicher Weise' },
  },
  controlsOrMonitors: {
    prompt: 'Ist das Produkt dazu bestimmt, ein anderes Produkt der folgenden Art zu steuern, zu überwachen oder unmittelbar zu beeinflussen?',
    help: 'Wählen Sie das kritischste. Ein Programmiergerät oder Fernmonitor eines Herzschrittmachers steuert ein aktives implantierbares Produkt.',
    options: {
      none: 'Nein',
      'class-IIb-active-therapeutic': 'Ein aktives therapeutisches Produkt der Klasse IIb',
      'active-implantable': 'Ein aktives implantierbares Produkt',
      'therapeutic-ionising-radiation': 'Ein Produkt, das ionisierende Strahlung zur Therapie abgibt',
      'diagnostic-or-interventional-radiology': 'Ein Produkt, das ionisierende Strahlung für die diagnostische oder interventionelle Radiologie abgibt',
    },
  },
  diagnosisOrMonitoring: {
    prompt: 'Ist das Produkt ein aktives Produkt zu Diagnose- und Überwachungszwecken?',
    help: 'Es liefert Informationen, um Zustände, Krankheiten oder angeborene Fehlbildungen zu erkennen, zu diagnostizieren, zu überwachen oder zu behandeln.',
  },
  'diagnosisOrMonitoring.suppliesEnergy': {
    prompt: 'Gibt es dazu Energie an den Körper ab?',
    help: 'Absorbierte Energie: MRT, diagnostischer Ultraschall, Stimulatoren für evozierte Potenziale. Nur sichtbares Licht: Untersuchungs- und Operationsleuchten.',
    options: { none: 'Nein', absorbed: 'Energie, die vom Körper absorbiert wird', 'visible-illumination': 'Nur Licht im sichtbaren Spektrum zur Ausleuchtung des Körpers' },
  },
  'diagnosisOrMonitoring.imagesRadiopharmaceuticals': {
    prompt: 'Ist es dazu bestimmt, die Verteilung von Radiopharmaka im Körper abzubilden?',
    help: 'Gammakameras, PET- und SPECT-Scanner.',
  },
  'diagnosisOrMonitoring.directDiagnosisOrVitalProcesses': {
    prompt: 'Ermöglicht es eine unmittelbare Diagnose oder die Überwachung vitaler Körperfunktionen?',
    help: 'Unmittelbare Diagnose: Es stellt die Diagnose oder liefert die entscheidende Information dafür. Beispiele: EKG, EEG, elektronische Fieberthermometer und Blutdruckmessgeräte.',
  },
  'diagnosisOrMonitoring.vitalParametersImmediateDanger': {
    prompt: 'Ist es speziell zur Überwachung von Vitalparametern bestimmt, deren Schwankungen den Patienten unmittelbar gefährden können?',
    help: 'Herzleistung, Atmung, Aktivität des ZNS: etwa Intensivmonitore mit Alarmen oder Apnoe-Monitore.',
  },
  'diagnosisOrMonitoring.diagnosisInImmediateDanger': {
    prompt: 'Ist es für die Diagnose in klinischen Situationen bestimmt, in denen der Patient unmittelbar gefährdet ist?',
    help: 'Zum Beispiel ein Blutgasanalysator während einer Operation am offenen Herzen.',
  },
  administersOrRemovesSubstances: {
    prompt: 'Gibt das Produkt Körperflüssigkeiten oder andere Stoffe an den Körper ab oder entfernt es sie aus ihm?',
    help: 'Absaugpumpen, Ernährungspumpen, Dialysegeräte, Blutpumpen, Sauerstoffversorgung. Arzneimittel werden gesondert gefragt.',
    options: { none: 'Nein', yes: 'Ja', 'potentially-hazardous': 'Ja, in potenziell gefährlicher Weise' },
  },
  integratedDiagnosticFunction: {
    prompt: 'Hat das therapeutische Produkt eine integrierte Diagnosefunktion, die das Patientenmanagement durch das Produkt maßgeblich bestimmt?',
    help: 'Geschlossene Regelkreise, die die Therapie anhand von Sensorwerten anpassen, und automatische externe Defibrillatoren.',
  },
  ancillaryMedicinalSubstance: {
    prompt: 'Enthält das Produkt einen Stoff, der für sich allein ein Arzneimittel wäre und die Wirkung des Produkts ergänzt?',
    help: 'Zum Beispiel eine Heparinbeschichtung, antibiotikahaltiger Knochenzement, Spermizid auf einem Kondom, Kupfer in einer Spirale.',
  },
  contraceptionOrSTD: {
    prompt: 'Dient das Produkt der Empfängnisverhütung oder der Verhütung der Übertragung sexuell übertragbarer Krankheiten?',
    help: 'Software zur Empfängnisverhütung zählt; Software, die nur die Empfängnis unterstützt, nicht.',
  },
  disinfects: {
    prompt: 'Ist das Produkt speziell zum Desinfizieren, Reinigen oder Sterilisieren bestimmt? Wovon?',
    help: 'Produkte, die andere Produkte nur physikalisch reinigen, sind ein Nein.',
    options: {
      none: 'Nein',
      'contact-lenses': 'Desinfizieren, Reinigen, Abspülen oder Hydratisieren von Kontaktlinsen',
      'medical-devices': 'Desinfizieren oder Sterilisieren von Medizinprodukten',
      'invasive-devices-end-point': 'Desinfizieren invasiver Produkte als Endpunkt der Aufbereitung (Lösung oder Reinigungs- und Desinfektionsgerät)',
    },
  },
  recordsXrayImages: {
    prompt: 'Ist das Produkt speziell zur Aufzeichnung diagnostischer Röntgenbilder bestimmt?',
    help: 'Detektoren, Speicherfolien und Röntgenfilme.',
  },
  tissuesOrCells: {
    prompt: 'Wird das Produkt unter Verwendung nicht lebensfähiger Gewebe oder Zellen oder ihrer Derivate hergestellt? Welchen Ursprungs?',
    help: 'Derivate sind etwa Kollagen, Gelatine und tierische Hyaluronsäure. Wählen Sie menschlich, sobald menschliches Material verwendet wird.',
    options: { none: 'Nein', human: 'Menschlichen Ursprungs', animal: 'Nur tierischen Ursprungs' },
  },
  intactSkinOnly: {
    prompt: 'Ist das Produkt dazu bestimmt, nur mit unverletzter Haut in Berührung zu kommen?',
    help: 'Produkte mit tierischem Material, die nur unverletzte Haut berühren, sind von Klasse III ausgenommen (MDR Regel 18).',
  },
  nanomaterialExposure: {
    prompt: 'Enthält das Produkt Nanomaterial oder besteht es daraus? Wie hoch ist das Potenzial für eine innere Exposition?',
    help: 'In eine Matrix eingebettetes Nanomaterial ist meist vernachlässigbar, eine fest gebundene Beschichtung gering, freies oder freisetzbares Nanomaterial mittel oder hoch.',
    options: { none: 'Kein Nanomaterial', negligible: 'Vernachlässigbar', low: 'Gering', medium: 'Mittel', high: 'Hoch' },
  },
  inhalation: {
    prompt: 'Ist das Produkt zur Verabreichung von Arzneimitteln durch Inhalation bestimmt?',
    help: 'Wesentlicher Einfluss: Die Funktionsweise des Produkts bestimmt maßgeblich Wirksamkeit und Sicherheit des Arzneimittels.',
    options: {
      none: 'Nein',
      yes: 'Ja',
      'essential-impact': 'Ja, und seine Wirkungsweise hat wesentlichen Einfluss auf Wirksamkeit und Sicherheit des Arzneimittels',
      'life-threatening-conditions': 'Ja, zur Behandlung lebensbedrohlicher Zustände',
    },
  },
  substanceBased: {
    prompt: 'Besteht das Produkt aus Stoffen, die über eine Körperöffnung eingeführt oder auf die Haut aufgetragen und im Körper resorbiert oder lokal verteilt werden? Wo wirken sie?',
    help: 'Nägel zählen als Haut, ebenso Ohrentropfen auf einem intakten Trommelfell.',
    options: {
      none: 'Nein',
      skin: 'Auf der Haut',
      'nasal-or-oral-cavity': 'Nur in der Nasen- oder Mundhöhle bis zum Rachen',
      'stomach-or-lower-gi': 'Im Magen oder im unteren Magen-Darm-Trakt',
      other: 'Anderswo (Auge, Scheide, Atemwege, jenseits des Rachens)',
    },
  },
  systemicAbsorption: {
    prompt: 'Werden die Stoffe oder ihre Stoffwechselprodukte systemisch resorbiert?',
    help: 'Systemisch resorbiert heißt: Sie gelangen in den Körper und werden über Blut oder Lymphe verteilt.',
    options: { none: 'Nein', incidental: 'Ja, aber nicht zur Erfüllung der Zweckbestimmung', 'for-intended-purpose': 'Ja, um die Zweckbestimmung zu erfüllen' },
  },
  measuringFunction: {
    prompt: 'Hat das Produkt eine Messfunktion?',
    help: 'Es misst quantitativ, zeigt das Ergebnis in Einheiten an, und seine Zweckbestimmung setzt eine Genauigkeit voraus, deren Verfehlen dem Patienten schaden kann (graduierte Dosierspritze, Fieberthermometer).',
  },
  sterile: {
    prompt: 'Wird das Produkt steril in Verkehr gebracht?',
    help: 'Steril verpackt geliefert, nicht erst vom Anwender vor Gebrauch sterilisiert.',
  },
} satisfies MdrQuestionTexts;
