// MDR-spørgsmålene (og de fælles spørgsmål) i spørgeskemaet til udstyrsprofilen på dansk.
import type { MdrQuestionTexts } from './questionnaire-text.ts';

export const QUESTION_TEXTS_DA = {
  regulation: {
    prompt: 'Hvilken forordning hører produktet under?',
    help: 'Medicinsk udstyr hører under MDR (EU 2017/745); udstyr, der undersøger prøver fra kroppen uden for kroppen, under IVDR (EU 2017/746). Kvalificeringstjekket fortæller dig hvilken.',
    options: { MDR: 'MDR: medicinsk udstyr', IVDR: 'IVDR: medicinsk udstyr til in vitro-diagnostik' },
  },
  software: {
    prompt: 'Er produktet software, der i sig selv er medicinsk udstyr (software som medicinsk udstyr, MDSW)?',
    help: 'Svar ja for en app, et program eller en cloudtjeneste med sit eget medicinske formål. Software, der er bygget ind i et apparat, er en del af apparatet: svar nej og beskriv apparatet.',
  },
  'software.decisionImpact': {
    prompt: 'Leverer softwaren oplysninger, der bruges til diagnostiske eller terapeutiske beslutninger, og hvad kunne en forkert beslutning forårsage?',
    help: 'Tænk på det værste, en beslutning på grundlag af forkerte output med rimelighed kunne forårsage for patienten (MDR regel 11).',
    options: {
      none: 'Den leverer ingen oplysninger til sådanne beslutninger',
      other: 'Ingen af nedenstående (for eksempel risiko for mindre skade)',
      'serious-deterioration-or-surgery': 'En alvorlig forringelse af helbredstilstanden eller et kirurgisk indgreb',
      'death-or-irreversible': 'Død eller en irreversibel forringelse af helbredstilstanden',
    },
  },
  'software.monitoring': {
    prompt: 'Er softwaren beregnet til at monitorere fysiologiske processer?',
    help: 'Vitale parametre er dem, hvis variationer kan bringe patienten i umiddelbar fare, for eksempel hjerterytme, vejrtrækning eller aktivitet i centralnervesystemet.',
    options: {
      none: 'Nej',
      physiological: 'Ja, fysiologiske processer',
      'vital-parameters-immediate-danger': 'Ja, vitale parametre, hvis variationer kan betyde umiddelbar fare',
    },
  },
  'software.drivesOrInfluencesDeviceClass': {
    prompt: 'Styrer softwaren et medicinsk hardwareudstyr eller påvirker den brugen af det? Hvilken klasse har det udstyr?',
    help: 'Software, der styrer eller påvirker udstyr, kommer aldrig i en lavere klasse end udstyret (MDR bilag VIII, 3.3).',
    options: { none: 'Den styrer ikke noget udstyr', I: 'Klasse I', IIa: 'Klasse IIa', IIb: 'Klasse IIb', III: 'Klasse III' },
  },
  active: {
    prompt: 'Afhænger udstyrets funktion af en anden energikilde end menneskekroppen eller tyngdekraften, og virker det ved at omdanne den energi?',
    help: 'Lysnet, batterier, trykgas eller en optrukket fjeder tæller. Elektroder og kabler, der blot fører energien uændret videre, er ikke aktive.',
  },
  invasive: {
    prompt: 'Trænger udstyret ind i kroppen, og hvordan?',
    help: 'Angiv den mest kritiske tilsigtede anvendelse. Udstyr, der kun sender energi ind i kroppen (for eksempel et ultralydshoved på huden), trænger ikke ind.',
    options: {
      none: 'Nej, det forbliver uden for kroppen (eller rører kun huden)',
      'body-orifice': 'Gennem en legemsåbning (mund, næse, øre, øjets overflade, stomi …)',
      surgical: 'Gennem kroppens overflade via et snit eller en punktur (kirurgisk invasivt)',
      implantable: 'Det implanteres og bliver i kroppen efter indgrebet',
    },
  },
  duration: {
    prompt: 'Hvor længe er udstyret normalt i kontinuerlig anvendelse?',
    help: 'Tæl den uafbrudte anvendelse på én patient; korte pauser til rengøring afbryder ikke, at tage det ud om natten gør.',
    options: { transient: 'Under 60 minutter (forbigående)', 'short-term': '60 minutter til 30 dage (kortvarig)', 'long-term': 'Over 30 dage (langvarig)' },
  },
  orificeSite: {
    prompt: 'Bruges udstyret kun et af disse steder?',
    help: 'Udstyr, der kun bruges der, kommer i en lavere klasse (MDR regel 5).',
    options: {
      other: 'Nej, andre steder (eller længere inde)',
      'oral-cavity-to-pharynx': 'I mundhulen, indtil svælget',
      'ear-canal-to-eardrum': 'I øregangen, indtil trommehinden',
      'nasal-cavity': 'I næsehulen',
    },
  },
  absorbedByMucousMembrane: {
    prompt: 'Kan udstyret blive absorberet af slimhinden?',
    help: 'For langvarigt udstyr i mund, øregang eller næse hæver det klassen til IIb.',
  },
  channelsOrStores: {
    prompt: 'Leder eller opbevarer udstyret noget, der til sidst skal infunderes, indgives eller føres ind i kroppen?',
    help: 'Kun til tilbageførsel til kroppen: en opsamlingspose til urin eller sårsekret, der kasseres, er et nej.',
    options: {
      none: 'Nej',
      'liquids-or-gases': 'Andre væsker eller gasser (infusionssæt, respirationsslange, medicinbæger)',
      'blood-or-body-liquids': 'Blod eller andre kropsvæsker',
      'organs-cells-or-tissues': 'Organer, dele af organer eller kroppens celler og væv',
      'blood-bag': 'Det er en blodpose',
    },
  },
  connectsToActiveDevice: {
    prompt: 'Er udstyret beregnet til (eller kan det blive) tilsluttet aktivt udstyr? Af hvilken klasse?',
    help: 'For eksempel en slange tilsluttet en infusionspumpe eller en maske tilsluttet en respirator.',
    options: { none: 'Nej', 'class-I': 'Ja, aktivt udstyr i klasse I', 'class-IIa-or-higher': 'Ja, aktivt udstyr i klasse IIa, IIb eller III' },
  },
  modifiesComposition: {
    prompt: 'Ændrer udstyret den biologiske eller kemiske sammensætning af blod, kropsvæsker, væv eller væsker, der skal ind i kroppen?',
    help: 'Angiv behandlingen. Udveksling af opløste stoffer (som i en hæmodialysator) eller binding til en matrix tæller som anden behandling.',
    options: {
      none: 'Nej',
      filtration: 'Kun ved filtrering',
      centrifugation: 'Kun ved centrifugering',
      'gas-exchange': 'Ved udveksling af gas',
      'heat-exchange': 'Ved udveksling af varme',
      other: 'Ved en anden behandling (eller en kombination, der omfatter en sådan)',
    },
  },
  inVitroContactSubstance: {
    prompt: 'Er udstyret et stof eller en blanding, der bruges in vitro i direkte kontakt med menneskelige celler, væv, organer eller embryoner, før de implanteres eller indgives?',
    help: 'For eksempel opløsninger til perfusion og opbevaring af organer eller medier til IVF og assisteret reproduktion.',
  },
  injuredSkinOrMucosa: {
    prompt: 'Kommer udstyret i kontakt med beskadiget hud eller slimhinde? Hvad er det primært beregnet til?',
    help: 'Beskadiget betyder forandret af sygdom eller et sår. Vælg det primære formål.',
    options: {
      none: 'Ingen kontakt med beskadiget hud eller slimhinde',
      'barrier-compression-absorption': 'Som mekanisk barriere, til kompression eller til at opsuge ekssudat',
      'breached-dermis-secondary-intent': 'Til sår, der har gennembrudt dermis eller slimhinden og kun kan hele ved sekundær opheling',
      'micro-environment': 'Til at styre sårets mikromiljø',
      other: 'Til noget andet',
    },
  },
  reusableSurgicalInstrument: {
    prompt: 'Er det et genanvendeligt kirurgisk instrument (til at skære, bore, save, skrabe, klemme, holde til side, clipse …), der genbruges efter rengøring og sterilisering?',
    help: 'Ikke hvis det er forbundet med aktivt udstyr.',
  },
  heartOrCirculationDefect: {
    prompt: 'Er udstyret specifikt beregnet til at kontrollere, diagnosticere, overvåge eller korrigere en defekt i hjertet eller det centrale kredsløb gennem direkte kontakt med dem?',
    help: 'Hjælpeinstrumenter til hjertekirurgi (klemmer, aortapunchere) er et nej.',
  },
  directContactHeartCirculationOrCNS: {
    prompt: 'Er udstyret specifikt beregnet til direkte kontakt med hjertet, det centrale kredsløb eller centralnervesystemet?',
    help: 'Det centrale kredsløb er de store kar, MDR opregner (aorta, kranspulsårer og halspulsårer, hulvener …); centralnervesystemet er hjernen, hjernehinderne og rygmarven.',
  },
  placedInTeeth: {
    prompt: 'Er udstyret beregnet til at blive anbragt i tænderne?',
    help: 'Tandimplantater, der fæstner tænder eller proteser til kæbeknoglen, anbringes ikke i tænderne.',
  },
  biologicalEffect: {
    prompt: 'Har udstyret en biologisk virkning?',
    help: 'For eksempel et implantat med en bioaktiv belægning.',
  },
  whollyOrMainlyAbsorbed: {
    prompt: 'Bliver udstyret helt eller hovedsagelig absorberet af kroppen?',
    help: 'Det nedbrydes i kroppen, og nedbrydningsprodukterne udskilles via stofskiftet; gasser, der udskilles uændret, tæller ikke.',
  },
  chemicalChangeInBody: {
    prompt: 'Er udstyret beregnet til at undergå kemiske forandringer i kroppen?',
    help: 'Ikke knoglecement, hvis kemiske forandring kun sker under anbringelsen.',
  },
  implantType: {
    prompt: 'Er implantatet en af disse typer?',
    help: 'Brystimplantater, kirurgiske net, led- og diskusproteser og implantater i kontakt med rygsøjlen er i klasse III; deres hjælpekomponenter (skruer, kiler, plader, instrumenter) forbliver i klasse IIb.',
    options: {
      none: 'Ingen af disse',
      'breast-implant': 'Brystimplantat',
      'surgical-mesh': 'Kirurgisk net',
      'joint-replacement': 'Total eller delvis ledprotese',
      'joint-replacement-ancillary': 'Hjælpekomponent til en ledprotese (skrue, kile, plade, instrument)',
      'spinal-disc-replacement': 'Diskusprotese',
      'spinal-column-contact': 'Implantat i kontakt med rygsøjlen (for eksempel et cage til spondylodese)',
      'spinal-ancillary': 'Hjælpekomponent til rygsøjlen (skrue, kile, plade, krog, instrument)',
    },
  },
  activeImplantable: {
    prompt: 'Er udstyret aktivt implantabelt udstyr eller tilbehør til sådant udstyr?',
    help: 'Tilbehør til aktivt implantabelt udstyr (momentnøgle, magnet, programmeringskabel) tæller, også når det hverken er implanteret eller aktivt.',
    options: { none: 'Nej', device: 'Det er aktivt implantabelt udstyr', accessory: 'Det er tilbehør til aktivt implantabelt udstyr' },
  },
  ionisingRadiation: {
    prompt: 'Afgiver udstyret energi i form af ioniserende stråling? Til hvad?',
    help: 'Et kateter med en lukket radioisotop eller udstyr til brachyterapi er terapeutisk.',
    options: { none: 'Nej', therapeutic: 'Ja, til behandling', 'diagnostic-or-interventional': 'Ja, til diagnostisk eller interventionel radiologi' },
  },
  administersMedicinalProducts: {
    prompt: 'Er udstyret beregnet til at indgive lægemidler?',
    help: 'At indgive er mere end at lede: udstyret opbevarer lægemidlet eller styrer mængde og hastighed. Om det er potentielt farligt, afhænger af anvendelsesmåden, stoffet og legemsdelen.',
    options: { none: 'Nej', yes: 'Ja', 'potentially-hazardous': 'Ja, på en potentielt farlig måde' },
  },
  therapeuticEnergy: {
    prompt: 'Er udstyret beregnet til at tilføre kroppen energi eller udveksle energi med den i behandlingsøjemed?',
    help: 'Potentielt farligt efter energiens art, tæthed og anvendelsessted: respiratorer, lithotriptorer, kirurgiske lasere, diatermiapparater, kuvøser, defibrillatorer.',
    options: { none: 'Nej', yes: 'Ja', 'potentially-hazardous': 'Ja, på en potentielt farlig måde' },
  },
  controlsOrMonitors: {
    prompt: 'Er udstyret beregnet til at styre eller overvåge, eller direkte påvirke, andet udstyr af en af disse typer?',
    help: 'Vælg den mest kritiske. En programmeringsenhed eller fjernmonitor til en pacemaker styrer aktivt implantabelt udstyr.',
    options: {
      none: 'Nej',
      'class-IIb-active-therapeutic': 'Aktivt terapeutisk udstyr i klasse IIb',
      'active-implantable': 'Aktivt implantabelt udstyr',
      'therapeutic-ionising-radiation': 'Udstyr, der afgiver ioniserende stråling til behandling',
      'diagnostic-or-interventional-radiology': 'Udstyr, der afgiver ioniserende stråling til diagnostisk eller interventionel radiologi',
    },
  },
  diagnosisOrMonitoring: {
    prompt: 'Er udstyret aktivt udstyr til diagnosticering og monitorering?',
    help: 'Det leverer oplysninger til at opdage, diagnosticere, overvåge eller behandle tilstande, sygdomme eller medfødte misdannelser.',
  },
  'diagnosisOrMonitoring.suppliesEnergy': {
    prompt: 'Tilfører det kroppen energi til det formål?',
    help: 'Energi, der absorberes: MR, diagnostisk ultralyd, stimulatorer til fremkaldte potentialer. Kun synligt lys: undersøgelses- og operationslamper.',
    options: { none: 'Nej', absorbed: 'Energi, der absorberes af kroppen', 'visible-illumination': 'Kun lys i det synlige spektrum til at belyse kroppen' },
  },
  'diagnosisOrMonitoring.imagesRadiopharmaceuticals': {
    prompt: 'Er det beregnet til at afbilde fordelingen af radioaktive lægemidler i kroppen?',
    help: 'Gammakameraer, PET- og SPECT-scannere.',
  },
  'diagnosisOrMonitoring.directDiagnosisOrVitalProcesses': {
    prompt: 'Muliggør det direkte diagnosticering eller monitorering af vitale fysiologiske processer?',
    help: 'Direkte diagnosticering: det stiller diagnosen eller leverer de afgørende oplysninger til den. Eksempler: EKG, EEG, elektroniske termometre og blodtryksmålere.',
  },
  'diagnosisOrMonitoring.vitalParametersImmediateDanger': {
    prompt: 'Er det specifikt beregnet til at monitorere vitale parametre, hvis variationer kan bringe patienten i umiddelbar fare?',
    help: 'Hjertefunktion, respiration, aktivitet i centralnervesystemet: for eksempel intensivmonitorer med alarmer eller apnømonitorer.',
  },
  'diagnosisOrMonitoring.diagnosisInImmediateDanger': {
    prompt: 'Er det beregnet til diagnosticering i kliniske situationer, hvor patienten er i umiddelbar fare?',
    help: 'For eksempel en blodgasanalysator under åben hjertekirurgi.',
  },
  administersOrRemovesSubstances: {
    prompt: 'Tilfører udstyret kroppen kropsvæsker eller andre stoffer, eller fjerner det dem fra kroppen?',
    help: 'Sugepumper, ernæringspumper, dialyseudstyr, blodpumper, ilttilførsel. Lægemidler spørges der om for sig.',
    options: { none: 'Nej', yes: 'Ja', 'potentially-hazardous': 'Ja, på en potentielt farlig måde' },
  },
  integratedDiagnosticFunction: {
    prompt: 'Har det terapeutiske udstyr en integreret diagnostisk funktion, der i væsentlig grad bestemmer udstyrets behandling af patienten?',
    help: 'Lukkede kredsløb, der tilpasser behandlingen efter sensormålinger, og automatiske eksterne defibrillatorer.',
  },
  ancillaryMedicinalSubstance: {
    prompt: 'Indeholder udstyret et stof, der i sig selv ville være et lægemiddel, med en virkning, der understøtter udstyrets?',
    help: 'For eksempel en heparinbelægning, knoglecement med antibiotikum, sæddræbende middel på et kondom, kobber i en spiral.',
  },
  contraceptionOrSTD: {
    prompt: 'Bruges udstyret til prævention eller til at forebygge overførsel af seksuelt overførte sygdomme?',
    help: 'Software til prævention tæller med; software, der kun støtter undfangelse, gør ikke.',
  },
  disinfects: {
    prompt: 'Er udstyret specifikt beregnet til at desinficere, rengøre eller sterilisere? Hvad?',
    help: 'Udstyr, der kun rengør andet udstyr ved fysisk påvirkning, er et nej.',
    options: {
      none: 'Nej',
      'contact-lenses': 'Desinficere, rengøre, skylle eller hydrere kontaktlinser',
      'medical-devices': 'Desinficere eller sterilisere medicinsk udstyr',
      'invasive-devices-end-point': 'Desinficere invasivt udstyr som sidste trin i behandlingen (opløsning eller vaske-desinfektor)',
    },
  },
  recordsXrayImages: {
    prompt: 'Er udstyret specifikt beregnet til at optage diagnostiske billeder frembragt af røntgenstråling?',
    help: 'Detektorer, fosforplader og røntgenfilm.',
  },
  tissuesOrCells: {
    prompt: 'Er udstyret fremstillet af ikke-levedygtigt væv eller celler eller derivater heraf? Af hvilken oprindelse?',
    help: 'Derivater er for eksempel kollagen, gelatine og animalsk hyaluronsyre. Vælg menneskelig, så snart der bruges menneskeligt materiale.',
    options: { none: 'Nej', human: 'Menneskelig oprindelse', animal: 'Kun animalsk oprindelse' },
  },
  intactSkinOnly: {
    prompt: 'Er udstyret kun beregnet til at komme i kontakt med intakt hud?',
    help: 'Udstyr af animalsk materiale, der kun rører intakt hud, er undtaget fra klasse III (MDR regel 18).',
  },
  nanomaterialExposure: {
    prompt: 'Indeholder eller består udstyret af nanomateriale? Hvor stort er potentialet for intern eksponering?',
    help: 'Nanomateriale indlejret i en matrix er som regel ubetydeligt, en fast bundet belægning lavt, frit eller frigørligt nanomateriale middel eller højt.',
    options: { none: 'Intet nanomateriale', negligible: 'Ubetydeligt', low: 'Lavt', medium: 'Middel', high: 'Højt' },
  },
  inhalation: {
    prompt: 'Er udstyret beregnet til at indgive lægemidler ved inhalation?',
    help: 'Væsentlig indvirkning: udstyrets virkemåde er afgørende for lægemidlets virkning og sikkerhed.',
    options: {
      none: 'Nej',
      yes: 'Ja',
      'essential-impact': 'Ja, og dets virkemåde har væsentlig indvirkning på lægemidlets virkning og sikkerhed',
      'life-threatening-conditions': 'Ja, til behandling af livstruende tilstande',
    },
  },
  substanceBased: {
    prompt: 'Består udstyret af stoffer, der føres ind gennem en legemsåbning eller påføres huden og absorberes eller fordeles lokalt i kroppen? Hvor virker de?',
    help: 'Negle tæller som hud, og det samme gør øredråber på en intakt trommehinde.',
    options: {
      none: 'Nej',
      skin: 'På huden',
      'nasal-or-oral-cavity': 'Kun i næse- eller mundhulen, indtil svælget',
      'stomach-or-lower-gi': 'I mavesækken eller den nedre mave-tarm-kanal',
      other: 'Andre steder (øje, skede, luftveje, efter svælget)',
    },
  },
  systemicAbsorption: {
    prompt: 'Bliver stofferne eller deres omdannelsesprodukter absorberet systemisk?',
    help: 'Systemisk absorption betyder, at de kommer ind i kroppen og fordeles med blod eller lymfe.',
    options: { none: 'Nej', incidental: 'Ja, men ikke for at opnå formålet', 'for-intended-purpose': 'Ja, for at opnå det tilsigtede formål' },
  },
  measuringFunction: {
    prompt: 'Har udstyret en målefunktion?',
    help: 'Det måler kvantitativt, viser resultatet i enheder, og formålet forudsætter en nøjagtighed, hvis svigt kan skade patienten (graderet doseringssprøjte, febertermometer).',
  },
  sterile: {
    prompt: 'Bringes udstyret i omsætning i steril tilstand?',
    help: 'Leveret sterilt i emballagen, ikke steriliseret af brugeren før brug.',
  },
} satisfies MdrQuestionTexts;
