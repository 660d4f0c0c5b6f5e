// Texts of the matches disclosure of an offer or request (counterparts and fitting organisations) in English, German and Danish.
import { defineMessages } from '../i18n.ts';

export const OFFER_MATCHES = defineMessages('offerMatches', {
  en: {
    matches: 'Matches',
    loading: 'Loading the matches…',
    failed: 'The matches could not be loaded: {{message}}',
    retry: 'Try again',
    notYet: 'Not matched yet: klynge matches offers and requests in the background, shortly after they are saved.',
    none: 'No matches yet.',
    matchedAt: 'Last matched {{date}}.',
    counterparts: { offer: 'Requests your offer answers', request: 'Offers that answer your request' },
    organizations: 'Organisations that fit',
    sharedTerms: 'Both speak of',
    kinds: 'A “{{offerKind}}” offer answers a “{{requestKind}}” request.',
  },
  de: {
    matches: 'Treffer',
    loading: 'Die Treffer werden geladen…',
    failed: 'Die Treffer konnten nicht geladen werden: {{message}}',
    retry: 'Erneut versuchen',
    notYet: 'Noch nicht abgeglichen: klynge gleicht Angebote und Gesuche im Hintergrund ab, kurz nachdem sie gespeichert wurden.',
    none: 'Noch keine Treffer.',
    matchedAt: 'Zuletzt abgeglichen am {{date}}.',
    counterparts: { offer: 'Gesuche, auf die Ihr Angebot antwortet', request: 'Angebote, die auf Ihr Gesuch antworten' },
    organizations: 'Passende Organisationen',
    sharedTerms: 'Beide sprechen von',
    kinds: 'Ein Angebot der Art „{{offerKind}}“ beantwortet ein Gesuch der Art „{{requestKind}}“.',
  },
  da: {
    matches: 'Match',
    loading: 'Indlæser match…',
    failed: 'Match kunne ikke indlæses: {{message}}',
    retry: 'Prøv igen',
    notYet: 'Endnu ikke matchet: klynge matcher tilbud og efterspørgsler i baggrunden kort efter, at de er gemt.',
    none: 'Ingen match endnu.',
    matchedAt: 'Sidst matchet {{date}}.',
    counterparts: { offer: 'Efterspørgsler, som dit tilbud svarer på', request: 'Tilbud, der svarer på din efterspørgsel' },
    organizations: 'Organisationer, der passer',
    sharedTerms: 'Begge taler om',
    kinds: 'Et tilbud af typen »{{offerKind}}« svarer på en efterspørgsel af typen »{{requestKind}}«.',
  },
});
