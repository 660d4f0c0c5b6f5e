// Texts of a cluster's members page (lists per hub, applications, decisions) in English, German and Danish.
import { defineMessages } from '../i18n.ts';

export const MEMBERS = defineMessages('members', {
  en: {
    lead: 'The member organisations of {{name}} and its hubs.',
    loading: 'Loading…',
    failed: 'Could not load: {{message}}',
    signIn: 'Sign in to apply for membership for your organisation.',
    type: { full: 'Full member', associate: 'Associate member', partner: 'Partner' },
    status: { applied: 'Applied', active: 'Active', ended: 'Ended', rejected: 'Rejected' },
    filter: {
      title: 'Filter', type: 'Type', anyType: 'Any type', name: 'Name contains', joinedFrom: 'Member since, from', joinedTo: 'Member since, until',
      hint: 'Use both dates to list the new members of a period.', apply: 'Show', reset: 'Reset',
    },
    list: { title: 'Members', count: '{{count}} members', none: 'No members match.', organisation: 'Organisation', since: 'Member since', place: 'Place', unknown: '—', actions: 'Actions' },
    applications: {
      title: 'Applications', none: 'No applications are waiting.', applied: 'Applied on {{date}} for {{cluster}} as {{type}}', message: 'Message',
      approve: 'Approve', reject: 'Reject', startDate: 'Start date', typeGranted: 'Type of membership', note: 'Note to the applicant (optional)',
      reason: 'Reason (the applicant reads it)', confirmApprove: 'Approve membership', confirmReject: 'Reject application', cancel: 'Cancel',
      approved: '{{organization}} is now a member.', rejected: 'The application of {{organization}} was rejected.',
    },
    end: { open: 'End membership', date: 'Last day of membership', confirm: 'End membership', cancel: 'Cancel', done: 'The membership of {{organization}} ends on {{date}}.' },
    apply: {
      title: 'Apply for membership', organization: 'Organisation', cluster: 'Cluster or hub', type: 'Type of membership', message: 'Message to the cluster management',
      submit: 'Send application', sent: 'Your application was sent. The cluster management decides; you will be notified.', noOrganizations: 'You edit no organisation that could apply.',
    },
    mine: { title: 'Your organisations here', note: 'Note from the cluster management: {{note}}', withdraw: 'Withdraw application', withdrawn: 'Application withdrawn.', since: 'since {{date}}', until: 'until {{date}}' },
  },
  de: {
    lead: 'Die Mitgliedsorganisationen von {{name}} und seinen Hubs.',
    loading: 'Wird geladen …',
    failed: 'Laden fehlgeschlagen: {{message}}',
    signIn: 'Melden Sie sich an, um für Ihre Organisation die Mitgliedschaft zu beantragen.',
    type: { full: 'Vollmitglied', associate: 'Assoziiertes Mitglied', partner: 'Partner' },
    status: { applied: 'Beantragt', active: 'Aktiv', ended: 'Beendet', rejected: 'Abgelehnt' },
    filter: {
      title: 'Filter', type: 'Art', anyType: 'Jede Art', name: 'Name enthält', joinedFrom: 'Mitglied seit, von', joinedTo: 'Mitglied seit, bis',
      hint: 'Mit beiden Daten erhalten Sie die neuen Mitglieder eines Zeitraums.', apply: 'Anzeigen', reset: 'Zurücksetzen',
    },
    list: { title: 'Mitglieder', count: '{{count}} Mitglieder', none: 'Keine Mitglieder gefunden.', organisation: 'Organisation', since: 'Mitglied seit', place: 'Ort', unknown: '—', actions: 'Aktionen' },
    applications: {
      title: 'Anträge', none: 'Keine Anträge offen.', applied: 'Beantragt am {{date}} für {{cluster}} als {{type}}', message: 'Nachricht',
      approve: 'Annehmen', reject: 'Ablehnen', startDate: 'Beginn', typeGranted: 'Art der Mitgliedschaft', note: 'Hinweis an den Antragsteller (optional)',
      reason: 'Begründung (der Antragsteller liest sie)', confirmApprove: 'Mitgliedschaft bestätigen', confirmReject: 'Antrag ablehnen', cancel: 'Abbrechen',
      approved: '{{organization}} ist jetzt Mitglied.', rejected: 'Der Antrag von {{organization}} wurde abgelehnt.',
    },
    end: { open: 'Mitgliedschaft beenden', date: 'Letzter Tag der Mitgliedschaft', confirm: 'Mitgliedschaft beenden', cancel: 'Abbrechen', done: 'Die Mitgliedschaft von {{organization}} endet am {{date}}.' },
    apply: {
      title: 'Mitgliedschaft beantragen', organization: 'Organisation', cluster: 'Cluster oder Hub', type: 'Art der Mitgliedschaft', message: 'Nachricht an das Clustermanagement',
      submit: 'Antrag senden', sent: 'Ihr Antrag wurde gesendet. Das Clustermanagement entscheidet; Sie werden benachrichtigt.', noOrganizations: 'Sie bearbeiten keine Organisation, die einen Antrag stellen könnte.',
    },
    mine: { title: 'Ihre Organisationen hier', note: 'Hinweis des Clustermanagements: {{note}}', withdraw: 'Antrag zurückziehen', withdrawn: 'Antrag zurückgezogen.', since: 'seit {{date}}', until: 'bis {{date}}' },
  },
  da: {
    lead: 'Medlemsorganisationerne i {{name}} og dens hubs.',
    loading: 'Indlæser …',
    failed: 'Kunne ikke indlæse: {{message}}',
    signIn: 'Log ind for at søge om medlemskab for din organisation.',
    type: { full: 'Fuldt medlem', associate: 'Associeret medlem', partner: 'Partner' },
    status: { applied: 'Ansøgt', active: 'Aktiv', ended: 'Ophørt', rejected: 'Afvist' },
    filter: {
      title: 'Filter', type: 'Type', anyType: 'Alle typer', name: 'Navnet indeholder', joinedFrom: 'Medlem siden, fra', joinedTo: 'Medlem siden, til',
      hint: 'Brug begge datoer for at se de nye medlemmer i en periode.', apply: 'Vis', reset: 'Nulstil',
    },
    list: { title: 'Medlemmer', count: '{{count}} medlemmer', none: 'Ingen medlemmer passer.', organisation: 'Organisation', since: 'Medlem siden', place: 'Sted', unknown: '—', actions: 'Handlinger' },
    applications: {
      title: 'Ansøgninger', none: 'Ingen ansøgninger venter.', applied: 'Ansøgt den {{date}} til {{cluster}} som {{type}}', message: 'Besked',
      approve: 'Godkend', reject: 'Afvis', startDate: 'Startdato', typeGranted: 'Medlemskabstype', note: 'Besked til ansøgeren (valgfri)',
      reason: 'Begrundelse (ansøgeren kan læse den)', confirmApprove: 'Bekræft medlemskab', confirmReject: 'Afvis ansøgning', cancel: 'Annuller',
      approved: '{{organization}} er nu medlem.', rejected: 'Ansøgningen fra {{organization}} blev afvist.',
    },
    end: { open: 'Afslut medlemskab', date: 'Sidste dag som medlem', confirm: 'Afslut medlemskab', cancel: 'Annuller', done: 'Medlemskabet for {{organization}} ophører den {{date}}.' },
    apply: {
      title: 'Søg om medlemskab', organization: 'Organisation', cluster: 'Klynge eller hub', type: 'Medlemskabstype', message: 'Besked til klyngeledelsen',
      submit: 'Send ansøgning', sent: 'Din ansøgning er sendt. Klyngeledelsen beslutter; du får besked.', noOrganizations: 'Du redigerer ingen organisation, der kan søge.',
    },
    mine: { title: 'Dine organisationer her', note: 'Besked fra klyngeledelsen: {{note}}', withdraw: 'Træk ansøgningen tilbage', withdrawn: 'Ansøgningen er trukket tilbage.', since: 'siden {{date}}', until: 'til {{date}}' },
  },
});
