// Browsing the EMDN: a search (words in English, German or Danish, ranked as the suggestions are; or a code), and the
// tree of categories opened level by level (children load on demand, leaves have nothing to open); every code can be chosen.
import { useEffect, useState } from 'preact/hooks';
import { formatNumber, useT } from '../i18n.ts';
import { emdnNodes, suggestEmdn, type EmdnNode, type EmdnRef } from './product-api.ts';
import { EMDN } from './emdn.messages.ts';

type Pick = (node: { id: string; code: string; term: string }) => void;

const term = (n: EmdnNode) => n.label.en ?? n.code;

/** Ancestors as a trail: "A · A01 · A0101". */
export function Trail({ path }: { path: EmdnRef[] }) {
  const { t } = useT(EMDN);
  if (path.length === 0) return null;
  return (
    <ol class="emdn-trail" aria-label={t('trail')}>
      {path.map((p) => (
        <li key={p.id}>
          <code>{p.code}</code> <span lang="en">{p.term}</span>
        </li>
      ))}
    </ol>
  );
}

/** The button that chooses a code, named after it for screen readers; disabled for the code chosen now. */
export function ChooseButton({ code, label, onPick, disabled }: { code: string; label: string; onPick: () => void; disabled?: boolean }) {
  const { t } = useT(EMDN);
  return (
    <button type="button" class="emdn-choose" disabled={disabled} onClick={onPick}>
      {disabled ? t('chosen') : t('choose')}
      <span class="visually-hidden"> {code} {label}</span>
    </button>
  );
}

/** One node of the tree with its children once opened. */
function TreeNode({ node, onPick, current }: { node: EmdnNode; onPick: Pick; current: string | null }) {
  const { t } = useT(EMDN);
  const [children, setChildren] = useState<EmdnNode[] | null>(null);
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const toggle = () => {
    if (!open && children === null) emdnNodes({ parent: node.id }).then(setChildren, () => setFailed(true));
    setOpen(!open);
  };
  const leaf = !node.hasChildren;
  const groupId = `emdn-children-${node.code}`;
  return (
    <li data-code={node.code}>
      <div class="emdn-node">
        {leaf ? (
          <span class="emdn-node-label">
            <code>{node.code}</code> <span lang="en">{term(node)}</span>
          </span>
        ) : (
          <button type="button" class="emdn-toggle" aria-expanded={open} aria-controls={groupId} onClick={toggle}>
            <span class="emdn-caret" aria-hidden="true">{open ? '▾' : '▸'}</span>
            <code>{node.code}</code> <span lang="en">{term(node)}</span>
          </button>
        )}
        <ChooseButton code={node.code} label={term(node)} disabled={current === node.id} onPick={() => onPick({ id: node.id, code: node.code, term: term(node) })} />
      </div>
      {open && (
        <div id={groupId}>
          {failed && <p class="form-error">{t('loadFailed')}</p>}
          {children === null && !failed && <p class="muted">{t('loading')}</p>}
          {children && (
            <ul class="emdn-tree">
              {children.map((c) => <TreeNode key={c.id} node={c} onPick={onPick} current={current} />)}
            </ul>
          )}
        </div>
      )}
    </li>
  );
}

/** A search result: a code, with its ancestors when found by words. */
type Found = EmdnRef & { path?: EmdnRef[] };

// An EMDN code or its start ("M04", "z1203"): looked up by code; anything else is read as words.
const CODE = /^[A-Za-z]\d{0,12}$/;

/**
 * The codes for a search: by code for a code, else ranked by its words in English, German or Danish as the suggestions
 * read them (so "wound dressing" finds the dressings, which no term holds as one substring); word results with their trail.
 */
async function searchEmdn(q: string): Promise<Found[]> {
  if (CODE.test(q)) return (await emdnNodes({ q: q.toUpperCase() })).map((n) => ({ id: n.id, code: n.code, term: term(n) }));
  return (await suggestEmdn(q, 30)).items;
}

/** Search and tree; `current` is the code chosen now (its buttons are disabled). */
export function EmdnBrowser({ onPick, current }: { onPick: Pick; current: string | null }) {
  const { t } = useT(EMDN);
  const [roots, setRoots] = useState<EmdnNode[] | null>(null);
  const [text, setText] = useState('');
  const [found, setFound] = useState<Found[] | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    emdnNodes({}).then(setRoots, (err: Error) => setError(err.message));
  }, []);
  useEffect(() => {
    const q = text.trim();
    if (q.length < 2) {
      setFound(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => searchEmdn(q).then((items) => current && setFound(items), (err: Error) => current && setError(err.message)), 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text]);

  return (
    <div class="emdn-browser">
      <div class="field">
        <label for="emdn-search">{t('search')}</label>
        <input id="emdn-search" type="search" value={text} placeholder={t('searchPlaceholder')} aria-describedby="emdn-search-status" onInput={(e) => setText(e.currentTarget.value)} />
      </div>
      <p id="emdn-search-status" class="muted" role="status" aria-live="polite">
        {found === null ? '' : t('found', { count: found.length, n: formatNumber(found.length) })}
      </p>
      {error && <p class="form-error" role="alert">{t('failed', { message: error })}</p>}
      {found && found.length > 0 && (
        <ul class="emdn-results">
          {found.map((n) => (
            <li key={n.id} class="emdn-node" data-code={n.code}>
              <div class="emdn-node-label">
                <code>{n.code}</code> <span lang="en">{n.term}</span>
                {n.path && <Trail path={n.path} />}
              </div>
              <ChooseButton code={n.code} label={n.term} disabled={current === n.id} onPick={() => onPick({ id: n.id, code: n.code, term: n.term })} />
            </li>
          ))}
        </ul>
      )}
      <h4>{t('categories')}</h4>
      {roots === null && !error && <p class="muted">{t('loading')}</p>}
      {roots?.length === 0 && <p class="muted">{t('notLoaded')}</p>}
      {roots && roots.length > 0 && (
        <ul class="emdn-tree emdn-roots">
          {roots.map((r) => <TreeNode key={r.id} node={r} onPick={onPick} current={current} />)}
        </ul>
      )}
    </div>
  );
}
