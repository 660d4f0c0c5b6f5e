// Why a documentation plan item applies or not (the engine's `why`, English) in Danish, with the composed sentences.
import type { EnginePattern } from './regulatory-words.ts';

export const PLAN_WHY_DA: Readonly<Record<string, string>> = {
  'Applies to every device.': 'Gælder for alt udstyr.',
  'The device is a physical product.': 'Udstyret er et fysisk produkt.',
  'The device is neither active hardware nor connected to an active device.': 'Udstyret er hverken aktiv hardware eller forbundet med aktivt udstyr.',
  'The device is neither software nor an active device with electronic programmable systems.': 'Udstyret er hverken software eller aktivt udstyr med elektroniske programmerbare systemer.',
  'The device incorporates no ancillary medicinal substance.': 'Udstyret indeholder intet stof med supplerende lægemiddelvirkning.',
  'No tissues or cells of human or animal origin are used.': 'Der anvendes ikke væv eller celler af human eller animalsk oprindelse.',
  'The device is not composed of substances absorbed by or dispersed in the body.': 'Udstyret består ikke af stoffer, som optages af eller spredes i kroppen.',
  'The device is not invasive and neither administers nor transports or stores substances for the body, so Section 10.4.1 does not reach it.': 'Udstyret er ikke invasivt og hverken indgiver, transporterer eller opbevarer stoffer til kroppen; punkt 10.4.1 omfatter det derfor ikke.',
  'The device is not placed on the market sterile.': 'Udstyret bringes ikke i omsætning i steril tilstand.',
  'The device has no measuring function.': 'Udstyret har ingen målefunktion.',
  'The profile states no connection to or control of another device; applies if it is used in combination with one.': 'Ifølge profilen er udstyret hverken forbundet med eller styrer andet udstyr; gælder, hvis det anvendes i kombination med andet udstyr.',
  'Only for the Annex XVI products without an intended medical purpose; this profile describes a medical device.': 'Kun for produkterne uden medicinsk formål i bilag XVI; denne profil beskriver medicinsk udstyr.',
  'No nanomaterial and no invasive or substance-based contact: no particles are released into the body.': 'Intet nanomateriale og ingen invasiv eller stofbaseret kontakt: der frigives ingen partikler i kroppen.',
  'The profile states neither a reusable instrument nor reusable equipment; applies if the device is reused.': 'Ifølge profilen hverken et genanvendeligt instrument eller genanvendeligt udstyr; gælder, hvis udstyret genanvendes.',
  'The device is neither supplied sterile nor sterilised before use.': 'Udstyret leveres hverken sterilt eller steriliseres før brug.',
  'A physical device supplied non-sterile: its packaging must keep it intact and clean.': 'Fysisk udstyr, der leveres ikke-sterilt: emballagen skal holde det intakt og rent.',
  'No tissues or cells of human origin are used.': 'Der anvendes ikke væv eller celler af human oprindelse.',
  'No tissues or cells of animal origin are used.': 'Der anvendes ikke væv eller celler af animalsk oprindelse.',
  'The profile states no other non-viable biological substances; applies if the device uses e.g. substances of bacterial, fungal or viral origin.': 'Ifølge profilen ingen andre ikke-levedygtige biologiske stoffer; gælder, hvis udstyret anvender f.eks. stoffer af bakteriel, svampe- eller viral oprindelse.',
  'The device is not active hardware; applies only if it is used with flammable or explosive substances.': 'Udstyret er ikke aktiv hardware; gælder kun, hvis det anvendes sammen med brandfarlige eller eksplosive stoffer.',
  'A single-use, non-measuring, non-active device needs no adjustment, calibration or maintenance.': 'Ikke-aktivt engangsudstyr uden målefunktion kræver hverken justering, kalibrering eller vedligeholdelse.',
  'The device has no measuring, monitoring or display scale.': 'Udstyret har ingen måle-, overvågnings- eller visningsskala.',
  'The device has neither a diagnostic nor a measuring function.': 'Udstyret har hverken en diagnostisk funktion eller en målefunktion.',
  'The device emits no ionising or non-ionising radiation and supplies no energy to the body.': 'Udstyret udsender hverken ioniserende eller ikke-ioniserende stråling og tilfører ikke kroppen energi.',
  'The device neither emits nor controls ionising radiation nor records X-ray images.': 'Udstyret hverken udsender eller styrer ioniserende stråling og optager ikke røntgenbilleder.',
  'The device is not standalone software for mobile platforms.': 'Udstyret er ikke selvstændig software til mobile platforme.',
  'The device is not active, or is an active implantable device (Section 19 applies instead).': 'Udstyret er ikke aktivt eller er aktivt implantabelt udstyr (så gælder punkt 19 i stedet).',
  'The device is not active hardware (standalone software relies on its platform; non-active devices have no power supply).': 'Udstyret er ikke aktiv hardware (selvstændig software bygger på sin platform; ikke-aktivt udstyr har ingen strømforsyning).',
  'The device does not monitor clinical parameters.': 'Udstyret overvåger ikke kliniske parametre.',
  'The device is not active.': 'Udstyret er ikke aktivt.',
  'The device is not an active implantable device.': 'Udstyret er ikke aktivt implantabelt udstyr.',
  'A non-active device without heat exchange does not heat up.': 'Ikke-aktivt udstyr uden varmeudveksling bliver ikke varmt.',
  'The device supplies neither energy nor substances to the patient.': 'Udstyret tilfører hverken patienten energi eller stoffer.',
  'Not stated to be intended for lay persons; applies if lay persons use it.': 'Ikke angivet som beregnet til lægpersoner; gælder, hvis lægpersoner bruger det.',
  'The device is intended for use by lay persons.': 'Udstyret er beregnet til brug af lægpersoner.',
  'The device is invasive or (re)administers, transports or stores medicines, body liquids or other substances (Section 10.4.1): CMR and endocrine-disrupting substances above 0.1 % w/w need a justification.': 'Udstyret er invasivt eller (gen)indgiver, transporterer eller opbevarer lægemidler, kropsvæsker eller andre stoffer (punkt 10.4.1): CMR-stoffer og hormonforstyrrende stoffer over 0,1 vægtprocent skal begrundes.',
  'The device incorporates nanomaterial, is invasive or is substance-based, so particles can be released into the body.': 'Udstyret indeholder nanomateriale, er invasivt eller stofbaseret, så der kan frigives partikler i kroppen.',
  'The device is active hardware or is connected to an active device.': 'Udstyret er aktiv hardware eller er forbundet med aktivt udstyr.',
  'The device is connected to, controls or serves another device: the combination must be safe and interoperable.': 'Udstyret er forbundet med, styrer eller betjener andet udstyr: kombinationen skal være sikker og interoperabel.',
  'Active hardware or heat exchange: accessible parts may reach hazardous temperatures.': 'Aktiv hardware eller varmeudveksling: tilgængelige dele kan nå farlige temperaturer.',
  'The device is reused (a reusable instrument or equipment used on several patients) and must allow safe cleaning, disinfection or re-sterilisation.': 'Udstyret genanvendes (et genanvendeligt instrument eller udstyr, der bruges til flere patienter) og skal kunne rengøres, desinficeres eller resteriliseres sikkert.',
  'The device is sterilised, by the manufacturer or before each reuse.': 'Udstyret steriliseres, af fabrikanten eller før hver genanvendelse.',
  'The device needs adjustment, calibration or maintenance (active equipment, measuring function or reusable instrument).': 'Udstyret kræver justering, kalibrering eller vedligeholdelse (aktivt udstyr, målefunktion eller genanvendeligt instrument).',
  'The device emits ionising radiation or supplies energy to the body (e.g. light, laser, ultrasound); if that energy is not radiation (e.g. electrical stimulation), justify non-applicability in Annex II §4(a).': 'Udstyret udsender ioniserende stråling eller tilfører kroppen energi (f.eks. lys, laser, ultralyd); er energien ikke stråling (f.eks. elektrisk stimulation), begrundes det i bilag II, punkt 4, litra a), at kravet ikke finder anvendelse.',
  'The device emits ionising radiation, controls a device that does, or records X-ray images (image quality versus dose).': 'Udstyret udsender ioniserende stråling, styrer udstyr, der gør det, eller optager røntgenbilleder (billedkvalitet i forhold til dosis).',
  'The device supplies energy or substances to the patient.': 'Udstyret tilfører patienten energi eller stoffer.',
  'The device is an active implantable device.': 'Udstyret er aktivt implantabelt udstyr.',
  'An active hardware device uses a source of energy.': 'Aktivt hardwareudstyr bruger en energikilde.',
  'A non-implantable active device.': 'Ikke-implantabelt aktivt udstyr.',
  'An active hardware device powered by a source of energy.': 'Aktivt hardwareudstyr, der forsynes fra en energikilde.',
  'The device is active (software counts as active).': 'Udstyret er aktivt (software regnes som aktivt).',
  'Active device assumed to incorporate electronics or software; record it as not applicable if it has none (e.g. an elastomeric pump).': 'For aktivt udstyr antages elektronik eller software; angiv kravet som ikke relevant, hvis det ikke har noget af det (f.eks. en elastomerpumpe).',
  'The device has a measuring function, a display or presents monitoring or diagnostic information.': 'Udstyret har en målefunktion, et display eller viser overvågnings- eller diagnostiske oplysninger.',
  'The device has a diagnostic or measuring function.': 'Udstyret har en diagnostisk funktion eller en målefunktion.',
  'Standalone software has no materials or physical construction of its own.': 'Selvstændig software har hverken egne materialer eller en fysisk konstruktion.',
  'The device is software (MDSW).': 'Udstyret er software (software, der er medicinsk udstyr, MDSW).',
  'The device is supplied sterile (Sections 11.4-11.5 apply instead) or is standalone software.': 'Udstyret leveres sterilt (så gælder punkt 11.4-11.5 i stedet) eller er selvstændig software.',
  'The device is software; the requirement applies where it runs on mobile computing platforms.': 'Udstyret er software; kravet gælder, hvor det kører på mobile computerplatforme.',
  'The device monitors clinical parameters of a patient and needs appropriate alarms.': 'Udstyret overvåger en patients kliniske parametre og skal have passende alarmsystemer.',
  'The device incorporates a substance that would be a medicinal product if used separately (Rule 14).': 'Udstyret indeholder et stof, der ville være et lægemiddel, hvis det blev anvendt alene (regel 14).',
  'The device utilises tissues or cells of human or animal origin or their derivatives.': 'Udstyret er fremstillet af væv eller celler af human eller animalsk oprindelse eller derivater heraf.',
  'The device utilises non-viable tissues or cells of human origin or their derivatives (Rule 18).': 'Udstyret er fremstillet af ikke-levedygtigt væv eller ikke-levedygtige celler af human oprindelse eller derivater heraf (regel 18).',
  'The device utilises non-viable tissues or cells of animal origin or their derivatives.': 'Udstyret er fremstillet af ikke-levedygtigt væv eller ikke-levedygtige celler af animalsk oprindelse eller derivater heraf.',
  'The device is composed of substances absorbed by or locally dispersed in the body (Rule 21).': 'Udstyret består af stoffer, som optages af eller spredes lokalt i kroppen (regel 21).',
  'The device is placed on the market sterile.': 'Udstyret bringes i omsætning i steril tilstand.',
  'The device has a measuring function (class I qualifier m where class I).': 'Udstyret har en målefunktion (i klasse I tilføjelsen m).',
  'The device is a physical product (reagent, instrument, receptacle or material).': 'Udstyret er et fysisk produkt (reagens, instrument, prøvebeholder eller materiale).',
  'The device is neither software nor an instrument.': 'Udstyret er hverken software eller et instrument.',
  'A physical device: risks of infection and microbial contamination of users and specimens apply.': 'Fysisk udstyr: risikoen for infektion og mikrobiel kontaminering af brugere og prøver skal vurderes.',
  'Reagents, calibrators and controls often contain tissues, cells or substances of human, animal or microbial origin (e.g. antibodies, plasma-based controls); applies where this one does.': 'Reagenser, kalibratorer og kontrolmaterialer indeholder ofte væv, celler eller stoffer af human, animalsk eller mikrobiel oprindelse (f.eks. antistoffer, plasmabaserede kontroller); gælder, hvis dette udstyr gør.',
  'Not an instrument; applies if the device has a primary analytical measuring function.': 'Ikke et instrument; gælder, hvis udstyret har en primær analytisk målefunktion.',
  'The profile states no radiation; applies to radioactive reagents and instruments emitting radiation (e.g. lasers, UV).': 'Ifølge profilen ingen stråling; gælder for radioaktive reagenser og instrumenter, der udsender stråling (f.eks. laser, UV).',
  'Not an instrument: no energy source, no moving or heated parts.': 'Ikke et instrument: ingen energikilde, ingen bevægelige eller opvarmede dele.',
  'The device is intended neither for self-testing nor for near-patient testing.': 'Udstyret er hverken beregnet til selvtest eller til patientnær testning.',
  'The device is intended for self-testing or near-patient testing.': 'Udstyret er beregnet til selvtest eller patientnær testning.',
  'The device is software or an instrument with electronic programmable systems.': 'Udstyret er software eller et instrument med elektroniske programmerbare systemer.',
  'An instrument, software or specimen receptacle contains no materials of biological origin.': 'Et instrument, software eller en prøvebeholder indeholder ingen materialer af biologisk oprindelse.',
  'An instrument with an analytical measuring function.': 'Et instrument med en analytisk målefunktion.',
  'An instrument connected to or equipped with an energy source, with moving or heated parts.': 'Et instrument, der er tilsluttet eller udstyret med en energikilde, med bevægelige eller opvarmede dele.',
  'Non-sterile software or specimen receptacle: no specific case applies.': 'Ikke-steril software eller prøvebeholder: intet særligt tilfælde gælder.',
  'A physical device placed on the market sterile: infection control and the sterile-state requirements apply.': 'Fysisk udstyr, der bringes i omsætning i steril tilstand: kravene til infektionskontrol og steril tilstand gælder.',
};

