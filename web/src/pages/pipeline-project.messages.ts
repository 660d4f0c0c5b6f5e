// Texts of a pipeline project's page (partners, funding, linked product, stage history) in English, German and Danish.
import { defineMessages } from '../i18n.ts';

const en = {
  back: 'Back to the pipeline',
  notFound: 'This project does not exist or is not visible to you.',
  facts: { stage: 'Stage', since: 'since {{date}}', trl: 'Technology readiness', lead: 'Lead organisation', theme: 'Theme', origin: 'Origin', visibility: 'Visible to', none: 'not stated' },
  move: { title: 'Move to another stage', to: 'New stage', note: 'Note (optional)', submit: 'Move', moved: 'Moved to {{stage}}.', conflict: 'Someone moved the project meanwhile: it is in {{stage}} now.' },
  product: { title: 'Medical device', class: 'Class', route: 'Conformity route', open: 'Open the product in the regulatory navigator', hidden: 'A product of the regulatory navigator is linked that you may not see.', none: 'No product linked.', body: { full: 'with a notified body', limited: 'notified body for the class I aspects only', none: 'without a notified body' } },
  partners: { title: 'Partners', hidden_one: 'and {{count}} partner whose profile you may not see', hidden_other: 'and {{count}} partners whose profiles you may not see', none: 'No partners yet.', edit: 'Change partners', add: 'Add a partner', organization: 'Organisation', role: 'Role', remove: 'Remove {{name}}', save: 'Save partners', cancel: 'Cancel', saved: 'Partners saved.' },
  funding: {
    title: 'Funding', totals: 'Applied for {{applied}}, won {{won}}', none: 'No funding recorded.', instrument: 'Instrument or programme', call: 'Call', organization: 'Applicant',
    applied: 'Applied for (€)', won: 'Won (€)', status: 'Status', appliedOn: 'Applied on', decidedOn: 'Decided on', add: 'Add funding', submit: 'Add', remove: 'Remove', removeLabel: 'Remove funding row {{name}}',
    states: { applied: 'Applied', won: 'Won', rejected: 'Rejected' }, noCall: 'No call', added: 'Funding added.',
  },
  history: { title: 'Stage history', entered: 'Entered {{stage}} on {{date}}', from: 'from {{stage}}', stayed_one: '{{n}} day', stayed_other: '{{n}} days', current: 'until today' },
  edit: { title: 'Edit the project', name: 'Title', summary: 'Summary', save: 'Save changes', saved: 'Changes saved.', remove: 'Delete the project', confirm: 'Delete “{{title}}” with its partners, funding and history?', fix: 'Please correct the marked fields.' },
};

type Messages = typeof en;

const de: Messages = {
  back: 'Zurück zur Pipeline',
  notFound: 'Dieses Projekt gibt es nicht, oder Sie dürfen es nicht sehen.',
  facts: { stage: 'Phase', since: 'seit {{date}}', trl: 'Technologiereifegrad', lead: 'Federführende Organisation', theme: 'Thema', origin: 'Herkunft', visibility: 'Sichtbar für', none: 'nicht angegeben' },
  move: { title: 'In eine andere Phase verschieben', to: 'Neue Phase', note: 'Notiz (optional)', submit: 'Verschieben', moved: 'In die Phase {{stage}} verschoben.', conflict: 'Jemand hat das Projekt inzwischen verschoben: Es ist jetzt in der Phase {{stage}}.' },
  product: { title: 'Medizinprodukt', class: 'Klasse', route: 'Konformitätsbewertungsverfahren', open: 'Produkt im Regulatorik-Navigator öffnen', hidden: 'Ein Produkt aus dem Regulatorik-Navigator ist verknüpft, das Sie nicht sehen dürfen.', none: 'Kein Produkt verknüpft.', body: { full: 'mit Benannter Stelle', limited: 'Benannte Stelle nur für die Aspekte der Klasse I', none: 'ohne Benannte Stelle' } },
  partners: { title: 'Partner', hidden_one: 'und {{count}} Partner, dessen Profil Sie nicht sehen dürfen', hidden_other: 'und {{count}} Partner, deren Profile Sie nicht sehen dürfen', none: 'Noch keine Partner.', edit: 'Partner ändern', add: 'Partner hinzufügen', organization: 'Organisation', role: 'Rolle', remove: '{{name}} entfernen', save: 'Partner speichern', cancel: 'Abbrechen', saved: 'Partner gespeichert.' },
  funding: {
    title: 'Förderung', totals: 'Beantragt: {{applied}}, bewilligt: {{won}}', none: 'Keine Förderung erfasst.', instrument: 'Instrument oder Programm', call: 'Ausschreibung', organization: 'Antragsteller',
    applied: 'Beantragt (€)', won: 'Bewilligt (€)', status: 'Stand', appliedOn: 'Beantragt am', decidedOn: 'Entschieden am', add: 'Förderung hinzufügen', submit: 'Hinzufügen', remove: 'Entfernen', removeLabel: 'Förderzeile {{name}} entfernen',
    states: { applied: 'Beantragt', won: 'Bewilligt', rejected: 'Abgelehnt' }, noCall: 'Keine Ausschreibung', added: 'Förderung hinzugefügt.',
  },
  history: { title: 'Phasenverlauf', entered: 'Am {{date}} in die Phase {{stage}}', from: 'aus {{stage}}', stayed_one: '{{n}} Tag', stayed_other: '{{n}} Tage', current: 'bis heute' },
  edit: { title: 'Projekt bearbeiten', name: 'Titel', summary: 'Kurzbeschreibung', save: 'Änderungen speichern', saved: 'Änderungen gespeichert.', remove: 'Projekt löschen', confirm: '„{{title}}“ mit Partnern, Förderung und Verlauf löschen?', fix: 'Bitte korrigieren Sie die markierten Felder.' },
};

