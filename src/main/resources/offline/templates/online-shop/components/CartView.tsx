import { useState } from 'react';
import type { FormEvent } from 'react';
import { useUser } from 'faibric/data';
import { theme } from '../theme';
import { button, card, field, label, row, sectionTitle } from '../kit/ui';
import { Empty, FormMessage, Loading } from '../kit/States';
import type { LiveList } from '../kit/States';
import { money } from '../kit/format';
import { useShell } from '../kit/Shell';
import { CURRENCY, orders } from '../shop';
import type { Cart, Order, OrderLine, Product } from '../shop';
import { ProductPicture } from './Catalogue';

interface CartViewProps {
  products: LiveList<Product>;
  cart: Cart;
  onShop: () => void;
  onOrders: () => void;
}

export default function CartView({ products, cart, onShop, onOrders }: CartViewProps) {
  const [placed, setPlaced] = useState<Order | null>(null);

  if (placed) {
    return (
      <section data-testid="order-placed" style={{ ...card, display: 'grid', gap: 12, justifyItems: 'center', textAlign: 'center', padding: 32 }}>
        <span aria-hidden="true" style={{ fontSize: 48 }}>🎉</span>
        <h2 style={sectionTitle}>Thank you, {placed.customerName}!</h2>
        <p style={{ margin: 0, color: theme.muted }}>
          Order <strong>#{placed.id}</strong> is placed: {placed.itemCount} {placed.itemCount === 1 ? 'item' : 'items'}, {money(placed.total, CURRENCY)}. We will e-mail {placed.email} when it ships.
        </p>
        <div style={row}>
          <button type="button" onClick={onOrders} style={button('primary')}>See my orders</button>
          <button type="button" onClick={() => { setPlaced(null); onShop(); }} style={button('secondary')}>Keep shopping</button>
        </div>
      </section>
    );
  }
  if (products.loading && products.items.length === 0) return <Loading label="Loading your cart…" />;

  const lines = cart.lines
    .map((l) => ({ line: l, product: products.items.find((p) => p.id === l.product) }))
    .filter((l): l is { line: typeof l.line; product: Product } => l.product !== undefined && l.product.active);
  if (lines.length === 0) {
    return (
      <Empty icon="🛒" title="Your cart is empty" testId="cart-empty">
        <button type="button" onClick={onShop} style={button('primary')}>Browse the shop</button>
      </Empty>
    );
  }
  const total = lines.reduce((sum, { line, product }) => sum + product.price * Math.min(line.quantity, product.stock), 0);
  const tooMany = lines.some(({ line, product }) => line.quantity > product.stock);

  return (
    <div style={{ display: 'grid', gap: 20, gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 340px), 1fr))', alignItems: 'start' }}>
      <section aria-labelledby="cart-title" style={{ ...card, display: 'grid', gap: 14 }}>
        <h2 id="cart-title" style={sectionTitle}>Your cart</h2>
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 12 }}>
          {lines.map(({ line, product }) => (
            <li key={product.id} data-testid="cart-line" style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
              <ProductPicture product={product} size="small" />
              <div style={{ flex: '1 1 140px', minWidth: 0 }}>
                <div style={{ fontWeight: 700 }}>{product.name}</div>
                <div style={{ fontSize: 13, color: line.quantity > product.stock ? theme.danger : theme.muted }}>
                  {money(product.price, CURRENCY)} each{line.quantity > product.stock ? ` · only ${product.stock} in stock` : ''}
                </div>
              </div>
              <div role="group" aria-label={`Quantity of ${product.name}`} style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
                <button type="button" aria-label="One less" onClick={() => cart.set(product.id, line.quantity - 1)} style={button('secondary', true)}>−</button>
                <span aria-live="polite" style={{ minWidth: 24, textAlign: 'center', fontWeight: 700 }}>{line.quantity}</span>
                <button type="button" aria-label="One more" disabled={line.quantity >= product.stock} onClick={() => cart.set(product.id, line.quantity + 1)} style={button('secondary', true, line.quantity >= product.stock)}>+</button>
              </div>
              <button type="button" aria-label={`Remove ${product.name}`} onClick={() => cart.set(product.id, 0)} style={button('ghost', true)}>Remove</button>
            </li>
          ))}
        </ul>
        <div style={{ ...row, justifyContent: 'space-between', borderTop: `1px solid ${theme.border}`, paddingTop: 12, fontSize: 18 }}>
          <span>Total</span>
          <strong data-testid="cart-total">{money(total, CURRENCY)}</strong>
        </div>
      </section>
      <Checkout lines={lines.map(({ line, product }) => ({ product: product.id, name: product.name, price: product.price, quantity: Math.min(line.quantity, product.stock) }))} total={total} blocked={tooMany} onPlaced={(order) => { cart.clear(); setPlaced(order); }} />
    </div>
  );
}

