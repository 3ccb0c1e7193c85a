import { useState } from 'react';
import { theme, alpha } from '../theme';
import { PLANS, money, planPrice, scrollToSection } from '../content';

export default function Pricing({ onChoose }: { onChoose: (planId: string) => void }) {
  const [yearly, setYearly] = useState<boolean>(false);
  return (
    <section id="membership" style={{ scrollMarginTop: 70, maxWidth: 1240, margin: '0 auto', padding: 'clamp(48px, 8vw, 96px) clamp(16px, 4vw, 40px)' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', flexWrap: 'wrap', gap: 16, marginBottom: 30 }}>
        <div>
          <p style={{ margin: 0, fontSize: 13, fontWeight: 800, letterSpacing: '0.14em', textTransform: 'uppercase', color: theme.primaryInk }}>Membership</p>
          <h2 style={{ margin: '8px 0 0', fontFamily: theme.heading, fontWeight: 900, fontSize: 'clamp(30px, 4.5vw, 48px)', lineHeight: 1.05, textTransform: 'uppercase' }}>Simple prices</h2>
          <p style={{ color: theme.muted, fontSize: 17, margin: '10px 0 0' }}>No joining fee, no long contracts. Pause anytime for up to three months.</p>
        </div>
        <div role="radiogroup" aria-label="Billing" style={{ display: 'flex', padding: 4, borderRadius: 12, background: theme.subtle }}>
          {[false, true].map((y) => (
            <button key={String(y)} type="button" role="radio" aria-checked={yearly === y} data-testid={y ? 'billing-yearly' : 'billing-monthly'} onClick={() => setYearly(y)} style={{ padding: '9px 16px', borderRadius: 9, border: 'none', background: yearly === y ? theme.surface : 'transparent', color: theme.text, fontWeight: yearly === y ? 900 : 600, cursor: 'pointer', boxShadow: yearly === y ? theme.shadowSmall : 'none', fontFamily: theme.body, fontSize: 14 }}>
              {y ? 'Yearly · 2 months free' : 'Monthly'}
            </button>
          ))}
        </div>
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 280px), 1fr))', gap: 'clamp(14px, 2vw, 22px)' }}>
        {PLANS.map((p) => {
          const price = planPrice(p, yearly);
          const featured = p.featured;
          return (
            <article key={p.id} data-testid={`plan-${p.id}`} style={{ position: 'relative', background: featured ? theme.text : theme.surface, color: featured ? theme.background : theme.text, border: featured ? 'none' : `1px solid ${theme.border}`, borderRadius: 20, padding: 'clamp(20px, 3vw, 28px)', display: 'flex', flexDirection: 'column', gap: 12, boxShadow: featured ? theme.shadow : theme.shadowSmall }}>
              {featured && <span style={{ alignSelf: 'flex-start', padding: '4px 10px', borderRadius: 999, background: theme.primary, color: theme.onPrimary, fontSize: 12, fontWeight: 900, textTransform: 'uppercase', letterSpacing: '0.05em' }}>Most popular</span>}
              <h3 style={{ margin: 0, fontFamily: theme.heading, fontWeight: 900, fontSize: 24, textTransform: 'uppercase' }}>{p.name}</h3>
              <p style={{ margin: 0, opacity: 0.8 }}>{p.blurb}</p>
              <div>
                <span data-testid={`price-${p.id}`} style={{ fontFamily: theme.heading, fontWeight: 900, fontSize: 46, letterSpacing: '-0.02em' }}>{money(price.amount)}</span>
                <div style={{ fontSize: 14, opacity: 0.75 }}>{price.note}</div>
              </div>
              <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}>
                {p.perks.map((perk) => (
                  <li key={perk} style={{ display: 'flex', gap: 8 }}>
                    <span aria-hidden="true" style={{ width: 20, height: 20, borderRadius: '50%', background: featured ? alpha(theme.background, 0.15) : theme.tint, display: 'grid', placeItems: 'center', fontSize: 12, fontWeight: 900, flexShrink: 0, marginTop: 2 }}>✓</span>
                    {perk}
                  </li>
                ))}
              </ul>
              <button
                type="button"
                data-testid={`choose-${p.id}`}
                onClick={() => {
                  onChoose(p.id);
                  scrollToSection('trial');
                }}
                style={{ marginTop: 'auto', padding: '13px 16px', borderRadius: 12, border: featured ? 'none' : `2px solid ${theme.primary}`, background: featured ? theme.primary : 'transparent', color: featured ? theme.onPrimary : theme.primaryOnSurface, fontWeight: 900, fontSize: 15, cursor: 'pointer', fontFamily: theme.body, textTransform: 'uppercase', letterSpacing: '0.03em' }}
              >
                Start with a free week
              </button>
            </article>
          );
        })}
      </div>
    </section>
  );
}
