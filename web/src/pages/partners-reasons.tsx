// The reasons of a match as short sentences in the reader's language, worded from the data (not the API's English).
import type { ComponentChildren } from 'preact';
import { currentLanguage, formatNumber, useT } from '../i18n.ts';
import { countryName } from './map-list.tsx';
import type { MatchReason, ReasonProject } from './partners-data.ts';
import { PARTNER_REASONS } from './partners-reasons.messages.ts';

type Item = { key: string; label: string; href?: string; title?: string };

/** Lists joined as each language does (British English: no comma before "and"). */
const listFormat = () => new Intl.ListFormat({ de: 'de-DE', en: 'en-GB', da: 'da-DK' }[currentLanguage()], { style: 'long', type: 'conjunction' });

/** Items joined as the language joins a list ("A, B and C", "A, B und C", "A, B og C"), links where given. */
export function ListOf({ items }: { items: Item[] }) {
  const parts = listFormat().formatToParts(items.map((i) => i.label));
  let next = 0;
  return (
    <>
      {parts.map((part, i) => {
        if (part.type === 'literal') return part.value;
        const item = items[next++]!;
        return item.href ? <a key={item.key} href={item.href} title={item.title}>{item.label}</a> : <span key={item.key ?? i}>{item.label}</span>;
      })}
    </>
  );
}

const projectItems = (projects: ReasonProject[]): Item[] =>
  projects.map((p) => ({
    key: p.id,
    label: p.acronym ?? (p.title.length > 48 ? `${p.title.slice(0, 46)}…` : p.title),
    href: `/projects/${p.id}`,
    title: [p.title, p.year].filter(Boolean).join(', '),
  }));

/** One reason as a sentence (with links to the projects and organisations it cites). */
function Sentence({ reason, requester }: { reason: MatchReason; requester: string }) {
  const { t } = useT(PARTNER_REASONS);
  const { t: tf } = useT();
  const lead = (text: string, rest: ComponentChildren) => <>{text} {rest}</>;
  switch (reason.kind) {
    case 'topics':
      // Single words out of the idea's sentences, often inflected or in another language than the page ("chronische"):
      // quoted, they read as the words the text and the organisation share, not as the sentence's grammar.
      return <>{t('topics', { terms: listFormat().format(reason.terms.map((word) => t('word', { word }))) })}</>;
    case 'similarProjects':
      return lead(t('similarProjects', { count: reason.projects.length }), <ListOf items={projectItems(reason.projects)} />);
    case 'jointProjects':
      return lead(t('jointProjects', { count: reason.count, n: formatNumber(reason.count), requester }), <ListOf items={projectItems(reason.projects)} />);
    case 'partnersOfPartners':
      return lead(
        t('partnersOfPartners', { count: reason.count, n: formatNumber(reason.count), requester }),
        <ListOf items={reason.via.map((v) => ({ key: v.id, label: v.name, href: `/organizations/${v.id}` }))} />,
      );
    case 'complementary': {
      const text = t('complementary', { type: tf(`orgTypes.${reason.type}`), requesterType: tf(`orgTypes.${reason.requesterType}`), requester });
      if (reason.competences.length === 0) return <>{text}</>;
      return <>{text} {t('complementaryCompetences', { competences: listFormat().format(reason.competences) })}</>;
    }
    case 'region':
      return reason.scope === 'region' && reason.nutsCode
        ? <>{t('sameRegion', { requester, code: reason.nutsCode.slice(0, 4) })}</>
        : <>{t('sameCountry', { requester, country: countryName(reason.country) })}</>;
    case 'active': {
      const total = t('activeProjects', { count: reason.projects, n: formatNumber(reason.projects) });
      return <>{reason.recentProjects > 0 ? `${total}, ${t('activeRecent', { count: reason.recentProjects, n: formatNumber(reason.recentProjects) })}` : total}</>;
    }
  }
}

type Props = {
  reasons: MatchReason[];
  /** The name of the organisation the search is for (reasons about joint projects, partners and region cite it). */
  requester: string;
  /** Show at most this many, strongest first, leaving out activity when there is anything else to say. */
  max?: number;
  class?: string;
};

/** The reasons as a bulleted list of short sentences. */
export function ReasonList({ reasons, requester, max, class: className }: Props) {
  const informative = reasons.filter((r) => r.kind !== 'active');
  const shown = max === undefined ? reasons : (informative.length > 0 ? informative : reasons).slice(0, max);
  if (shown.length === 0) return null;
  return (
    <ul class={className ?? 'partners-reasons'}>
      {shown.map((reason, i) => (
        <li key={`${reason.kind}-${i}`} data-reason={reason.kind}>
          <Sentence reason={reason} requester={requester} />
        </li>
      ))}
    </ul>
  );
}
