// Texts of the membership and news notifications on the account page, in English, German and Danish.
import { defineMessages } from '../i18n.ts';

export const WORK_NOTIFICATIONS = defineMessages('workNotifications', {
  en: {
    membership_applied: '{{organization}} applied for membership in {{cluster}}',
    approved: 'The membership of {{organization}} in {{cluster}} was approved',
    rejected: 'The application of {{organization}} to {{cluster}} was rejected',
    ended: 'The membership of {{organization}} in {{cluster}} ends',
    news_submitted: 'The news post “{{title}}” awaits your review',
    published: 'Your news post “{{title}}” was published',
    sentBack: 'Your news post “{{title}}” was sent back',
    note: 'Note: {{note}}', openMembers: 'Open the members page', openNews: 'Open the news', openArticle: 'Read the article',
  },
  de: {
    membership_applied: '{{organization}} hat die Mitgliedschaft in {{cluster}} beantragt',
    approved: 'Die Mitgliedschaft von {{organization}} in {{cluster}} wurde bestätigt',
    rejected: 'Der Antrag von {{organization}} an {{cluster}} wurde abgelehnt',
    ended: 'Die Mitgliedschaft von {{organization}} in {{cluster}} endet',
    news_submitted: 'Der Beitrag „{{title}}“ wartet auf Ihre Prüfung',
    published: 'Ihr Beitrag „{{title}}“ wurde veröffentlicht',
    sentBack: 'Ihr Beitrag „{{title}}“ wurde zurückgegeben',
    note: 'Hinweis: {{note}}', openMembers: 'Mitgliederseite öffnen', openNews: 'Neuigkeiten öffnen', openArticle: 'Beitrag lesen',
  },
  da: {
    membership_applied: '{{organization}} har søgt om medlemskab af {{cluster}}',
    approved: 'Medlemskabet for {{organization}} i {{cluster}} er godkendt',
    rejected: 'Ansøgningen fra {{organization}} til {{cluster}} er afvist',
    ended: 'Medlemskabet for {{organization}} i {{cluster}} ophører',
    news_submitted: 'Indlægget “{{title}}” venter på din godkendelse',
    published: 'Dit indlæg “{{title}}” er offentliggjort',
    sentBack: 'Dit indlæg “{{title}}” er sendt tilbage',
    note: 'Besked: {{note}}', openMembers: 'Åbn medlemssiden', openNews: 'Åbn nyhederne', openArticle: 'Læs artiklen',
  },
});
