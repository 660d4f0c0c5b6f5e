// Texts of a cluster's funding page (instruments, calls, follows, matching, the managers' forms) in English, German and Danish.
import { defineMessages } from '../i18n.ts';

const en = {
  lead: 'Funding instruments of the state, the federal government and the EU, and the open calls with their deadlines. Follow a call to be reminded 14 and 3 days before its deadline; see which members and pipeline projects fit it.',
  loading: 'Loading…',
  failed: 'Could not load: {{message}}',
  level: { state: 'State', federal: 'Federal', eu: 'European Union', other: 'Other' },
  category: { top_research: 'Top research', equipment: 'Scientific equipment', construction: 'University construction', entrepreneurship: 'Entrepreneurship', innovation: 'Innovation', collaboration: 'Collaboration', other: 'Other' },
  calls: {
    title: 'Calls', showPast: 'Show past calls too', none: 'No open calls.', deadline: 'Deadline {{date}}',
    daysLeft_one: '{{count}} day left', daysLeft_other: '{{count}} days left', today: 'closes today', closed: 'closed',
    opens: 'open since {{date}}', budget: 'Budget {{amount}}', more: 'Call text', followers_one: '{{count}} follower', followers_other: '{{count}} followers',
    follow: 'Follow', unfollow: 'Stop following',
    followed: 'You follow “{{title}}”: reminders come 14 and 3 days before the deadline.', unfollowed: 'You no longer follow “{{title}}”.',
    signIn: 'Sign in to follow calls', global: 'for every cluster',
  },
  match: {
    show: 'Who fits this call?', hide: 'Hide matches', loading: 'Matching…', failed: 'Could not match: {{message}}',
    organizations: 'Member organisations', projects: 'Pipeline projects', noneOrganizations: 'No member fits the call’s wording.', noneProjects: 'No pipeline project shares the call’s wording.',
    shared: 'Shared words: {{words}}', score: 'similarity {{score}}',
  },
  instruments: { title: 'Funding instruments', category: 'Category', all: 'All categories', funder: 'Funder: {{funder}}', open_one: '{{count}} open call', open_other: '{{count}} open calls', website: 'Website', none: 'No instruments.' },
  notification: { title_one: 'Deadline tomorrow: “{{title}}”', title_other: 'Deadline in {{count}} days: “{{title}}”', deadline: 'Deadline {{date}}', open: 'Open the funding page', website: 'Open the call' },
  manage: {
    addInstrument: 'Add an instrument', addCall: 'Add a call', forEvery: 'List for every cluster (admins)', level: 'Level', category: 'Category',
    nameDe: 'Name (German)', nameEn: 'Name (English)', nameDa: 'Name (Danish)', funder: 'Funder', description: 'Description (English)', url: 'Web address',
    instrument: 'Instrument', noInstrument: 'No instrument', title: 'Title', callText: 'Call text', deadline: 'Deadline', budget: 'Budget (€)', save: 'Save', saved: 'Saved.', fix: 'Please correct the marked fields.',
  },
};

type Messages = typeof en;

const de: Messages = {
  lead: 'Förderinstrumente des Landes, des Bundes und der EU und die offenen Ausschreibungen mit ihren Fristen. Folgen Sie einer Ausschreibung, um 14 und 3 Tage vor der Frist erinnert zu werden; sehen Sie, welche Mitglieder und Pipeline-Projekte passen.',
  loading: 'Wird geladen …',
  failed: 'Laden fehlgeschlagen: {{message}}',
  level: { state: 'Land', federal: 'Bund', eu: 'Europäische Union', other: 'Sonstige' },
  category: { top_research: 'Spitzenforschung', equipment: 'Wissenschaftliche Geräte', construction: 'Hochschulbau', entrepreneurship: 'Existenzgründung', innovation: 'Innovation', collaboration: 'Verbundforschung', other: 'Sonstige' },
  calls: {
    title: 'Ausschreibungen', showPast: 'Auch abgelaufene Ausschreibungen zeigen', none: 'Keine offenen Ausschreibungen.', deadline: 'Frist {{date}}',
    daysLeft_one: 'noch {{count}} Tag', daysLeft_other: 'noch {{count}} Tage', today: 'endet heute', closed: 'abgelaufen',
    opens: 'offen seit {{date}}', budget: 'Budget {{amount}}', more: 'Ausschreibungstext', followers_one: '{{count}} folgt', followers_other: '{{count}} folgen',
    follow: 'Folgen', unfollow: 'Nicht mehr folgen',
    followed: 'Sie folgen „{{title}}“: Erinnerungen kommen 14 und 3 Tage vor der Frist.', unfollowed: 'Sie folgen „{{title}}“ nicht mehr.',
    signIn: 'Anmelden, um Ausschreibungen zu folgen', global: 'für alle Cluster',
  },
  match: {
    show: 'Wer passt zu dieser Ausschreibung?', hide: 'Treffer ausblenden', loading: 'Wird abgeglichen …', failed: 'Abgleich fehlgeschlagen: {{message}}',
    organizations: 'Mitgliedsorganisationen', projects: 'Pipeline-Projekte', noneOrganizations: 'Kein Mitglied passt zum Ausschreibungstext.', noneProjects: 'Kein Pipeline-Projekt teilt Begriffe mit der Ausschreibung.',
    shared: 'Gemeinsame Begriffe: {{words}}', score: 'Ähnlichkeit {{score}}',
  },
  instruments: { title: 'Förderinstrumente', category: 'Kategorie', all: 'Alle Kategorien', funder: 'Fördergeber: {{funder}}', open_one: '{{count}} offene Ausschreibung', open_other: '{{count}} offene Ausschreibungen', website: 'Website', none: 'Keine Instrumente.' },
  notification: { title_one: 'Frist morgen: „{{title}}“', title_other: 'Frist in {{count}} Tagen: „{{title}}“', deadline: 'Frist {{date}}', open: 'Förderseite öffnen', website: 'Ausschreibung öffnen' },
  manage: {
    addInstrument: 'Instrument hinzufügen', addCall: 'Ausschreibung hinzufügen', forEvery: 'Für alle Cluster listen (Administratoren)', level: 'Ebene', category: 'Kategorie',
    nameDe: 'Name (Deutsch)', nameEn: 'Name (Englisch)', nameDa: 'Name (Dänisch)', funder: 'Fördergeber', description: 'Beschreibung (Englisch)', url: 'Webadresse',
    instrument: 'Instrument', noInstrument: 'Kein Instrument', title: 'Titel', callText: 'Ausschreibungstext', deadline: 'Frist', budget: 'Budget (€)', save: 'Speichern', saved: 'Gespeichert.', fix: 'Bitte korrigieren Sie die markierten Felder.',
  },
};

