import { useEffect, useRef } from 'react';
import type { Project } from '../content';
import { theme } from '../theme';

interface ProjectDialogProps {
  project: Project;
  art: string;
  position: string;
  onClose: () => void;
  onPrev: () => void;
  onNext: () => void;
}

export default function ProjectDialog({ project, art, position, onClose, onPrev, onNext }: ProjectDialogProps) {
  const closeButton = useRef<HTMLButtonElement | null>(null);

  useEffect(() => {
    closeButton.current?.focus();
    const previousOverflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    return () => {
      document.body.style.overflow = previousOverflow;
    };
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
      if (e.key === 'ArrowLeft') onPrev();
      if (e.key === 'ArrowRight') onNext();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose, onPrev, onNext]);

  const navButton = { padding: '10px 16px', borderRadius: 999, border: `1px solid ${theme.border}`, background: 'transparent', color: theme.text, fontWeight: 700, cursor: 'pointer', fontFamily: theme.body } as const;

  return (
    <div
      onClick={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
      style={{ position: 'fixed', inset: 0, zIndex: 50, background: 'rgba(0, 0, 0, 0.55)', display: 'grid', placeItems: 'center', padding: 'clamp(8px, 3vw, 32px)' }}
    >
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="project-dialog-title"
        data-testid="project-dialog"
        style={{ background: theme.surface, color: theme.text, borderRadius: 24, width: 'min(100%, 760px)', maxHeight: 'calc(100vh - 32px)', overflowY: 'auto', boxShadow: '0 30px 80px rgba(0,0,0,0.35)' }}
      >
        <div style={{ background: art, padding: 'clamp(24px, 4vw, 40px)', position: 'relative', display: 'flex', alignItems: 'center', gap: 18 }}>
          <span aria-hidden="true" style={{ fontSize: 56 }}>{project.icon}</span>
          <button
            ref={closeButton}
            type="button"
            aria-label="Close case study"
            data-testid="dialog-close"
            onClick={onClose}
            style={{ position: 'absolute', top: 14, right: 14, width: 40, height: 40, borderRadius: '50%', border: 'none', background: theme.surface, color: theme.text, fontSize: 18, cursor: 'pointer', boxShadow: theme.shadowSmall }}
          >
            ✕
          </button>
        </div>
        <div style={{ padding: 'clamp(20px, 4vw, 36px)', display: 'grid', gap: 18 }}>
          <div>
            <div style={{ fontSize: 13, fontWeight: 700, color: theme.primaryOnSurface, textTransform: 'uppercase', letterSpacing: '0.08em' }}>
              {project.category} · {project.year} · {project.role}
            </div>
            <h3 id="project-dialog-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(26px, 4vw, 34px)', margin: '6px 0 0', lineHeight: 1.15 }}>{project.name}</h3>
            <p style={{ margin: '8px 0 0', color: theme.muted, fontSize: 17 }}>{project.summary}</p>
          </div>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 260px), 1fr))', gap: 18 }}>
            <div>
              <h4 style={{ margin: '0 0 6px', fontSize: 16 }}>The challenge</h4>
              <p style={{ margin: 0, color: theme.muted }}>{project.challenge}</p>
            </div>
            <div>
              <h4 style={{ margin: '0 0 6px', fontSize: 16 }}>What I did</h4>
              <p style={{ margin: 0, color: theme.muted }}>{project.approach}</p>
            </div>
          </div>
          <div>
            <h4 style={{ margin: '0 0 8px', fontSize: 16 }}>Results</h4>
            <ul style={{ margin: 0, padding: 0, listStyle: 'none', display: 'grid', gap: 8 }}>
              {project.outcomes.map((o) => (
                <li key={o} style={{ display: 'flex', gap: 10, alignItems: 'baseline' }}>
                  <span aria-hidden="true" style={{ color: theme.success, fontWeight: 800 }}>✓</span>
                  {o}
                </li>
              ))}
            </ul>
          </div>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            {project.tools.map((t) => (
              <span key={t} style={{ padding: '4px 12px', borderRadius: 999, background: theme.tint, fontSize: 13, fontWeight: 600 }}>{t}</span>
            ))}
          </div>
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 10, flexWrap: 'wrap', borderTop: `1px solid ${theme.border}`, paddingTop: 16 }}>
            <button type="button" onClick={onPrev} style={navButton}>← Previous</button>
            <span style={{ color: theme.muted, fontSize: 14 }}>{position}</span>
            <button type="button" onClick={onNext} style={navButton}>Next →</button>
          </div>
        </div>
      </div>
    </div>
  );
}
