import { useState } from 'react';
import { theme } from '../theme';
import { FAQ } from '../content';

export default function Faq() {
  const [open, setOpen] = useState<Set<number>>(() => new Set([0]));
  const toggle = (i: number) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(i)) next.delete(i);
      else next.add(i);
      return next;
    });

  return (
    <section id="faq" aria-labelledby="faq-title" style={{ maxWidth: 820, margin: '0 auto', padding: 'clamp(56px, 8vw, 100px) clamp(16px, 4vw, 40px) 0', scrollMarginTop: 70 }}>
      <div style={{ textAlign: 'center', marginBottom: 28 }}>
        <div style={{ fontSize: 13, fontWeight: 800, letterSpacing: '0.12em', textTransform: 'uppercase', color: theme.primaryInk }}>FAQ</div>
        <h2 id="faq-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(30px, 4.5vw, 46px)', lineHeight: 1.1, letterSpacing: '-0.02em', margin: '8px 0 0' }}>Questions, answered</h2>
      </div>
      <div style={{ display: 'grid', gap: 10 }}>
        {FAQ.map((item, i) => {
          const isOpen = open.has(i);
          return (
            <div key={item.q} style={{ borderRadius: 16, border: `1px solid ${isOpen ? theme.borderStrong : theme.border}`, background: theme.surface, overflow: 'hidden' }}>
              <h3 style={{ margin: 0 }}>
                <button
                  type="button"
                  id={`faq-q-${i}`}
                  data-testid={`faq-${i}`}
                  aria-expanded={isOpen}
                  aria-controls={`faq-a-${i}`}
                  onClick={() => toggle(i)}
                  style={{ width: '100%', display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 16, padding: '18px 20px', border: 'none', background: 'transparent', color: theme.text, fontSize: 17, fontWeight: 700, textAlign: 'left', cursor: 'pointer', fontFamily: theme.body }}
                >
                  {item.q}
                  <span aria-hidden="true" style={{ flexShrink: 0, width: 28, height: 28, borderRadius: '50%', display: 'grid', placeItems: 'center', background: isOpen ? theme.primary : theme.subtle, color: isOpen ? theme.onPrimary : theme.text, fontSize: 18, transform: isOpen ? 'rotate(45deg)' : 'none', transition: 'transform 200ms, background 200ms' }}>+</span>
                </button>
              </h3>
              {isOpen && (
                <div id={`faq-a-${i}`} role="region" aria-labelledby={`faq-q-${i}`} data-testid={`faq-answer-${i}`} style={{ padding: '0 20px 18px', color: theme.muted, lineHeight: 1.7, fontSize: 16 }}>
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
