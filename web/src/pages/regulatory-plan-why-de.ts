// Why a documentation plan item applies or not (the engine's `why`, English) in German, with the composed sentences.
import type { EnginePattern } from './regulatory-words.ts';

export const PLAN_WHY_DE: Readonly<Record<string, string>> = {
  'Applies to every device.': 'Gilt für jedes Produkt.',
  'The device is a physical product.': 'Das Produkt ist ein physisches Produkt.',
  'The device is neither active hardware nor connected to an active device.': 'Das Produkt ist weder aktive Hardware noch mit einem aktiven Produkt verbunden.',
  'The device is neither software nor an active device with electronic programmable systems.': 'Das Produkt ist weder Software noch ein aktives Produkt mit elektronischen programmierbaren Systemen.',
  'The device incorporates no ancillary medicinal substance.': 'Das Produkt enthält keinen Stoff, der als Arzneimittel eine ergänzende Wirkung hat.',
  'No tissues or cells of human or animal origin are used.': 'Es werden keine Gewebe oder Zellen menschlichen oder tierischen Ursprungs verwendet.',
  'The device is not composed of substances absorbed by or dispersed in the body.': 'Das Produkt besteht nicht aus Stoffen, die vom Körper aufgenommen oder im Körper verteilt werden.',
  'The device is not invasive and neither administers nor transports or stores substances for the body, so Section 10.4.1 does not reach it.': 'Das Produkt ist nicht invasiv und verabreicht, transportiert oder lagert keine Stoffe für den Körper; Abschnitt 10.4.1 erfasst es daher nicht.',
  'The device is not placed on the market sterile.': 'Das Produkt wird nicht steril in Verkehr gebracht.',
  'The device has no measuring function.': 'Das Produkt hat keine Messfunktion.',
  'The profile states no connection to or control of another device; applies if it is used in combination with one.': 'Laut Profil ist das Produkt weder mit einem anderen Produkt verbunden noch steuert es eines; gilt, wenn es in Kombination mit einem anderen Produkt verwendet wird.',
  'Only for the Annex XVI products without an intended medical purpose; this profile describes a medical device.': 'Nur für die Produkte ohne medizinische Zweckbestimmung nach Anhang XVI; dieses Profil beschreibt ein Medizinprodukt.',
  'No nanomaterial and no invasive or substance-based contact: no particles are released into the body.': 'Kein Nanomaterial und kein invasiver oder stofflicher Kontakt: Es werden keine Partikel in den Körper freigesetzt.',
  'The profile states neither a reusable instrument nor reusable equipment; applies if the device is reused.': 'Laut Profil weder ein wiederverwendbares Instrument noch wiederverwendbare Ausrüstung; gilt, wenn das Produkt wiederverwendet wird.',
  'The device is neither supplied sterile nor sterilised before use.': 'Das Produkt wird weder steril geliefert noch vor der Anwendung sterilisiert.',
  'A physical device supplied non-sterile: its packaging must keep it intact and clean.': 'Ein unsteril geliefertes physisches Produkt: Seine Verpackung muss es unversehrt und sauber halten.',
  'No tissues or cells of human origin are used.': 'Es werden keine Gewebe oder Zellen menschlichen Ursprungs verwendet.',
  'No tissues or cells of animal origin are used.': 'Es werden keine Gewebe oder Zellen tierischen Ursprungs verwendet.',
  'The profile states no other non-viable biological substances; applies if the device uses e.g. substances of bacterial, fungal or viral origin.': 'Laut Profil keine anderen nicht lebensfähigen biologischen Stoffe; gilt, wenn das Produkt z. B. Stoffe bakteriellen, pilzlichen oder viralen Ursprungs verwendet.',
  'The device is not active hardware; applies only if it is used with flammable or explosive substances.': 'Das Produkt ist keine aktive Hardware; gilt nur, wenn es zusammen mit entzündlichen oder explosiven Stoffen verwendet wird.',
  'A single-use, non-measuring, non-active device needs no adjustment, calibration or maintenance.': 'Ein nicht aktives Einmalprodukt ohne Messfunktion braucht weder Einstellung noch Kalibrierung noch Wartung.',
  'The device has no measuring, monitoring or display scale.': 'Das Produkt hat keine Mess-, Überwachungs- oder Anzeigeskala.',
  'The device has neither a diagnostic nor a measuring function.': 'Das Produkt hat weder eine Diagnose- noch eine Messfunktion.',
  'The device emits no ionising or non-ionising radiation and supplies no energy to the body.': 'Das Produkt gibt weder ionisierende noch nichtionisierende Strahlung ab und führt dem Körper keine Energie zu.',
  'The device neither emits nor controls ionising radiation nor records X-ray images.': 'Das Produkt gibt keine ionisierende Strahlung ab, steuert keine und zeichnet keine Röntgenbilder auf.',
  'The device is not standalone software for mobile platforms.': 'Das Produkt ist keine eigenständige Software für mobile Plattformen.',
  'The device is not active, or is an active implantable device (Section 19 applies instead).': 'Das Produkt ist nicht aktiv oder ist ein aktives implantierbares Produkt (dann gilt stattdessen Abschnitt 19).',
  'The device is not active hardware (standalone software relies on its platform; non-active devices have no power supply).': 'Das Produkt ist keine aktive Hardware (eigenständige Software stützt sich auf ihre Plattform; nicht aktive Produkte haben keine Energieversorgung).',
  'The device does not monitor clinical parameters.': 'Das Produkt überwacht keine klinischen Parameter.',
  'The device is not active.': 'Das Produkt ist nicht aktiv.',
  'The device is not an active implantable device.': 'Das Produkt ist kein aktives implantierbares Produkt.',
  'A non-active device without heat exchange does not heat up.': 'Ein nicht aktives Produkt ohne Wärmeaustausch erwärmt sich nicht.',
  'The device supplies neither energy nor substances to the patient.': 'Das Produkt führt dem Patienten weder Energie noch Stoffe zu.',
  'Not stated to be intended for lay persons; applies if lay persons use it.': 'Nicht als für Laien bestimmt angegeben; gilt, wenn Laien es anwenden.',
  'The device is intended for use by lay persons.': 'Das Produkt ist zur Anwendung durch Laien bestimmt.',
  'The device is invasive or (re)administers, transports or stores medicines, body liquids or other substances (Section 10.4.1): CMR and endocrine-disrupting substances above 0.1 % w/w need a justification.': 'Das Produkt ist invasiv oder verabreicht (erneut), transportiert oder lagert Arzneimittel, Körperflüssigkeiten oder andere Stoffe (Abschnitt 10.4.1): CMR- und endokrin wirkende Stoffe über 0,1 Massenprozent müssen begründet werden.',
  'The device incorporates nanomaterial, is invasive or is substance-based, so particles can be released into the body.': 'Das Produkt enthält Nanomaterial, ist invasiv oder besteht aus Stoffen; daher können Partikel in den Körper freigesetzt werden.',
  'The device is active hardware or is connected to an active device.': 'Das Produkt ist aktive Hardware oder mit einem aktiven Produkt verbunden.',
  'The device is connected to, controls or serves another device: the combination must be safe and interoperable.': 'Das Produkt ist mit einem anderen Produkt verbunden, steuert es oder dient ihm: Die Kombination muss sicher und interoperabel sein.',
  'Active hardware or heat exchange: accessible parts may reach hazardous temperatures.': 'Aktive Hardware oder Wärmeaustausch: Zugängliche Teile können gefährliche Temperaturen erreichen.',
  'The device is reused (a reusable instrument or equipment used on several patients) and must allow safe cleaning, disinfection or re-sterilisation.': 'Das Produkt wird wiederverwendet (wiederverwendbares Instrument oder bei mehreren Patienten eingesetzte Ausrüstung) und muss sicher gereinigt, desinfiziert oder erneut sterilisiert werden können.',
  'The device is sterilised, by the manufacturer or before each reuse.': 'Das Produkt wird sterilisiert, vom Hersteller oder vor jeder Wiederverwendung.',
  'The device needs adjustment, calibration or maintenance (active equipment, measuring function or reusable instrument).': 'Das Produkt braucht Einstellung, Kalibrierung oder Wartung (aktive Ausrüstung, Messfunktion oder wiederverwendbares Instrument).',
  'The device emits ionising radiation or supplies energy to the body (e.g. light, laser, ultrasound); if that energy is not radiation (e.g. electrical stimulation), justify non-applicability in Annex II §4(a).': 'Das Produkt gibt ionisierende Strahlung ab oder führt dem Körper Energie zu (z. B. Licht, Laser, Ultraschall); ist diese Energie keine Strahlung (z. B. elektrische Stimulation), begründen Sie die Nichtanwendbarkeit nach Anhang II Abschnitt 4 Buchst. a.',
  'The device emits ionising radiation, controls a device that does, or records X-ray images (image quality versus dose).': 'Das Produkt gibt ionisierende Strahlung ab, steuert ein Produkt, das dies tut, oder zeichnet Röntgenbilder auf (Bildqualität im Verhältnis zur Dosis).',
  'The device supplies energy or substances to the patient.': 'Das Produkt führt dem Patienten Energie oder Stoffe zu.',
  'The device is an active implantable device.': 'Das Produkt ist ein aktives implantierbares Produkt.',
  'An active hardware device uses a source of energy.': 'Ein aktives Hardwareprodukt nutzt eine Energiequelle.',
  'A non-implantable active device.': 'Ein nicht implantierbares aktives Produkt.',
  'An active hardware device powered by a source of energy.': 'Ein aktives Hardwareprodukt, das von einer Energiequelle gespeist wird.',
  'The device is active (software counts as active).': 'Das Produkt ist aktiv (Software gilt als aktiv).',
  'Active device assumed to incorporate electronics or software; record it as not applicable if it has none (e.g. an elastomeric pump).': 'Bei einem aktiven Produkt wird Elektronik oder Software angenommen; vermerken Sie „nicht zutreffend“, wenn es keine hat (z. B. eine Elastomerpumpe).',
  'The device has a measuring function, a display or presents monitoring or diagnostic information.': 'Das Produkt hat eine Messfunktion oder eine Anzeige oder stellt Überwachungs- oder Diagnoseinformationen dar.',
  'The device has a diagnostic or measuring function.': 'Das Produkt hat eine Diagnose- oder Messfunktion.',
  'Standalone software has no materials or physical construction of its own.': 'Eigenständige Software hat keine eigenen Materialien und keinen physischen Aufbau.',
  'The device is software (MDSW).': 'Das Produkt ist Software (Medizinprodukte-Software, MDSW).',
  'The device is supplied sterile (Sections 11.4-11.5 apply instead) or is standalone software.': 'Das Produkt wird steril geliefert (dann gelten stattdessen die Abschnitte 11.4–11.5) oder ist eigenständige Software.',
  'The device is software; the requirement applies where it runs on mobile computing platforms.': 'Das Produkt ist Software; die Anforderung gilt, soweit sie auf mobilen Computerplattformen läuft.',
  'The device monitors clinical parameters of a patient and needs appropriate alarms.': 'Das Produkt überwacht klinische Parameter eines Patienten und braucht geeignete Alarmsysteme.',
  'The device incorporates a substance that would be a medicinal product if used separately (Rule 14).': 'Das Produkt enthält einen Stoff, der für sich allein genommen ein Arzneimittel wäre (Regel 14).',
  'The device utilises tissues or cells of human or animal origin or their derivatives.': 'Das Produkt wird unter Verwendung von Geweben oder Zellen menschlichen oder tierischen Ursprungs oder ihren Derivaten hergestellt.',
  'The device utilises non-viable tissues or cells of human origin or their derivatives (Rule 18).': 'Das Produkt wird unter Verwendung nicht lebensfähiger Gewebe oder Zellen menschlichen Ursprungs oder ihrer Derivate hergestellt (Regel 18).',
  'The device utilises non-viable tissues or cells of animal origin or their derivatives.': 'Das Produkt wird unter Verwendung nicht lebensfähiger Gewebe oder Zellen tierischen Ursprungs oder ihrer Derivate hergestellt.',
  'The device is composed of substances absorbed by or locally dispersed in the body (Rule 21).': 'Das Produkt besteht aus Stoffen, die vom Körper aufgenommen oder lokal im Körper verteilt werden (Regel 21).',
  'The device is placed on the market sterile.': 'Das Produkt wird steril in Verkehr gebracht.',
  'The device has a measuring function (class I qualifier m where class I).': 'Das Produkt hat eine Messfunktion (bei Klasse I der Zusatz m).',
  'The device is a physical product (reagent, instrument, receptacle or material).': 'Das Produkt ist ein physisches Produkt (Reagenz, Instrument, Probenbehältnis oder Material).',
  'The device is neither software nor an instrument.': 'Das Produkt ist weder Software noch ein Instrument.',
  'A physical device: risks of infection and microbial contamination of users and specimens apply.': 'Ein physisches Produkt: Risiken der Infektion und mikrobiellen Kontamination von Anwendern und Proben sind zu betrachten.',
  'Reagents, calibrators and controls often contain tissues, cells or substances of human, animal or microbial origin (e.g. antibodies, plasma-based controls); applies where this one does.': 'Reagenzien, Kalibratoren und Kontrollmaterialien enthalten oft Gewebe, Zellen oder Stoffe menschlichen, tierischen oder mikrobiellen Ursprungs (z. B. Antikörper, plasmabasierte Kontrollen); gilt, soweit dieses Produkt solche enthält.',
  'Not an instrument; applies if the device has a primary analytical measuring function.': 'Kein Instrument; gilt, wenn das Produkt eine primäre analytische Messfunktion hat.',
  'The profile states no radiation; applies to radioactive reagents and instruments emitting radiation (e.g. lasers, UV).': 'Laut Profil keine Strahlung; gilt für radioaktive Reagenzien und strahlungsemittierende Instrumente (z. B. Laser, UV).',
  'Not an instrument: no energy source, no moving or heated parts.': 'Kein Instrument: keine Energiequelle, keine beweglichen oder beheizten Teile.',
  'The device is intended neither for self-testing nor for near-patient testing.': 'Das Produkt ist weder zur Eigenanwendung noch für patientennahe Tests bestimmt.',
  'The device is intended for self-testing or near-patient testing.': 'Das Produkt ist zur Eigenanwendung oder für patientennahe Tests bestimmt.',
  'The device is software or an instrument with electronic programmable systems.': 'Das Produkt ist Software oder ein Instrument mit elektronischen programmierbaren Systemen.',
  'An instrument, software or specimen receptacle contains no materials of biological origin.': 'Ein Instrument, eine Software oder ein Probenbehältnis enthält keine Materialien biologischen Ursprungs.',
  'An instrument with an analytical measuring function.': 'Ein Instrument mit analytischer Messfunktion.',
  'An instrument connected to or equipped with an energy source, with moving or heated parts.': 'Ein an eine Energiequelle angeschlossenes oder damit ausgestattetes Instrument mit beweglichen oder beheizten Teilen.',
  'Non-sterile software or specimen receptacle: no specific case applies.': 'Nicht sterile Software oder Probenbehältnis: Kein besonderer Fall trifft zu.',
  'A physical device placed on the market sterile: infection control and the sterile-state requirements apply.': 'Ein steril in Verkehr gebrachtes physisches Produkt: Die Anforderungen an Infektionsschutz und sterilen Zustand gelten.',
};

