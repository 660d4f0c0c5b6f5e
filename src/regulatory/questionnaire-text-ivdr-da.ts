// IVDR-spørgsmålene i spørgeskemaet til udstyrsprofilen på dansk.
import type { IvdrQuestionTexts } from './questionnaire-text.ts';

export const IVDR_QUESTION_TEXTS_DA = {
  productType: {
    prompt: 'Hvilken slags produkt er det?',
    help: 'Instrumenter, produkter til generel laboratoriebrug, prøvebeholdere og kontrolmaterialer uden tildelt værdi klassificeres efter, hvad de er; alle andre efter formålet med undersøgelsen.',
    options: {
      assay: 'En analyse: reagens, kit, teststrimmel eller andet produkt til en bestemt undersøgelse',
      'measuring-instrument': 'Et instrument, der selv måler prøven uden ekstra reagenser (for eksempel en blodgasanalysator med direkte sensorer)',
      software: 'Software',
      'general-laboratory': 'Et produkt til generel laboratoriebrug, gjort egnet til IVD (buffer, vaskeopløsning, almindeligt dyrkningsmedium, farvestof)',
      instrument: 'Et instrument, der specifikt er beregnet til IVD-procedurer (analysator)',
      'specimen-receptacle': 'En prøvebeholder (også et sæt, hvor en lægmand kun tager prøven)',
      'control-without-assigned-value': 'Et kontrolmateriale uden tildelt værdi',
      'control-with-assigned-value': 'Et kontrolmateriale med tildelt værdi',
      calibrator: 'En kalibrator',
    },
  },
  usedWithDeviceClass: {
    prompt: 'Med udstyr i hvilken klasse bruges det (eller hvilket udstyr styrer det)?',
    help: 'En kalibrator, et kontrolmateriale med tildelt værdi eller software, der styrer udstyr, får det udstyrs klasse (IVDR bilag VIII, 1.4-1.6). Du kan i stedet besvare spørgsmålene om det udstyrs formål.',
    options: { none: 'Ikke angivet', A: 'Klasse A', B: 'Klasse B', C: 'Klasse C', D: 'Klasse D' },
  },
  transfusionTransplantSafety: {
    prompt: 'Påviser det et overførbart agens i blod, blodkomponenter, celler, væv eller organer for at vurdere, om de egner sig til transfusion, transplantation eller celleindgivelse?',
    help: 'Donorscreening, for eksempel for hiv eller hepatitis i bloddonationer.',
  },
  lifeThreateningHighPropagation: {
    prompt: 'Påviser det et overførbart agens, der forårsager en livstruende sygdom med høj eller formodet høj spredningsrisiko?',
    help: 'For eksempel hiv, HTLV, hepatitis D, ebola, MERS, kopper eller højvirulent influenza.',
  },
  infectiousLoadLifeThreatening: {
    prompt: 'Bestemmer det smittemængden ved en livstruende sygdom, hvor monitorering er afgørende for behandlingen af patienten?',
    help: 'For eksempel virusmængden af hiv, HBV eller HCV.',
  },
  bloodGrouping: {
    prompt: 'Er det til blodtypebestemmelse eller vævstypebestemmelse for at sikre immunologisk forligelighed af blod, celler, væv eller organer?',
    help: 'Herunder blodtypeuforligelighed mellem mor og foster.',
    options: {
      none: 'Nej',
      'other-markers': 'Ja, for andre markører (for eksempel Kell k, Lewis, HLA)',
      'abo-rh-kell-kidd-duffy': 'Ja, for AB0, rhesus (D, C, E, c, e, Cw), Kell K, Kidd eller Duffy',
    },
  },
  sexuallyTransmittedAgent: {
    prompt: 'Påviser det tilstedeværelse af eller eksponering for et seksuelt overført agens?',
    help: 'For eksempel klamydia, gonoré eller syfilis.',
  },
  infectiousAgentInCsfOrBlood: {
    prompt: 'Påviser det et smitstof i cerebrospinalvæske eller blod uden høj spredningsrisiko?',
    help: 'For eksempel test for meningitisbakterier i cerebrospinalvæske.',
  },
  infectionRiskDeathOrDisability: {
    prompt: 'Påviser det et smitstof, hvor et forkert resultat kan medføre død eller alvorligt handicap for den testede person, fosteret eller embryonet eller afkommet?',
    help: 'For eksempel test for cytomegalovirus eller toxoplasma under graviditet.',
  },
  prenatalImmuneStatus: {
    prompt: 'Er det til prænatal screening af kvinder for deres immunstatus over for overførbare agenser?',
    help: 'For eksempel immunstatus for røde hunde eller toxoplasmose under graviditet.',
  },
  infectionStatusLifeThreateningDecision: {
    prompt: 'Bestemmer det infektions- eller immunstatus, hvor et forkert resultat kan føre til en behandlingsbeslutning, der er livstruende for patienten eller afkommet?',
    help: 'Et forkert resultat ville føre til en behandlingsbeslutning, der sætter liv på spil.',
  },
  companionDiagnostic: {
    prompt: 'Er det ledsagende diagnostisk udstyr (companion diagnostic)?',
    help: 'Afgørende for sikker og effektiv brug af et bestemt lægemiddel. Test, der kun overvåger niveauet af eller indstiller dosis for et allerede ordineret lægemiddel, er det ikke.',
  },
  diseaseStagingLifeThreatening: {
    prompt: 'Er det til stadieinddeling af en sygdom, hvor et forkert resultat kan føre til en livstruende behandlingsbeslutning?',
    help: 'Stadiet afgør, hvor langt sygdommen er fremskreden, og dermed behandlingen.',
  },
  cancer: {
    prompt: 'Er det til screening, diagnosticering eller stadieinddeling af kræft?',
    help: 'Herunder test til opfølgning og billedanalysesoftware til dette formål.',
  },
  humanGenetic: {
    prompt: 'Er det til genetisk testning af mennesker?',
    help: 'Undersøgelse af menneskets gener, kromosomer eller genprodukter til et medicinsk formål.',
  },
  monitoringLifeThreatening: {
    prompt: 'Monitorerer det niveauer af lægemidler, stoffer eller biologiske komponenter, hvor et forkert resultat kan føre til en livstruende behandlingsbeslutning?',
    help: 'For eksempel hjertemarkører eller niveauet af et lægemiddel med snævert terapeutisk interval.',
  },
  lifeThreateningDiseaseManagement: {
    prompt: 'Er det til behandling af patienter med en livstruende sygdom eller tilstand?',
    help: 'For eksempel diabetes (glukose, HbA1c), antikoagulationsbehandling eller hiv.',
  },
  congenitalDisorderEmbryoFoetus: {
    prompt: 'Er det til screening for medfødte lidelser hos embryonet eller fosteret?',
    help: 'For eksempel screening for trisomi 21.',
  },
  newbornScreening: {
    prompt: 'Er det til screening af nyfødte for medfødte lidelser, hvor manglende påvisning og behandling kan føre til livstruende situationer eller alvorligt handicap?',
    help: 'For eksempel fenylketonuri eller medfødt hypothyreose.',
  },
  selfTesting: {
    prompt: 'Er det beregnet til selvtestning af lægfolk? Til hvad?',
    help: 'En lægmand udfører testen eller en del af den. Et sæt, hvor lægmanden kun tager prøven, er ikke selvtestning.',
    options: {
      none: 'Nej',
      yes: 'Ja',
      pregnancy: 'Ja, påvisning af graviditet',
      fertility: 'Ja, fertilitetstest',
      cholesterol: 'Ja, kolesterolniveau',
      'urine-glucose-erythrocytes-leucocytes-bacteria': 'Ja, glukose, erytrocytter, leukocytter eller bakterier i urin',
    },
  },
  nearPatient: {
    prompt: 'Er det beregnet til patientnær testning udført af sundhedspersoner uden for et laboratorium?',
    help: 'Det ændrer ikke klassen, men det ændrer overensstemmelsesvurderingen.',
  },
} satisfies IvdrQuestionTexts;
