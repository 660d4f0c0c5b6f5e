// The engine's conformity routes, consultations and obligations (English) in Danish.
import { at, type EnginePattern } from './regulatory-words.ts';

export const ROUTE_DA: Readonly<Record<string, string>> = {
  'EU declaration of conformity without a notified body':
    'EU-overensstemmelseserklæring uden bemyndiget organ',
  'Technical documentation (Annexes II and III) and EU declaration of conformity (Art. 19)':
    'Teknisk dokumentation (bilag II og III) og EU-overensstemmelseserklæring (art. 19)',
  'Quality management system':
    'Kvalitetsstyringssystem',
  'Run a quality management system proportionate to the risk class and type of device, covering design, production, risk management, clinical evaluation, post-market surveillance and vigilance.':
    'Driv et kvalitetsstyringssystem, der står i forhold til udstyrets risikoklasse og type, og som omfatter design, produktion, risikostyring, klinisk evaluering, overvågning efter omsætning og vigilans.',
  'Person responsible for regulatory compliance (PRRC)':
    'Person med ansvar for overholdelse af lovgivningen (PRRC)',
  'Have at least one person responsible for regulatory compliance with a relevant degree and one year of regulatory or QMS experience, or four years of such experience. Micro and small enterprises may instead have such a person permanently and continuously at their disposal (e.g. an external consultant).':
    'Hav mindst én person med ansvar for overholdelse af lovgivningen, med en relevant uddannelse og et års erfaring med regulatoriske forhold eller kvalitetsstyring, eller fire års sådan erfaring. Mikrovirksomheder og små virksomheder kan i stedet have en sådan person permanent og vedvarende til rådighed (f.eks. en ekstern konsulent).',
  'Technical documentation':
    'Teknisk dokumentation',
  'Draw up and keep up to date the technical documentation of Annex II and the post-market surveillance documentation of Annex III (see the documentation plan).':
    'Udarbejd og ajourfør den tekniske dokumentation efter bilag II og dokumentationen om overvågning efter omsætning efter bilag III (se dokumentationsplanen).',
  'Clinical evaluation':
    'Klinisk evaluering',
  'Every device needs a clinical evaluation: plan it, base it on clinical data giving sufficient clinical evidence, document it in a clinical evaluation report and update it with post-market clinical follow-up data.':
    'Alt udstyr skal have en klinisk evaluering: planlæg den, byg den på kliniske data, der giver tilstrækkelig klinisk evidens, dokumentér den i en rapport om klinisk evaluering, og ajourfør den med data fra klinisk opfølgning efter markedsføring.',
  'EUDAMED registration of the manufacturer (SRN)':
    'Registrering af fabrikanten i EUDAMED (SRN)',
  'Register as manufacturer in EUDAMED and obtain the single registration number (SRN) before placing a device on the market, and before applying to a notified body where one is involved; confirm the data after one year and every second year.':
    'Registrér jer som fabrikant i EUDAMED og få det fælles registreringsnummer (SRN), før I bringer udstyr i omsætning, og før I henvender jer til et bemyndiget organ, hvor et sådant er involveret; bekræft oplysningerne efter et år og derefter hvert andet år.',
  'Unique Device Identification (UDI)':
    'Unik udstyrsidentifikation (UDI)',
  'EUDAMED device registration (Basic UDI-DI)':
    'Registrering af udstyret i EUDAMED (grundlæggende UDI-DI)',
  'Assign the Basic UDI-DI and submit it with the core device data to the UDI database before placing the device on the market. Then enter the device registration data in EUDAMED and keep them updated.':
    'Tildel den grundlæggende UDI-DI, og indsend den med udstyrets kernedata til UDI-databasen, før udstyret bringes i omsætning. Indtast derefter udstyrets registreringsdata i EUDAMED, og hold dem ajour.',
  'EU declaration of conformity':
    'EU-overensstemmelseserklæring',
  'Draw up and keep updated the EU declaration of conformity with the content of Annex IV, including the Basic UDI-DI, translated as the Member States require.':
    'Udarbejd og ajourfør EU-overensstemmelseserklæringen med indholdet i bilag IV, herunder den grundlæggende UDI-DI, oversat som medlemsstaterne kræver.',
  'CE marking':
    'CE-mærkning',
  'Affix the CE marking (without a notified body number, as no notified body is involved) on the device or its packaging, the instructions for use and sales packaging.':
    'Anbring CE-mærkningen (uden et bemyndiget organs identifikationsnummer, da intet bemyndiget organ er involveret) på udstyret eller dets emballage, i brugsanvisningen og på salgsemballagen.',
  'Post-market surveillance system and plan':
    'System og plan for overvågning efter omsætning',
  'Plan and run a post-market surveillance system for the device, based on a post-market surveillance plan that is part of the technical documentation (Annex III).':
    'Planlæg og driv et system for overvågning efter omsætning for udstyret, baseret på en plan for overvågning efter omsætning, der indgår i den tekniske dokumentation (bilag III).',
  'Post-market surveillance report':
    'Rapport om overvågning efter omsætning',
  'Class I: summarise the post-market surveillance results and any preventive and corrective actions in a report, update it when necessary and give it to the competent authority on request.':
    'Klasse I: Sammenfat resultaterne af overvågningen efter omsætning og eventuelle forebyggende og korrigerende handlinger i en rapport, ajourfør den efter behov, og giv den kompetente myndighed den efter anmodning.',
  'Vigilance: serious incidents and field safety corrective actions':
    'Vigilans: alvorlige hændelser og sikkerhedsrelaterede korrigerende handlinger',
  'Report serious incidents and field safety corrective actions to the competent authorities, and trends of non-serious incidents (Art. 88).':
    'Indberet alvorlige hændelser og sikkerhedsrelaterede korrigerende handlinger til de kompetente myndigheder samt tendenser i ikkealvorlige hændelser (art. 88).',
  'Quality management system with sampled technical documentation assessment':
    'Kvalitetsstyringssystem med stikprøvevis vurdering af den tekniske dokumentation',
  'Annex IX, Chapters I and III, with Section 4 assessment per generic device group':
    'Bilag IX, kapitel I og III, med vurdering efter afsnit 4 for hver generisk udstyrsgruppe',
  'Audits the quality management system, then keeps it under surveillance (audits at least every 12 months, unannounced on-site audits at least every five years).':
    'Auditerer kvalitetsstyringssystemet og fører derefter tilsyn med det (audit mindst hver 12. måned, uanmeldte audit på stedet mindst hvert femte år).',
  'Assesses the technical documentation of at least one representative device per generic device group.':
    'Vurderer den tekniske dokumentation for mindst ét repræsentativt udstyr for hver generisk udstyrsgruppe.',
  'Type examination with production conformity verification':
    'Typeafprøvning med verifikation af produktionens overensstemmelse',
  'Annex X with Annex XI (Part A or Part B)':
    'Bilag X med bilag XI (del A eller del B)',
  'Examines the technical documentation and a representative sample of the planned production (the type) and issues an EU type-examination certificate.':
    'Undersøger den tekniske dokumentation og en repræsentativ prøve af den planlagte produktion (typen) og udsteder en EU-typeafprøvningsattest.',
  'Verifies that production conforms to the examined type: either by auditing production quality assurance (Annex XI Part A) or by product verification of the manufactured devices (Annex XI Part B).':
    'Verificerer, at produktionen er i overensstemmelse med den afprøvede type: enten ved audit af kvalitetssikringen af produktionen (bilag XI, del A) eller ved produktverifikation af det fremstillede udstyr (bilag XI, del B).',
  'Assign the Basic UDI-DI and submit it with the core device data to the UDI database before placing the device on the market; if you choose Annex X type examination: Assign the Basic UDI-DI before applying to the notified body (Art. 29(3)); after the certificate and before placing on the market, submit it with the core data to the UDI database. Then enter the device registration data in EUDAMED and keep them updated.':
    'Tildel den grundlæggende UDI-DI, og indsend den med udstyrets kernedata til UDI-databasen, før udstyret bringes i omsætning; hvis I vælger typeafprøvning efter bilag X: Tildel den grundlæggende UDI-DI, før I ansøger det bemyndigede organ (art. 29, stk. 3); indsend den efter attesten og før omsætningen med kernedata til UDI-databasen. Indtast derefter udstyrets registreringsdata i EUDAMED, og hold dem ajour.',
  'CE marking with the notified body number':
    'CE-mærkning med det bemyndigede organs nummer',
  'Affix the CE marking followed by the identification number of your notified body, on the device or its sterile packaging, the instructions for use and sales packaging, and in promotional material.':
    'Anbring CE-mærkningen efterfulgt af jeres bemyndigede organs identifikationsnummer på udstyret eller dets sterile emballage, i brugsanvisningen, på salgsemballagen og i reklamemateriale.',
  'Periodic safety update report (PSUR)':
    'Periodisk sikkerhedsopdateringsrapport (PSUR)',
  'Class IIb: update the PSUR (benefit-risk conclusions, main PMCF findings, sales volume and user population) at least annually; make it available to the notified body and, on request, to competent authorities.':
    'Klasse IIb: Ajourfør PSUR (konklusioner om benefit-risk-forholdet, vigtigste resultater af klinisk opfølgning efter markedsføring, salgsvolumen og brugerpopulation) mindst en gang om året; stil den til rådighed for det bemyndigede organ og efter anmodning for de kompetente myndigheder.',
  'Quality management system and technical documentation assessment':
    'Vurdering af kvalitetsstyringssystemet og den tekniske dokumentation',
  'Annex IX, Chapters I, II and III':
    'Bilag IX, kapitel I, II og III',
  'Assesses the technical documentation of every device and issues an EU technical documentation assessment certificate.':
    'Vurderer den tekniske dokumentation for hvert udstyr og udsteder en EU-vurderingsattest for teknisk dokumentation.',
  'Clinical investigation':
    'Klinisk afprøvning',
  'For implantable and class III devices clinical investigations are required. Exceptions: a modification of your own marketed device shown equivalent, with the notified body\'s endorsement (Art. 61(4)); equivalence to another manufacturer\'s device under a contract giving full access to its technical documentation (Art. 61(5)); devices lawfully marketed under the old Directives with sufficient clinical data, and sutures, staples, dental fillings, braces, crowns, screws, wedges, plates, wires, pins, clips or connectors (Art. 61(6)).':
    'For implantabelt udstyr og udstyr i klasse III kræves kliniske afprøvninger. Undtagelser: en ændring af jeres eget markedsførte udstyr, der er påvist ækvivalent, med det bemyndigede organs godkendelse (art. 61, stk. 4); ækvivalens med en anden fabrikants udstyr under en kontrakt, der giver fuld adgang til dets tekniske dokumentation (art. 61, stk. 5); udstyr, der lovligt er markedsført efter de tidligere direktiver med tilstrækkelige kliniske data, samt suturer, klammer, tandfyldninger, bøjler, tandkroner, skruer, kiler, plader, tråde, stifter, clips eller konnektorer (art. 61, stk. 6).',
  'Optional: expert panel advice on the clinical development strategy':
    'Valgfrit: rådgivning fra et ekspertpanel om den kliniske udviklingsstrategi',
  'Before the clinical evaluation or investigation you may ask an expert panel to review your clinical development strategy and investigation proposals; document how you took its views into account.':
    'Før den kliniske evaluering eller afprøvning kan I bede et ekspertpanel om at gennemgå jeres kliniske udviklingsstrategi og forslag til kliniske afprøvninger; dokumentér, hvordan I har taget hensyn til dets synspunkter.',
  'Summary of safety and clinical performance (SSCP)':
    'Resumé af sikkerhed og klinisk ydeevne (SSCP)',
  'Write a summary of safety and clinical performance for the intended user (and the patient where relevant); the notified body validates it and publishes it in EUDAMED; the label or instructions for use say where it is.':
    'Skriv et resumé af sikkerhed og klinisk ydeevne for den tiltænkte bruger (og i givet fald patienten); det bemyndigede organ validerer det og offentliggør det i EUDAMED; mærkningen eller brugsanvisningen oplyser, hvor det findes.',
  'Assign the Basic UDI-DI before applying to the notified body (Art. 29(3)); after the certificate and before placing on the market, submit it with the core data to the UDI database. Then enter the device registration data in EUDAMED and keep them updated.':
    'Tildel den grundlæggende UDI-DI, før I ansøger det bemyndigede organ (art. 29, stk. 3); indsend den efter attesten og før omsætningen med kernedata til UDI-databasen. Indtast derefter udstyrets registreringsdata i EUDAMED, og hold dem ajour.',
  'Class III or implantable: update the PSUR (benefit-risk conclusions, main PMCF findings, sales volume and user population) at least annually; submit it through EUDAMED to the notified body, which adds its evaluation (Art. 86(2)). A class IIa implant updates it at least every two years.':
    'Klasse III eller implantabelt: Ajourfør PSUR (konklusioner om benefit-risk-forholdet, vigtigste resultater af klinisk opfølgning efter markedsføring, salgsvolumen og brugerpopulation) mindst en gang om året; indsend den via EUDAMED til det bemyndigede organ, som tilføjer sin evaluering (art. 86, stk. 2). Et implantat i klasse IIa ajourfører den mindst hvert andet år.',
  'Annex IX, Chapters I and III, with Section 4 assessment per category of devices':
    'Bilag IX, kapitel I og III, med vurdering efter afsnit 4 for hver udstyrskategori',
  'Assesses the technical documentation of at least one representative device per category of devices.':
    'Vurderer den tekniske dokumentation for mindst ét repræsentativt udstyr for hver udstyrskategori.',
  'Technical documentation with production conformity verification':
    'Teknisk dokumentation med verifikation af produktionens overensstemmelse',
  'Annexes II and III with Annex XI Section 10 (Part A) or Section 18 (Part B)':
    'Bilag II og III med bilag XI, afsnit 10 (del A) eller afsnit 18 (del B)',
  'Verifies that production conforms to the technical documentation: either by auditing production quality assurance (Annex XI Section 10, Part A) or by product verification of the manufactured devices (Annex XI Section 18, Part B).':
    'Verificerer, at produktionen er i overensstemmelse med den tekniske dokumentation: enten ved audit af kvalitetssikringen af produktionen (bilag XI, afsnit 10, del A) eller ved produktverifikation af det fremstillede udstyr (bilag XI, afsnit 18, del B).',
  'Class IIa: update the PSUR (benefit-risk conclusions, main PMCF findings, sales volume and user population) when necessary and at least every two years; make it available to the notified body and, on request, to competent authorities.':
    'Klasse IIa: Ajourfør PSUR (konklusioner om benefit-risk-forholdet, vigtigste resultater af klinisk opfølgning efter markedsføring, salgsvolumen og brugerpopulation) efter behov og mindst hvert andet år; stil den til rådighed for det bemyndigede organ og efter anmodning for de kompetente myndigheder.',
  'Quality management system, notified body limited to the class I qualifiers':
    'Kvalitetsstyringssystem, bemyndiget organ kun for de særlige kendetegn i klasse I',
  'Annex IX, Chapters I and III':
    'Bilag IX, kapitel I og III',
  'Only the aspects relating to reuse: cleaning, disinfection, sterilisation, maintenance, functional testing and the related instructions for use.':
    'Kun aspekterne vedrørende genanvendelse: rengøring, desinfektion, sterilisation, vedligeholdelse, funktionstest og den tilhørende brugsanvisning.',
  'Production quality assurance, notified body limited to the class I qualifiers':
    'Kvalitetssikring af produktionen, bemyndiget organ kun for de særlige kendetegn i klasse I',
  'Annex XI, Part A':
    'Bilag XI, del A',
  'Clinical evaluation consultation procedure (expert panel)':
    'Procedure for konsultation om klinisk evaluering (ekspertpanel)',
  'The notified body sends its clinical evaluation assessment report, with your clinical evaluation documentation, through the Commission to an expert panel, which may give a scientific opinion within 60 days (Annex IX Section 5.1). Not required on certificate renewal, for a modification of your own marketed device that does not adversely affect the benefit-risk ratio, or where a common specification covers the clinical evaluation (Art. 54(2)).':
    'Det bemyndigede organ sender sin rapport om vurdering af den kliniske evaluering med jeres dokumentation for klinisk evaluering via Kommissionen til et ekspertpanel, som kan afgive en videnskabelig udtalelse inden for 60 dage (bilag IX, afsnit 5.1). Ikke påkrævet ved fornyelse af en attest, ved en ændring af jeres eget markedsførte udstyr, der ikke påvirker benefit-risk-forholdet negativt, eller hvor en fælles specifikation dækker den kliniske evaluering (art. 54, stk. 2).',
  'Consultation on the ancillary medicinal substance':
    'Konsultation om det understøttende lægemiddelstof',
  'The quality, safety and usefulness of the substance are verified by analogy with Annex I to Directive 2001/83/EC; before certifying, the notified body seeks a scientific opinion from a medicines competent authority or the EMA (the EMA for a substance derived from human blood or plasma), due within 210 days. An unfavourable opinion blocks the certificate. For human blood or plasma derivatives each batch release is also notified (Annex IX Section 6).':
    'Stoffets kvalitet, sikkerhed og nytte verificeres analogt med bilag I til direktiv 2001/83/EF; før attesten udstedes, indhenter det bemyndigede organ en videnskabelig udtalelse fra en kompetent lægemiddelmyndighed eller EMA (EMA for et stof afledt af humant blod eller plasma), som skal foreligge inden for 210 dage. En negativ udtalelse blokerer for attesten. For derivater af humant blod eller plasma anmeldes desuden hver batchfrigivelse (bilag IX, afsnit 6).',
  'Implant card and patient information':
    'Implantatkort og patientinformation',
  'Deliver an implant card with the device (device name, serial or lot number, UDI, model, manufacturer) and patient information on warnings, lifetime and follow-up. Exempt: sutures, staples, dental fillings, dental braces, tooth crowns, screws, wedges, plates, wires, pins, clips and connectors (Art. 18(3)).':
    'Lever et implantatkort med udstyret (udstyrets navn, serie- eller lotnummer, UDI, model, fabrikant) og patientinformation om advarsler, levetid og opfølgning. Undtaget: suturer, klammer, tandfyldninger, tandbøjler, tandkroner, skruer, kiler, plader, tråde, stifter, clips og konnektorer (art. 18, stk. 3).',
  'Annex IX, Chapters I and III, with Section 4 assessment of every device':
    'Bilag IX, kapitel I og III, med vurdering efter afsnit 4 for hvert udstyr',
  'Verification of a substance-based device against medicinal product requirements':
    'Verifikation af udstyr bestående af stoffer i forhold til kravene til lægemidler',
  'Absorption, distribution, metabolism, excretion, local tolerance, toxicity, interactions and adverse reactions are verified, where not covered by the MDR, against Annex I to Directive 2001/83/EC.':
    'Absorption, fordeling, metabolisme, udskillelse, lokal tolerance, toksicitet, interaktioner og bivirkninger verificeres, hvor MDR ikke dækker dem, i forhold til bilag I til direktiv 2001/83/EF.',
  'Only the conformity of the device with the metrological requirements.':
    'Kun udstyrets overensstemmelse med de metrologiske krav.',
  'Annex IX, Chapters I, II (except Section 5) and III':
    'Bilag IX, kapitel I, II (undtagen afsnit 5) og III',
  'Receives the test reports of every manufactured batch and samples; the batch may be placed on the market unless the notified body decides otherwise within 30 days (Annex IX Sections 4.12-4.13).':
    'Modtager testrapporterne for hvert fremstillet batch og prøver; batchet må bringes i omsætning, medmindre det bemyndigede organ beslutter andet inden for 30 dage (bilag IX, afsnit 4.12–4.13).',
  'Annex X with Annex XI':
    'Bilag X med bilag XI',
  'Audits production quality assurance so that manufactured devices conform to the examined type (Annex XI).':
    'Auditerer kvalitetssikringen af produktionen, så det fremstillede udstyr er i overensstemmelse med den afprøvede type (bilag XI).',
  'Performance verification by an EU reference laboratory':
    'Verifikation af ydeevnen i et EU-referencelaboratorium',
  'Where an EU reference laboratory is designated for the device, it verifies the claimed performance and the compliance with common specifications by laboratory testing (scientific opinion within 60 days) and later tests samples of manufactured batches.':
    'Hvor et EU-referencelaboratorium er udpeget for udstyret, verificerer det ved laboratorietest den angivne ydeevne og overholdelsen af fælles specifikationer (videnskabelig udtalelse inden for 60 dage) og tester senere prøver af fremstillede batcher.',
  'Expert panel views on the performance evaluation report':
    'Ekspertpanelets synspunkter om rapporten om ydeevneevaluering',
  'Where no common specifications exist and it is the first certification for that type of device, the notified body sends your performance evaluation report to the expert panel within five days.':
    'Hvor der ikke findes fælles specifikationer, og det er den første certificering for denne type udstyr, sender det bemyndigede organ jeres rapport om ydeevneevaluering til ekspertpanelet inden for fem dage.',
  'Run a quality management system proportionate to the risk class and type of device, covering design, production, risk management, performance evaluation, post-market surveillance and vigilance.':
    'Driv et kvalitetsstyringssystem, der står i forhold til udstyrets risikoklasse og type, og som omfatter design, produktion, risikostyring, ydeevneevaluering, overvågning efter omsætning og vigilans.',
  'Have at least one person responsible for regulatory compliance with a relevant degree and one year of regulatory or QMS experience with IVDs, or four years of such experience. Micro and small enterprises may instead have such a person permanently and continuously at their disposal (e.g. an external consultant).':
    'Hav mindst én person med ansvar for overholdelse af lovgivningen, med en relevant uddannelse og et års erfaring med regulatoriske forhold eller kvalitetsstyring for in vitro-diagnostisk udstyr, eller fire års sådan erfaring. Mikrovirksomheder og små virksomheder kan i stedet have en sådan person permanent og vedvarende til rådighed (f.eks. en ekstern konsulent).',
  'Performance evaluation':
    'Ydeevneevaluering',
  'Every device needs a performance evaluation demonstrating scientific validity, analytical performance and clinical performance, documented in a performance evaluation report and kept up to date with post-market performance follow-up (PMPF) data. Class C and D: update the performance evaluation report when necessary, but at least annually (Art. 56(6)).':
    'Alt udstyr skal have en ydeevneevaluering, der påviser videnskabelig validitet, analytisk ydeevne og klinisk ydeevne, dokumenteret i en rapport om ydeevneevaluering og ajourført med data fra opfølgning af ydeevnen efter markedsføring (PMPF). Klasse C og D: Ajourfør rapporten om ydeevneevaluering efter behov, men mindst en gang om året (art. 56, stk. 6).',
  'Clinical performance studies':
    'Undersøgelser af klinisk ydeevne',
  'Carry out clinical performance studies (Annex XIII Part A Section 2) unless you can duly justify relying on other sources of clinical performance data.':
    'Gennemfør undersøgelser af klinisk ydeevne (bilag XIII, del A, afsnit 2), medmindre I behørigt kan begrunde at støtte jer på andre kilder til data om klinisk ydeevne.',
  'Summary of safety and performance (SSP)':
    'Resumé af sikkerhed og ydeevne (SSP)',
  'Write a summary of safety and performance for the intended user (and the patient where relevant); the notified body validates it and publishes it in EUDAMED; the label or instructions for use say where it is.':
    'Skriv et resumé af sikkerhed og ydeevne for den tiltænkte bruger (og i givet fald patienten); det bemyndigede organ validerer det og offentliggør det i EUDAMED; mærkningen eller brugsanvisningen oplyser, hvor det findes.',
  'Assign the Basic UDI-DI before applying to the notified body (Art. 26(2)); after the certificate and before placing on the market, submit it with the core data to the UDI database. Then enter the device registration data in EUDAMED and keep them updated.':
    'Tildel den grundlæggende UDI-DI, før I ansøger det bemyndigede organ (art. 26, stk. 2); indsend den efter attesten og før omsætningen med kernedata til UDI-databasen. Indtast derefter udstyrets registreringsdata i EUDAMED, og hold dem ajour.',
  'Class D: update the PSUR (benefit-risk conclusions, main PMPF findings, sales volume and user population) at least annually; submit it through EUDAMED to the notified body, which adds its evaluation.':
    'Klasse D: Ajourfør PSUR (konklusioner om benefit-risk-forholdet, vigtigste resultater af opfølgning af ydeevnen efter markedsføring, salgsvolumen og brugerpopulation) mindst en gang om året; indsend den via EUDAMED til det bemyndigede organ, som tilføjer sin evaluering.',
  'Report serious incidents and field safety corrective actions to the competent authorities, and trends of non-serious incidents and expected erroneous results (Art. 83).':
    'Indberet alvorlige hændelser og sikkerhedsrelaterede korrigerende handlinger til de kompetente myndigheder samt tendenser i ikkealvorlige hændelser og forventede fejlagtige resultater (art. 83).',
  'Annex IX, Chapters I and III, with Sections 4.4-4.8 per generic device group':
    'Bilag IX, kapitel I og III, med afsnit 4.4–4.8 for hver generisk udstyrsgruppe',
  'Annex X with Annex XI except its Section 5':
    'Bilag X med bilag XI undtagen dets afsnit 5',
  'Assign the Basic UDI-DI and submit it with the core device data to the UDI database before placing the device on the market; if you choose Annex X type examination: Assign the Basic UDI-DI before applying to the notified body (Art. 26(2)); after the certificate and before placing on the market, submit it with the core data to the UDI database. Then enter the device registration data in EUDAMED and keep them updated.':
    'Tildel den grundlæggende UDI-DI, og indsend den med udstyrets kernedata til UDI-databasen, før udstyret bringes i omsætning; hvis I vælger typeafprøvning efter bilag X: Tildel den grundlæggende UDI-DI, før I ansøger det bemyndigede organ (art. 26, stk. 2); indsend den efter attesten og før omsætningen med kernedata til UDI-databasen. Indtast derefter udstyrets registreringsdata i EUDAMED, og hold dem ajour.',
  'Class C: update the PSUR (benefit-risk conclusions, main PMPF findings, sales volume and user population) at least annually; make it available to the notified body and, on request, to competent authorities (Art. 81(3)).':
    'Klasse C: Ajourfør PSUR (konklusioner om benefit-risk-forholdet, vigtigste resultater af opfølgning af ydeevnen efter markedsføring, salgsvolumen og brugerpopulation) mindst en gang om året; stil den til rådighed for det bemyndigede organ og efter anmodning for de kompetente myndigheder (art. 81, stk. 3).',
  'Annex IX, Chapters I and III, with Sections 4.1-4.8 and 5.2 for every device':
    'Bilag IX, kapitel I og III, med afsnit 4.1–4.8 og 5.2 for hvert udstyr',
  'Consultation on the companion diagnostic':
    'Konsultation om det ledsagende diagnostiske udstyr',
  'Before certifying, the notified body seeks a scientific opinion from a medicines competent authority or the EMA on the suitability of the device in relation to the medicinal product, based on the draft summary of safety and performance and instructions for use (60 days, extendable once by 60 days).':
    'Før attesten udstedes, indhenter det bemyndigede organ en videnskabelig udtalelse fra en kompetent lægemiddelmyndighed eller EMA om udstyrets egnethed i forhold til lægemidlet, baseret på udkastet til resumé af sikkerhed og ydeevne og brugsanvisningen (60 dage, kan forlænges én gang med 60 dage).',
  'Technical documentation assessment for self-testing and near-patient testing':
    'Vurdering af den tekniske dokumentation for selvtest og patientnær test',
  'You lodge a separate application for the assessment of the technical documentation, with test reports including studies with intended users, data on the suitability for self-testing or near-patient testing, and the label and instructions for use; the notified body issues an EU technical documentation assessment certificate.':
    'I indgiver en særskilt ansøgning om vurdering af den tekniske dokumentation med testrapporter, herunder undersøgelser med tiltænkte brugere, data om egnetheden til selvtest eller patientnær test samt mærkning og brugsanvisning; det bemyndigede organ udsteder en EU-vurderingsattest for teknisk dokumentation.',
  'Annex IX, Chapters I and III, with Sections 4.4-4.8 per category of devices':
    'Bilag IX, kapitel I og III, med afsnit 4.4–4.8 for hver udstyrskategori',
  'Every device needs a performance evaluation demonstrating scientific validity, analytical performance and clinical performance, documented in a performance evaluation report and kept up to date with post-market performance follow-up (PMPF) data.':
    'Alt udstyr skal have en ydeevneevaluering, der påviser videnskabelig validitet, analytisk ydeevne og klinisk ydeevne, dokumenteret i en rapport om ydeevneevaluering og ajourført med data fra opfølgning af ydeevnen efter markedsføring (PMPF).',
  'Class A and B: summarise the post-market surveillance results and any preventive and corrective actions in a report, update it when necessary and give it to the notified body and the competent authority on request.':
    'Klasse A og B: Sammenfat resultaterne af overvågningen efter omsætning og eventuelle forebyggende og korrigerende handlinger i en rapport, ajourfør den efter behov, og giv det bemyndigede organ og den kompetente myndighed den efter anmodning.',
  'Technical documentation (Annexes II and III) and EU declaration of conformity (Art. 17)':
    'Teknisk dokumentation (bilag II og III) og EU-overensstemmelseserklæring (art. 17)',
  'Procedure for tissues of animal origin (Regulation (EU) No 722/2012)':
    'Procedure for væv af animalsk oprindelse (forordning (EU) nr. 722/2012)',
  'For animal tissue rendered non-viable or non-viable products derived from it, the notified body applies Regulation (EU) No 722/2012 (TSE risk management, sourcing and the competent-authority summary evaluation procedure).':
    'For animalsk væv, der er gjort ikkelevedygtigt, eller ikkelevedygtige produkter afledt heraf, anvender det bemyndigede organ forordning (EU) nr. 722/2012 (styring af TSE-risiko, fremskaffelse og de kompetente myndigheders procedure for sammenfattende evaluering).',
  'Consultation on tissues or cells of human origin':
    'Konsultation om væv eller celler af human oprindelse',
  'Before certifying, the notified body seeks a scientific opinion from a human tissues and cells competent authority (Directive 2004/23/EC) on donation, procurement and testing, due within 120 days. An unfavourable opinion blocks the certificate.':
    'Før attesten udstedes, indhenter det bemyndigede organ en videnskabelig udtalelse fra en kompetent myndighed for humane væv og celler (direktiv 2004/23/EF) om donation, udtagning og testning, som skal foreligge inden for 120 dage. En negativ udtalelse blokerer for attesten.',
  'Consultation on a systemically absorbed substance-based device':
    'Konsultation om systemisk optaget udstyr bestående af stoffer',
  'Because the device or its metabolites are systemically absorbed to achieve the intended purpose, the notified body seeks a scientific opinion from a medicines competent authority or the EMA, due within 150 days.':
    'Fordi udstyret eller dets metabolitter optages systemisk for at opfylde det erklærede formål, indhenter det bemyndigede organ en videnskabelig udtalelse fra en kompetent lægemiddelmyndighed eller EMA, som skal foreligge inden for 150 dage.',
  'Only the aspects relating to establishing, securing and maintaining sterile conditions.':
    'Kun aspekterne vedrørende etablering, sikring og opretholdelse af sterile forhold.',
  'Quality management system, notified body limited to sterility':
    'Kvalitetsstyringssystem, bemyndiget organ kun for steriliteten',
  'Annex IX':
    'Bilag IX',
  'Production quality assurance, notified body limited to sterility':
    'Kvalitetssikring af produktionen, bemyndiget organ kun for steriliteten',
  'Annex XI':
    'Bilag XI',
};

