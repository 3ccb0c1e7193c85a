import { useRef, useState } from 'react';
import { theme, mix } from '../theme';
import { CATEGORIES, PROJECTS } from '../content';
import type { Project, ProjectCategory } from '../content';
import ProjectDialog from './ProjectDialog';

export function projectArt(index: number): string {
  const a = mix(theme.primary, theme.accent, 1 - (index % 3) * 0.3);
  const b = mix(theme.accent, theme.primary, 0.35 + (index % 2) * 0.4);
  return `linear-gradient(${120 + index * 35}deg, ${a}, ${b})`;
}

export default function Projects() {
  const [filter, setFilter] = useState<'All' | ProjectCategory>('All');
  const [openId, setOpenId] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const visible = PROJECTS.filter((p) => filter === 'All' || p.category === filter);
  const openIndex = visible.findIndex((p) => p.id === openId);

  const close = () => {
    setOpenId(null);
    opener.current?.focus();
  };

  const card = (p: Project) => {
    const index = PROJECTS.indexOf(p);
    return (
      <button
        key={p.id}
        type="button"
        data-testid={`project-${p.id}`}
        onClick={(e) => {
          opener.current = e.currentTarget;
          setOpenId(p.id);
        }}
        style={{ textAlign: 'left', padding: 0, border: `1px solid ${theme.border}`, borderRadius: 20, background: theme.surface, color: theme.text, cursor: 'pointer', overflow: 'hidden', boxShadow: theme.shadowSmall, fontFamily: theme.body, display: 'flex', flexDirection: 'column' }}
      >
        <div aria-hidden="true" style={{ aspectRatio: '16 / 10', width: '100%', background: projectArt(index), display: 'grid', placeItems: 'center', fontSize: 'clamp(48px, 8vw, 64px)', position: 'relative' }}>
          <span style={{ filter: 'drop-shadow(0 6px 12px rgba(0,0,0,0.2))' }}>{p.icon}</span>
        </div>
        <div style={{ padding: '18px 20px 22px', display: 'grid', gap: 6 }}>
          <span style={{ fontSize: 13, fontWeight: 700, color: theme.primaryOnSurface, textTransform: 'uppercase', letterSpacing: '0.08em' }}>
            {p.category} · {p.year}
          </span>
          <span style={{ fontFamily: theme.heading, fontSize: 22, fontWeight: 800 }}>{p.name}</span>
          <span style={{ color: theme.muted, fontSize: 15 }}>{p.summary}</span>
          <span style={{ marginTop: 6, fontWeight: 700, fontSize: 15 }}>Read the case study →</span>
        </div>
      </button>
    );
  };

  return (
    <section id="work" style={{ scrollMarginTop: 72, maxWidth: 1120, margin: '0 auto', padding: 'clamp(40px, 7vw, 88px) clamp(16px, 4vw, 40px)' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'flex-end', gap: 20, marginBottom: 28 }}>
        <div>
          <h2 style={{ fontFamily: theme.heading, fontSize: 'clamp(30px, 4.5vw, 44px)', margin: 0, lineHeight: 1.1 }}>Selected work</h2>
          <p style={{ margin: '10px 0 0', color: theme.muted, fontSize: 17 }}>Six projects I’m proud of, from research to release.</p>
        </div>
        <div role="group" aria-label="Filter projects" style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
          {CATEGORIES.map((c) => {
            const active = c === filter;
            const count = c === 'All' ? PROJECTS.length : PROJECTS.filter((p) => p.category === c).length;
            return (
              <button
                key={c}
                type="button"
                aria-pressed={active}
                data-testid={`filter-${c}`}
                onClick={() => setFilter(c)}
                style={{ padding: '8px 16px', borderRadius: 999, border: `1px solid ${active ? theme.primary : theme.border}`, background: active ? theme.primary : 'transparent', color: active ? theme.onPrimary : theme.text, fontWeight: 700, fontSize: 14, cursor: 'pointer', fontFamily: theme.body }}
              >
                {c} <span style={{ opacity: 0.7 }}>{count}</span>
              </button>
            );
          })}
        </div>
      </div>
      <div data-testid="project-grid" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 300px), 1fr))', gap: 'clamp(16px, 2.5vw, 24px)' }}>
        {visible.map(card)}
      </div>
      {openIndex >= 0 && (
        <ProjectDialog
          project={visible[openIndex]}
          art={projectArt(PROJECTS.indexOf(visible[openIndex]))}
          position={`${openIndex + 1} of ${visible.length}`}
          onClose={close}
          onPrev={() => setOpenId(visible[(openIndex - 1 + visible.length) % visible.length].id)}
          onNext={() => setOpenId(visible[(openIndex + 1) % visible.length].id)}
        />
      )}
    </section>
  );
}
