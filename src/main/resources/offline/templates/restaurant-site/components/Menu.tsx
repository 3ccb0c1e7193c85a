import { useState } from 'react';
import { theme, alpha } from '../theme';
import { DIET_LABELS, MENU, formatPrice } from '../content';
import type { Diet } from '../content';

export default function Menu() {
  const [sectionId, setSectionId] = useState<string>(MENU[0].id);
  const [diet, setDiet] = useState<Diet | null>(null);
  const section = MENU.find((s) => s.id === sectionId) ?? MENU[0];
  // Vegan dishes are vegetarian too.
  const fits = (d: Diet[]) => diet === null || d.includes(diet) || (diet === 'V' && d.includes('VG'));
  const dishes = section.dishes.filter((d) => fits(d.diet));

  const badge = (d: Diet) => (
    <span key={d} title={DIET_LABELS[d]} style={{ fontSize: 11, fontWeight: 800, padding: '1px 6px', borderRadius: 6, border: `1px solid ${alpha(theme.success, 0.5)}`, color: theme.success, letterSpacing: '0.03em' }}>
      {d}
    </span>
  );

  return (
    <section id="menu" aria-labelledby="menu-title" style={{ maxWidth: 1000, margin: '0 auto', padding: 'clamp(56px, 8vw, 96px) clamp(16px, 4vw, 40px) 24px', scrollMarginTop: 70 }}>
      <div style={{ textAlign: 'center', marginBottom: 28 }}>
        <div style={{ fontSize: 13, fontWeight: 800, letterSpacing: '0.14em', textTransform: 'uppercase', color: theme.primaryInk }}>Our menu</div>
        <h2 id="menu-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(32px, 5vw, 48px)', margin: '6px 0 8px', lineHeight: 1.15 }}>Seasonal, simple, generous</h2>
        <p style={{ margin: '0 auto', color: theme.muted, maxWidth: 560 }}>The menu follows the market and changes a little every week. Please tell us about any allergies when you order.</p>
      </div>

      <div role="tablist" aria-label="Menu sections" style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'center', gap: 8, marginBottom: 14 }}>
        {MENU.map((s) => {
          const active = s.id === section.id;
          return (
            <button
              key={s.id}
              type="button"
              role="tab"
              aria-selected={active}
              aria-controls="menu-panel"
              data-testid={`tab-${s.id}`}
              onClick={() => setSectionId(s.id)}
              style={{ padding: '10px 18px', borderRadius: 999, border: `1.5px solid ${active ? theme.primary : theme.border}`, background: active ? theme.primary : theme.surface, color: active ? theme.onPrimary : theme.text, fontWeight: 700, fontSize: 15, cursor: 'pointer', fontFamily: theme.body }}
            >
              {s.title}
            </button>
          );
        })}
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'center', alignItems: 'center', gap: 6, marginBottom: 26, fontSize: 14 }}>
        <span style={{ color: theme.muted }}>Show:</span>
        {([null, 'V', 'VG', 'GF'] as (Diet | null)[]).map((d) => (
          <button
            key={d ?? 'all'}
            type="button"
            data-testid={`diet-${d ?? 'all'}`}
            aria-pressed={diet === d}
            onClick={() => setDiet(d)}
            style={{ padding: '5px 12px', borderRadius: 999, border: `1px solid ${diet === d ? theme.primaryInk : theme.border}`, background: diet === d ? theme.tint : 'transparent', color: theme.text, fontWeight: 600, fontSize: 13, cursor: 'pointer', fontFamily: theme.body }}
          >
            {d ? DIET_LABELS[d] : 'Everything'}
          </button>
        ))}
      </div>

      <div id="menu-panel" role="tabpanel" aria-label={section.title} style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 24, padding: 'clamp(20px, 4vw, 40px)', boxShadow: theme.shadow }}>
        <div style={{ display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', gap: 12, flexWrap: 'wrap', marginBottom: 12 }}>
          <h3 style={{ margin: 0, fontFamily: theme.heading, fontSize: 28 }}>{section.title}</h3>
          <span style={{ color: theme.muted, fontStyle: 'italic' }}>{section.note}</span>
        </div>
        {dishes.length === 0 ? (
          <p data-testid="no-dishes" style={{ margin: '12px 0 0', color: theme.muted }}>Nothing {diet ? DIET_LABELS[diet].toLowerCase() : ''} in this section today: ask us, the kitchen is happy to adapt a dish.</p>
        ) : (
          <ul data-testid="dishes" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 380px), 1fr))', columnGap: 40 }}>
            {dishes.map((d) => (
              <li key={d.name} style={{ padding: '16px 0', borderBottom: `1px dashed ${theme.border}` }}>
                <div style={{ display: 'flex', alignItems: 'baseline', gap: 10 }}>
                  <span style={{ fontWeight: 700, fontSize: 17, fontFamily: theme.heading }}>
                    {d.name}
                    {d.signature && <span title="Signature dish" style={{ color: theme.accentOnSurface, marginLeft: 6 }}>★</span>}
                  </span>
                  <span aria-hidden="true" style={{ flex: 1, borderBottom: `2px dotted ${theme.borderStrong}`, transform: 'translateY(-4px)', minWidth: 16 }} />
                  <span style={{ fontWeight: 800, fontSize: 17, fontVariantNumeric: 'tabular-nums', color: theme.primaryOnSurface }}>{formatPrice(d.price)}</span>
                </div>
                <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 6, marginTop: 4 }}>
                  <span style={{ color: theme.muted, fontSize: 15, marginRight: 4 }}>{d.description}</span>
                  {d.diet.map(badge)}
                  {d.spicy && <span title="Spicy" style={{ fontSize: 13 }}>🌶️</span>}
                </div>
              </li>
            ))}
          </ul>
        )}
        <p style={{ margin: '18px 0 0', fontSize: 13, color: theme.muted }}>
          V vegetarian · VG vegan · GF gluten-free · ★ signature dish · 🌶️ spicy. A discretionary 12.5 % service charge is added for tables of six or more.
        </p>
      </div>
    </section>
  );
}
