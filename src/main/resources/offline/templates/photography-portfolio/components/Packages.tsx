import { theme, alpha } from '../theme';
import { PACKAGES, scrollToSection } from '../content';

const money = (n: number) => new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n);

export default function Packages({ onPick }: { onPick: (name: string) => void }) {
  return (
    <section id="packages" style={{ scrollMarginTop: 70, maxWidth: 1180, margin: '0 auto', padding: 'clamp(48px, 8vw, 96px) clamp(16px, 4vw, 40px)' }}>
      <p style={{ margin: 0, fontSize: 13, fontWeight: 800, letterSpacing: '0.18em', textTransform: 'uppercase', color: theme.primaryInk }}>Sessions</p>
      <h2 style={{ margin: '8px 0 0', fontFamily: theme.heading, fontSize: 'clamp(30px, 4.5vw, 46px)', lineHeight: 1.1 }}>Ways to work together</h2>
      <p style={{ color: theme.muted, fontSize: 18, margin: '12px 0 32px', maxWidth: 620 }}>Every session starts with a short call about what you have in mind. Prices include editing and delivery; travel outside Lisbon is quoted separately.</p>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 280px), 1fr))', gap: 'clamp(14px, 2vw, 22px)' }}>
        {PACKAGES.map((p) => (
          <article key={p.id} data-testid={`package-${p.id}`} style={{ background: theme.surface, border: p.featured ? `2px solid ${theme.primary}` : `1px solid ${theme.border}`, borderRadius: 18, padding: 'clamp(20px, 3vw, 28px)', display: 'flex', flexDirection: 'column', gap: 12, boxShadow: p.featured ? theme.shadow : theme.shadowSmall }}>
            {p.featured && <span style={{ alignSelf: 'flex-start', padding: '3px 10px', borderRadius: 999, background: alpha(theme.primary, 0.14), color: theme.primaryOnSurface, fontSize: 12, fontWeight: 800 }}>Most booked</span>}
            <h3 style={{ margin: 0, fontFamily: theme.heading, fontSize: 22 }}>{p.name}</h3>
            <div>
              <span style={{ fontSize: 14, color: theme.muted }}>from </span>
              <span style={{ fontFamily: theme.heading, fontSize: 36, fontWeight: 800 }}>{money(p.price)}</span>
              <div style={{ fontSize: 14, color: theme.muted }}>{p.duration}</div>
            </div>
            <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}>
              {p.perks.map((perk) => (
                <li key={perk} style={{ display: 'flex', gap: 8 }}><span aria-hidden="true" style={{ color: theme.primaryOnSurface, fontWeight: 800 }}>✓</span>{perk}</li>
              ))}
            </ul>
            <button
              type="button"
              data-testid={`pick-${p.id}`}
              onClick={() => {
                onPick(p.name);
                scrollToSection('contact');
              }}
              style={{ marginTop: 'auto', padding: '12px 16px', borderRadius: 12, border: p.featured ? 'none' : `2px solid ${theme.borderStrong}`, background: p.featured ? theme.primary : 'transparent', color: p.featured ? theme.onPrimary : theme.text, fontWeight: 800, fontSize: 15, cursor: 'pointer', fontFamily: theme.body }}
            >
              Ask about this
            </button>
          </article>
        ))}
      </div>
    </section>
  );
}
