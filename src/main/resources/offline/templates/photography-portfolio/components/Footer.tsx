import { config } from '../config';
import { theme } from '../theme';
import { CONTACT } from '../content';

export default function Footer() {
  return (
    <footer style={{ borderTop: `1px solid ${theme.border}`, padding: '28px clamp(16px, 4vw, 40px)', textAlign: 'center', color: theme.muted, fontSize: 14 }}>
      <div style={{ fontFamily: theme.heading, color: theme.text, fontSize: 18, fontWeight: 700 }}>{config.title}</div>
      <p style={{ margin: '6px 0 0' }}>{CONTACT.base} · {CONTACT.email}</p>
      <p style={{ margin: '6px 0 0' }}>© {new Date().getFullYear()} {config.title}. All photographs are the photographer’s own; please ask before using them.</p>
    </footer>
  );
}
