import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { config } from '../config';
import { theme, alpha } from '../theme';
import { EARLY_BIRD_END, EMAIL, TIERS, dateRange, monogram, money } from '../content';
import type { Tier } from '../content';

interface Order {
  ref: string;
  tier: Tier;
  quantity: number;
  total: number;
  name: string;
  email: string;
}

type Field = 'name' | 'email' | 'quantity' | 'conduct';

function priceOf(tier: Tier, now = Date.now()): number {
  return tier.earlyPrice !== undefined && now <= EARLY_BIRD_END.getTime() ? tier.earlyPrice : tier.price;
}

export default function Tickets() {
  const [selected, setSelected] = useState<Tier | null>(null);
  const [quantity, setQuantity] = useState<string>('1');
  const [name, setName] = useState<string>('');
  const [email, setEmail] = useState<string>('');
  const [company, setCompany] = useState<string>('');
  const [conduct, setConduct] = useState<boolean>(false);
  const [submitted, setSubmitted] = useState<boolean>(false);
  const [order, setOrder] = useState<Order | null>(null);
  const checkout = useRef<HTMLDivElement | null>(null);
  const early = Date.now() <= EARLY_BIRD_END.getTime();
  const maxQty = selected ? Math.min(10, selected.seats) : 10;

  const errors: Partial<Record<Field, string>> = {};
  if (name.trim().length < 2) errors.name = 'Enter the name for the booking.';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(email.trim())) errors.email = 'Enter an email address like name@example.com.';
  if (!/^\d+$/.test(quantity.trim()) || Number(quantity) < 1) errors.quantity = 'Choose at least one ticket.';
  else if (Number(quantity) > maxQty) errors.quantity = `You can book up to ${maxQty} at once.`;
  if (!conduct) errors.conduct = 'Please accept the code of conduct.';
  const show = (f: Field) => (submitted ? errors[f] : undefined);

  const choose = (tier: Tier) => {
    setSelected(tier);
    setOrder(null);
    setQuantity('1');
    window.setTimeout(() => checkout.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }), 50);
  };

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setSubmitted(true);
    if (!selected || Object.keys(errors).length) return;
    const qty = Number(quantity);
    setOrder({ ref: `${monogram(config.title)}-${String(Math.floor(10000 + Math.random() * 90000))}`, tier: selected, quantity: qty, total: qty * priceOf(selected), name: name.trim(), email: email.trim() });
    setSubmitted(false);
  };

  const reset = () => {
    setOrder(null);
    setSelected(null);
    setName('');
    setEmail('');
    setCompany('');
    setConduct(false);
    setQuantity('1');
  };

  const input = (f: Field | null) => ({ width: '100%', boxSizing: 'border-box' as const, padding: '12px 14px', borderRadius: 12, border: `2px solid ${f && show(f) ? theme.danger : theme.border}`, background: theme.background, color: theme.text, fontSize: 16, fontFamily: theme.body });
  const label = { display: 'block', fontWeight: 700, fontSize: 15, marginBottom: 6 } as const;
  const err = (f: Field) => show(f) && <p id={`t-${f}-error`} role="alert" style={{ margin: '6px 0 0', color: theme.danger, fontSize: 14 }}>{show(f)}</p>;
  const qtyNumber = /^\d+$/.test(quantity) ? Number(quantity) : 0;

  return (
    <section id="tickets" style={{ scrollMarginTop: 72, maxWidth: 1200, margin: '0 auto', padding: 'clamp(48px, 8vw, 96px) clamp(16px, 4vw, 40px)' }}>
      <p style={{ margin: 0, fontSize: 14, fontWeight: 800, letterSpacing: '0.12em', textTransform: 'uppercase', color: theme.primaryInk }}>Tickets</p>
      <h2 style={{ fontFamily: theme.heading, fontSize: 'clamp(30px, 4.5vw, 46px)', lineHeight: 1.1, margin: '10px 0 0' }}>Pick your pass</h2>
      <p style={{ color: theme.muted, fontSize: 18, margin: '12px 0 32px', maxWidth: 640 }}>
        {early ? `Early-bird prices until ${EARLY_BIRD_END.toLocaleDateString(undefined, { day: 'numeric', month: 'long' })}. ` : ''}All prices include VAT. Students and non-profits: write to us for a 50 % discount.
      </p>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 280px), 1fr))', gap: 'clamp(14px, 2vw, 22px)', alignItems: 'stretch' }}>
        {TIERS.map((t) => {
          const featured = t.featured;
          const price = priceOf(t);
          const active = selected?.id === t.id;
          return (
            <article key={t.id} data-testid={`tier-${t.id}`} style={{ position: 'relative', background: featured ? theme.primaryGradient : theme.surface, color: featured ? theme.onPrimary : theme.text, border: active ? `3px solid ${theme.accent}` : featured ? 'none' : `1px solid ${theme.border}`, borderRadius: 22, padding: 'clamp(20px, 3vw, 28px)', boxShadow: featured ? theme.shadow : theme.shadowSmall, display: 'flex', flexDirection: 'column', gap: 14 }}>
              {featured && <span style={{ position: 'absolute', top: 18, right: 18, padding: '4px 10px', borderRadius: 999, background: alpha(theme.onPrimary, 0.18), fontSize: 12, fontWeight: 800 }}>Most popular</span>}
              <h3 style={{ margin: 0, fontFamily: theme.heading, fontSize: 22 }}>{t.name}</h3>
              <p style={{ margin: 0, color: featured ? alpha(theme.onPrimary, 0.85) : theme.muted }}>{t.blurb}</p>
              <div>
                <span style={{ fontFamily: theme.heading, fontSize: 44, fontWeight: 800, letterSpacing: '-0.02em' }}>{money(price)}</span>
                {price !== t.price && <span style={{ marginLeft: 10, textDecoration: 'line-through', opacity: 0.7 }}>{money(t.price)}</span>}
                {t.passes > 1 && <span style={{ display: 'block', fontSize: 14, opacity: 0.85 }}>{money(Math.round(price / t.passes))} per person</span>}
              </div>
              <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}>
                {t.perks.map((p) => (
                  <li key={p} style={{ display: 'flex', gap: 8 }}><span aria-hidden="true">✓</span>{p}</li>
                ))}
              </ul>
              {t.seats < 100 && <p style={{ margin: 0, fontSize: 14, fontWeight: 700, color: featured ? theme.onPrimary : theme.warning }}>Only {t.seats} left</p>}
              <button
                type="button"
                data-testid={`choose-${t.id}`}
                onClick={() => choose(t)}
                style={{ marginTop: 'auto', padding: '14px 18px', borderRadius: 14, border: featured ? 'none' : `2px solid ${theme.primary}`, background: featured ? theme.onPrimary : active ? theme.primary : 'transparent', color: featured ? (theme.onPrimary === '#ffffff' ? '#111111' : '#ffffff') : active ? theme.onPrimary : theme.primaryOnSurface, fontWeight: 800, fontSize: 16, cursor: 'pointer', fontFamily: theme.body }}
              >
                {active ? 'Selected ✓' : `Choose ${t.name.toLowerCase()}`}
              </button>
            </article>
          );
        })}
      </div>

      <div ref={checkout} style={{ scrollMarginTop: 90 }}>
        {order ? (
          <div data-testid="confirmation" role="status" style={{ marginTop: 28, background: theme.surface, border: `2px solid ${theme.success}`, borderRadius: 22, padding: 'clamp(20px, 4vw, 36px)', boxShadow: theme.shadow }}>
            <div aria-hidden="true" style={{ fontSize: 40 }}>🎟️</div>
            <h3 style={{ fontFamily: theme.heading, fontSize: 26, margin: '6px 0 0' }}>You’re in, {order.name.split(' ')[0]}!</h3>
            <p style={{ margin: '8px 0 0', color: theme.muted }}>We’ve reserved your tickets and sent the details and invoice to <strong style={{ color: theme.text }}>{order.email}</strong>.</p>
            <dl style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '8px 18px', margin: '20px 0 0', fontSize: 16 }}>
              <dt style={{ color: theme.muted }}>Booking reference</dt>
              <dd data-testid="order-ref" style={{ margin: 0, fontWeight: 800, fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' }}>{order.ref}</dd>
              <dt style={{ color: theme.muted }}>Tickets</dt>
              <dd style={{ margin: 0, fontWeight: 700 }}>{order.quantity} × {order.tier.name}</dd>
              <dt style={{ color: theme.muted }}>Total</dt>
              <dd data-testid="order-total" style={{ margin: 0, fontWeight: 800 }}>{money(order.total)}</dd>
              <dt style={{ color: theme.muted }}>When</dt>
              <dd style={{ margin: 0 }}>{dateRange()}</dd>
            </dl>
            <button type="button" onClick={reset} style={{ marginTop: 22, padding: '12px 20px', borderRadius: 12, border: `2px solid ${theme.borderStrong}`, background: 'transparent', color: theme.text, fontWeight: 700, fontSize: 15, cursor: 'pointer', fontFamily: theme.body }}>
              Book more tickets
            </button>
          </div>
        ) : selected ? (
          <form data-testid="checkout" onSubmit={submit} noValidate style={{ marginTop: 28, background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 22, padding: 'clamp(20px, 4vw, 36px)', boxShadow: theme.shadow, display: 'grid', gap: 18, gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 260px), 1fr))' }}>
            <div style={{ gridColumn: '1 / -1', display: 'flex', justifyContent: 'space-between', gap: 12, flexWrap: 'wrap', alignItems: 'baseline' }}>
              <h3 style={{ fontFamily: theme.heading, fontSize: 24, margin: 0 }}>Reserve: {selected.name}</h3>
              <span style={{ color: theme.muted }}>{money(priceOf(selected))} each{selected.passes > 1 ? ` (${selected.passes} passes)` : ''}</span>
            </div>
            <div>
              <label htmlFor="t-qty" style={label}>Quantity</label>
              <div style={{ display: 'flex', alignItems: 'stretch', maxWidth: 200, border: `2px solid ${show('quantity') ? theme.danger : theme.border}`, borderRadius: 12, overflow: 'hidden', background: theme.background }}>
                <button type="button" aria-label="One fewer" onClick={() => setQuantity(String(Math.max(1, qtyNumber - 1)))} style={{ width: 46, border: 'none', background: theme.tint, color: theme.text, fontSize: 20, fontWeight: 800, cursor: 'pointer' }}>−</button>
                <input id="t-qty" data-testid="ticket-qty" inputMode="numeric" value={quantity} onChange={(e) => setQuantity(e.target.value)} aria-invalid={!!show('quantity')} style={{ flex: 1, minWidth: 0, width: 60, textAlign: 'center', border: 'none', background: 'transparent', color: theme.text, fontSize: 18, fontWeight: 800, padding: '10px 4px', fontFamily: theme.body }} />
                <button type="button" aria-label="One more" onClick={() => setQuantity(String(Math.min(maxQty, qtyNumber + 1)))} style={{ width: 46, border: 'none', background: theme.tint, color: theme.text, fontSize: 20, fontWeight: 800, cursor: 'pointer' }}>+</button>
              </div>
              {err('quantity')}
            </div>
            <div>
              <span style={label}>Total</span>
              <div data-testid="ticket-total" style={{ fontFamily: theme.heading, fontSize: 32, fontWeight: 800 }}>{money(qtyNumber * priceOf(selected))}</div>
            </div>
            <div>
              <label htmlFor="t-name" style={label}>Full name</label>
              <input id="t-name" data-testid="ticket-name" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} aria-invalid={!!show('name')} aria-describedby={show('name') ? 't-name-error' : undefined} style={input('name')} />
              {err('name')}
            </div>
            <div>
              <label htmlFor="t-email" style={label}>Email</label>
              <input id="t-email" data-testid="ticket-email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} aria-invalid={!!show('email')} aria-describedby={show('email') ? 't-email-error' : undefined} style={input('email')} />
              {err('email')}
            </div>
            <div>
              <label htmlFor="t-company" style={label}>Company <span style={{ fontWeight: 400, color: theme.muted }}>(optional, for the invoice)</span></label>
              <input id="t-company" autoComplete="organization" value={company} onChange={(e) => setCompany(e.target.value)} style={input(null)} />
            </div>
            <div style={{ gridColumn: '1 / -1' }}>
              <label style={{ display: 'flex', gap: 10, alignItems: 'flex-start', cursor: 'pointer' }}>
                <input type="checkbox" data-testid="ticket-conduct" checked={conduct} onChange={(e) => setConduct(e.target.checked)} style={{ width: 20, height: 20, marginTop: 2, accentColor: theme.primary, flexShrink: 0 }} />
                <span>I agree to the code of conduct and to receiving event emails at this address.</span>
              </label>
              {err('conduct')}
            </div>
            <div style={{ gridColumn: '1 / -1', display: 'flex', gap: 12, flexWrap: 'wrap', alignItems: 'center' }}>
              <button type="submit" data-testid="ticket-submit" style={{ padding: '15px 28px', borderRadius: 14, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 800, fontSize: 17, cursor: 'pointer', fontFamily: theme.body }}>
                Reserve {qtyNumber > 1 ? `${qtyNumber} tickets` : 'ticket'}
              </button>
              <span style={{ fontSize: 14, color: theme.muted }}>No payment now: we email an invoice. Questions? {EMAIL}</span>
            </div>
          </form>
        ) : null}
      </div>
    </section>
  );
}