// Annex I §23.4 (MDR): the instructions-for-use particulars the engine names for this device.
const IFU_PARTS: Readonly<Record<string, string>> = {
  '(l) damaged sterile packaging': 'litra l): beskadiget steril emballage',
  '(n) reprocessing for reuse': 'litra n): oparbejdning til genanvendelse',
  '(r) emitted radiation': 'litra r): udsendt stråling',
  '(t) substance-based device': 'litra t): stofbaseret udstyr',
  '(u) materials patients are exposed to, (aa) implant information (Art. 18)': 'litra u): materialer, som patienter udsættes for, litra aa): implantatoplysninger (art. 18)',
  '(w) when to consult a healthcare professional': 'litra w): hvornår en sundhedsperson bør kontaktes',
  '(ab) minimum hardware, IT network and IT security requirements': 'litra ab): minimumskrav til hardware, IT-netværk og IT-sikkerhed',
  '(h) the claimed accuracy': 'litra h): den angivne nøjagtighed',
};
const IVDR_CASES: Readonly<Record<string, string>> = {
  'sterile: the manufacturing environment and the validated sterilisation': 'sterilt: fremstillingsmiljøet og den validerede sterilisering',
  'reagents, calibrators and controls: origin and processing of any biological material': 'reagenser, kalibratorer og kontrolmaterialer: oprindelse og forarbejdning af eventuelt biologisk materiale',
  'instrument: measuring accuracy and connection to other devices': 'instrument: målenøjagtighed og forbindelse med andet udstyr',
};