function Checkout({ lines, total, blocked, onPlaced }: { lines: OrderLine[]; total: number; blocked: boolean; onPlaced: (order: Order) => void }) {
  const { user } = useUser();
  const { askToSignIn } = useShell();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [address, setAddress] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (!user) {
    return (
      <section style={{ ...card, display: 'grid', gap: 12 }}>
        <h2 style={sectionTitle}>Checkout</h2>
        <p style={{ margin: 0, color: theme.muted }}>Sign in to place your order and follow it until it arrives.</p>
        <div style={row}>
          <button type="button" data-testid="checkout-sign-up" onClick={() => askToSignIn('signup', 'Create an account to place your order.')} style={button('primary')}>Sign up to check out</button>
          <button type="button" onClick={() => askToSignIn('login', 'Log in to place your order.')} style={button('secondary')}>Log in</button>
        </div>
      </section>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const who = name.trim() || user.name || '';
    const mail = email.trim() || user.email;
    if (!who) return setError(new Error('Tell us who the order is for.'));
    if (address.trim().length < 8) return setError(new Error('Enter the full delivery address.'));
    setBusy(true);
    setError(null);
    try {
      const order = await orders.create({
        customerName: who,
        email: mail,
        address: address.trim(),
        note: note.trim() || null,
        items: JSON.stringify(lines),
        itemCount: lines.reduce((sum, l) => sum + l.quantity, 0),
        total: Math.round(total * 100) / 100,
      });
      onPlaced(order);
    } catch (problem) {
      setError(problem);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="checkout-title" style={{ ...card, display: 'grid', gap: 14 }}>
      <h2 id="checkout-title" style={sectionTitle}>Checkout</h2>
      <label style={label}>
        Full name
        <input data-testid="checkout-name" autoComplete="name" value={name} placeholder={user.name ?? ''} maxLength={120} onChange={(e) => setName(e.target.value)} style={field} />
      </label>
      <label style={label}>
        E-mail for updates
        <input data-testid="checkout-email" type="email" autoComplete="email" value={email} placeholder={user.email} maxLength={200} onChange={(e) => setEmail(e.target.value)} style={field} />
      </label>
      <label style={label}>
        Delivery address
        <textarea data-testid="checkout-address" autoComplete="street-address" rows={3} value={address} maxLength={600} onChange={(e) => setAddress(e.target.value)} style={{ ...field, resize: 'vertical' }} />
      </label>
      <label style={label}>
        Note (optional)
        <input value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} style={field} placeholder="Gift wrap, delivery instructions…" />
      </label>
      <FormMessage error={error ?? (blocked ? new Error('Some items have less stock than you asked for; the order takes what is left.') : null)} />
      <button type="submit" data-testid="place-order" disabled={busy} style={button('primary', false, busy)}>
        {busy ? 'Placing your order…' : `Place order · ${money(total, CURRENCY)}`}
      </button>
      <p style={{ margin: 0, fontSize: 13, color: theme.muted }}>You pay on delivery or by the invoice we e-mail you.</p>
    </form>
  );
}
