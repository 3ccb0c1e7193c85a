import type { ReactNode } from 'react';
import { theme } from '../theme';

export default function Panel({ title, subtitle, flex, children }: { title: string; subtitle: string; flex: string; children: ReactNode }) {
  return (
    <section aria-label={title} style={{ flex, minWidth: 0, background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 18, padding: 'clamp(14px, 2.5vw, 22px)', boxShadow: theme.shadowSmall }}>
      <h2 style={{ margin: 0, fontSize: 18, fontFamily: theme.heading }}>{title}</h2>
      <p style={{ margin: '2px 0 14px', fontSize: 13, color: theme.muted }}>{subtitle}</p>
      {children}
    </section>
  );
}
