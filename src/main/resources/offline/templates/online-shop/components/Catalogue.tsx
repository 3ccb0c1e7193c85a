import { useState } from 'react';
import { useUser } from 'faibric/data';
import { theme, alpha } from '../theme';
import { button, card, chip, field, grid, row, srOnly } from '../kit/ui';
import { Empty, ListState } from '../kit/States';
import type { LiveList } from '../kit/States';
import { money, problemText } from '../kit/format';
import { useShell } from '../kit/Shell';
import { CURRENCY, SAMPLE_CATEGORIES, SAMPLE_PRODUCTS, categories as categoryRows, products as productRows } from '../shop';
import type { Cart, Category, Product } from '../shop';

interface CatalogueProps {
  products: LiveList<Product>;
  categories: Category[];
  cart: Cart;
  onOpenCart: () => void;
  onManage: () => void;
}

export default function Catalogue({ products, categories, cart, onOpenCart, onManage }: CatalogueProps) {
  const { user } = useUser();
  const { notify } = useShell();
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<number | null>(null);
  const [seeding, setSeeding] = useState(false);

  const q = query.trim().toLowerCase();
  const onSale = products.items.filter((p) => p.active);
  const visible = onSale.filter(
    (p) => (category === null || p.category === category) && (!q || `${p.name} ${p.description ?? ''}`.toLowerCase().includes(q)),
  );
  const inCart = (id: number) => cart.lines.find((l) => l.product === id)?.quantity ?? 0;

  const addSamples = async () => {
    setSeeding(true);
    try {
      const made = new Map<string, number>();
      for (const name of SAMPLE_CATEGORIES) made.set(name, (await categoryRows.create({ name })).id);
      for (const p of SAMPLE_PRODUCTS) {
        await productRows.create({ name: p.name, description: p.description, price: p.price, stock: p.stock, category: made.get(p.category) ?? null });
      }
      notify('Sample products added. Edit them under “Manage products”.');
    } catch (e) {
      notify(problemText(e));
    } finally {
      setSeeding(false);
    }
  };

  const empty = (
    <Empty icon="🛍️" title="The shelves are empty for now" testId="no-products">
      {user?.admin ? (
        <>
          <span>Add your first product, or start from a few samples you can edit.</span>
          <span style={{ ...row, justifyContent: 'center' }}>
            <button type="button" onClick={onManage} style={button('primary')}>Add a product</button>
            <button type="button" data-testid="add-samples" disabled={seeding} onClick={addSamples} style={button('secondary', false, seeding)}>
              {seeding ? 'Adding…' : 'Add sample products'}
            </button>
          </span>
        </>
      ) : (
        <span>New products are on their way. Check back soon.</span>
      )}
    </Empty>
  );

  return (
    <section aria-labelledby="catalogue-title" style={{ display: 'grid', gap: 16 }}>
      <h2 id="catalogue-title" style={srOnly}>Products</h2>
      <div style={{ ...row, justifyContent: 'space-between' }}>
        <div role="group" aria-label="Categories" style={{ ...row, gap: 6 }}>
          {[{ id: null, name: 'All' } as { id: number | null; name: string }, ...categories].map((c) => (
            <button key={c.id ?? 'all'} type="button" aria-pressed={category === c.id} onClick={() => setCategory(c.id)} style={{ ...button(category === c.id ? 'primary' : 'secondary', true), borderRadius: 999 }}>
              {c.name}
            </button>
          ))}
        </div>
        <label style={{ flex: '0 1 280px', minWidth: 180 }}>
          <span style={srOnly}>Search products</span>
          <input type="search" data-testid="product-search" placeholder="Search products" value={query} onChange={(e) => setQuery(e.target.value)} style={field} />
        </label>
      </div>
      <ListState list={{ ...products, items: onSale }} empty={empty} loadingLabel="Loading the shop…">
        {visible.length === 0 ? (
          <Empty icon="🔍" title="Nothing matches">
            <button type="button" onClick={() => { setQuery(''); setCategory(null); }} style={button('secondary', true)}>Show everything</button>
          </Empty>
        ) : (
          <ul style={{ ...grid(230, 18), listStyle: 'none', margin: 0, padding: 0 }}>
            {visible.map((p) => {
              const have = inCart(p.id);
              const soldOut = p.stock <= 0;
              const maxed = have >= p.stock;
              return (
                <li key={p.id} data-testid="product" data-name={p.name} style={{ ...card, padding: 0, overflow: 'hidden', display: 'grid', gridTemplateRows: 'auto 1fr' }}>
                  <ProductPicture product={p} />
                  <div style={{ padding: 16, display: 'grid', gap: 8, alignContent: 'start' }}>
                    <h3 style={{ margin: 0, fontSize: 17, lineHeight: 1.3 }}>{p.name}</h3>
                    {p.description && <p style={{ margin: 0, color: theme.muted, fontSize: 14, lineHeight: 1.5 }}>{p.description}</p>}
                    <div style={{ ...row, justifyContent: 'space-between', marginTop: 'auto', paddingTop: 6 }}>
                      <strong style={{ fontSize: 18 }}>{money(p.price, CURRENCY)}</strong>
                      {soldOut ? <span style={chip(theme.danger)}>Sold out</span> : p.stock <= 5 ? <span style={chip(theme.warning)}>Only {p.stock} left</span> : null}
                    </div>
                    <button
                      type="button"
                      data-testid="add-to-cart"
                      disabled={soldOut || maxed}
                      onClick={() => {
                        cart.add(p.id);
                        notify(`Added ${p.name} to your cart.`);
                      }}
                      style={button('primary', false, soldOut || maxed)}
                    >
                      {soldOut ? 'Sold out' : maxed ? 'All in your cart' : have > 0 ? `Add another (${have} in cart)` : 'Add to cart'}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        {cart.count > 0 && (
          <div style={{ ...row, justifyContent: 'center' }}>
            <button type="button" onClick={onOpenCart} style={button('secondary')}>Go to cart ({cart.count})</button>
          </div>
        )}
      </ListState>
    </section>
  );
}

export function ProductPicture({ product, size = 'large' }: { product: Product; size?: 'large' | 'small' }) {
  const [broken, setBroken] = useState(false);
  const height = size === 'large' ? 150 : 56;
  if (product.imageUrl && !broken) {
    return <img src={product.imageUrl} alt="" onError={() => setBroken(true)} style={{ width: size === 'large' ? '100%' : 56, height, objectFit: 'cover', display: 'block', borderRadius: size === 'large' ? 0 : 10 }} />;
  }
  return (
    <div aria-hidden="true" style={{ width: size === 'large' ? '100%' : 56, height, borderRadius: size === 'large' ? 0 : 10, background: `linear-gradient(135deg, ${alpha(theme.primary, 0.22)}, ${alpha(theme.accent, 0.22)})`, display: 'grid', placeItems: 'center', fontSize: size === 'large' ? 44 : 22 }}>
      🛍️
    </div>
  );
}
