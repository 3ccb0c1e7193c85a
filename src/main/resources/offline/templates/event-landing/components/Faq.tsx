import { useState } from 'react';
import { theme } from '../theme';
import { FAQ } from '../content';

export default function Faq() {
  const [open, setOpen] = useState<number | null>(0);
  return (
    <section id="faq" style={{ scrollMarginTop: 72, maxWidth: 860, margin: '0 auto', padding: 'clamp(48px, 8vw, 96px) clamp(16px, 4vw, 40px)' }}>
      <p style={{ margin: 0, fontSize: 14, fontWeight: 800, letterSpacing: '0.12em', textTransform: 'uppercase', color: theme.primaryInk }}>FAQ</p>
      <h2 style={{ fontFamily: theme.heading, fontSize: 'clamp(30px, 4.5vw, 46px)', lineHeight: 1.1, margin: '10px 0 28px' }}>Good to know</h2>
      <div style={{ display: 'grid', gap: 10 }}>
        {FAQ.map((item, i) => {
          const expanded = open === i;
          return (
            <div key={item.q} style={{ background: theme.surface, border: `1px solid ${expanded ? theme.borderStrong : theme.border}`, borderRadius: 16 }}>
              <h3 style={{ margin: 0 }}>
                <button
                  type="button"
                  id={`faq-q-${i}`}
                  aria-expanded={expanded}
                  aria-controls={`faq-a-${i}`}
                  data-testid="faq-question"
                  onClick={() => setOpen(expanded ? null : i)}
                  style={{ width: '100%', display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 12, padding: '16px 18px', border: 'none', background: 'transparent', color: theme.text, fontSize: 17, fontWeight: 700, textAlign: 'left', cursor: 'pointer', fontFamily: theme.body }}
                >
                  {item.q}
                  <span aria-hidden="true" style={{ fontSize: 22, color: theme.primaryOnSurface, transform: expanded ? 'rotate(45deg)' : 'none', transition: 'transform 150ms', flexShrink: 0 }}>+</span>
                </button>
              </h3>
              {expanded && (
                <div id={`faq-a-${i}`} role="region" aria-labelledby={`faq-q-${i}`} data-testid="faq-answer" style={{ padding: '0 18px 18px', color: theme.muted, fontSize: 16 }}>
                  {item.a}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
