// Texts of the matching sections of an organisation's profile in English, German and Danish.
import { defineMessages } from '../i18n.ts';

export const PARTNERS_PROFILE = defineMessages('partnersProfile', {
  en: {
    similar: 'Similar organisations',
    similarHint: 'Organisations whose work resembles this one’s.',
    likely: 'Likely partners',
    likelyHint: 'Organisations it has not worked with yet that would fit its topics and its network.',
    loading: 'Looking for matches…',
    failed: 'This list could not be loaded.',
    retry: 'Try again',
    none: 'None found yet.',
    findPartners: 'Find partners for this organisation',
  },
  de: {
    similar: 'Ähnliche Organisationen',
    similarHint: 'Organisationen, deren Arbeit der dieser Organisation ähnelt.',
    likely: 'Wahrscheinliche Partner',
    likelyHint: 'Organisationen, mit denen sie noch nicht gearbeitet hat, die aber zu ihren Themen und ihrem Netzwerk passen.',
    loading: 'Passende Organisationen werden gesucht…',
    failed: 'Diese Liste konnte nicht geladen werden.',
    retry: 'Erneut versuchen',
    none: 'Noch keine gefunden.',
    findPartners: 'Partner für diese Organisation finden',
  },
  da: {
    similar: 'Lignende organisationer',
    similarHint: 'Organisationer, hvis arbejde ligner denne organisations.',
    likely: 'Sandsynlige partnere',
    likelyHint: 'Organisationer, den endnu ikke har arbejdet sammen med, men som passer til dens emner og netværk.',
    loading: 'Leder efter match…',
    failed: 'Listen kunne ikke indlæses.',
    retry: 'Prøv igen',
    none: 'Ingen fundet endnu.',
    findPartners: 'Find partnere til denne organisation',
  },
});
