// The "Products" section of an organisation's profile: the products the visitor may see, with their class, and the
// way to all of them; shown to editors even without products (to add one), to others only when there are some.
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n.ts';
import { mayEdit, useSession } from '../session.ts';
import { listProducts, type Product } from './product-api.ts';
import { ClassBadge } from './product-badges.tsx';
import { PRODUCT } from './product.messages.ts';
import './product.css';

const SHOWN = 5;

export function ProductsSection({ organizationId }: { organizationId: string }) {
  const { t } = useT(PRODUCT);
  const user = useSession();
  const [items, setItems] = useState<Product[] | null>(null);
  useEffect(() => {
    setItems(null);
    // Visitors see public products only; the list is asked again once the session is known.
    listProducts(organizationId).then(setItems, () => setItems([]));
  }, [organizationId, user?.id]);

  const editor = mayEdit(user, organizationId);
  if (items === null || (items.length === 0 && !editor)) return null;
  return (
    <section aria-labelledby="products" class="product-org-section">
      <h2 id="products">{t('org.title')}</h2>
      {items.length === 0 ? (
        <p class="muted">{t('org.none')}</p>
      ) : (
        <ul class="profile-list">
          {items.slice(0, SHOWN).map((p) => (
            <li key={p.id}>
              <a href={`/products/${p.id}`}>{p.name}</a> <ClassBadge product={p} />
              <p class="profile-meta">
                {t(`regulations.${p.regulation}`)}
                {p.emdn && <> · EMDN {p.emdn.code}</>}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={`/organizations/${organizationId}/products`}>
          {items.length > SHOWN ? t('org.all', { count: items.length }) : editor ? t('org.manage') : t('org.open')}
        </a>
      </p>
    </section>
  );
}
