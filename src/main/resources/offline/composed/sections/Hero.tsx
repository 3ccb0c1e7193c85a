import { config } from '../config';
import { theme } from '../theme';
import { spec } from '../spec';
import { button } from '../look';

/** The opening section of a website-like app: the tagline, how many items there are and a way into them. */
export default function Hero({ count, onStart }: { count: number; onStart: () => void }) {
  return (
    <section aria-label="Welcome" style={{ padding: 'clamp(28px, 6vw, 64px) clamp(18px, 4vw, 40px)', borderRadius: theme.radius, background: theme.surface, border: `1px solid ${theme.border}`, display: 'grid', gap: 16, justifyItems: 'start' }}>
      <p style={{ margin: 0, fontFamily: theme.heading, fontSize: 'clamp(24px, 4.4vw, 42px)', lineHeight: 1.15, maxWidth: 720 }}>{config.tagline}</p>
      <p style={{ margin: 0, color: theme.muted, fontSize: 17, maxWidth: 620 }}>
        {count} {count === 1 ? spec.kind : spec.kinds} so far, and room for yours.
      </p>
      <button type="button" data-testid="hero-start" onClick={onStart} style={button('primary')}>
        Browse the {spec.kinds}
      </button>
    </section>
  );
}
