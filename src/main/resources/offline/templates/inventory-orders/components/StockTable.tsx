import { useState } from 'react';
import type { FormEvent } from 'react';
import { useUser } from 'faibric/data';
import { theme, alpha } from '../theme';
import { button, card, chip, field, row, sectionTitle, srOnly } from '../kit/ui';
import { Empty, ListState } from '../kit/States';
import type { LiveList } from '../kit/States';
import { money, problemText } from '../kit/format';
import { useShell } from '../kit/Shell';
import { SAMPLE_ITEMS, isLow, items as itemRows, moveStock } from '../inventory';
import type { Item } from '../inventory';
import ItemForm from './ItemForm';

/** Every item with its stock; low stock stands out; receive stock or correct a count in place. */
export default function StockTable({ items, low }: { items: LiveList<Item>; low: number }) {
  const { user } = useUser();
  const { notify } = useShell();
  const [query, setQuery] = useState('');
  const [lowOnly, setLowOnly] = useState(false);
  const [editing, setEditing] = useState<Item | 'new' | null>(null);
  const [seeding, setSeeding] = useState(false);
  const q = query.trim().toLowerCase();
  const shown = items.items.filter((i) => (!lowOnly || isLow(i)) && (!q || `${i.sku} ${i.name} ${i.location ?? ''}`.toLowerCase().includes(q)));

  const addSamples = async () => {
    setSeeding(true);
    try {
      for (const s of SAMPLE_ITEMS) await itemRows.create(s);
      notify('Sample items added.');
    } catch (e) {
      notify(problemText(e));
    } finally {
      setSeeding(false);
    }
  };

  return (
    <section aria-labelledby="stock-title" style={{ display: 'grid', gap: 16 }}>
      <div style={{ ...row, justifyContent: 'space-between' }}>
        <div>
          <h2 id="stock-title" style={sectionTitle}>Stock</h2>
          <p style={{ margin: '4px 0 0', color: theme.muted, fontSize: 14 }}>
            {items.items.length} items · {low > 0 ? <strong style={{ color: theme.danger }}>{low} to reorder</strong> : 'nothing to reorder'}
          </p>
        </div>
        <div style={row}>
          <label>
            <span style={srOnly}>Search items</span>
            <input type="search" placeholder="SKU, name or place" value={query} onChange={(e) => setQuery(e.target.value)} style={{ ...field, width: 200 }} />
          </label>
          <label style={{ display: 'flex', gap: 6, alignItems: 'center', fontSize: 14 }}>
            <input type="checkbox" checked={lowOnly} onChange={(e) => setLowOnly(e.target.checked)} /> Low stock only
          </label>
          <button type="button" data-testid="new-item" onClick={() => setEditing('new')} style={button('primary')}>+ New item</button>
        </div>
      </div>
      {editing && <ItemForm key={editing === 'new' ? 'new' : editing.id} item={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
      <ListState
        list={items}
        loadingLabel="Loading stock…"
        empty={
          <Empty icon="📦" title="No items yet" testId="no-items">
            <span>Add what you keep in stock, with a reorder level to be warned in time.</span>
            <button type="button" disabled={seeding} onClick={addSamples} style={button('secondary', false, seeding)}>{seeding ? 'Adding…' : 'Add sample items'}</button>
          </Empty>
        }
      >
        <div style={{ ...card, padding: 0, overflowX: 'auto' }}>
          <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: 15, minWidth: 640 }}>
            <thead>
              <tr style={{ textAlign: 'left', color: theme.muted, fontSize: 13 }}>
                {['SKU', 'Item', 'Place', 'Price', 'In stock', ''].map((h, i) => (
                  <th key={i} scope="col" style={{ padding: '10px 12px', borderBottom: `1px solid ${theme.border}`, fontWeight: 700 }}>{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((i) => (
                <tr key={i.id} data-testid="item" data-sku={i.sku} style={{ background: isLow(i) ? alpha(theme.danger, 0.05) : 'transparent' }}>
                  <td style={{ padding: '10px 12px', borderBottom: `1px solid ${theme.border}`, fontFamily: 'ui-monospace, monospace', fontSize: 13 }}>{i.sku}</td>
                  <td style={{ padding: '10px 12px', borderBottom: `1px solid ${theme.border}`, fontWeight: 600 }}>{i.name}</td>
                  <td style={{ padding: '10px 12px', borderBottom: `1px solid ${theme.border}`, color: theme.muted }}>{i.location ?? '–'}</td>
                  <td style={{ padding: '10px 12px', borderBottom: `1px solid ${theme.border}` }}>{i.price !== null ? money(i.price) : '–'}</td>
                  <td style={{ padding: '10px 12px', borderBottom: `1px solid ${theme.border}` }}>
                    <span data-testid="item-stock" style={{ fontWeight: 800 }}>{i.stock}</span> {i.unit}{' '}
                    {isLow(i) && <span style={chip(theme.danger)}>Reorder (≤ {i.reorderLevel})</span>}
                  </td>
                  <td style={{ padding: '8px 12px', borderBottom: `1px solid ${theme.border}` }}>
                    <span style={{ ...row, gap: 6, flexWrap: 'nowrap' }}>
                      <Receive item={i} />
                      <button type="button" onClick={() => setEditing(i)} style={button('ghost', true)}>Edit</button>
                      {user?.admin && <button type="button" aria-label={`Delete ${i.name}`} onClick={() => itemRows.remove(i.id).catch((e) => notify(problemText(e)))} style={button('ghost', true)}>Delete</button>}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown.length === 0 && <p style={{ margin: 0, padding: 16, color: theme.muted }}>No item matches.</p>}
        </div>
      </ListState>
    </section>
  );
}

/** Adds received stock (a positive number) or counts it down (a negative one). */
function Receive({ item }: { item: Item }) {
  const { notify } = useShell();
  const [amount, setAmount] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const change = Number(amount);
    if (!Number.isInteger(change) || change === 0) return notify('Enter a whole number: 5 adds five, -2 takes two away.');
    setBusy(true);
    try {
      const saved = await moveStock(item.id, change, change > 0 ? 'received' : 'adjustment');
      setAmount('');
      notify(`${item.name}: ${saved.stock} ${item.unit} in stock.`);
    } catch (problem) {
      notify(problemText(problem));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate style={{ display: 'inline-flex', gap: 4 }}>
      <label>
        <span style={srOnly}>Add to or take from the stock of {item.name}</span>
        <input data-testid="receive-amount" inputMode="numeric" placeholder="+/−" value={amount} onChange={(e) => setAmount(e.target.value.replace(/[^0-9-]/g, ''))} style={{ ...field, width: 64, padding: '6px 8px' }} />
      </label>
      <button type="submit" data-testid="receive" disabled={busy} style={button('secondary', true, busy)}>Book</button>
    </form>
  );
}
