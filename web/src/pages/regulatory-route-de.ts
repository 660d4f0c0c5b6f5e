// The engine's conformity routes, consultations and obligations (English) in German.
import { at, type EnginePattern } from './regulatory-words.ts';

export const ROUTE_DE: Readonly<Record<string, string>> = {
  'EU declaration of conformity without a notified body':
    'EU-Konformitätserklärung ohne Benannte Stelle',
  'Technical documentation (Annexes II and III) and EU declaration of conformity (Art. 19)':
    'Technische Dokumentation (Anhänge II und III) und EU-Konformitätserklärung (Art. 19)',
  'Quality management system':
    'Qualitätsmanagementsystem',
  'Run a quality management system proportionate to the risk class and type of device, covering design, production, risk management, clinical evaluation, post-market surveillance and vigilance.':
    'Betreiben Sie ein Qualitätsmanagementsystem, angemessen für Risikoklasse und Art des Produkts, das Auslegung, Herstellung, Risikomanagement, klinische Bewertung, Überwachung nach dem Inverkehrbringen und Vigilanz umfasst.',
  'Person responsible for regulatory compliance (PRRC)':
    'Für die Einhaltung der Regulierungsvorschriften verantwortliche Person (PRRC)',
  'Have at least one person responsible for regulatory compliance with a relevant degree and one year of regulatory or QMS experience, or four years of such experience. Micro and small enterprises may instead have such a person permanently and continuously at their disposal (e.g. an external consultant).':
    'Beschäftigen Sie mindestens eine für die Einhaltung der Regulierungsvorschriften verantwortliche Person mit einschlägigem Abschluss und einem Jahr Berufserfahrung in Regulierungsfragen oder Qualitätsmanagement, oder mit vier Jahren solcher Erfahrung. Kleinst- und Kleinunternehmen genügt es, eine solche Person dauerhaft und ständig zur Verfügung zu haben (etwa eine externe Beraterin).',
  'Technical documentation':
    'Technische Dokumentation',
  'Draw up and keep up to date the technical documentation of Annex II and the post-market surveillance documentation of Annex III (see the documentation plan).':
    'Erstellen Sie die technische Dokumentation nach Anhang II und die Dokumentation über die Überwachung nach dem Inverkehrbringen nach Anhang III und halten Sie sie aktuell (siehe den Dokumentationsplan).',
  'Clinical evaluation':
    'Klinische Bewertung',
  'Every device needs a clinical evaluation: plan it, base it on clinical data giving sufficient clinical evidence, document it in a clinical evaluation report and update it with post-market clinical follow-up data.':
    'Jedes Produkt braucht eine klinische Bewertung: planen Sie sie, stützen Sie sie auf klinische Daten mit ausreichendem klinischem Nachweis, dokumentieren Sie sie in einem Bericht über die klinische Bewertung und aktualisieren Sie sie mit Daten aus der klinischen Nachbeobachtung nach dem Inverkehrbringen.',
  'EUDAMED registration of the manufacturer (SRN)':
    'Registrierung des Herstellers in EUDAMED (SRN)',
  'Register as manufacturer in EUDAMED and obtain the single registration number (SRN) before placing a device on the market, and before applying to a notified body where one is involved; confirm the data after one year and every second year.':
    'Registrieren Sie sich als Hersteller in EUDAMED und erhalten Sie die einmalige Registrierungsnummer (SRN), bevor Sie ein Produkt in Verkehr bringen, und bevor Sie eine Benannte Stelle beauftragen, wo eine beteiligt ist; bestätigen Sie die Angaben nach einem Jahr und danach alle zwei Jahre.',
  'Unique Device Identification (UDI)':
    'Einmalige Produktkennung (UDI)',
  'EUDAMED device registration (Basic UDI-DI)':
    'Produktregistrierung in EUDAMED (Basis-UDI-DI)',
  'Assign the Basic UDI-DI and submit it with the core device data to the UDI database before placing the device on the market. Then enter the device registration data in EUDAMED and keep them updated.':
    'Vergeben Sie die Basis-UDI-DI und übermitteln Sie sie mit den Kerndaten des Produkts an die UDI-Datenbank, bevor Sie das Produkt in Verkehr bringen. Tragen Sie danach die Registrierungsdaten des Produkts in EUDAMED ein und halten Sie sie aktuell.',
  'EU declaration of conformity':
    'EU-Konformitätserklärung',
  'Draw up and keep updated the EU declaration of conformity with the content of Annex IV, including the Basic UDI-DI, translated as the Member States require.':
    'Erstellen Sie die EU-Konformitätserklärung mit dem Inhalt nach Anhang IV, einschließlich der Basis-UDI-DI, übersetzt wie die Mitgliedstaaten es verlangen, und halten Sie sie aktuell.',
  'CE marking':
    'CE-Kennzeichnung',
  'Affix the CE marking (without a notified body number, as no notified body is involved) on the device or its packaging, the instructions for use and sales packaging.':
    'Bringen Sie die CE-Kennzeichnung (ohne Kennnummer einer Benannten Stelle, da keine beteiligt ist) auf dem Produkt oder seiner Verpackung, auf der Gebrauchsanweisung und auf der Handelsverpackung an.',
  'Post-market surveillance system and plan':
    'System und Plan zur Überwachung nach dem Inverkehrbringen',
  'Plan and run a post-market surveillance system for the device, based on a post-market surveillance plan that is part of the technical documentation (Annex III).':
    'Planen und betreiben Sie ein System zur Überwachung nach dem Inverkehrbringen für das Produkt, gestützt auf einen Plan zur Überwachung nach dem Inverkehrbringen, der Teil der technischen Dokumentation ist (Anhang III).',
  'Post-market surveillance report':
    'Bericht über die Überwachung nach dem Inverkehrbringen',
  'Class I: summarise the post-market surveillance results and any preventive and corrective actions in a report, update it when necessary and give it to the competent authority on request.':
    'Klasse I: Fassen Sie die Ergebnisse der Überwachung nach dem Inverkehrbringen und etwaige Präventiv- und Korrekturmaßnahmen in einem Bericht zusammen, aktualisieren Sie ihn bei Bedarf und legen Sie ihn der zuständigen Behörde auf Anfrage vor.',
  'Vigilance: serious incidents and field safety corrective actions':
    'Vigilanz: schwerwiegende Vorkommnisse und Sicherheitskorrekturmaßnahmen im Feld',
  'Report serious incidents and field safety corrective actions to the competent authorities, and trends of non-serious incidents (Art. 88).':
    'Melden Sie schwerwiegende Vorkommnisse und Sicherheitskorrekturmaßnahmen im Feld den zuständigen Behörden, ebenso Trends bei nicht schwerwiegenden Vorkommnissen (Art. 88).',
  'Quality management system with sampled technical documentation assessment':
    'Qualitätsmanagementsystem mit stichprobenartiger Bewertung der technischen Dokumentation',
  'Annex IX, Chapters I and III, with Section 4 assessment per generic device group':
    'Anhang IX, Kapitel I und III, mit Bewertung nach Abschnitt 4 je generischer Produktgruppe',
  'Audits the quality management system, then keeps it under surveillance (audits at least every 12 months, unannounced on-site audits at least every five years).':
    'Auditiert das Qualitätsmanagementsystem und überwacht es danach (Audits mindestens alle 12 Monate, unangekündigte Vor-Ort-Audits mindestens alle fünf Jahre).',
  'Assesses the technical documentation of at least one representative device per generic device group.':
    'Bewertet die technische Dokumentation mindestens eines repräsentativen Produkts je generischer Produktgruppe.',
  'Type examination with production conformity verification':
    'Baumusterprüfung mit Überprüfung der Produktionskonformität',
  'Annex X with Annex XI (Part A or Part B)':
    'Anhang X mit Anhang XI (Teil A oder Teil B)',
  'Examines the technical documentation and a representative sample of the planned production (the type) and issues an EU type-examination certificate.':
    'Prüft die technische Dokumentation und ein repräsentatives Muster der geplanten Produktion (das Baumuster) und stellt eine EU-Baumusterprüfbescheinigung aus.',
  'Verifies that production conforms to the examined type: either by auditing production quality assurance (Annex XI Part A) or by product verification of the manufactured devices (Annex XI Part B).':
    'Überprüft, dass die Produktion dem geprüften Baumuster entspricht: entweder durch ein Audit der Qualitätssicherung der Produktion (Anhang XI Teil A) oder durch Prüfung der hergestellten Produkte (Anhang XI Teil B).',
  'Assign the Basic UDI-DI and submit it with the core device data to the UDI database before placing the device on the market; if you choose Annex X type examination: Assign the Basic UDI-DI before applying to the notified body (Art. 29(3)); after the certificate and before placing on the market, submit it with the core data to the UDI database. Then enter the device registration data in EUDAMED and keep them updated.':
    'Vergeben Sie die Basis-UDI-DI und übermitteln Sie sie mit den Kerndaten des Produkts an die UDI-Datenbank, bevor Sie das Produkt in Verkehr bringen; wenn Sie die Baumusterprüfung nach Anhang X wählen: Vergeben Sie die Basis-UDI-DI, bevor Sie die Benannte Stelle beauftragen (Art. 29 Abs. 3); übermitteln Sie sie nach der Bescheinigung und vor dem Inverkehrbringen mit den Kerndaten an die UDI-Datenbank. Tragen Sie danach die Registrierungsdaten des Produkts in EUDAMED ein und halten Sie sie aktuell.',
  'CE marking with the notified body number':
    'CE-Kennzeichnung mit der Kennnummer der Benannten Stelle',
  'Affix the CE marking followed by the identification number of your notified body, on the device or its sterile packaging, the instructions for use and sales packaging, and in promotional material.':
    'Bringen Sie die CE-Kennzeichnung mit der Kennnummer Ihrer Benannten Stelle auf dem Produkt oder seiner Sterilverpackung, auf der Gebrauchsanweisung, auf der Handelsverpackung und in Werbematerial an.',
  'Periodic safety update report (PSUR)':
    'Regelmäßig aktualisierter Bericht über die Sicherheit (PSUR)',
  'Class IIb: update the PSUR (benefit-risk conclusions, main PMCF findings, sales volume and user population) at least annually; make it available to the notified body and, on request, to competent authorities.':
    'Klasse IIb: Aktualisieren Sie den PSUR (Schlussfolgerungen zum Nutzen-Risiko-Verhältnis, wichtigste Ergebnisse der klinischen Nachbeobachtung, Absatzmenge und Anwenderpopulation) mindestens jährlich; stellen Sie ihn der Benannten Stelle und auf Anfrage den zuständigen Behörden zur Verfügung.',
  'Quality management system and technical documentation assessment':
    'Bewertung des Qualitätsmanagementsystems und der technischen Dokumentation',
  'Annex IX, Chapters I, II and III':
    'Anhang IX, Kapitel I, II und III',
  'Assesses the technical documentation of every device and issues an EU technical documentation assessment certificate.':
    'Bewertet die technische Dokumentation jedes Produkts und stellt eine EU-Bescheinigung über die Bewertung der technischen Dokumentation aus.',
  'Clinical investigation':
    'Klinische Prüfung',
  'For implantable and class III devices clinical investigations are required. Exceptions: a modification of your own marketed device shown equivalent, with the notified body\'s endorsement (Art. 61(4)); equivalence to another manufacturer\'s device under a contract giving full access to its technical documentation (Art. 61(5)); devices lawfully marketed under the old Directives with sufficient clinical data, and sutures, staples, dental fillings, braces, crowns, screws, wedges, plates, wires, pins, clips or connectors (Art. 61(6)).':
    'Für implantierbare Produkte und Produkte der Klasse III sind klinische Prüfungen erforderlich. Ausnahmen: eine als gleichartig nachgewiesene Änderung Ihres eigenen, bereits vermarkteten Produkts mit Zustimmung der Benannten Stelle (Art. 61 Abs. 4); Gleichartigkeit mit dem Produkt eines anderen Herstellers bei vertraglich vollem Zugang zu dessen technischer Dokumentation (Art. 61 Abs. 5); nach den früheren Richtlinien rechtmäßig vermarktete Produkte mit ausreichenden klinischen Daten sowie Nahtmaterial, Klammern, Zahnfüllungen, Zahnspangen, Zahnkronen, Schrauben, Keile, Platten, Drähte, Stifte, Clips oder Verbindungsstücke (Art. 61 Abs. 6).',
  'Optional: expert panel advice on the clinical development strategy':
    'Freiwillig: Beratung durch ein Expertengremium zur klinischen Entwicklungsstrategie',
  'Before the clinical evaluation or investigation you may ask an expert panel to review your clinical development strategy and investigation proposals; document how you took its views into account.':
    'Vor der klinischen Bewertung oder Prüfung können Sie ein Expertengremium bitten, Ihre klinische Entwicklungsstrategie und Ihre Vorschläge für klinische Prüfungen zu begutachten; dokumentieren Sie, wie Sie dessen Standpunkte berücksichtigt haben.',
  'Summary of safety and clinical performance (SSCP)':
    'Kurzbericht über Sicherheit und klinische Leistung (SSCP)',
  'Write a summary of safety and clinical performance for the intended user (and the patient where relevant); the notified body validates it and publishes it in EUDAMED; the label or instructions for use say where it is.':
    'Verfassen Sie einen Kurzbericht über Sicherheit und klinische Leistung für den vorgesehenen Anwender (und gegebenenfalls den Patienten); die Benannte Stelle validiert ihn und veröffentlicht ihn in EUDAMED; Kennzeichnung oder Gebrauchsanweisung geben an, wo er zu finden ist.',
  'Assign the Basic UDI-DI before applying to the notified body (Art. 29(3)); after the certificate and before placing on the market, submit it with the core data to the UDI database. Then enter the device registration data in EUDAMED and keep them updated.':
    'Vergeben Sie die Basis-UDI-DI, bevor Sie die Benannte Stelle beauftragen (Art. 29 Abs. 3); übermitteln Sie sie nach der Bescheinigung und vor dem Inverkehrbringen mit den Kerndaten an die UDI-Datenbank. Tragen Sie danach die Registrierungsdaten des Produkts in EUDAMED ein und halten Sie sie aktuell.',
  'Class III or implantable: update the PSUR (benefit-risk conclusions, main PMCF findings, sales volume and user population) at least annually; submit it through EUDAMED to the notified body, which adds its evaluation (Art. 86(2)). A class IIa implant updates it at least every two years.':
    'Klasse III oder implantierbar: Aktualisieren Sie den PSUR (Schlussfolgerungen zum Nutzen-Risiko-Verhältnis, wichtigste Ergebnisse der klinischen Nachbeobachtung, Absatzmenge und Anwenderpopulation) mindestens jährlich; übermitteln Sie ihn über EUDAMED an die Benannte Stelle, die ihre Bewertung hinzufügt (Art. 86 Abs. 2). Ein Implantat der Klasse IIa aktualisiert ihn mindestens alle zwei Jahre.',
  'Annex IX, Chapters I and III, with Section 4 assessment per category of devices':
    'Anhang IX, Kapitel I und III, mit Bewertung nach Abschnitt 4 je Produktkategorie',
  'Assesses the technical documentation of at least one representative device per category of devices.':
    'Bewertet die technische Dokumentation mindestens eines repräsentativen Produkts je Produktkategorie.',
  'Technical documentation with production conformity verification':
    'Technische Dokumentation mit Überprüfung der Produktionskonformität',
  'Annexes II and III with Annex XI Section 10 (Part A) or Section 18 (Part B)':
    'Anhänge II und III mit Anhang XI Abschnitt 10 (Teil A) oder Abschnitt 18 (Teil B)',
  'Verifies that production conforms to the technical documentation: either by auditing production quality assurance (Annex XI Section 10, Part A) or by product verification of the manufactured devices (Annex XI Section 18, Part B).':
    'Überprüft, dass die Produktion der technischen Dokumentation entspricht: entweder durch ein Audit der Qualitätssicherung der Produktion (Anhang XI Abschnitt 10, Teil A) oder durch Prüfung der hergestellten Produkte (Anhang XI Abschnitt 18, Teil B).',
  'Class IIa: update the PSUR (benefit-risk conclusions, main PMCF findings, sales volume and user population) when necessary and at least every two years; make it available to the notified body and, on request, to competent authorities.':
    'Klasse IIa: Aktualisieren Sie den PSUR (Schlussfolgerungen zum Nutzen-Risiko-Verhältnis, wichtigste Ergebnisse der klinischen Nachbeobachtung, Absatzmenge und Anwenderpopulation) bei Bedarf, mindestens aber alle zwei Jahre; stellen Sie ihn der Benannten Stelle und auf Anfrage den zuständigen Behörden zur Verfügung.',
  'Quality management system, notified body limited to the class I qualifiers':
    'Qualitätsmanagementsystem, Benannte Stelle nur für die Zusatzmerkmale der Klasse I',
  'Annex IX, Chapters I and III':
    'Anhang IX, Kapitel I und III',
  'Only the aspects relating to reuse: cleaning, disinfection, sterilisation, maintenance, functional testing and the related instructions for use.':
    'Nur die Aspekte der Wiederverwendung: Reinigung, Desinfektion, Sterilisation, Wartung, Funktionsprüfung und die zugehörige Gebrauchsanweisung.',
  'Production quality assurance, notified body limited to the class I qualifiers':
    'Qualitätssicherung der Produktion, Benannte Stelle nur für die Zusatzmerkmale der Klasse I',
  'Annex XI, Part A':
    'Anhang XI, Teil A',
  'Clinical evaluation consultation procedure (expert panel)':
    'Konsultationsverfahren zur klinischen Bewertung (Expertengremium)',
  'The notified body sends its clinical evaluation assessment report, with your clinical evaluation documentation, through the Commission to an expert panel, which may give a scientific opinion within 60 days (Annex IX Section 5.1). Not required on certificate renewal, for a modification of your own marketed device that does not adversely affect the benefit-risk ratio, or where a common specification covers the clinical evaluation (Art. 54(2)).':
    'Die Benannte Stelle übermittelt ihren Bericht über die Begutachtung der klinischen Bewertung mit Ihrer Dokumentation zur klinischen Bewertung über die Kommission an ein Expertengremium, das innerhalb von 60 Tagen ein wissenschaftliches Gutachten abgeben kann (Anhang IX Abschnitt 5.1). Nicht erforderlich bei der Erneuerung einer Bescheinigung, bei einer Änderung Ihres eigenen vermarkteten Produkts, die das Nutzen-Risiko-Verhältnis nicht beeinträchtigt, oder wenn eine gemeinsame Spezifikation die klinische Bewertung abdeckt (Art. 54 Abs. 2).',
  'Consultation on the ancillary medicinal substance':
    'Konsultation zum Arzneimittel als ergänzendem Bestandteil',
  'The quality, safety and usefulness of the substance are verified by analogy with Annex I to Directive 2001/83/EC; before certifying, the notified body seeks a scientific opinion from a medicines competent authority or the EMA (the EMA for a substance derived from human blood or plasma), due within 210 days. An unfavourable opinion blocks the certificate. For human blood or plasma derivatives each batch release is also notified (Annex IX Section 6).':
    'Qualität, Sicherheit und Nutzen des Stoffes werden entsprechend Anhang I der Richtlinie 2001/83/EG überprüft; vor der Bescheinigung holt die Benannte Stelle ein wissenschaftliches Gutachten einer für Arzneimittel zuständigen Behörde oder der EMA ein (der EMA bei einem aus menschlichem Blut oder Plasma gewonnenen Stoff), das innerhalb von 210 Tagen vorliegen muss. Ein ablehnendes Gutachten verhindert die Bescheinigung. Bei Derivaten aus menschlichem Blut oder Plasma wird zudem jede Chargenfreigabe gemeldet (Anhang IX Abschnitt 6).',
  'Implant card and patient information':
    'Implantationsausweis und Patienteninformation',
  'Deliver an implant card with the device (device name, serial or lot number, UDI, model, manufacturer) and patient information on warnings, lifetime and follow-up. Exempt: sutures, staples, dental fillings, dental braces, tooth crowns, screws, wedges, plates, wires, pins, clips and connectors (Art. 18(3)).':
    'Liefern Sie mit dem Produkt einen Implantationsausweis (Produktname, Serien- oder Losnummer, UDI, Modell, Hersteller) und Patienteninformationen zu Warnhinweisen, Lebensdauer und Nachsorge. Ausgenommen: Nahtmaterial, Klammern, Zahnfüllungen, Zahnspangen, Zahnkronen, Schrauben, Keile, Platten, Drähte, Stifte, Clips und Verbindungsstücke (Art. 18 Abs. 3).',
  'Annex IX, Chapters I and III, with Section 4 assessment of every device':
    'Anhang IX, Kapitel I und III, mit Bewertung nach Abschnitt 4 für jedes Produkt',
  'Verification of a substance-based device against medicinal product requirements':
    'Überprüfung eines Produkts aus Stoffen anhand der Anforderungen an Arzneimittel',
  'Absorption, distribution, metabolism, excretion, local tolerance, toxicity, interactions and adverse reactions are verified, where not covered by the MDR, against Annex I to Directive 2001/83/EC.':
    'Aufnahme, Verteilung, Verstoffwechselung, Ausscheidung, lokale Verträglichkeit, Toxizität, Wechselwirkungen und Nebenwirkungen werden, soweit die MDR sie nicht abdeckt, anhand von Anhang I der Richtlinie 2001/83/EG überprüft.',
  'Only the conformity of the device with the metrological requirements.':
    'Nur die Übereinstimmung des Produkts mit den messtechnischen Anforderungen.',
  'Annex IX, Chapters I, II (except Section 5) and III':
    'Anhang IX, Kapitel I, II (außer Abschnitt 5) und III',
  'Receives the test reports of every manufactured batch and samples; the batch may be placed on the market unless the notified body decides otherwise within 30 days (Annex IX Sections 4.12-4.13).':
    'Erhält die Prüfberichte jeder hergestellten Charge und Proben; die Charge darf in Verkehr gebracht werden, wenn die Benannte Stelle nicht innerhalb von 30 Tagen anders entscheidet (Anhang IX Abschnitte 4.12–4.13).',
  'Annex X with Annex XI':
    'Anhang X mit Anhang XI',
  'Audits production quality assurance so that manufactured devices conform to the examined type (Annex XI).':
    'Auditiert die Qualitätssicherung der Produktion, damit die hergestellten Produkte dem geprüften Baumuster entsprechen (Anhang XI).',
  'Performance verification by an EU reference laboratory':
    'Leistungsüberprüfung durch ein EU-Referenzlabor',
  'Where an EU reference laboratory is designated for the device, it verifies the claimed performance and the compliance with common specifications by laboratory testing (scientific opinion within 60 days) and later tests samples of manufactured batches.':
    'Ist für das Produkt ein EU-Referenzlabor benannt, überprüft es durch Laboruntersuchungen die angegebene Leistung und die Einhaltung gemeinsamer Spezifikationen (wissenschaftliches Gutachten innerhalb von 60 Tagen) und prüft später Proben hergestellter Chargen.',
  'Expert panel views on the performance evaluation report':
    'Standpunkte des Expertengremiums zum Leistungsbewertungsbericht',
  'Where no common specifications exist and it is the first certification for that type of device, the notified body sends your performance evaluation report to the expert panel within five days.':
    'Gibt es keine gemeinsamen Spezifikationen und ist es die erste Bescheinigung für diese Art von Produkt, übermittelt die Benannte Stelle Ihren Leistungsbewertungsbericht innerhalb von fünf Tagen an das Expertengremium.',
  'Run a quality management system proportionate to the risk class and type of device, covering design, production, risk management, performance evaluation, post-market surveillance and vigilance.':
    'Betreiben Sie ein Qualitätsmanagementsystem, angemessen für Risikoklasse und Art des Produkts, das Auslegung, Herstellung, Risikomanagement, Leistungsbewertung, Überwachung nach dem Inverkehrbringen und Vigilanz umfasst.',
  'Have at least one person responsible for regulatory compliance with a relevant degree and one year of regulatory or QMS experience with IVDs, or four years of such experience. Micro and small enterprises may instead have such a person permanently and continuously at their disposal (e.g. an external consultant).':
    'Beschäftigen Sie mindestens eine für die Einhaltung der Regulierungsvorschriften verantwortliche Person mit einschlägigem Abschluss und einem Jahr Berufserfahrung mit In-vitro-Diagnostika in Regulierungsfragen oder Qualitätsmanagement, oder mit vier Jahren solcher Erfahrung. Kleinst- und Kleinunternehmen genügt es, eine solche Person dauerhaft und ständig zur Verfügung zu haben (etwa eine externe Beraterin).',
  'Performance evaluation':
    'Leistungsbewertung',
  'Every device needs a performance evaluation demonstrating scientific validity, analytical performance and clinical performance, documented in a performance evaluation report and kept up to date with post-market performance follow-up (PMPF) data. Class C and D: update the performance evaluation report when necessary, but at least annually (Art. 56(6)).':
    'Jedes Produkt braucht eine Leistungsbewertung, die wissenschaftliche Validität, Analyseleistung und klinische Leistung belegt, dokumentiert in einem Leistungsbewertungsbericht und aktuell gehalten mit Daten aus der Nachbeobachtung der Leistung nach dem Inverkehrbringen (PMPF). Klassen C und D: Aktualisieren Sie den Leistungsbewertungsbericht bei Bedarf, mindestens aber jährlich (Art. 56 Abs. 6).',
  'Clinical performance studies':
    'Klinische Leistungsstudien',
  'Carry out clinical performance studies (Annex XIII Part A Section 2) unless you can duly justify relying on other sources of clinical performance data.':
    'Führen Sie klinische Leistungsstudien durch (Anhang XIII Teil A Abschnitt 2), sofern Sie nicht hinreichend begründen können, sich auf andere Quellen klinischer Leistungsdaten zu stützen.',
  'Summary of safety and performance (SSP)':
    'Kurzbericht über Sicherheit und Leistung (SSP)',
  'Write a summary of safety and performance for the intended user (and the patient where relevant); the notified body validates it and publishes it in EUDAMED; the label or instructions for use say where it is.':
    'Verfassen Sie einen Kurzbericht über Sicherheit und Leistung für den vorgesehenen Anwender (und gegebenenfalls den Patienten); die Benannte Stelle validiert ihn und veröffentlicht ihn in EUDAMED; Kennzeichnung oder Gebrauchsanweisung geben an, wo er zu finden ist.',
  'Assign the Basic UDI-DI before applying to the notified body (Art. 26(2)); after the certificate and before placing on the market, submit it with the core data to the UDI database. Then enter the device registration data in EUDAMED and keep them updated.':
    'Vergeben Sie die Basis-UDI-DI, bevor Sie die Benannte Stelle beauftragen (Art. 26 Abs. 2); übermitteln Sie sie nach der Bescheinigung und vor dem Inverkehrbringen mit den Kerndaten an die UDI-Datenbank. Tragen Sie danach die Registrierungsdaten des Produkts in EUDAMED ein und halten Sie sie aktuell.',
  'Class D: update the PSUR (benefit-risk conclusions, main PMPF findings, sales volume and user population) at least annually; submit it through EUDAMED to the notified body, which adds its evaluation.':
    'Klasse D: Aktualisieren Sie den PSUR (Schlussfolgerungen zum Nutzen-Risiko-Verhältnis, wichtigste Ergebnisse der Nachbeobachtung der Leistung, Absatzmenge und Anwenderpopulation) mindestens jährlich; übermitteln Sie ihn über EUDAMED an die Benannte Stelle, die ihre Bewertung hinzufügt.',
  'Report serious incidents and field safety corrective actions to the competent authorities, and trends of non-serious incidents and expected erroneous results (Art. 83).':
    'Melden Sie schwerwiegende Vorkommnisse und Sicherheitskorrekturmaßnahmen im Feld den zuständigen Behörden, ebenso Trends bei nicht schwerwiegenden Vorkommnissen und erwarteten fehlerhaften Ergebnissen (Art. 83).',
  'Annex IX, Chapters I and III, with Sections 4.4-4.8 per generic device group':
    'Anhang IX, Kapitel I und III, mit den Abschnitten 4.4–4.8 je generischer Produktgruppe',
  'Annex X with Annex XI except its Section 5':
    'Anhang X mit Anhang XI außer dessen Abschnitt 5',
  'Assign the Basic UDI-DI and submit it with the core device data to the UDI database before placing the device on the market; if you choose Annex X type examination: Assign the Basic UDI-DI before applying to the notified body (Art. 26(2)); after the certificate and before placing on the market, submit it with the core data to the UDI database. Then enter the device registration data in EUDAMED and keep them updated.':
    'Vergeben Sie die Basis-UDI-DI und übermitteln Sie sie mit den Kerndaten des Produkts an die UDI-Datenbank, bevor Sie das Produkt in Verkehr bringen; wenn Sie die Baumusterprüfung nach Anhang X wählen: Vergeben Sie die Basis-UDI-DI, bevor Sie die Benannte Stelle beauftragen (Art. 26 Abs. 2); übermitteln Sie sie nach der Bescheinigung und vor dem Inverkehrbringen mit den Kerndaten an die UDI-Datenbank. Tragen Sie danach die Registrierungsdaten des Produkts in EUDAMED ein und halten Sie sie aktuell.',
  'Class C: update the PSUR (benefit-risk conclusions, main PMPF findings, sales volume and user population) at least annually; make it available to the notified body and, on request, to competent authorities (Art. 81(3)).':
    'Klasse C: Aktualisieren Sie den PSUR (Schlussfolgerungen zum Nutzen-Risiko-Verhältnis, wichtigste Ergebnisse der Nachbeobachtung der Leistung, Absatzmenge und Anwenderpopulation) mindestens jährlich; stellen Sie ihn der Benannten Stelle und auf Anfrage den zuständigen Behörden zur Verfügung (Art. 81 Abs. 3).',
  'Annex IX, Chapters I and III, with Sections 4.1-4.8 and 5.2 for every device':
    'Anhang IX, Kapitel I und III, mit den Abschnitten 4.1–4.8 und 5.2 für jedes Produkt',
  'Consultation on the companion diagnostic':
    'Konsultation zum therapiebegleitenden Diagnostikum',
  'Before certifying, the notified body seeks a scientific opinion from a medicines competent authority or the EMA on the suitability of the device in relation to the medicinal product, based on the draft summary of safety and performance and instructions for use (60 days, extendable once by 60 days).':
    'Vor der Bescheinigung holt die Benannte Stelle ein wissenschaftliches Gutachten einer für Arzneimittel zuständigen Behörde oder der EMA zur Eignung des Produkts in Bezug auf das Arzneimittel ein, gestützt auf den Entwurf des Kurzberichts über Sicherheit und Leistung und der Gebrauchsanweisung (60 Tage, einmal um 60 Tage verlängerbar).',
  'Technical documentation assessment for self-testing and near-patient testing':
    'Bewertung der technischen Dokumentation für Eigenanwendung und patientennahe Tests',
  'You lodge a separate application for the assessment of the technical documentation, with test reports including studies with intended users, data on the suitability for self-testing or near-patient testing, and the label and instructions for use; the notified body issues an EU technical documentation assessment certificate.':
    'Sie stellen einen gesonderten Antrag auf Bewertung der technischen Dokumentation, mit Prüfberichten einschließlich Studien mit vorgesehenen Anwendern, Daten zur Eignung für die Eigenanwendung oder patientennahe Tests sowie Kennzeichnung und Gebrauchsanweisung; die Benannte Stelle stellt eine EU-Bescheinigung über die Bewertung der technischen Dokumentation aus.',
  'Annex IX, Chapters I and III, with Sections 4.4-4.8 per category of devices':
    'Anhang IX, Kapitel I und III, mit den Abschnitten 4.4–4.8 je Produktkategorie',
  'Every device needs a performance evaluation demonstrating scientific validity, analytical performance and clinical performance, documented in a performance evaluation report and kept up to date with post-market performance follow-up (PMPF) data.':
    'Jedes Produkt braucht eine Leistungsbewertung, die wissenschaftliche Validität, Analyseleistung und klinische Leistung belegt, dokumentiert in einem Leistungsbewertungsbericht und aktuell gehalten mit Daten aus der Nachbeobachtung der Leistung nach dem Inverkehrbringen (PMPF).',
  'Class A and B: summarise the post-market surveillance results and any preventive and corrective actions in a report, update it when necessary and give it to the notified body and the competent authority on request.':
    'Klassen A und B: Fassen Sie die Ergebnisse der Überwachung nach dem Inverkehrbringen und etwaige Präventiv- und Korrekturmaßnahmen in einem Bericht zusammen, aktualisieren Sie ihn bei Bedarf und legen Sie ihn der Benannten Stelle und der zuständigen Behörde auf Anfrage vor.',
  'Technical documentation (Annexes II and III) and EU declaration of conformity (Art. 17)':
    'Technische Dokumentation (Anhänge II und III) und EU-Konformitätserklärung (Art. 17)',
  'Procedure for tissues of animal origin (Regulation (EU) No 722/2012)':
    'Verfahren für Gewebe tierischen Ursprungs (Verordnung (EU) Nr. 722/2012)',
  'For animal tissue rendered non-viable or non-viable products derived from it, the notified body applies Regulation (EU) No 722/2012 (TSE risk management, sourcing and the competent-authority summary evaluation procedure).':
    'Bei nicht lebensfähig gemachtem tierischem Gewebe oder daraus gewonnenen nicht lebensfähigen Erzeugnissen wendet die Benannte Stelle die Verordnung (EU) Nr. 722/2012 an (TSE-Risikomanagement, Beschaffung und das zusammenfassende Bewertungsverfahren der zuständigen Behörden).',
  'Consultation on tissues or cells of human origin':
    'Konsultation zu Geweben oder Zellen menschlichen Ursprungs',
  'Before certifying, the notified body seeks a scientific opinion from a human tissues and cells competent authority (Directive 2004/23/EC) on donation, procurement and testing, due within 120 days. An unfavourable opinion blocks the certificate.':
    'Vor der Bescheinigung holt die Benannte Stelle ein wissenschaftliches Gutachten einer für menschliche Gewebe und Zellen zuständigen Behörde (Richtlinie 2004/23/EG) zu Spende, Beschaffung und Testung ein, das innerhalb von 120 Tagen vorliegen muss. Ein ablehnendes Gutachten verhindert die Bescheinigung.',
  'Consultation on a systemically absorbed substance-based device':
    'Konsultation zu einem systemisch aufgenommenen Produkt aus Stoffen',
  'Because the device or its metabolites are systemically absorbed to achieve the intended purpose, the notified body seeks a scientific opinion from a medicines competent authority or the EMA, due within 150 days.':
    'Da das Produkt oder seine Metaboliten zur Erfüllung der Zweckbestimmung systemisch aufgenommen werden, holt die Benannte Stelle ein wissenschaftliches Gutachten einer für Arzneimittel zuständigen Behörde oder der EMA ein, das innerhalb von 150 Tagen vorliegen muss.',
  'Only the aspects relating to establishing, securing and maintaining sterile conditions.':
    'Nur die Aspekte der Herstellung, Sicherung und Aufrechterhaltung steriler Bedingungen.',
  'Quality management system, notified body limited to sterility':
    'Qualitätsmanagementsystem, Benannte Stelle nur für die Sterilität',
  'Annex IX':
    'Anhang IX',
  'Production quality assurance, notified body limited to sterility':
    'Qualitätssicherung der Produktion, Benannte Stelle nur für die Sterilität',
  'Annex XI':
    'Anhang XI',
};