// Annex I §23.4 (MDR): the instructions-for-use particulars the engine names for this device.
const IFU_PARTS: Readonly<Record<string, string>> = {
  '(l) damaged sterile packaging': 'Buchst. l: beschädigte Sterilverpackung',
  '(n) reprocessing for reuse': 'Buchst. n: Aufbereitung zur Wiederverwendung',
  '(r) emitted radiation': 'Buchst. r: abgegebene Strahlung',
  '(t) substance-based device': 'Buchst. t: Produkt aus Stoffen',
  '(u) materials patients are exposed to, (aa) implant information (Art. 18)': 'Buchst. u: Materialien, denen Patienten ausgesetzt sind, Buchst. aa: Implantatinformationen (Art. 18)',
  '(w) when to consult a healthcare professional': 'Buchst. w: wann eine Fachkraft des Gesundheitswesens aufzusuchen ist',
  '(ab) minimum hardware, IT network and IT security requirements': 'Buchst. ab: Mindestanforderungen an Hardware, IT-Netze und IT-Sicherheit',
  '(h) the claimed accuracy': 'Buchst. h: die angegebene Genauigkeit',
};
const IVDR_CASES: Readonly<Record<string, string>> = {
  'sterile: the manufacturing environment and the validated sterilisation': 'steril: die Herstellungsumgebung und die validierte Sterilisation',
  'reagents, calibrators and controls: origin and processing of any biological material': 'Reagenzien, Kalibratoren und Kontrollmaterialien: Herkunft und Verarbeitung biologischen Materials',
  'instrument: measuring accuracy and connection to other devices': 'Instrument: Messgenauigkeit und Verbindung mit anderen Produkten',
};

