// The address of an article from its title: German and Danish letters spelled out, lower case, hyphens between words.
const SPELLED: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', ø: 'oe', å: 'aa' };

/** "Neue Mitglieder im Förderverein" → "neue-mitglieder-im-foerderverein" (at most 80 characters, never empty). */
export function newsSlug(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[äöüßæøå]/g, (c) => SPELLED[c]!)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || 'news';
}
