// The last year and a half of BioCon Valley's strategy group I and its digitalisation working group: sessions on the
// themes the seed gives the group (lead projects, capital, critical mass, regulatory requirements, marketing) and on
// digital health, with attendance of members and guests from the demo's fictional companies. One was cancelled, one
// was never marked held (the funder report counts it as held once it is over). Days are relative to the demo's now.
import type { DemoGroupWorkshop } from '#src/demo/demo-groups.ts';

const agendaOf = (...items: string[]) => items.map((item, i) => `${i + 1}. ${item}`).join('\n');

/** Past workshops by the German title of their group, oldest first. */
export const groupHistory: Record<string, DemoGroupWorkshop[]> = {
  'Strategiegruppe I „Life Science“': [{
    title: 'Strategiegruppe I: Leitprojekte im Überblick', day: -545, from: '10:00', to: '13:00', place: 'Universitätsmedizin Greifswald',
    agenda: agendaOf('Die vier Leitprojekte der Strategiegruppe', 'Zusammenarbeit von Unternehmen und Wissenschaft'),
    minutes: '- Die Leitprojekte berichten künftig zweimal im Jahr.\n- Unternehmen der Region stellen ihre Vorhaben vor.',
    attended: ['manager', 'admin'], guests: ['umg', 'warnow'],
  }, {
    title: 'Strategiegruppe I: Kapital für junge Unternehmen', day: -452, from: '10:00', to: '13:00', place: 'BioCon Valley, Greifswald',
    agenda: agendaOf('Kapitalausstattung der Life-Science-Unternehmen im Land', 'Förderprogramme von Land, Bund und EU'),
    minutes: '- Die Fördermöglichkeiten für Gründungen werden in klynge gesammelt.\n- Zwei Unternehmen berichten von ihren Anträgen.',
    attended: ['manager'], guests: ['umg', 'warnow', 'guest-1'],
    decisions: ['Die Förderprogramme für Gründungen werden im Förderkatalog von klynge gepflegt.'],
  }, {
    title: 'Strategiegruppe I: Regulatorische Anforderungen an Medizinprodukte', day: -360, from: '10:00', to: '13:30', place: 'Rostock',
    agenda: agendaOf('MDR und IVDR: Erfahrungen der Unternehmen', 'Unterstützung durch den Regulatorik-Navigator', 'Klinische Bewertung'),
    minutes: '- Die Unternehmen nutzen den Regulatorik-Navigator für die Klassifizierung.\n- Eine Sprechstunde mit einer Benannten Stelle wird geprüft.',
    attended: ['manager', 'admin'], guests: ['umg', 'warnow', 'bodden', 'guest-2'],
  }, {
    title: 'Strategiegruppe I: Kritische Masse und Vermarktung', day: -268, from: '10:00', to: '13:00', place: 'BioCon Valley, Greifswald',
    agenda: agendaOf('Gemeinsame Auftritte auf Messen', 'Partnering-Veranstaltungen im Land'),
    minutes: '- Ein Partnering-Format für Start-ups, Kliniken und Forschung wird vorbereitet.',
    attended: ['manager'], guests: ['umg', 'bodden', 'guest-1', 'guest-3'],
    decisions: ['Die Strategiegruppe unterstützt eine Partnering-Session zu Plasmamedizin und Diagnostik.'],
  }, {
    title: 'Strategiegruppe I: Zwischenbilanz der Leitprojekte', day: -176, from: '10:00', to: '12:30', place: 'Universitätsmedizin Greifswald',
    agenda: agendaOf('Berichte der Leitprojekte', 'Neue Verbundprojekte der Mitglieder'),
    minutes: '- Das Kompetenzzentrum Diabetes Karlsburg berichtet über die klinische Validierung.\n- Neue Mitgliederprojekte werden in die Innovationspipeline aufgenommen.',
    attended: ['manager', 'admin'], guests: ['umg', 'warnow', 'bodden'],
  }],
  'Arbeitsgruppe Digitalisierung im Bereich Life Science': [{
    title: 'AG Digitalisierung: Auftakt', day: -515, from: '14:00', to: '16:00', link: 'https://meet.example.org/ag-digitalisierung',
    agenda: agendaOf('Ziele der Arbeitsgruppe', 'Digitalisierung in Gesundheitswirtschaft und Lebenswissenschaften'),
    minutes: '- Die AG trifft sich alle zwei bis drei Monate online.',
    attended: ['manager', 'admin'], guests: ['warnow', 'guest-2'],
  }, {
    title: 'Telemedizin in der Fläche', day: -425, from: '14:00', to: '15:30', link: 'https://meet.example.org/ag-digitalisierung',
    agenda: agendaOf('Telemedizin in einem Flächenland', 'Erfahrungen aus Pilotprojekten'),
    minutes: '- Versorgung im ländlichen Raum ist der wichtigste Anwendungsfall.',
    attended: ['manager', 'editor'], guests: ['umg', 'guest-3'],
  }, {
    title: 'KI in der Diagnostik', day: -330, from: '14:00', to: '15:30', link: 'https://meet.example.org/ag-digitalisierung',
    agenda: agendaOf('KI-gestützte Befundung', 'Anforderungen an Daten und Software als Medizinprodukt'),
    minutes: '- Software mit KI fällt meist unter Regel 11 der MDR; die AG sammelt Beispiele.',
    attended: ['manager', 'admin', 'editor'], guests: ['bodden', 'guest-1'],
  }, {
    title: 'Datenschutz in Forschungsprojekten', day: -298, from: '14:00', to: '15:30', link: 'https://meet.example.org/ag-digitalisierung',
    agenda: agendaOf('Datenschutz in Verbundprojekten'), status: 'cancelled',
  }, {
    title: 'Software als Medizinprodukt', day: -240, from: '14:00', to: '15:30', link: 'https://meet.example.org/ag-digitalisierung',
    agenda: agendaOf('Klassifizierung von Software nach MDR', 'Erfahrungen mit dem Regulatorik-Navigator'),
    minutes: '- Zwei Mitglieder stellen ihre Klassifizierung vor.',
    attended: ['manager', 'editor'], guests: ['warnow', 'bodden', 'guest-2'],
  }, {
    title: 'Telemonitoring und Datenplattformen', day: -150, from: '14:00', to: '15:30', link: 'https://meet.example.org/ag-digitalisierung',
    agenda: agendaOf('Telemonitoring bei Herzinsuffizienz', 'Datenplattformen für klinische Partner'),
    minutes: '- Ein Telemonitoring-Projekt sucht klinische Partner über klynge.',
    attended: ['manager', 'admin'], guests: ['kogge', 'umg', 'guest-3'],
  }, {
    title: 'Sprechstunde Fördermittel für Digitalisierungsprojekte', day: -100, from: '14:00', to: '15:00', link: 'https://meet.example.org/ag-digitalisierung',
    agenda: agendaOf('Passende Förderprogramme für die gesammelten Projekte'), status: 'planned',
    attended: ['manager', 'editor'], guests: ['kogge', 'warnow'],
  }],
};

/** Guests at the workshops: the demo's contributors of fictional companies and the university hospital, and three guests without an organisation. */
export const WORKSHOP_GUESTS: Record<string, { email: string; name: string; organization?: string }> = {
  umg: { email: 'strategy-umg@example.org', name: 'Dr. Ole Probe', organization: 'Universitätsmedizin Greifswald' },
  warnow: { email: 'strategy-warnow@example.org', name: 'Nils Beispiel', organization: 'Warnow Implant Works GmbH (Demo)' },
  kogge: { email: 'strategy-kogge@example.org', name: 'Jana Muster', organization: 'Kogge Telemed GmbH (Demo)' },
  bodden: { email: 'strategy-bodden@example.org', name: 'Maren Vorlage', organization: 'Bodden Omics Lab GmbH (Demo)' },
  'guest-1': { email: 'workshop-guest-1@example.org', name: 'Dr. Lena Testfall' },
  'guest-2': { email: 'workshop-guest-2@example.org', name: 'Paul Probelauf' },
  'guest-3': { email: 'workshop-guest-3@example.org', name: 'Greta Rohfassung' },
};
