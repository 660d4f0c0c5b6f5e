// /organizations/:id/products: an organisation's products with class, EMDN code and checklist progress; its editors add
// and remove products.
import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { api, ApiError } from '../api.ts';
import { ConfirmButton } from '../components/form-confirm.tsx';
import { useT } from '../i18n.ts';
import { mayEdit, useSession } from '../session.ts';
import { useLoad } from '../use-load.ts';
import { NotFound } from './NotFound.tsx';
import { deleteProduct, listProducts, type ProductListItem } from './product-api.ts';
import { CreateProductForm } from './product-create.tsx';
import { ClassBadge, ProgressText } from './product-badges.tsx';
import { PRODUCT } from './product.messages.ts';
import '../components/form-styles.css';
import './edit.css';
import './product.css';

type Loaded = { organization: { id: string; name: string }; products: ProductListItem[] } | null;

async function load(id: string): Promise<Loaded> {
  try {
    const [organization, products] = await Promise.all([api<{ id: string; name: string }>(`/organizations/${encodeURIComponent(id)}`), listProducts(id)]);
    return { organization, products };
  } catch (err) {
    if (err instanceof ApiError && (err.status === 404 || err.status === 422)) return null;
    throw err;
  }
}

export function ProductListPage() {
  const { t } = useT(PRODUCT);
  const id = useRoute().params.id ?? '';
  const user = useSession();
  const { data, error, retry } = useLoad(id, load);
  const [products, setProducts] = useState<ProductListItem[] | undefined>(undefined);
  const [message, setMessage] = useState('');
  const editor = mayEdit(user, id);

  useEffect(() => setProducts(data?.products), [data]);
  useEffect(() => {
    if (data) document.title = `${t('list.title', { name: data.organization.name })} · klynge`;
  }, [data, t]);

  if (error) {
    return (
      <div class="page">
        <p role="alert" class="form-error">{t('failed', { message: error })}</p>
        <button type="button" onClick={retry}>{t('retry')}</button>
      </div>
    );
  }
  if (data === undefined || (data && products === undefined)) return <div class="page"><p role="status">{t('loading')}</p></div>;
  if (data === null) return <NotFound />;

  const remove = async (p: ProductListItem) => {
    try {
      await deleteProduct(p.id);
      setProducts((list) => list?.filter((x) => x.id !== p.id));
      setMessage(t('list.deleted', { name: p.name }));
    } catch (err) {
      setMessage(t('failed', { message: (err as Error).message }));
    }
  };

  return (
    <div class="page product-page">
      <p class="product-crumb">
        <a href={`/organizations/${id}`}>← {data.organization.name}</a>
      </p>
      <h1>{t('list.title', { name: data.organization.name })}</h1>
      <p class="lead">{t('list.lead')}</p>
      <p class="form-status" role="status" aria-live="polite">{message}</p>
      {products!.length === 0 ? (
        <p class="muted">{editor ? t('list.noneEditor') : t('list.none')}</p>
      ) : (
        <table class="members-table product-table">
          <caption class="visually-hidden">{t('list.caption', { name: data.organization.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('list.product')}</th>
              <th scope="col">{t('fields.regulation')}</th>
              <th scope="col">{t('list.class')}</th>
              <th scope="col">{t('list.emdn')}</th>
              <th scope="col">{t('list.checklist')}</th>
              <th scope="col">{t('fields.visibility')}</th>
              {editor && <th scope="col">{t('list.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {products!.map((p) => (
              <tr key={p.id} data-product={p.id}>
                <th scope="row">
                  <a href={`/products/${p.id}`}>{p.name}</a>
                </th>
                <td data-label={t('fields.regulation')}>{p.regulation}</td>
                <td data-label={t('list.class')}>
                  <ClassBadge product={p} />
                </td>
                <td data-label={t('list.emdn')}>
                  {p.emdn ? <span title={p.emdn.term}><code>{p.emdn.code}</code> <span lang="en" class="product-emdn-term">{p.emdn.term}</span></span> : <span class="muted">{t('list.noEmdn')}</span>}
                </td>
                <td data-label={t('list.checklist')}>
                  <ProgressText progress={p.progress} />
                </td>
                <td data-label={t('fields.visibility')}>{t(`visibility.${p.visibility}`)}</td>
                {editor && (
                  <td data-label={t('list.actions')}>
                    <ConfirmButton label={t('delete')} detail={p.name} question={t('deleteQuestion', { name: p.name })} confirmLabel={t('deleteConfirm')} onConfirm={() => remove(p)} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editor && <CreateProductForm organizationId={id} />}
    </div>
  );
}