/** Each "; "-separated part of `list` through `map`; undefined when one part is unknown. */
function parts(map: Readonly<Record<string, string>>, list: string): string | undefined {
  const words = list.split('; ').map((part) => map[part]);
  return words.every((w): w is string => w !== undefined) ? words.join('; ') : undefined;
}

const EXEMPTION = ' Som udstyr i klasse I eller IIa må det kun leveres uden brugsanvisning, hvis det kan anvendes sikkert uden (punkt 23.1, litra d)).';

export const PLAN_WHY_PATTERNS_DA: readonly EnginePattern[] = [
  [/^Applies to every device(?:; for this device in particular (.+?))?\.( As a class I or IIa device it may go without instructions for use only if it can be used safely without them \(Section 23\.1\(d\)\)\.)?$/,
    (m) => {
      const extra = m[1] === undefined ? '' : parts(IFU_PARTS, m[1]);
      return extra === undefined ? undefined : `Gælder for alt udstyr${extra ? `; for dette udstyr især ${extra}` : ''}.${m[2] ? EXEMPTION : ''}`;
    }],
  [/^Applies to every device; it records class (I|IIa|IIb|III|A|B|C|D) and the classification rules that apply\.$/,
    (m) => `Gælder for alt udstyr; her registreres klasse ${m[1]} og de klassificeringsregler, der finder anvendelse.`],
  [/^Specific cases for this device: (.+)\.$/, (m) => {
    const cases = parts(IVDR_CASES, m[1]!);
    return cases === undefined ? undefined : `Særlige tilfælde for dette udstyr: ${cases}.`;
  }],
  [/^Class (I|A|B): a post-market surveillance report \(Art\. (85|80)\), updated when necessary\.$/,
    (m) => `Klasse ${m[1]}: en rapport om overvågning efter omsætning (art. ${m[2]}), ajourført efter behov.`],
  [/^Class IIa: a periodic safety update report \(Art\. 86\), updated when necessary and at least every two years\.$/,
    () => 'Klasse IIa: en periodisk sikkerhedsopdateringsrapport (PSUR, art. 86), ajourført efter behov og mindst hvert andet år.'],
  [/^Class (IIb|III|C|D): a periodic safety update report \(Art\. (86|81)\), updated at least annually\.$/,
    (m) => `Klasse ${m[1]}: en periodisk sikkerhedsopdateringsrapport (PSUR, art. ${m[2]}), ajourført mindst én gang om året.`],
];