/** Each "; "-separated part of `list` through `map`; undefined when one part is unknown. */
function parts(map: Readonly<Record<string, string>>, list: string): string | undefined {
  const words = list.split('; ').map((part) => map[part]);
  return words.every((w): w is string => w !== undefined) ? words.join('; ') : undefined;
}

const EXEMPTION = ' Als Produkt der Klasse I oder IIa darf es nur dann ohne Gebrauchsanweisung geliefert werden, wenn es ohne sie sicher angewendet werden kann (Abschnitt 23.1 Buchst. d).';

export const PLAN_WHY_PATTERNS_DE: readonly EnginePattern[] = [
  [/^Applies to every device(?:; for this device in particular (.+?))?\.( As a class I or IIa device it may go without instructions for use only if it can be used safely without them \(Section 23\.1\(d\)\)\.)?$/,
    (m) => {
      const extra = m[1] === undefined ? '' : parts(IFU_PARTS, m[1]);
      return extra === undefined ? undefined : `Gilt für jedes Produkt${extra ? `; für dieses Produkt insbesondere ${extra}` : ''}.${m[2] ? EXEMPTION : ''}`;
    }],
  [/^Applies to every device; it records class (I|IIa|IIb|III|A|B|C|D) and the classification rules that apply\.$/,
    (m) => `Gilt für jedes Produkt; hier werden die Klasse ${m[1]} und die zutreffenden Klassifizierungsregeln festgehalten.`],
  [/^Specific cases for this device: (.+)\.$/, (m) => {
    const cases = parts(IVDR_CASES, m[1]!);
    return cases === undefined ? undefined : `Besondere Fälle für dieses Produkt: ${cases}.`;
  }],
  [/^Class (I|A|B): a post-market surveillance report \(Art\. (85|80)\), updated when necessary\.$/,
    (m) => `Klasse ${m[1]}: ein Bericht über die Überwachung nach dem Inverkehrbringen (Art. ${m[2]}), bei Bedarf aktualisiert.`],
  [/^Class IIa: a periodic safety update report \(Art\. 86\), updated when necessary and at least every two years\.$/,
    () => 'Klasse IIa: ein regelmäßig aktualisierter Bericht über die Sicherheit (PSUR, Art. 86), bei Bedarf, mindestens alle zwei Jahre aktualisiert.'],
  [/^Class (IIb|III|C|D): a periodic safety update report \(Art\. (86|81)\), updated at least annually\.$/,
    (m) => `Klasse ${m[1]}: ein regelmäßig aktualisierter Bericht über die Sicherheit (PSUR, Art. ${m[2]}), mindestens jährlich aktualisiert.`],
];
