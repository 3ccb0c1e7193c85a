import { config } from '../config';
import { theme } from '../theme';

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '') || 'hello';
}

const ITEMS = [
  { icon: '⏱️', title: 'Quick replies', text: 'Most messages get an answer within one working day.' },
  { icon: '📞', title: 'Prefer to talk?', text: '+1 (555) 014-2290, weekdays 9:00–17:00.' },
  { icon: '📍', title: 'Visit in person', text: '24 Harbour Lane, Old Town. No appointment needed.' },
];

export default function ContactInfo() {
  const email = `hello@${slug(config.title)}.com`;
  return (
    <aside aria-label="Other ways to reach us" style={{ flex: '1 1 280px', minWidth: 0, display: 'grid', gap: 14 }}>
      <div style={{ padding: 'clamp(18px, 3vw, 26px)', borderRadius: 24, background: theme.primaryGradient, color: theme.onPrimary, boxShadow: theme.shadow }}>
        <h2 style={{ margin: 0, fontFamily: theme.heading, fontSize: 22 }}>Other ways to reach {config.title}</h2>
        <p style={{ margin: '8px 0 14px', opacity: 0.85 }}>Whatever suits you best: we are happy to help.</p>
        <a href={`mailto:${email}`} style={{ color: theme.onPrimary, fontWeight: 700, overflowWrap: 'anywhere' }}>{email}</a>
      </div>
      {ITEMS.map((item) => (
        <div key={item.title} style={{ display: 'flex', gap: 14, padding: 18, borderRadius: 18, background: theme.surface, border: `1px solid ${theme.border}` }}>
          <span aria-hidden="true" style={{ fontSize: 24 }}>{item.icon}</span>
          <div>
            <div style={{ fontWeight: 700 }}>{item.title}</div>
            <div style={{ color: theme.muted, fontSize: 15 }}>{item.text}</div>
          </div>
        </div>
      ))}
    </aside>
  );
}
