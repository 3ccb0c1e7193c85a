import { useState } from 'react';
import type { FormEvent } from 'react';
import { theme } from '../theme';
import { button, card, chip, field, grid, label, row, sectionTitle, srOnly, toneColor } from '../kit/ui';
import { Empty, FormMessage, ListState } from '../kit/States';
import type { LiveList } from '../kit/States';
import { ago, problemText } from '../kit/format';
import { useShell } from '../kit/Shell';
import { moveStock, orderLines, orders as orderRows } from '../inventory';
import type { Item, Order, OrderLine, OrderStatus } from '../inventory';

const STATUS: Record<OrderStatus, { label: string; tone: 'warning' | 'success' | 'danger' }> = {
  open: { label: 'Open', tone: 'warning' },
  fulfilled: { label: 'Fulfilled', tone: 'success' },
  cancelled: { label: 'Cancelled', tone: 'danger' },
};

/** Orders take stock out as they are placed; cancelling one puts it back. */
export default function Orders({ orders, items }: { orders: LiveList<Order>; items: Item[] }) {
  const { notify } = useShell();
  const [filter, setFilter] = useState<OrderStatus>('open');
  const [busy, setBusy] = useState<number | null>(null);
  const shown = orders.items.filter((o) => o.status === filter);

  const setStatus = async (order: Order, status: OrderStatus) => {
    setBusy(order.id);
    try {
      if (status === 'cancelled') {
        for (const line of orderLines(order)) await moveStock(line.item, line.quantity, 'returned', order.id);
      }
      await orderRows.update(order.id, { status });
      notify(`Order #${order.id} ${status === 'cancelled' ? 'cancelled; its stock is back' : 'fulfilled'}.`);
    } catch (e) {
      notify(problemText(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div style={{ display: 'grid', gap: 20, gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 380px), 1fr))', alignItems: 'start' }}>
      <NewOrder items={items} />
      <section aria-labelledby="orders-title" style={{ display: 'grid', gap: 12 }}>
        <h2 id="orders-title" style={sectionTitle}>Orders</h2>
        <div role="group" aria-label="Show orders" style={{ ...row, gap: 6 }}>
          {(Object.keys(STATUS) as OrderStatus[]).map((s) => (
            <button key={s} type="button" aria-pressed={filter === s} onClick={() => setFilter(s)} style={{ ...button(filter === s ? 'primary' : 'secondary', true), borderRadius: 999 }}>
              {STATUS[s].label} ({orders.items.filter((o) => o.status === s).length})
            </button>
          ))}
        </div>
        <ListState list={orders} loadingLabel="Loading orders…" empty={<Empty icon="🧾" title="No orders yet" testId="no-orders">Place the first order with the form.</Empty>}>
          {shown.length === 0 ? (
            <p style={{ margin: 0, color: theme.muted }}>No {STATUS[filter].label.toLowerCase()} orders.</p>
          ) : (
            <div style={grid(300, 12)}>
              {shown.map((o) => (
                <article key={o.id} data-testid="order" style={{ ...card, display: 'grid', gap: 8 }}>
                  <div style={{ ...row, justifyContent: 'space-between' }}>
                    <strong>#{o.id} · {o.customer}</strong>
                    <span style={chip(toneColor(STATUS[o.status].tone))}>{STATUS[o.status].label}</span>
                  </div>
                  <span style={{ fontSize: 13, color: theme.muted }}>{ago(o.createdAt)} by {o.ownerName ?? 'someone'}</span>
                  <ul style={{ margin: 0, paddingLeft: 18 }}>
                    {orderLines(o).map((l, i) => (
                      <li key={i}>{l.quantity} × {l.name} <span style={{ color: theme.muted, fontSize: 13 }}>({l.sku})</span></li>
                    ))}
                  </ul>
                  {o.note && <p style={{ margin: 0, fontSize: 14 }}>“{o.note}”</p>}
                  {o.status === 'open' && (
                    <div style={row}>
                      <button type="button" data-testid="fulfil" disabled={busy === o.id} onClick={() => setStatus(o, 'fulfilled')} style={button('primary', true)}>Mark fulfilled</button>
                      <button type="button" disabled={busy === o.id} onClick={() => setStatus(o, 'cancelled')} style={button('ghost', true)}>Cancel & restock</button>
                    </div>
                  )}
                </article>
              ))}
            </div>
          )}
        </ListState>
      </section>
    </div>
  );
}

function NewOrder({ items }: { items: Item[] }) {
  const { notify } = useShell();
  const [customer, setCustomer] = useState('');
  const [note, setNote] = useState('');
  const [lines, setLines] = useState<{ item: number; quantity: number }[]>([]);
  const [pick, setPick] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const itemOf = (id: number) => items.find((i) => i.id === id);

  const addLine = () => {
    const id = Number(pick || items[0]?.id);
    const qty = Number(quantity);
    const item = itemOf(id);
    if (!item) return setError(new Error('Choose an item.'));
    if (!Number.isInteger(qty) || qty < 1) return setError(new Error('The quantity is a whole number of at least 1.'));
    const already = lines.find((l) => l.item === id)?.quantity ?? 0;
    if (already + qty > item.stock) return setError(new Error(`Only ${item.stock} ${item.unit} of ${item.name} in stock.`));
    setError(null);
    setLines(already ? lines.map((l) => (l.item === id ? { ...l, quantity: l.quantity + qty } : l)) : [...lines, { item: id, quantity: qty }]);
    setQuantity('1');
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!customer.trim()) return setError(new Error('Who is the order for?'));
    if (lines.length === 0) return setError(new Error('Add at least one item to the order.'));
    const written: OrderLine[] = [];
    for (const l of lines) {
      const item = itemOf(l.item);
      if (!item) return setError(new Error('An item of this order was deleted. Remove it and try again.'));
      if (l.quantity > item.stock) return setError(new Error(`Only ${item.stock} ${item.unit} of ${item.name} left.`));
      written.push({ item: item.id, sku: item.sku, name: item.name, quantity: l.quantity });
    }
    setBusy(true);
    setError(null);
    try {
      const order = await orderRows.create({ customer: customer.trim(), note: note.trim() || null, lines: JSON.stringify(written), lineCount: written.length });
      for (const l of written) await moveStock(l.item, -l.quantity, 'order', order.id);
      notify(`Order #${order.id} placed; stock updated.`);
      setCustomer('');
      setNote('');
      setLines([]);
    } catch (problem) {
      setError(problem);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="new-order-title" data-testid="order-form" style={{ ...card, display: 'grid', gap: 12 }}>
      <h2 id="new-order-title" style={sectionTitle}>New order</h2>
      <label style={label}>
        Customer
        <input data-testid="order-customer" value={customer} maxLength={120} onChange={(e) => setCustomer(e.target.value)} style={field} />
      </label>
      {items.length === 0 && <p style={{ margin: 0, color: theme.muted, fontSize: 14 }}>Add the items you stock on the Stock page first; then pick them here.</p>}
      <div style={{ ...row, alignItems: 'flex-end' }}>
        <label style={{ ...label, flex: '3 1 180px' }}>
          Item
          <select data-testid="order-item" value={pick} onChange={(e) => setPick(e.target.value)} style={field}>
            {items.map((i) => (
              <option key={i.id} value={i.id} disabled={i.stock === 0}>{i.name} ({i.stock} {i.unit})</option>
            ))}
          </select>
        </label>
        <label style={{ ...label, flex: '1 1 70px' }}>
          Quantity
          <input data-testid="order-quantity" inputMode="numeric" value={quantity} onChange={(e) => setQuantity(e.target.value)} style={field} />
        </label>
        <button type="button" data-testid="add-line" disabled={items.length === 0} onClick={addLine} style={button('secondary')}>Add</button>
      </div>
      {lines.length > 0 && (
        <ul style={{ margin: 0, padding: 0, listStyle: 'none', display: 'grid', gap: 6 }}>
          {lines.map((l) => (
            <li key={l.item} data-testid="order-line" style={{ ...row, justifyContent: 'space-between', padding: '6px 10px', borderRadius: 10, background: theme.subtle }}>
              <span>{l.quantity} × {itemOf(l.item)?.name ?? 'Deleted item'}</span>
              <button type="button" aria-label={`Remove ${itemOf(l.item)?.name ?? 'line'}`} onClick={() => setLines(lines.filter((x) => x.item !== l.item))} style={button('ghost', true)}>Remove</button>
            </li>
          ))}
        </ul>
      )}
      <label style={label}>
        <span>Note <span style={{ fontWeight: 400, color: theme.muted }}>(optional)</span></span>
        <input value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} style={field} />
      </label>
      <FormMessage error={error} />
      <button type="submit" data-testid="place-order" disabled={busy} style={button('primary', false, busy)}>{busy ? 'Placing…' : 'Place order'}</button>
      <span style={srOnly} aria-live="polite">{lines.length} lines</span>
    </form>
  );
}
