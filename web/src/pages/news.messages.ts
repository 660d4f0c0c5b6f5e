// Texts of a cluster's news pages (list, article, writing, review, digest) in English, German and Danish.
import { defineMessages } from '../i18n.ts';

export const NEWS = defineMessages('news', {
  en: {
    lead: 'News of {{name}} and its members.',
    loading: 'Loading…',
    failed: 'Could not load: {{message}}',
    signIn: 'Sign in to write news for your organisation.',
    feed: 'Atom feed', feedTitle: 'News of {{name}} (Atom)',
    list: { title: 'Latest news', none: 'No news yet.', readMore: 'Read more', by: 'from {{organization}}', older: 'Older news', otherLanguage: 'in {{language}}' },
    article: {
      back: 'All news of {{name}}', fallback: 'This article is not available in {{wanted}}; it is shown in {{shown}}.', also: 'Also in:', notFound: 'No such article.',
      unpublished: 'Not published: {{status}}. Only the cluster management and the author see it.',
    },
    status: { draft: 'Draft', submitted: 'Awaiting review', published: 'Published', rejected: 'Sent back' },
    write: {
      title: 'Write a post', editTitle: 'Edit “{{title}}”', organization: 'Posting for', cluster: 'The cluster management', languages: 'Language versions',
      languagesHint: 'Write one or more languages; readers see theirs, or another with a notice.',
      postTitle: 'Title', summary: 'Summary', summaryHint: 'Plain text shown on the list.', body: 'Text (Markdown)',
      bodyHint: 'Markdown: **bold**, *italic*, lists, links. HTML is shown as text.', preview: 'Preview', hidePreview: 'Hide preview', previewTitle: 'Preview ({{language}})',
      saveDraft: 'Save draft', submit: 'Submit for review', publish: 'Publish', save: 'Save changes', cancel: 'Cancel', newPost: 'New post',
      saved: 'Saved.', submitted: 'Submitted for review; the cluster management has been notified.', published: 'Published.',
      filled: '(filled in)', empty: '(empty)',
    },
    posts: {
      mine: 'Your posts', all: 'All posts', none: 'No posts yet.', note: 'Note from the cluster management: {{note}}', edit: 'Edit', delete: 'Delete', view: 'View',
      confirmDelete: 'Delete “{{title}}”?', submit: 'Submit for review', unpublish: 'Unpublish', deleted: 'Deleted.', changed: 'Updated: {{title}}',
    },
    review: {
      title: 'Review queue', none: 'No posts are waiting for review.', publish: 'Publish', reject: 'Send back', note: 'Note to the author',
      confirmReject: 'Send back with this note', cancel: 'Cancel', published: 'Published: {{title}}', rejected: 'Sent back: {{title}}', from: 'from {{organization}}',
    },
    digest: {
      title: 'Monthly digest', lead: 'The news published in a month, with next month’s workshops and closing funding calls, as an e-mail newsletter.',
      month: 'Month', language: 'Language', html: 'Download HTML e-mail', text: 'Download plain text', preview: 'Show preview', previewTitle: 'Newsletter preview',
    },
  },
  de: {
    lead: 'Neuigkeiten von {{name}} und seinen Mitgliedern.',
    loading: 'Wird geladen …',
    failed: 'Laden fehlgeschlagen: {{message}}',
    signIn: 'Melden Sie sich an, um Neuigkeiten Ihrer Organisation zu schreiben.',
    feed: 'Atom-Feed', feedTitle: 'Neuigkeiten von {{name}} (Atom)',
    list: { title: 'Aktuelle Neuigkeiten', none: 'Noch keine Neuigkeiten.', readMore: 'Weiterlesen', by: 'von {{organization}}', older: 'Ältere Neuigkeiten', otherLanguage: 'auf {{language}}' },
    article: {
      back: 'Alle Neuigkeiten von {{name}}', fallback: 'Dieser Beitrag ist nicht auf {{wanted}} verfügbar; er wird auf {{shown}} gezeigt.', also: 'Auch auf:', notFound: 'Diesen Beitrag gibt es nicht.',
      unpublished: 'Nicht veröffentlicht: {{status}}. Nur das Clustermanagement und die Autorin oder der Autor sehen ihn.',
    },
    status: { draft: 'Entwurf', submitted: 'Wartet auf Prüfung', published: 'Veröffentlicht', rejected: 'Zurückgegeben' },
    write: {
      title: 'Beitrag schreiben', editTitle: '„{{title}}“ bearbeiten', organization: 'Beitrag für', cluster: 'Das Clustermanagement', languages: 'Sprachfassungen',
      languagesHint: 'Schreiben Sie eine oder mehrere Sprachen; Leser sehen ihre oder eine andere mit Hinweis.',
      postTitle: 'Titel', summary: 'Zusammenfassung', summaryHint: 'Reiner Text für die Liste.', body: 'Text (Markdown)',
      bodyHint: 'Markdown: **fett**, *kursiv*, Listen, Links. HTML wird als Text gezeigt.', preview: 'Vorschau', hidePreview: 'Vorschau ausblenden', previewTitle: 'Vorschau ({{language}})',
      saveDraft: 'Entwurf speichern', submit: 'Zur Prüfung einreichen', publish: 'Veröffentlichen', save: 'Änderungen speichern', cancel: 'Abbrechen', newPost: 'Neuer Beitrag',
      saved: 'Gespeichert.', submitted: 'Zur Prüfung eingereicht; das Clustermanagement wurde benachrichtigt.', published: 'Veröffentlicht.',
      filled: '(ausgefüllt)', empty: '(leer)',
    },
    posts: {
      mine: 'Ihre Beiträge', all: 'Alle Beiträge', none: 'Noch keine Beiträge.', note: 'Hinweis des Clustermanagements: {{note}}', edit: 'Bearbeiten', delete: 'Löschen', view: 'Ansehen',
      confirmDelete: '„{{title}}“ löschen?', submit: 'Zur Prüfung einreichen', unpublish: 'Zurückziehen', deleted: 'Gelöscht.', changed: 'Aktualisiert: {{title}}',
    },
    review: {
      title: 'Prüfung', none: 'Keine Beiträge warten auf Prüfung.', publish: 'Veröffentlichen', reject: 'Zurückgeben', note: 'Hinweis an die Autorin oder den Autor',
      confirmReject: 'Mit diesem Hinweis zurückgeben', cancel: 'Abbrechen', published: 'Veröffentlicht: {{title}}', rejected: 'Zurückgegeben: {{title}}', from: 'von {{organization}}',
    },
    digest: {
      title: 'Monatlicher Newsletter', lead: 'Die in einem Monat veröffentlichten Neuigkeiten, mit den Workshops und auslaufenden Förderaufrufen des Folgemonats, als E-Mail-Newsletter.',
      month: 'Monat', language: 'Sprache', html: 'HTML-E-Mail herunterladen', text: 'Textfassung herunterladen', preview: 'Vorschau zeigen', previewTitle: 'Vorschau des Newsletters',
    },
  },
  da: {
    lead: 'Nyheder fra {{name}} og medlemmerne.',
    loading: 'Indlæser …',
    failed: 'Kunne ikke indlæse: {{message}}',
    signIn: 'Log ind for at skrive nyheder for din organisation.',
    feed: 'Atom-feed', feedTitle: 'Nyheder fra {{name}} (Atom)',
    list: { title: 'Seneste nyheder', none: 'Ingen nyheder endnu.', readMore: 'Læs mere', by: 'fra {{organization}}', older: 'Ældre nyheder', otherLanguage: 'på {{language}}' },
    article: {
      back: 'Alle nyheder fra {{name}}', fallback: 'Denne artikel findes ikke på {{wanted}}; den vises på {{shown}}.', also: 'Findes også på:', notFound: 'Artiklen findes ikke.',
      unpublished: 'Ikke offentliggjort: {{status}}. Kun klyngeledelsen og forfatteren kan se den.',
    },
    status: { draft: 'Kladde', submitted: 'Afventer godkendelse', published: 'Offentliggjort', rejected: 'Sendt tilbage' },
    write: {
      title: 'Skriv et indlæg', editTitle: 'Rediger “{{title}}”', organization: 'Indlæg for', cluster: 'Klyngeledelsen', languages: 'Sprogversioner',
      languagesHint: 'Skriv på et eller flere sprog; læserne ser deres eget eller et andet med en bemærkning.',
      postTitle: 'Titel', summary: 'Resumé', summaryHint: 'Ren tekst til listen.', body: 'Tekst (Markdown)',
      bodyHint: 'Markdown: **fed**, *kursiv*, lister, links. HTML vises som tekst.', preview: 'Forhåndsvisning', hidePreview: 'Skjul forhåndsvisning', previewTitle: 'Forhåndsvisning ({{language}})',
      saveDraft: 'Gem kladde', submit: 'Send til godkendelse', publish: 'Offentliggør', save: 'Gem ændringer', cancel: 'Annuller', newPost: 'Nyt indlæg',
      saved: 'Gemt.', submitted: 'Sendt til godkendelse; klyngeledelsen har fået besked.', published: 'Offentliggjort.',
      filled: '(udfyldt)', empty: '(tom)',
    },
    posts: {
      mine: 'Dine indlæg', all: 'Alle indlæg', none: 'Ingen indlæg endnu.', note: 'Besked fra klyngeledelsen: {{note}}', edit: 'Rediger', delete: 'Slet', view: 'Vis',
      confirmDelete: 'Slet “{{title}}”?', submit: 'Send til godkendelse', unpublish: 'Træk tilbage', deleted: 'Slettet.', changed: 'Opdateret: {{title}}',
    },
    review: {
      title: 'Til godkendelse', none: 'Ingen indlæg venter på godkendelse.', publish: 'Offentliggør', reject: 'Send tilbage', note: 'Besked til forfatteren',
      confirmReject: 'Send tilbage med denne besked', cancel: 'Annuller', published: 'Offentliggjort: {{title}}', rejected: 'Sendt tilbage: {{title}}', from: 'fra {{organization}}',
    },
    digest: {
      title: 'Månedligt nyhedsbrev', lead: 'Månedens offentliggjorte nyheder, med næste måneds workshops og støtteopslag med frist, som nyhedsbrev på e-mail.',
      month: 'Måned', language: 'Sprog', html: 'Hent HTML-e-mail', text: 'Hent tekstudgave', preview: 'Vis forhåndsvisning', previewTitle: 'Forhåndsvisning af nyhedsbrevet',
    },
  },
});
