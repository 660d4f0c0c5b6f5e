// Kvalificeringstjekket på dansk: spørgsmål, svarmuligheder, begrundelsen for hvert svar, resultater.
import type { QualificationTexts } from './qualification-text.ts';

export const QUALIFICATION_TEXTS_DA = {
  questions: {
    software: {
      prompt: 'Er produktet software?',
      help: 'Software er et sæt instruktioner, der behandler inputdata og skaber outputdata: en app, et program eller en cloudtjeneste. Software, der er bygget ind i et apparat, er en del af apparatet: svar nej.',
      reasons: {
        yes: 'Det er software, så beslutningstrinnene i MDCG 2019-11 for software gælder.',
        no: 'Det er ikke software, så det kvalificeres direkte efter definitionerne i artikel 2 i MDR og IVDR.',
      },
    },
    softwareRole: {
      prompt: 'Er softwaren en af disse?',
      help: 'Software, der styrer eller påvirker et apparat, betjener eller regulerer det eller melder tilbage om, hvordan det fungerer, uden selv at have et medicinsk formål.',
      options: {
        independent: 'Ingen af disse: den står for sig selv',
        'annex-xvi': 'Et produkt uden medicinsk formål, der er opført i bilag XVI til MDR',
        accessory: 'Tilbehør til bestemt medicinsk udstyr eller IVD-udstyr',
        'drives-or-influences': 'Software, der styrer eller påvirker brugen af medicinsk (hardware)udstyr eller IVD-udstyr',
      },
      reasons: {
        independent: 'Den er ingen af disse, så det afgøres af, hvad den gør med data (trin 3).',
        'annex-xvi': 'Den er et produkt omfattet af bilag XVI: MDR gælder, selv om det ikke har et medicinsk formål.',
        accessory: 'Den er tilbehør og reguleres selvstændigt efter forordningen for det udstyr, den tjener.',
        'drives-or-influences': 'Den styrer eller påvirker et apparat, er derfor omfattet sammen med apparatet og hører til samme klasse (MDR bilag VIII 3.3, IVDR bilag VIII 1.4).',
      },
    },
    servedRegulation: {
      prompt: 'Er det udstyr, den tjener, medicinsk udstyr eller udstyr til in vitro-diagnostik?',
      help: 'Softwaren følger forordningen for det udstyr, den tjener.',
      options: { MDR: 'Medicinsk udstyr (MDR)', IVDR: 'Udstyr til in vitro-diagnostik (IVDR)' },
      reasons: {
        MDR: 'Det udstyr, den tjener, er medicinsk udstyr, så MDR gælder.',
        IVDR: 'Det udstyr, den tjener, er udstyr til in vitro-diagnostik, så IVDR gælder.',
      },
    },
    actionOnData: {
      prompt: 'Gør softwaren mere med data end at gemme, arkivere, overføre, søge simpelt eller komprimere uden tab?',
      help: 'For eksempel beregne, analysere, fortolke, give alarmer eller ændre visningen af data til et medicinsk formål.',
      reasons: {
        yes: 'Den behandler data ud over lagring, arkivering, kommunikation, simpel søgning og tabsfri komprimering, så den kan være software som medicinsk udstyr.',
        no: 'Den gemmer, arkiverer, overfører, søger simpelt eller komprimerer uden tab: det gør ikke i sig selv software til medicinsk udstyr.',
      },
    },
    individualPatients: {
      prompt: 'Virker den til gavn for den enkelte patient?',
      help: 'Ikke hvis den kun samler data om befolkninger, viser generelle diagnostiske forløb eller behandlingsforløb, litteratur, atlas eller skabeloner, eller tjener epidemiologiske studier eller registre.',
      reasons: {
        yes: 'Den virker til gavn for den enkelte patient, så den kan være software som medicinsk udstyr.',
        no: 'Den virker ikke for den enkelte patient, så den er ikke software som medicinsk udstyr.',
      },
    },
    medicalPurpose: {
      prompt: 'Hvad er produktet beregnet til?',
      help: 'Det er fabrikantens formål på mærkningen, i brugsanvisningen og i markedsføringen, der tæller, ikke hvad produktet teknisk set kunne.',
      options: {
        none: 'Intet medicinsk formål',
        medical: 'Diagnosticering, forebyggelse, overvågning, forudsigelse, prognose, behandling eller lindring af sygdom, skade eller handicap; undersøgelse eller ændring af anatomien eller en proces i kroppen; eller oplysninger fra in vitro-undersøgelse af prøver',
        conception: 'Kontrol med eller støtte af undfangelse',
        'device-reprocessing': 'Rengøring, desinfektion eller sterilisering af medicinsk udstyr',
      },
      reasons: {
        none: 'Det har ingen af de medicinske formål i artikel 2, nr. 1, i MDR og er derfor ikke selv medicinsk udstyr.',
        medical: 'Det har et medicinsk formål, der er opført i artikel 2, nr. 1, i MDR.',
        conception: 'Udstyr til kontrol med eller støtte af undfangelse betragtes også som medicinsk udstyr.',
        'device-reprocessing': 'Produkter, der specifikt er beregnet til rengøring, desinfektion eller sterilisering af udstyr, betragtes som medicinsk udstyr.',
      },
    },
    ivdInformation: {
      prompt: 'Leverer softwaren oplysninger inden for definitionen af IVD-udstyr?',
      help: 'Oplysninger fra in vitro-undersøgelser om en fysiologisk eller patologisk tilstand, medfødte funktionsnedsættelser, disposition for en sygdom, forligelighed med modtagere, behandlingsrespons eller terapeutiske foranstaltninger.',
      reasons: {
        yes: 'Den leverer oplysninger inden for IVD-definitionen, så dens datakilder afgør, om MDR eller IVDR gælder.',
        no: 'Den leverer ingen oplysninger inden for IVD-definitionen og er derfor software som medicinsk udstyr efter MDR.',
      },
    },
    onlyIvdData: {
      prompt: 'Bygger oplysningerne udelukkende på data fra udstyr til in vitro-diagnostik?',
      help: 'For eksempel kun analyseresultater, målinger fra analysatorer eller rå sekventeringsdata.',
      reasons: {
        yes: 'Oplysningerne stammer udelukkende fra data fra IVD-udstyr, så det er IVD-software efter IVDR.',
        no: 'Den bruger også data fra andre kilder, så datakildernes vægt afgør det.',
      },
    },
    mainlyIvdData: {
      prompt: 'Er formålet i væsentlig grad drevet af data fra udstyr til in vitro-diagnostik?',
      help: 'Vægt hver datakilde efter dens betydning for resultatet: afgørende laboratoriemarkører peger mod IVDR, vitale værdier med en valgfri laboratorieværdi mod MDR.',
      reasons: {
        yes: 'Formålet er i væsentlig grad drevet af data fra IVD-udstyr, så IVDR gælder.',
        no: 'Formålet er i væsentlig grad drevet af data fra medicinsk udstyr, så MDR gælder.',
      },
    },
    inVitroExamination: {
      prompt: 'Er produktet beregnet til in vitro-undersøgelse af prøver fra menneskekroppen, eller er det en prøvebeholder?',
      help: 'Reagenser, kalibratorer, kontrolmaterialer, kits, instrumenter og analysatorer, der bruges uden for kroppen på blod, urin, væv eller andre prøver, udelukkende eller hovedsageligt for at give oplysninger om helbredet.',
      reasons: {
        yes: 'Det er beregnet til in vitro-undersøgelse af prøver fra menneskekroppen og er derfor udstyr til in vitro-diagnostik, medmindre IVDR undtager det.',
        no: 'Det undersøger ikke prøver in vitro, så definitionen i MDR gælder.',
      },
    },
    ivdrExclusion: {
      prompt: 'Er det et af disse produkter?',
      help: 'IVDR gælder ikke for dem (artikel 1, stk. 3, i IVDR).',
      options: {
        none: 'Ingen af disse',
        'general-laboratory-or-research': 'Et produkt til generel laboratoriebrug eller kun til forskningsbrug, ikke specifikt beregnet til in vitro-diagnostisk undersøgelse',
        'invasive-sampling': 'Et invasivt prøvetagningsprodukt eller et produkt, der anvendes direkte på kroppen for at tage en prøve (for eksempel en lancet)',
        'reference-material': 'Et internationalt certificeret referencemateriale',
        'external-quality-assessment': 'Materiale til en ekstern kvalitetsvurderingsordning',
      },
      reasons: {
        none: 'Ingen af undtagelserne i IVDR gælder, så det er medicinsk udstyr til in vitro-diagnostik.',
        'general-laboratory-or-research': 'Produkter til generel laboratoriebrug eller kun til forskningsbrug er uden for IVDR, medmindre de specifikt er beregnet til in vitro-diagnostisk undersøgelse.',
        'invasive-sampling': 'Invasive prøvetagningsprodukter er uden for IVDR; de er medicinsk udstyr efter MDR.',
        'reference-material': 'Internationalt certificerede referencematerialer er uden for IVDR.',
        'external-quality-assessment': 'Materialer til eksterne kvalitetsvurderingsordninger er uden for IVDR.',
      },
    },
    pharmacologicalAction: {
      prompt: 'Opnår produktet sin tilsigtede hovedvirkning ad farmakologisk, immunologisk eller metabolisk vej?',
      help: 'Medicinsk udstyr virker hovedsageligt fysisk; sådanne midler må kun understøtte virkningen.',
      reasons: {
        yes: 'Hovedvirkningen er farmakologisk, immunologisk eller metabolisk, så det er et lægemiddel og ikke medicinsk udstyr.',
        no: 'Det opnår ikke sin hovedvirkning ad farmakologisk, immunologisk eller metabolisk vej.',
      },
    },
    mdrExclusion: {
      prompt: 'Er produktet et af disse?',
      help: 'MDR gælder ikke for dem (artikel 1, stk. 6, i MDR). Udstyr fremstillet af ikke-levedygtigt væv, celler eller derivater forbliver medicinsk udstyr.',
      options: {
        none: 'Ingen af disse',
        atmp: 'Et lægemiddel til avanceret terapi',
        'human-blood': 'Humant blod, blodprodukter, plasma eller blodceller, eller udstyr, der indeholder dem',
        cosmetic: 'Et kosmetisk produkt',
        'viable-animal-tissue': 'Levedygtigt væv eller levedygtige celler af animalsk oprindelse eller et produkt heraf',
        'human-tissue': 'Væv eller celler af menneskelig oprindelse omfattet af direktiv 2004/23/EF eller et produkt heraf',
        'viable-organisms': 'Et produkt, der indeholder levedygtigt biologisk materiale eller levende organismer (bakterier, svampe, vira) for at opnå sit formål',
        food: 'En fødevare',
      },
      reasons: {
        none: 'Ingen af undtagelserne i artikel 1, stk. 6, i MDR gælder, så det er medicinsk udstyr.',
        atmp: 'Lægemidler til avanceret terapi er uden for MDR.',
        'human-blood': 'Humant blod, blodprodukter, plasma og blodceller er uden for MDR.',
        cosmetic: 'Kosmetiske produkter er uden for MDR.',
        'viable-animal-tissue': 'Levedygtigt væv og levedygtige celler af animalsk oprindelse er uden for MDR.',
        'human-tissue': 'Væv og celler af menneskelig oprindelse omfattet af direktiv 2004/23/EF er uden for MDR.',
        'viable-organisms': 'Produkter, der bygger på levedygtigt biologisk materiale eller levende organismer, er uden for MDR.',
        food: 'Fødevarer er uden for MDR.',
      },
    },
    accessoryFor: {
      prompt: 'Er produktet lavet til at blive brugt sammen med bestemt udstyr, så det kan anvendes efter sit formål, eller for direkte at støtte dets medicinske funktion?',
      help: 'Tilbehør er ikke selv udstyr, for eksempel en særlig oplader eller en rengøringsadapter til ét bestemt apparat.',
      options: { none: 'Nej', 'medical-device': 'Ja, med bestemt medicinsk udstyr', ivd: 'Ja, med bestemt udstyr til in vitro-diagnostik' },
      reasons: {
        none: 'Det er ikke lavet til bestemt udstyr og er derfor ikke tilbehør.',
        'medical-device': 'Det gør det muligt at bruge bestemt medicinsk udstyr eller støtter det direkte og er derfor tilbehør efter MDR.',
        ivd: 'Det gør det muligt at bruge bestemt IVD-udstyr eller støtter det direkte og er derfor tilbehør efter IVDR.',
      },
    },
    annexXvi: {
      prompt: 'Hører produktet til en af de grupper, der er opført i bilag XVI til MDR?',
      help: 'Kontaktlinser uden korrektion, implantater til æstetisk ændring, fillers, udstyr til fedtsugning eller lipolyse, udstyr med højintensivt lys eller laser til hudbehandling eller hårfjernelse, udstyr til hjernestimulation.',
      reasons: {
        yes: 'Det er et produkt omfattet af bilag XVI uden medicinsk formål, så MDR gælder for det.',
        no: 'Det har intet medicinsk formål, er ikke tilbehør og er ikke opført i bilag XVI, så ingen af forordningerne gælder.',
      },
    },
  },
  outcomes: {
    'medical-device': 'Medicinsk udstyr (MDR)',
    ivd: 'Medicinsk udstyr til in vitro-diagnostik (IVDR)',
    'accessory-mdr': 'Tilbehør til medicinsk udstyr (MDR)',
    'accessory-ivdr': 'Tilbehør til medicinsk udstyr til in vitro-diagnostik (IVDR)',
    'annex-xvi': 'Produkt uden medicinsk formål opført i bilag XVI til MDR',
    'not-a-device': 'Ikke medicinsk udstyr',
    excluded: 'Uden for forordningens anvendelsesområde',
  },
} satisfies QualificationTexts;
