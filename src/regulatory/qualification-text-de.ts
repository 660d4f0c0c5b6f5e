// Die Qualifizierungsprüfung auf Deutsch: Fragen, Antwortmöglichkeiten, die Begründung jeder Antwort, Ergebnisse.
import type { QualificationTexts } from './qualification-text.ts';

export const QUALIFICATION_TEXTS_DE = {
  questions: {
    software: {
      prompt: 'Ist das Produkt Software?',
      help: 'Software ist eine Folge von Anweisungen, die Eingabedaten verarbeitet und Ausgabedaten erzeugt: eine App, ein Programm oder ein Cloud-Dienst. In ein Gerät eingebaute Software ist Teil dieses Geräts: Antworten Sie mit Nein.',
      reasons: {
        yes: 'Es ist Software, daher gelten die Entscheidungsschritte der MDCG 2019-11 für Software.',
        no: 'Es ist keine Software, daher wird es unmittelbar nach den Begriffsbestimmungen in Artikel 2 MDR und IVDR qualifiziert.',
      },
    },
    softwareRole: {
      prompt: 'Ist die Software eines der folgenden?',
      help: 'Software, die ein Gerät steuert oder beeinflusst, bedient oder regelt es oder berichtet über seine Funktion, ohne selbst einen medizinischen Zweck zu haben.',
      options: {
        independent: 'Nichts davon: Sie steht für sich',
        'annex-xvi': 'Ein in Anhang XVI der MDR aufgeführtes Produkt ohne medizinische Zweckbestimmung',
        accessory: 'Zubehör für bestimmte Medizinprodukte oder In-vitro-Diagnostika',
        'drives-or-influences': 'Software, die ein (Hardware-)Medizinprodukt oder IVD steuert oder dessen Anwendung beeinflusst',
      },
      reasons: {
        independent: 'Sie ist nichts davon, daher entscheidet, was sie mit Daten tut (Schritt 3).',
        'annex-xvi': 'Sie ist ein Produkt nach Anhang XVI: Die MDR gilt, obwohl es keine medizinische Zweckbestimmung hat.',
        accessory: 'Sie ist Zubehör und wird eigenständig nach der Verordnung des Produkts reguliert, dem sie dient.',
        'drives-or-influences': 'Sie steuert oder beeinflusst ein Gerät, wird daher mit diesem Gerät erfasst und fällt in dieselbe Klasse (MDR Anhang VIII 3.3, IVDR Anhang VIII 1.4).',
      },
    },
    servedRegulation: {
      prompt: 'Ist das Produkt, dem sie dient, ein Medizinprodukt oder ein In-vitro-Diagnostikum?',
      help: 'Die Software folgt der Verordnung des Produkts, dem sie dient.',
      options: { MDR: 'Ein Medizinprodukt (MDR)', IVDR: 'Ein In-vitro-Diagnostikum (IVDR)' },
      reasons: {
        MDR: 'Das Produkt, dem sie dient, ist ein Medizinprodukt, daher gilt die MDR.',
        IVDR: 'Das Produkt, dem sie dient, ist ein In-vitro-Diagnostikum, daher gilt die IVDR.',
      },
    },
    actionOnData: {
      prompt: 'Tut die Software mit Daten mehr als speichern, archivieren, übermitteln, einfach suchen oder verlustfrei komprimieren?',
      help: 'Zum Beispiel berechnen, analysieren, interpretieren, Alarme auslösen oder die Darstellung von Daten zu einem medizinischen Zweck verändern.',
      reasons: {
        yes: 'Sie verarbeitet Daten über Speichern, Archivieren, Übermitteln, einfache Suche und verlustfreie Komprimierung hinaus und kann daher Medizinproduktesoftware sein.',
        no: 'Sie speichert, archiviert, übermittelt, sucht einfach oder komprimiert verlustfrei: Das allein macht Software nicht zum Medizinprodukt.',
      },
    },
    individualPatients: {
      prompt: 'Handelt sie zum Nutzen einzelner Patienten?',
      help: 'Nicht, wenn sie nur Bevölkerungsdaten zusammenfasst, allgemeine Diagnose- oder Behandlungspfade, Literatur, Atlanten oder Vorlagen zeigt oder epidemiologischen Studien oder Registern dient.',
      reasons: {
        yes: 'Sie handelt zum Nutzen einzelner Patienten und kann daher Medizinproduktesoftware sein.',
        no: 'Sie handelt nicht für einzelne Patienten und ist daher keine Medizinproduktesoftware.',
      },
    },
    medicalPurpose: {
      prompt: 'Wofür ist das Produkt bestimmt?',
      help: 'Maßgeblich ist die Zweckbestimmung des Herstellers auf Etikett, Gebrauchsanweisung und in der Werbung, nicht was das Produkt technisch könnte.',
      options: {
        none: 'Keine medizinische Zweckbestimmung',
        medical: 'Diagnose, Verhütung, Überwachung, Vorhersage, Prognose, Behandlung oder Linderung von Krankheiten, Verletzungen oder Behinderungen; Untersuchung oder Veränderung des Körperbaus oder eines Körpervorgangs; oder Informationen aus der In-vitro-Untersuchung von Proben',
        conception: 'Empfängnisregelung oder -förderung',
        'device-reprocessing': 'Reinigung, Desinfektion oder Sterilisation von Medizinprodukten',
      },
      reasons: {
        none: 'Es hat keine der medizinischen Zweckbestimmungen nach Artikel 2 Nummer 1 MDR und ist daher selbst kein Medizinprodukt.',
        medical: 'Es hat eine medizinische Zweckbestimmung nach Artikel 2 Nummer 1 MDR.',
        conception: 'Produkte zur Empfängnisregelung oder -förderung gelten ebenfalls als Medizinprodukte.',
        'device-reprocessing': 'Produkte, die speziell zur Reinigung, Desinfektion oder Sterilisation von Produkten bestimmt sind, gelten als Medizinprodukte.',
      },
    },
    ivdInformation: {
      prompt: 'Liefert die Software Informationen im Sinne der IVD-Definition?',
      help: 'Informationen aus In-vitro-Untersuchungen über einen physiologischen oder pathologischen Zustand, angeborene Beeinträchtigungen, die Prädisposition für eine Krankheit, die Verträglichkeit mit Empfängern, das Ansprechen auf eine Behandlung oder therapeutische Maßnahmen.',
      reasons: {
        yes: 'Sie liefert Informationen im Sinne der IVD-Definition, daher entscheiden ihre Datenquellen zwischen MDR und IVDR.',
        no: 'Sie liefert keine Informationen im Sinne der IVD-Definition und ist daher Medizinproduktesoftware nach der MDR.',
      },
    },
    onlyIvdData: {
      prompt: 'Beruhen diese Informationen ausschließlich auf Daten von In-vitro-Diagnostika?',
      help: 'Zum Beispiel nur Assay-Ergebnisse, Messwerte von Analysegeräten oder Sequenzierrohdaten.',
      reasons: {
        yes: 'Ihre Informationen stammen ausschließlich aus Daten von In-vitro-Diagnostika, daher ist sie IVD-Software nach der IVDR.',
        no: 'Sie nutzt auch Daten aus anderen Quellen, daher entscheidet das Gewicht der Datenquellen.',
      },
    },
    mainlyIvdData: {
      prompt: 'Wird die Zweckbestimmung wesentlich von den Daten der In-vitro-Diagnostika bestimmt?',
      help: 'Gewichten Sie jede Datenquelle nach ihrer Bedeutung für das Ergebnis: ausschlaggebende Labormarker sprechen für die IVDR, Vitalzeichen mit einem optionalen Laborwert für die MDR.',
      reasons: {
        yes: 'Ihre Zweckbestimmung wird wesentlich von Daten aus In-vitro-Diagnostika bestimmt, daher gilt die IVDR.',
        no: 'Ihre Zweckbestimmung wird wesentlich von Daten aus Medizinprodukten bestimmt, daher gilt die MDR.',
      },
    },
    inVitroExamination: {
      prompt: 'Ist das Produkt zur In-vitro-Untersuchung von Proben aus dem menschlichen Körper bestimmt, oder ist es ein Probenbehältnis?',
      help: 'Reagenzien, Kalibratoren, Kontrollmaterialien, Kits, Instrumente und Analysegeräte, die außerhalb des Körpers an Blut, Urin, Gewebe oder anderen Proben eingesetzt werden, ausschließlich oder hauptsächlich um Informationen über die Gesundheit zu gewinnen.',
      reasons: {
        yes: 'Es ist zur In-vitro-Untersuchung von Proben aus dem menschlichen Körper bestimmt und daher ein In-vitro-Diagnostikum, sofern die IVDR es nicht ausnimmt.',
        no: 'Es untersucht keine Proben in vitro, daher gilt die Definition der MDR.',
      },
    },
    ivdrExclusion: {
      prompt: 'Ist es eines der folgenden Produkte?',
      help: 'Für sie gilt die IVDR nicht (Artikel 1 Absatz 3 IVDR).',
      options: {
        none: 'Nichts davon',
        'general-laboratory-or-research': 'Ein Produkt für den allgemeinen Laborbedarf oder nur für Forschungszwecke, nicht speziell für In-vitro-Untersuchungen bestimmt',
        'invasive-sampling': 'Ein invasives Produkt zur Probenahme oder eines, das zur Probengewinnung unmittelbar am Körper angewendet wird (etwa eine Lanzette)',
        'reference-material': 'Ein international zertifiziertes Referenzmaterial',
        'external-quality-assessment': 'Material für ein externes Qualitätsbewertungsprogramm',
      },
      reasons: {
        none: 'Keine der Ausnahmen der IVDR greift, daher ist es ein In-vitro-Diagnostikum.',
        'general-laboratory-or-research': 'Produkte für den allgemeinen Laborbedarf oder nur für Forschungszwecke fallen nicht unter die IVDR, sofern sie nicht speziell für In-vitro-Untersuchungen bestimmt sind.',
        'invasive-sampling': 'Invasive Produkte zur Probenahme fallen nicht unter die IVDR; sie sind Medizinprodukte nach der MDR.',
        'reference-material': 'International zertifizierte Referenzmaterialien fallen nicht unter die IVDR.',
        'external-quality-assessment': 'Materialien für externe Qualitätsbewertungsprogramme fallen nicht unter die IVDR.',
      },
    },
    pharmacologicalAction: {
      prompt: 'Erreicht das Produkt seine bestimmungsgemäße Hauptwirkung durch pharmakologische, immunologische oder metabolische Mittel?',
      help: 'Ein Medizinprodukt wirkt hauptsächlich physikalisch; solche Mittel dürfen seine Wirkung nur unterstützen.',
      reasons: {
        yes: 'Seine Hauptwirkung ist pharmakologisch, immunologisch oder metabolisch, daher ist es ein Arzneimittel und kein Medizinprodukt.',
        no: 'Es erreicht seine Hauptwirkung nicht durch pharmakologische, immunologische oder metabolische Mittel.',
      },
    },
    mdrExclusion: {
      prompt: 'Ist das Produkt eines der folgenden?',
      help: 'Für sie gilt die MDR nicht (Artikel 1 Absatz 6 MDR). Produkte, die unter Verwendung nicht lebensfähiger Gewebe, Zellen oder Derivate hergestellt werden, bleiben Medizinprodukte.',
      options: {
        none: 'Nichts davon',
        atmp: 'Ein Arzneimittel für neuartige Therapien',
        'human-blood': 'Menschliches Blut, Blutprodukte, Plasma oder Blutzellen, oder ein Produkt, das sie enthält',
        cosmetic: 'Ein kosmetisches Mittel',
        'viable-animal-tissue': 'Lebensfähige Gewebe oder Zellen tierischen Ursprungs oder ein Produkt daraus',
        'human-tissue': 'Gewebe oder Zellen menschlichen Ursprungs nach der Richtlinie 2004/23/EG oder ein Produkt daraus',
        'viable-organisms': 'Ein Produkt, das lebensfähiges biologisches Material oder lebende Organismen (Bakterien, Pilze, Viren) für seine Zweckbestimmung enthält',
        food: 'Ein Lebensmittel',
      },
      reasons: {
        none: 'Keine der Ausnahmen nach Artikel 1 Absatz 6 MDR greift, daher ist es ein Medizinprodukt.',
        atmp: 'Arzneimittel für neuartige Therapien fallen nicht unter die MDR.',
        'human-blood': 'Menschliches Blut, Blutprodukte, Plasma und Blutzellen fallen nicht unter die MDR.',
        cosmetic: 'Kosmetische Mittel fallen nicht unter die MDR.',
        'viable-animal-tissue': 'Lebensfähige Gewebe oder Zellen tierischen Ursprungs fallen nicht unter die MDR.',
        'human-tissue': 'Gewebe und Zellen menschlichen Ursprungs nach der Richtlinie 2004/23/EG fallen nicht unter die MDR.',
        'viable-organisms': 'Produkte, die auf lebensfähigem biologischem Material oder lebenden Organismen beruhen, fallen nicht unter die MDR.',
        food: 'Lebensmittel fallen nicht unter die MDR.',
      },
    },
    accessoryFor: {
      prompt: 'Ist das Produkt dazu bestimmt, mit bestimmten Produkten verwendet zu werden, damit diese bestimmungsgemäß eingesetzt werden können, oder um deren medizinische Funktion unmittelbar zu unterstützen?',
      help: 'Zubehör ist selbst kein Medizinprodukt, etwa ein eigenes Ladegerät oder ein Reinigungsadapter für ein bestimmtes Gerät.',
      options: { none: 'Nein', 'medical-device': 'Ja, mit bestimmten Medizinprodukten', ivd: 'Ja, mit bestimmten In-vitro-Diagnostika' },
      reasons: {
        none: 'Es ist nicht für bestimmte Produkte gemacht und daher kein Zubehör.',
        'medical-device': 'Es ermöglicht oder unterstützt unmittelbar bestimmte Medizinprodukte und ist daher Zubehör nach der MDR.',
        ivd: 'Es ermöglicht oder unterstützt unmittelbar bestimmte In-vitro-Diagnostika und ist daher Zubehör nach der IVDR.',
      },
    },
    annexXvi: {
      prompt: 'Gehört das Produkt zu einer der in Anhang XVI der MDR aufgeführten Gruppen?',
      help: 'Kontaktlinsen ohne Korrektur, Implantate zur ästhetischen Veränderung, Dermalfiller, Geräte zur Fettabsaugung oder Lipolyse, Geräte mit energiereichem Licht oder Laser zur Hautbehandlung oder Haarentfernung, Geräte zur Hirnstimulation.',
      reasons: {
        yes: 'Es ist ein Produkt nach Anhang XVI ohne medizinische Zweckbestimmung, daher gilt die MDR für es.',
        no: 'Es hat keine medizinische Zweckbestimmung, ist kein Zubehör und nicht in Anhang XVI aufgeführt, daher gilt keine der beiden Verordnungen.',
      },
    },
  },
  outcomes: {
    'medical-device': 'Medizinprodukt (MDR)',
    ivd: 'In-vitro-Diagnostikum (IVDR)',
    'accessory-mdr': 'Zubehör eines Medizinprodukts (MDR)',
    'accessory-ivdr': 'Zubehör eines In-vitro-Diagnostikums (IVDR)',
    'annex-xvi': 'Produkt ohne medizinische Zweckbestimmung nach Anhang XVI der MDR',
    'not-a-device': 'Kein Medizinprodukt',
    excluded: 'Nicht im Anwendungsbereich der Verordnung',
  },
} satisfies QualificationTexts;
