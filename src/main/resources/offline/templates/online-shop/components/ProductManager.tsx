import { useState } from 'react';
import type { FormEvent } from 'react';
import { theme } from '../theme';
import { button, card, chip, field, label, row } from '../kit/ui';
import { Empty, FormMessage, ListState } from '../kit/States';
import type { LiveList } from '../kit/States';
import { money, problemText } from '../kit/format';
import { Section, useShell } from '../kit/Shell';
import { CURRENCY, categories as categoryRows, products as productRows } from '../shop';
import type { Category, Product } from '../shop';
import { ProductPicture } from './Catalogue';

interface ManagerProps {
  products: LiveList<Product>;
  categories: LiveList<Category>;
}

/** The admin adds, edits, hides and deletes products. */
export default function ProductManager(props: ManagerProps) {
  return (
    <Section id="manage" title="Manage products" admin reason="Sign in as the shop's admin to manage products.">
      <Manager {...props} />
    </Section>
  );
}

function Manager({ products, categories }: ManagerProps) {
  const { notify } = useShell();
  const [editing, setEditing] = useState<Product | null>(null);
  const [confirm, setConfirm] = useState<number | null>(null);

  const remove = async (p: Product) => {
    try {
      await productRows.remove(p.id);
      notify(`Deleted ${p.name}.`);
    } catch (e) {
      notify(problemText(e));
    }
    setConfirm(null);
  };

  return (
    <div style={{ display: 'grid', gap: 20, gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 360px), 1fr))', alignItems: 'start' }}>
      <ProductForm key={editing?.id ?? 'new'} product={editing} categories={categories.items} onDone={() => setEditing(null)} />
      <div style={{ display: 'grid', gap: 10 }}>
        <ListState list={products} empty={<Empty icon="📦" title="No products yet">Add the first one with the form.</Empty>}>
          {products.items.map((p) => (
            <div key={p.id} data-testid="managed-product" style={{ ...card, padding: 12, display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
              <ProductPicture product={p} size="small" />
              <div style={{ flex: '1 1 160px', minWidth: 0 }}>
                <div style={{ fontWeight: 700 }}>{p.name}</div>
                <div style={{ fontSize: 13, color: theme.muted }}>
                  {money(p.price, CURRENCY)} · {p.stock} in stock · {categories.items.find((c) => c.id === p.category)?.name ?? 'No category'}
                </div>
              </div>
              {!p.active && <span style={chip(theme.muted)}>Hidden</span>}
              {confirm === p.id ? (
                <span role="alert" style={row}>
                  Delete?
                  <button type="button" onClick={() => remove(p)} style={button('danger', true)}>Delete</button>
                  <button type="button" onClick={() => setConfirm(null)} style={button('secondary', true)}>Keep</button>
                </span>
              ) : (
                <span style={row}>
                  <button type="button" onClick={() => setEditing(p)} style={button('secondary', true)}>Edit</button>
                  <button type="button" aria-label={`Delete ${p.name}`} onClick={() => setConfirm(p.id)} style={button('ghost', true)}>Delete</button>
                </span>
              )}
            </div>
          ))}
        </ListState>
      </div>
    </div>
  );
}

function ProductForm({ product, categories, onDone }: { product: Product | null; categories: Category[]; onDone: () => void }) {
  const { notify } = useShell();
  const [name, setName] = useState(product?.name ?? '');
  const [description, setDescription] = useState(product?.description ?? '');
  const [price, setPrice] = useState(product ? String(product.price) : '');
  const [stock, setStock] = useState(product ? String(product.stock) : '10');
  const [category, setCategory] = useState<string>(product?.category ? String(product.category) : '');
  const [newCategory, setNewCategory] = useState('');
  const [imageUrl, setImageUrl] = useState(product?.imageUrl ?? '');
  const [active, setActive] = useState(product?.active ?? true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const cost = Number(price);
    const count = Number(stock);
    if (!name.trim()) return setError(new Error('Give the product a name.'));
    if (price.trim() === '' || !Number.isFinite(cost) || cost < 0) return setError(new Error('Enter a price of 0 or more.'));
    if (!Number.isInteger(count) || count < 0) return setError(new Error('Stock is a whole number of 0 or more.'));
    setBusy(true);
    setError(null);
    try {
      let categoryId: number | null = category === '' || category === 'new' ? null : Number(category);
      if (category === 'new' && newCategory.trim()) categoryId = (await categoryRows.create({ name: newCategory.trim() })).id;
      const values = { name: name.trim(), description: description.trim() || null, price: cost, stock: count, category: categoryId, imageUrl: imageUrl.trim() || null, active };
      if (product) await productRows.update(product.id, values);
      else await productRows.create(values);
      notify(product ? `Saved ${values.name}.` : `Added ${values.name} to the shop.`);
      onDone();
      if (!product) {
        setName('');
        setDescription('');
        setPrice('');
        setImageUrl('');
        setNewCategory('');
      }
    } catch (problem) {
      setError(problem);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="product-form" style={{ ...card, display: 'grid', gap: 12 }}>
      <h3 style={{ margin: 0, fontSize: 18 }}>{product ? `Edit ${product.name}` : 'Add a product'}</h3>
      <label style={label}>
        Name
        <input data-testid="product-name" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} style={field} />
      </label>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
        <label style={label}>
          Price ({CURRENCY})
          <input data-testid="product-price" inputMode="decimal" value={price} onChange={(e) => setPrice(e.target.value)} style={field} />
        </label>
        <label style={label}>
          In stock
          <input data-testid="product-stock" inputMode="numeric" value={stock} onChange={(e) => setStock(e.target.value)} style={field} />
        </label>
      </div>
      <label style={label}>
        Category
        <select value={category} onChange={(e) => setCategory(e.target.value)} style={field}>
          <option value="">No category</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>{c.name}</option>
          ))}
          <option value="new">+ New category…</option>
        </select>
      </label>
      {category === 'new' && (
        <label style={label}>
          New category name
          <input value={newCategory} maxLength={60} onChange={(e) => setNewCategory(e.target.value)} style={field} />
        </label>
      )}
      <label style={label}>
        Description
        <textarea rows={3} value={description} maxLength={4000} onChange={(e) => setDescription(e.target.value)} style={{ ...field, resize: 'vertical' }} />
      </label>
      <label style={label}>
        Picture URL (optional)
        <input type="url" value={imageUrl} placeholder="https://…" onChange={(e) => setImageUrl(e.target.value)} style={field} />
      </label>
      <label style={{ ...label, display: 'flex', alignItems: 'center', gap: 8, fontWeight: 500 }}>
        <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} /> Show in the shop
      </label>
      <FormMessage error={error} />
      <div style={row}>
        <button type="submit" data-testid="product-save" disabled={busy} style={button('primary', false, busy)}>
          {busy ? 'Saving…' : product ? 'Save changes' : 'Add product'}
        </button>
        {product && <button type="button" onClick={onDone} style={button('secondary')}>Cancel</button>}
      </div>
    </form>
  );
}