const da: Messages = {
  back: 'Tilbage til pipelinen',
  notFound: 'Projektet findes ikke, eller du må ikke se det.',
  facts: { stage: 'Fase', since: 'siden {{date}}', trl: 'Teknologisk modenhed', lead: 'Ledende organisation', theme: 'Tema', origin: 'Oprindelse', visibility: 'Synligt for', none: 'ikke angivet' },
  move: { title: 'Flyt til en anden fase', to: 'Ny fase', note: 'Note (valgfri)', submit: 'Flyt', moved: 'Flyttet til {{stage}}.', conflict: 'En anden har flyttet projektet i mellemtiden: det er nu i fasen {{stage}}.' },
  product: { title: 'Medicinsk udstyr', class: 'Klasse', route: 'Overensstemmelsesvurdering', open: 'Åbn produktet i den regulatoriske navigator', hidden: 'Et produkt fra den regulatoriske navigator er tilknyttet, som du ikke må se.', none: 'Intet produkt tilknyttet.', body: { full: 'med bemyndiget organ', limited: 'bemyndiget organ kun for klasse I-aspekterne', none: 'uden bemyndiget organ' } },
  partners: { title: 'Partnere', hidden_one: 'og {{count}} partner, hvis profil du ikke må se', hidden_other: 'og {{count}} partnere, hvis profiler du ikke må se', none: 'Ingen partnere endnu.', edit: 'Ændr partnere', add: 'Tilføj en partner', organization: 'Organisation', role: 'Rolle', remove: 'Fjern {{name}}', save: 'Gem partnere', cancel: 'Annullér', saved: 'Partnere gemt.' },
  funding: {
    title: 'Finansiering', totals: 'Ansøgt: {{applied}}, bevilget: {{won}}', none: 'Ingen finansiering registreret.', instrument: 'Instrument eller program', call: 'Opslag', organization: 'Ansøger',
    applied: 'Ansøgt (€)', won: 'Bevilget (€)', status: 'Status', appliedOn: 'Ansøgt den', decidedOn: 'Afgjort den', add: 'Tilføj finansiering', submit: 'Tilføj', remove: 'Fjern', removeLabel: 'Fjern finansieringslinjen {{name}}',
    states: { applied: 'Ansøgt', won: 'Bevilget', rejected: 'Afslået' }, noCall: 'Intet opslag', added: 'Finansiering tilføjet.',
  },
  history: { title: 'Faseforløb', entered: 'Fasen {{stage}} fra {{date}}', from: 'fra {{stage}}', stayed_one: '{{n}} dag', stayed_other: '{{n}} dage', current: 'til i dag' },
  edit: { title: 'Redigér projektet', name: 'Titel', summary: 'Resumé', save: 'Gem ændringer', saved: 'Ændringerne er gemt.', remove: 'Slet projektet', confirm: 'Slet »{{title}}« med partnere, finansiering og forløb?', fix: 'Ret venligst de markerede felter.' },
};

export const PIPELINE_PROJECT = defineMessages('pipelineProject', { en, de, da });