const da: Messages = {
  lead: 'Delstatens, forbundsregeringens og EU’s finansieringsinstrumenter og de åbne opslag med deres frister. Følg et opslag for at blive mindet om det 14 og 3 dage før fristen; se hvilke medlemmer og pipelineprojekter der passer.',
  loading: 'Indlæser …',
  failed: 'Kunne ikke indlæse: {{message}}',
  level: { state: 'Delstat', federal: 'Forbund', eu: 'Den Europæiske Union', other: 'Andet' },
  category: { top_research: 'Spidsforskning', equipment: 'Videnskabeligt udstyr', construction: 'Universitetsbyggeri', entrepreneurship: 'Iværksætteri', innovation: 'Innovation', collaboration: 'Samarbejde', other: 'Andet' },
  calls: {
    title: 'Opslag', showPast: 'Vis også udløbne opslag', none: 'Ingen åbne opslag.', deadline: 'Frist {{date}}',
    daysLeft_one: '{{count}} dag tilbage', daysLeft_other: '{{count}} dage tilbage', today: 'lukker i dag', closed: 'lukket',
    opens: 'åbent siden {{date}}', budget: 'Budget {{amount}}', more: 'Opslagstekst', followers_one: '{{count}} følger', followers_other: '{{count}} følger',
    follow: 'Følg', unfollow: 'Følg ikke længere',
    followed: 'Du følger »{{title}}«: påmindelser kommer 14 og 3 dage før fristen.', unfollowed: 'Du følger ikke længere »{{title}}«.',
    signIn: 'Log ind for at følge opslag', global: 'for alle klynger',
  },
  match: {
    show: 'Hvem passer til opslaget?', hide: 'Skjul match', loading: 'Matcher …', failed: 'Kunne ikke matche: {{message}}',
    organizations: 'Medlemsorganisationer', projects: 'Pipelineprojekter', noneOrganizations: 'Intet medlem passer til opslagets ordlyd.', noneProjects: 'Intet pipelineprojekt deler ord med opslaget.',
    shared: 'Fælles ord: {{words}}', score: 'lighed {{score}}',
  },
  instruments: { title: 'Finansieringsinstrumenter', category: 'Kategori', all: 'Alle kategorier', funder: 'Bevillingsgiver: {{funder}}', open_one: '{{count}} åbent opslag', open_other: '{{count}} åbne opslag', website: 'Websted', none: 'Ingen instrumenter.' },
  notification: { title_one: 'Frist i morgen: »{{title}}«', title_other: 'Frist om {{count}} dage: »{{title}}«', deadline: 'Frist {{date}}', open: 'Åbn finansieringssiden', website: 'Åbn opslaget' },
  manage: {
    addInstrument: 'Tilføj et instrument', addCall: 'Tilføj et opslag', forEvery: 'Vis for alle klynger (administratorer)', level: 'Niveau', category: 'Kategori',
    nameDe: 'Navn (tysk)', nameEn: 'Navn (engelsk)', nameDa: 'Navn (dansk)', funder: 'Bevillingsgiver', description: 'Beskrivelse (engelsk)', url: 'Webadresse',
    instrument: 'Instrument', noInstrument: 'Intet instrument', title: 'Titel', callText: 'Opslagstekst', deadline: 'Frist', budget: 'Budget (€)', save: 'Gem', saved: 'Gemt.', fix: 'Ret venligst de markerede felter.',
  },
};

export const FUNDING = defineMessages('funding', { en, de, da });
