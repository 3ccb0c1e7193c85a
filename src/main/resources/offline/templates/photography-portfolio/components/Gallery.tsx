import { useState } from 'react';
import { theme, useViewportWidth } from '../theme';
import { CATEGORIES, PHOTOS } from '../content';
import type { Category } from '../content';
import Scene from './Scene';
import Lightbox from './Lightbox';

export default function Gallery() {
  const width = useViewportWidth();
  const columns = width < 640 ? 2 : width < 1024 ? 2 : 3;
  const [filter, setFilter] = useState<Category | 'All'>('All');
  const [openIndex, setOpenIndex] = useState<number | null>(null);
  const photos = filter === 'All' ? PHOTOS : PHOTOS.filter((p) => p.category === filter);

  const pill = (active: boolean) => ({ padding: '8px 16px', borderRadius: 999, border: `1.5px solid ${active ? theme.text : theme.border}`, background: active ? theme.text : 'transparent', color: active ? theme.background : theme.text, fontWeight: 700, fontSize: 14, cursor: 'pointer', fontFamily: theme.body });

  return (
    <section id="work" style={{ scrollMarginTop: 70, maxWidth: 1280, margin: '0 auto', padding: 'clamp(48px, 8vw, 96px) clamp(16px, 4vw, 40px)' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', flexWrap: 'wrap', gap: 16, marginBottom: 28 }}>
        <div>
          <p style={{ margin: 0, fontSize: 13, fontWeight: 800, letterSpacing: '0.18em', textTransform: 'uppercase', color: theme.primaryInk }}>Selected work</p>
          <h2 style={{ margin: '8px 0 0', fontFamily: theme.heading, fontSize: 'clamp(30px, 4.5vw, 48px)', lineHeight: 1.1 }}>Recent photographs</h2>
        </div>
        <div role="group" aria-label="Filter by category" style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          {(['All', ...CATEGORIES] as (Category | 'All')[]).map((c) => (
            <button key={c} type="button" data-testid={`filter-${c.toLowerCase()}`} aria-pressed={filter === c} onClick={() => setFilter(c)} style={pill(filter === c)}>
              {c}
            </button>
          ))}
        </div>
      </div>
      <div data-testid="gallery" style={{ columnCount: columns, columnGap: 'clamp(10px, 1.6vw, 18px)' }}>
        {photos.map((p, i) => (
          <figure key={p.id} style={{ margin: '0 0 clamp(10px, 1.6vw, 18px)', breakInside: 'avoid' }}>
            <button
              type="button"
              data-testid="gallery-item"
              onClick={() => setOpenIndex(i)}
              aria-label={`Open “${p.title}”, ${p.place}`}
              style={{ display: 'block', width: '100%', padding: 0, border: 'none', borderRadius: 10, overflow: 'hidden', cursor: 'zoom-in', aspectRatio: String(p.ratio), background: theme.subtle, position: 'relative' }}
            >
              <Scene kind={p.kind} seed={p.id} label={p.title} />
            </button>
            <figcaption style={{ display: 'flex', justifyContent: 'space-between', gap: 8, padding: '8px 2px 0', fontSize: 14, flexWrap: 'wrap' }}>
              <span style={{ fontWeight: 700 }}>{p.title}</span>
              <span style={{ color: theme.muted }}>{p.place}</span>
            </figcaption>
          </figure>
        ))}
      </div>
      {openIndex !== null && <Lightbox photos={photos} index={openIndex} onIndex={setOpenIndex} onClose={() => setOpenIndex(null)} />}
    </section>
  );
}
