import { useState } from 'react';
import { useCollection } from 'faibric/data';
import { button, grid, row } from '../kit/ui';
import { Empty, ListState } from '../kit/States';
import { problemText } from '../kit/format';
import { Section, useShell } from '../kit/Shell';
import { STATUSES, orderLines, orders, products as productRows } from '../shop';
import type { Order, OrderStatus, Product } from '../shop';
import OrderCard from './OrderCard';

/** The admin's view of every order: filter by status, mark paid or shipped, cancel. */
export default function OrderDesk({ products }: { products: Product[] }) {
  return (
    <Section id="desk" title="All orders" admin reason="Sign in as the shop's admin to handle orders.">
      <Desk products={products} />
    </Section>
  );
}

function Desk({ products }: { products: Product[] }) {
  const all = useCollection<Order>('orders', { sort: '-createdAt', limit: 200 });
  const { notify } = useShell();
  const [filter, setFilter] = useState<OrderStatus | 'open'>('open');
  const [busy, setBusy] = useState<number | null>(null);

  const move = async (order: Order, status: OrderStatus) => {
    setBusy(order.id);
    try {
      if (status === 'shipped') {
        // Shipping takes the items out of stock.
        for (const line of orderLines(order)) {
          const product = products.find((p) => p.id === line.product);
          if (product) await productRows.update(product.id, { stock: Math.max(0, product.stock - line.quantity) });
        }
      }
      await orders.update(order.id, { status });
      notify(`Order #${order.id} is ${status}.`);
    } catch (e) {
      notify(problemText(e));
    } finally {
      setBusy(null);
    }
  };

  const open = all.items.filter((o) => o.status === 'placed' || o.status === 'paid');
  const shown = filter === 'open' ? open : all.items.filter((o) => o.status === filter);
  const tabs: { id: OrderStatus | 'open'; label: string; count: number }[] = [
    { id: 'open', label: 'To handle', count: open.length },
    ...STATUSES.map((s) => ({ id: s.id, label: s.label, count: all.items.filter((o) => o.status === s.id).length })),
  ];

  return (
    <ListState list={all} loadingLabel="Loading orders…" empty={<Empty icon="🧾" title="No orders yet" testId="no-orders">Orders appear here the moment a customer checks out.</Empty>}>
      <div role="group" aria-label="Filter orders" style={{ ...row, gap: 6 }}>
        {tabs.map((t) => (
          <button key={t.id} type="button" aria-pressed={filter === t.id} onClick={() => setFilter(t.id)} style={{ ...button(filter === t.id ? 'primary' : 'secondary', true), borderRadius: 999 }}>
            {t.label} ({t.count})
          </button>
        ))}
      </div>
      {shown.length === 0 ? (
        <Empty icon="✅" title="Nothing here">All caught up.</Empty>
      ) : (
        <div style={grid(320, 14)}>
          {shown.map((order) => (
            <OrderCard
              key={order.id}
              order={order}
              details
              actions={
                <>
                  {order.status === 'placed' && <button type="button" disabled={busy === order.id} onClick={() => move(order, 'paid')} style={button('secondary', true)}>Mark paid</button>}
                  {(order.status === 'placed' || order.status === 'paid') && (
                    <>
                      <button type="button" data-testid="mark-shipped" disabled={busy === order.id} onClick={() => move(order, 'shipped')} style={button('primary', true)}>Mark shipped</button>
                      <button type="button" disabled={busy === order.id} onClick={() => move(order, 'cancelled')} style={button('ghost', true)}>Cancel</button>
                    </>
                  )}
                </>
              }
            />
          ))}
        </div>
      )}
    </ListState>
  );
}
