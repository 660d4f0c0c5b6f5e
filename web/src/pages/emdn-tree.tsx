// Browsing the EMDN: a search over terms and codes, and the tree of categories opened level by level (children load on
// demand); every code can be chosen.
import { useEffect, useState } from 'preact/hooks';
import { formatNumber, useT } from '../i18n.ts';
import { emdnNodes, type EmdnNode } from './product-api.ts';
import { EMDN } from './emdn.messages.ts';

type Pick = (node: { id: string; code: string; term: string }) => void;

const term = (n: EmdnNode) => n.label.en ?? n.code;

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
  const leaf = children !== null && children.length === 0;
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
          {leaf && <p class="muted emdn-leaf">{t('noChildren')}</p>}
          {children && children.length > 0 && (
            <ul class="emdn-tree">
              {children.map((c) => <TreeNode key={c.id} node={c} onPick={onPick} current={current} />)}
            </ul>
          )}
        </div>
      )}
    </li>
  );
}

/** Search and tree; `current` is the code chosen now (its buttons are disabled). */
export function EmdnBrowser({ onPick, current }: { onPick: Pick; current: string | null }) {
  const { t } = useT(EMDN);
  const [roots, setRoots] = useState<EmdnNode[] | null>(null);
  const [text, setText] = useState('');
  const [found, setFound] = useState<EmdnNode[] | null>(null);
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
    const timer = setTimeout(() => emdnNodes({ q }).then((items) => current && setFound(items), (err: Error) => current && setError(err.message)), 250);
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
              <span class="emdn-node-label">
                <code>{n.code}</code> <span lang="en">{term(n)}</span>
              </span>
              <ChooseButton code={n.code} label={term(n)} disabled={current === n.id} onPick={() => onPick({ id: n.id, code: n.code, term: term(n) })} />
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
