// What an organisation's facility and offer pages share: loading the organisation and its items, adding, changing
// and deleting one, the list and the editor frame; each page declares its resource, fields and texts.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, query } from '../api.ts';
import { ConfirmButton } from '../components/form-confirm.tsx';
import { ErrorSummary, FormActions } from '../components/form-field.tsx';
import { FORM_KIT } from '../components/form-messages.ts';
import { useForm, type Form, type Rules, type Values } from '../components/form-state.ts';
import { useUnsavedWarning } from '../components/form-unsaved.ts';
import { useT } from '../i18n.ts';
import { EditHeader } from './edit-header.tsx';
import { EDIT_ITEMS } from './edit-items.messages.ts';

/** The organisation's name and its items from `listPath` (reloaded by `reload`); `error` when either failed. */
function useOrganizationItems<T>(id: string, listPath: string) {
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
function ItemList<T extends { id: string }>({ items, empty, titleOf, details, onEdit, onDelete }: ListProps<T>) {
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
function ItemEditor({ title, onClose, children }: { title: string; onClose: () => void; children: ComponentChildren }) {
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

type ItemsEditorProps<T, V extends Values, B> = {
  /** The organisation's id. */
  id: string;
  section: 'facilities' | 'offers';
  /** The API collection, such as `/facilities`: listed, POSTed to, and `/<resource>/<id>` PATCHed and DELETEd. */
  resource: string;
  /** List parameters besides the organisation and the limit. */
  listQuery?: Record<string, string>;
  formName: string;
  empty: V;
  /** The rules of the form; `before` is the item being changed (null for a new one). */
  rules: (before: T | null) => Rules<V>;
  valuesOf: (item: T) => V;
  bodyOf: (values: V, before: T | null) => B;
  /** The name of an item or of the body just saved, in titles and status messages. */
  nameOf: (item: T | B) => string;
  texts: { lead: string; add: string; new: string; none: string };
  details: (item: T) => ComponentChildren;
  /** The form's fields (between the error summary and the buttons). */
  fields: (form: Form<V>) => ComponentChildren;
  /** Shows the field an error summary link points to (e.g. by switching its language tab). */
  reveal?: (field: string) => void;
};

/** An organisation's items of one kind: the list, and the form that adds, changes or deletes one, with status messages. */
export function ItemsEditor<T extends { id: string }, V extends Values, B extends object>(props: ItemsEditorProps<T, V, B>) {
  const { id, resource, nameOf } = props;
  const { t } = useT(EDIT_ITEMS);
  const { t: tf } = useT();
  const { t: tk } = useT(FORM_KIT);
  const { name, items, error, reload } = useOrganizationItems<T>(id, `${resource}${query({ organization: id, ...props.listQuery, limit: 200 })}`);
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const before = editing === 'new' ? null : editing;
  const form = useForm(props.formName, props.empty, props.rules(before));
  useUnsavedWarning(form.dirty && editing !== null, tk('unsaved'));

  if (error) return <p class="page form-error" role="alert">{tk('loadFailed', { message: error })}</p>;
  if (name === null || items === null) return <p class="page" role="status">{tf('app.loading')}</p>;

  const open = (item: T | 'new') => {
    setEditing(item);
    setStatus('');
    form.reset(item === 'new' ? props.empty : props.valuesOf(item));
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const body = props.bodyOf(form.values, before);
    void form
      .submit(async () => {
        if (editing === 'new') await api(resource, { method: 'POST', json: { organizationId: id, ...body } });
        else if (editing) await api(`${resource}/${editing.id}`, { method: 'PATCH', json: body });
      })
      .then(async (ok) => {
        if (!ok) return;
        await reload();
        setEditing(null);
        setStatus(t('savedItem', { name: nameOf(body) }));
      });
  };
  const remove = async (item: T) => {
    try {
      await api(`${resource}/${item.id}`, { method: 'DELETE' });
      await reload();
      setStatus(t('deleted', { name: nameOf(item) }));
    } catch (err) {
      setStatus(tk('serverSaid', { message: (err as Error).message }));
    }
  };

  return (
    <div class="page">
      <EditHeader id={id} name={name} current={props.section} />
      <p class="lead">{props.texts.lead}</p>
      <p role="status" aria-live="polite" class="form-status">
        {status}
      </p>
      {editing === null ? (
        <p>
          <button type="button" class="primary" onClick={() => open('new')}>
            {props.texts.add}
          </button>
        </p>
      ) : (
        <ItemEditor title={editing === 'new' ? props.texts.new : t('editItem', { name: nameOf(editing) })} onClose={() => setEditing(null)}>
          <form class="edit-form" noValidate onSubmit={onSubmit}>
            <ErrorSummary form={form} reveal={props.reveal} />
            {props.fields(form)}
            <FormActions form={form} />
          </form>
        </ItemEditor>
      )}
      <ItemList items={items} empty={props.texts.none} titleOf={nameOf} details={props.details} onEdit={open} onDelete={remove} />
    </div>
  );
}
