// The words of the readiness exports for the authorities, in English, German and Danish, and the answer sentence.
import type { ReadinessTotal } from '#src/readiness/readiness-schema.ts';

export type ExportLanguage = 'en' | 'de' | 'da';

const LOCALES: Record<ExportLanguage, string> = { en: 'en-GB', de: 'de-DE', da: 'da-DK' };

export const EXPORT_TEXTS = {
  en: {
    title: 'Production capacities for epidemic readiness', cluster: 'Cluster', generated: 'Generated', query: 'Query', answer: 'Answer',
    organizations: 'Organisations that can deliver', product: 'Product', emdn: 'EMDN code', quantity: 'Needed per week', minCapacity: 'Minimum capacity per organisation',
    withinWeeks: 'Lead time at most (weeks)', certifications: 'Certifications required', unit: 'Unit', any: 'any',
    columns: ['organisation', 'city', 'country', 'product', 'EMDN code', 'capacity per week', 'unit', 'lead time (weeks)', 'certifications', 'contact', 'job title', 'e-mail', 'phone'],
    perWeek: 'per week', leadTime: 'lead time {weeks} weeks', contact: 'Contact', noContact: 'no contact person given', notes: 'Notes', page: 'Page {page} of {pages}',
    none: 'No member organisation matches the query.',
    noQuantity: '{organizations} organisations make {total} {unit} per week together.',
    alone: '{alone} of {organizations} organisations can make {quantity} {unit} per week on their own; together they make {total}.',
    together: 'No organisation makes {quantity} {unit} per week on its own; together the {organizations} organisations make {total}, and the {needed} largest suffice.',
    short: 'Together the {organizations} organisations make {total} {unit} per week: {missing} short of the {quantity} needed.',
  },
  de: {
    title: 'Produktionskapazitäten für die Epidemievorsorge', cluster: 'Cluster', generated: 'Erstellt', query: 'Anfrage', answer: 'Antwort',
    organizations: 'Organisationen, die liefern können', product: 'Produkt', emdn: 'EMDN-Code', quantity: 'Bedarf pro Woche', minCapacity: 'Mindestkapazität je Organisation',
    withinWeeks: 'Vorlaufzeit höchstens (Wochen)', certifications: 'Erforderliche Zertifizierungen', unit: 'Einheit', any: 'beliebig',
    columns: ['Organisation', 'Ort', 'Land', 'Produkt', 'EMDN-Code', 'Kapazität pro Woche', 'Einheit', 'Vorlaufzeit (Wochen)', 'Zertifizierungen', 'Kontakt', 'Funktion', 'E-Mail', 'Telefon'],
    perWeek: 'pro Woche', leadTime: 'Vorlaufzeit {weeks} Wochen', contact: 'Kontakt', noContact: 'keine Kontaktperson angegeben', notes: 'Hinweise', page: 'Seite {page} von {pages}',
    none: 'Keine Mitgliedsorganisation erfüllt die Anfrage.',
    noQuantity: '{organizations} Organisationen stellen zusammen {total} {unit} pro Woche her.',
    alone: '{alone} von {organizations} Organisationen können allein {quantity} {unit} pro Woche herstellen; zusammen schaffen sie {total}.',
    together: 'Keine Organisation schafft allein {quantity} {unit} pro Woche; zusammen stellen die {organizations} Organisationen {total} her, die {needed} größten genügen.',
    short: 'Zusammen stellen die {organizations} Organisationen {total} {unit} pro Woche her: {missing} weniger als die benötigten {quantity}.',
  },
  da: {
    title: 'Produktionskapacitet til epidemiberedskab', cluster: 'Klynge', generated: 'Dannet', query: 'Forespørgsel', answer: 'Svar',
    organizations: 'Organisationer, der kan levere', product: 'Produkt', emdn: 'EMDN-kode', quantity: 'Behov pr. uge', minCapacity: 'Mindste kapacitet pr. organisation',
    withinWeeks: 'Leveringstid højst (uger)', certifications: 'Krævede certificeringer', unit: 'Enhed', any: 'vilkårlig',
    columns: ['organisation', 'by', 'land', 'produkt', 'EMDN-kode', 'kapacitet pr. uge', 'enhed', 'leveringstid (uger)', 'certificeringer', 'kontakt', 'stilling', 'e-mail', 'telefon'],
    perWeek: 'pr. uge', leadTime: 'leveringstid {weeks} uger', contact: 'Kontakt', noContact: 'ingen kontaktperson angivet', notes: 'Bemærkninger', page: 'Side {page} af {pages}',
    none: 'Ingen medlemsorganisation opfylder forespørgslen.',
    noQuantity: '{organizations} organisationer fremstiller tilsammen {total} {unit} pr. uge.',
    alone: '{alone} af {organizations} organisationer kan alene fremstille {quantity} {unit} pr. uge; tilsammen fremstiller de {total}.',
    together: 'Ingen organisation fremstiller alene {quantity} {unit} pr. uge; tilsammen fremstiller de {organizations} organisationer {total}, og de {needed} største er nok.',
    short: 'Tilsammen fremstiller de {organizations} organisationer {total} {unit} pr. uge: {missing} færre end de {quantity}, der er brug for.',
  },
} as const;

/** A number written as the language writes it (100,000 / 100.000). */
export function formatCount(value: number, language: ExportLanguage): string {
  return new Intl.NumberFormat(LOCALES[language]).format(value);
}

/** Fills {placeholders}. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}

/** The answer for one unit in a sentence: who alone, how many together, or how much is missing. */
export function answerSentence(total: ReadinessTotal | undefined, language: ExportLanguage): string {
  const t = EXPORT_TEXTS[language];
  if (!total) return t.none;
  const n = (v: number) => formatCount(v, language);
  const values = { organizations: total.organizations, total: n(total.capacityPerWeek), unit: total.unit, quantity: n(total.quantity ?? 0), alone: total.alone };
  if (total.quantity === null) return fill(t.noQuantity, values);
  if (total.alone > 0) return fill(t.alone, values);
  if (total.neededTogether !== null) return fill(t.together, { ...values, needed: total.neededTogether });
  return fill(t.short, { ...values, missing: n(total.quantity - total.capacityPerWeek) });
}