const UDI_CLASSES: Record<string, string> = {
  'class I devices': 'udstyr i klasse I',
  'class IIa and IIb devices': 'udstyr i klasse IIa og IIb',
  'implantable and class III devices': 'implantabelt udstyr og udstyr i klasse III',
  'class D devices': 'udstyr i klasse D',
  'class B and C devices': 'udstyr i klasse B og C',
  'class A devices': 'udstyr i klasse A',
};

/** The UDI obligation, whose dates, classes and reusable-device note vary (MDR Art. 123(3)(f)-(g), IVDR Art. 113(3)(e)). */
export const ROUTE_PATTERNS_DA: readonly EnginePattern[] = [
  [/^Assign a UDI \(UDI-DI and UDI-PI\) to the device and its packaging levels before placing it on the market, submit its data to the UDI database and keep a list of assigned UDIs in the technical documentation\. UDI carriers on the label are required from 26 May (\d{4}) \(([^)]+)\)( \(dates as in the original text of Art\. 113\(3\)\(e\)\))?\.( As a reusable device, the UDI carrier on the device itself is due two years after that date\.)?$/,
    (m) => at(UDI_CLASSES, m[2], (who) => `Tildel en UDI (UDI-DI og UDI-PI) til udstyret og dets emballageniveauer, før det bringes i omsætning, indsend dataene til UDI-databasen, og før en liste over tildelte UDI’er i den tekniske dokumentation. UDI-bærere på mærkningen kræves fra den 26. maj ${m[1]} (${who})${m[3] ? ' (datoer som i den oprindelige tekst af art. 113, stk. 3, litra e)' : ''}.${m[4] ? ' Som genanvendeligt udstyr skal UDI-bæreren på selve udstyret være der to år efter denne dato.' : ''}`)],
];
