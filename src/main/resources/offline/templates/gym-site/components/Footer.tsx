import { config } from '../config';
import { theme } from '../theme';
import { ADDRESS } from '../content';

export default function Footer() {
  return (
    <footer style={{ background: theme.text, color: theme.background, padding: 'clamp(28px, 5vw, 44px) clamp(16px, 4vw, 40px)' }}>
      <div style={{ maxWidth: 1240, margin: '0 auto', display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: 16, alignItems: 'center' }}>
        <div>
          <div style={{ fontFamily: theme.heading, fontWeight: 900, fontSize: 20, textTransform: 'uppercase' }}>{config.title}</div>
          <div style={{ opacity: 0.8, fontSize: 14 }}>{config.tagline}</div>
        </div>
        <div style={{ opacity: 0.8, fontSize: 14 }}>{ADDRESS.street}, {ADDRESS.city} · © {new Date().getFullYear()}</div>
      </div>
    </footer>
  );
}
