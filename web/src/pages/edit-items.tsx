// What an organisation's facility and offer pages share: loading the organisation and its items, the list, the editor frame.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api.ts';
import { ConfirmButton } from '../components/form-confirm.tsx';
import { useT } from '../i18n.ts';
import { EDIT_ITEMS } from './edit-items.messages.ts';

/** The organisation's name and its items from `listPath` (reloaded by `reload`); `error` when either failed. */
export function useOrganizationItems<T>(id: string, listPath: string) {
  const [name, setName] = useState<string | null>(null);
  const [items, setItems] = useState<T[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = () =>
    api<{ items: T[] }>(listPath).then(
      (r) => setItems(r.items),
      (err: Error) => setError(err.message),
    );
  useEffect(() => {
    api<{ name: string }>(`/organizations/${id}`).then(
      (o) => setName(o.name),
      (err: Error) => setError(err.message),
    );
    void reload();
  }, [id, listPath]);
  return { name, items, error, reload };
}

type ListProps<T> = {
  items: T[];
  empty: string;
  titleOf: (item: T) => string;
  details: (item: T) => ComponentChildren;
  onEdit: (item: T) => void;
  onDelete: (item: T) => Promise<void>;
};

/** The items, each with its title, details, and Edit and Delete (after confirmation) buttons. */
export function ItemList<T extends { id: string }>({ items, empty, titleOf, details, onEdit, onDelete }: ListProps<T>) {
  const { t } = useT(EDIT_ITEMS);
  if (items.length === 0) return <p class="muted">{empty}</p>;
  return (
    <ul class="item-list">
      {items.map((item) => (
        <li key={item.id}>
          <div class="item-main">
            <h3>{titleOf(item)}</h3>
            {details(item)}
          </div>
          <div class="item-actions">
            <button type="button" onClick={() => onEdit(item)}>
              {t('edit')}
              <span class="visually-hidden"> {titleOf(item)}</span>
            </button>
            <ConfirmButton
              label={t('delete')}
              detail={titleOf(item)}
              question={t('deleteQuestion', { name: titleOf(item) })}
              confirmLabel={t('deleteItem', { name: titleOf(item) })}
              onConfirm={() => onDelete(item)}
            />
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The frame of the form that adds or changes one item; its heading takes the focus when it opens. */
export function ItemEditor({ title, onClose, children }: { title: string; onClose: () => void; children: ComponentChildren }) {
  const { t } = useT(EDIT_ITEMS);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [title]);
  return (
    <section class="item-editor" aria-labelledby="item-editor-title">
      <h2 id="item-editor-title" tabIndex={-1} ref={heading}>
        {title}
      </h2>
      {children}
      <p>
        <button type="button" class="link-button" onClick={onClose}>
          {t('close')}
        </button>
      </p>
    </section>
  );
}
