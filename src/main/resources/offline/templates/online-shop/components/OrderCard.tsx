import type { ReactNode } from 'react';
import { theme } from '../theme';
import { card, chip, row, toneColor } from '../kit/ui';
import { ago, money } from '../kit/format';
import { CURRENCY, STATUSES, orderLines } from '../shop';
import type { Order } from '../shop';

/** One order: number, status, lines and total; `details` and `actions` for the admin. */
export default function OrderCard({ order, details = false, actions }: { order: Order; details?: boolean; actions?: ReactNode }) {
  const status = STATUSES.find((s) => s.id === order.status) ?? STATUSES[0];
  return (
    <article data-testid="order" data-status={order.status} aria-label={`Order ${order.id}`} style={{ ...card, display: 'grid', gap: 10 }}>
      <div style={{ ...row, justifyContent: 'space-between' }}>
        <strong style={{ fontSize: 17 }}>Order #{order.id}</strong>
        <span data-testid="order-status" style={chip(toneColor(status.tone))}>{status.label}</span>
      </div>
      <div style={{ color: theme.muted, fontSize: 14 }}>
        {ago(order.createdAt)}
        {details && <> · {order.customerName} · <a href={`mailto:${order.email}`} style={{ color: theme.primaryOnSurface }}>{order.email}</a></>}
      </div>
      <ul style={{ margin: 0, paddingLeft: 18, display: 'grid', gap: 4 }}>
        {orderLines(order).map((line, i) => (
          <li key={i}>
            {line.quantity} × {line.name} <span style={{ color: theme.muted }}>({money(line.price, CURRENCY)})</span>
          </li>
        ))}
      </ul>
      {details && (
        <div style={{ fontSize: 14, whiteSpace: 'pre-line', background: theme.subtle, borderRadius: 10, padding: '8px 12px' }}>
          <strong>Deliver to:</strong> {order.address}
          {order.note && <><br /><strong>Note:</strong> {order.note}</>}
        </div>
      )}
      <div style={{ ...row, justifyContent: 'space-between' }}>
        <span>
          Total <strong data-testid="order-total">{money(order.total, CURRENCY)}</strong>
        </span>
        {actions && <span style={row}>{actions}</span>}
      </div>
    </article>
  );
}
