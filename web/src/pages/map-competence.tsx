// Picks a competence by searching /competences: type, see the matches announced, choose one with a click or Enter.
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatNumber, localized, useT } from '../i18n.ts';
import { fetchCompetence, searchCompetences, type CompetenceHit } from './map-data.ts';
import { MAP } from './map.messages.ts';

type Props = { selected: { id: string; label: string } | null; onChange: (id: string) => void };

export function CompetencePicker({ selected, onChange }: Props) {
  const { t } = useT(MAP);
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<CompetenceHit[] | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const text = q.trim();
    if (text.length < 2) {
      setHits(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      searchCompetences(text).then((items) => current && setHits(items), () => current && setHits([]));
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [q]);

  function choose(id: string) {
    setQ('');
    setHits(null);
    onChange(id);
  }

  return (
    <div class="map-competence">
      {selected && (
        <p class="map-chip">
          <span>{selected.label}</span>
          <button type="button" class="map-chip-remove" aria-label={t('removeCompetence', { label: selected.label })} onClick={() => { onChange(''); input.current?.focus(); }}>
            ×
          </button>
        </p>
      )}
      <label for="map-competence-q">{t('competenceSearch')}</label>
      <input
        id="map-competence-q"
        ref={input}
        type="search"
        value={q}
        placeholder={t('competencePlaceholder')}
        autoComplete="off"
        aria-describedby="map-competence-status"
        onInput={(e) => setQ(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setQ('');
            setHits(null);
          }
          if (e.key === 'Enter' && hits?.[0]) {
            e.preventDefault();
            choose(hits[0].id);
          }
        }}
      />
      <p id="map-competence-status" class="visually-hidden" aria-live="polite">
        {hits === null ? '' : hits.length === 0 ? t('competenceNone') : t('competenceResults', { count: hits.length })}
      </p>
      {hits && hits.length > 0 && (
        <ul class="map-competence-hits">
          {hits.map((hit) => (
            <li key={hit.id}>
              <button type="button" onClick={() => choose(hit.id)}>
                <span>{localized(hit.label) || hit.id}</span>
                <span class="muted">{formatNumber(hit.organizationCount)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {hits && hits.length === 0 && <p class="muted">{t('competenceNone')}</p>}
    </div>
  );
}

/** The chosen competence (id from the URL) with its label in the interface language, for the picker's chip. */
export function useCompetenceChoice(id: string | undefined): { id: string; label: string } | null {
  const [choice, setChoice] = useState<{ id: string; label: string } | null>(null);
  useEffect(() => {
    if (!id) return setChoice(null);
    fetchCompetence(id).then(
      (c) => setChoice({ id, label: localized(c.label) || id }),
      () => setChoice({ id, label: id }),
    );
  }, [id]);
  return choice;
}
