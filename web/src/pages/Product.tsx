// /products/:id: a product's class and why, its conformity route, its documentation checklist, its EMDN code and facts.
// The checklist filter (?show=open) and the open facts editor (?edit=facts) live in the URL.
import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import type { Lang } from '../../../src/regulatory/concepts.ts';
import { useT } from '../i18n.ts';
import { useLoad } from '../use-load.ts';
import { NotFound } from './NotFound.tsx';
import { EmdnSection } from './emdn-picker.tsx';
import { fetchProduct, type ProductDetail } from './product-api.ts';
import { ProductChecklist } from './product-checklist.tsx';
import { ProductFacts } from './product-facts.tsx';
import { ProductHeader } from './product-header.tsx';
import { ProductRoute } from './product-route.tsx';
import { RuleList } from './regulatory-rules.tsx';
import { PRODUCT } from './product.messages.ts';
import '../components/form-styles.css';
import '../components/profile.css';
import './edit.css';
import './edit-link.css';
import './regulatory.css';
import './product.css';

export function ProductPage() {
  const { t, language } = useT(PRODUCT);
  const lang = language as Lang;
  const id = useRoute().params.id ?? '';
  const { query, path, route } = useLocation();
  const { data, error, retry } = useLoad(id, fetchProduct);
  const [product, setProduct] = useState<ProductDetail | null | undefined>(undefined);

  useEffect(() => setProduct(data), [data]);
  useEffect(() => {
    if (product) document.title = `${product.name} · klynge`;
  }, [product?.name]);

  /** Changes one URL parameter in place (no new history entry for a filter or an editor opened). */
  const setParam = (key: string, value: string | null) => {
    const params = new URLSearchParams(query as Record<string, string>);
    if (value === null) params.delete(key);
    else params.set(key, value);
    const search = params.toString();
    route(search ? `${path}?${search}` : path, true);
  };

  if (error) {
    return (
      <div class="page">
        <p role="alert" class="form-error">{t('failed', { message: error })}</p>
        <button type="button" onClick={retry}>{t('retry')}</button>
      </div>
    );
  }
  if (data === undefined || product === undefined) return <div class="page"><p role="status">{t('loading')}</p></div>;
  if (product === null) return <NotFound />;

  const sections = [
    { id: 'why', label: t('toc.why') },
    { id: 'route', label: t('toc.route') },
    { id: 'plan', label: t('toc.plan') },
    { id: 'emdn', label: t('toc.emdn') },
    { id: 'facts', label: t('toc.facts') },
  ];

  return (
    <article class="page product-page" data-product={product.id}>
      <p class="product-crumb">
        <a href={`/organizations/${product.organizationId}/products`}>← {t('crumb', { name: product.organizationName })}</a>
      </p>
      <ProductHeader product={product} />
      <nav class="product-toc" aria-label={t('toc.label')}>
        <ul>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.label}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section id="why" aria-labelledby="why-title" class="product-section">
        <h2 id="why-title">{t('why.title')}</h2>
        <p class="muted">{t('why.lead', { count: product.classification.rules.length })}</p>
        <RuleList classification={product.classification} lang={lang} />
      </section>

      <ProductRoute route={product.conformityRoute} lang={lang} />

      <ProductChecklist
        key={`${product.id}-${product.updatedAt}`}
        product={product}
        lang={lang}
        onlyOpen={query.show === 'open'}
        onFilter={(open) => setParam('show', open ? 'open' : null)}
      />

      <EmdnSection product={product} onSaved={setProduct} />

      <ProductFacts
        product={product}
        lang={lang}
        editing={query.edit === 'facts'}
        onEditing={(on) => setParam('edit', on ? 'facts' : null)}
        onSaved={setProduct}
      />
    </article>
  );
}