const UDI_CLASSES: Record<string, string> = {
  'class I devices': 'Produkte der Klasse I',
  'class IIa and IIb devices': 'Produkte der Klassen IIa und IIb',
  'implantable and class III devices': 'implantierbare Produkte und Produkte der Klasse III',
  'class D devices': 'Produkte der Klasse D',
  'class B and C devices': 'Produkte der Klassen B und C',
  'class A devices': 'Produkte der Klasse A',
};

/** The UDI obligation, whose dates, classes and reusable-device note vary (MDR Art. 123(3)(f)-(g), IVDR Art. 113(3)(e)). */
export const ROUTE_PATTERNS_DE: readonly EnginePattern[] = [
  [/^Assign a UDI \(UDI-DI and UDI-PI\) to the device and its packaging levels before placing it on the market, submit its data to the UDI database and keep a list of assigned UDIs in the technical documentation\. UDI carriers on the label are required from 26 May (\d{4}) \(([^)]+)\)( \(dates as in the original text of Art\. 113\(3\)\(e\)\))?\.( As a reusable device, the UDI carrier on the device itself is due two years after that date\.)?$/,
    (m) => at(UDI_CLASSES, m[2], (who) => `Vergeben Sie eine UDI (UDI-DI und UDI-PI) für das Produkt und seine Verpackungsebenen, bevor Sie es in Verkehr bringen, übermitteln Sie deren Daten an die UDI-Datenbank und führen Sie eine Liste der vergebenen UDIs in der technischen Dokumentation. UDI-Träger auf der Kennzeichnung sind ab dem 26. Mai ${m[1]} vorgeschrieben (${who})${m[3] ? ' (Daten nach dem ursprünglichen Wortlaut von Art. 113 Abs. 3 Buchst. e)' : ''}.${m[4] ? ' Als wiederverwendbares Produkt braucht es den UDI-Träger auf dem Produkt selbst zwei Jahre nach diesem Datum.' : ''}`)],
];
