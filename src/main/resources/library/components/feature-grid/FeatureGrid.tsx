export type Feature = {
  /** An emoji (or one or two characters) shown in a tinted tile. */
  icon: string;
  title: string;
  text: string;
};

type Props = {
  /** Heading above the grid; '' for none. */
  heading?: string;
  subheading?: string;
  /** Small label above the heading; '' for none. */
  eyebrow?: string;
  features?: Feature[];
  /** Narrowest a card may get before the grid drops a column, in px. */
  minColumnWidth?: number;
  /** 'cards' draws each feature in a bordered card; 'plain' leaves them on the background. */
  appearance?: 'cards' | 'plain';
  /** Text alignment of the heading block. */
  align?: 'center' | 'left';
  background?: string;
  surface?: string;
  text?: string;
  muted?: string;
  accent?: string;
  border?: string;
  font?: string;
  maxWidth?: number;
};

const DEFAULT_FEATURES: Feature[] = [
  { icon: '⚡', title: 'Fast by default', text: 'Pages load in under a second on any connection, with nothing to configure.' },
  { icon: '🔒', title: 'Secure from day one', text: 'Single sign-on, audit logs and encryption at rest on every plan.' },
  { icon: '🤝', title: 'Built for teams', text: 'Comment, assign and review together, with changes synced in real time.' },
  { icon: '📊', title: 'Insightful reports', text: 'See what shipped, what slipped and why, in reports you can share in one click.' },
  { icon: '🔌', title: 'Plays well with others', text: 'Connect the tools you already use: calendar, chat, code hosting and more.' },
  { icon: '💬', title: 'Humans on support', text: 'Real people answer within an hour, every day of the week.' },
];

export default function FeatureGrid(props: Props) {
  // Without features the grid shows an example; otherwise the heading block stays empty unless given.
  const demo = props.features === undefined;
  const {
    heading = demo ? 'Everything your team needs' : '',
    subheading = demo ? 'The essentials, done well, with none of the clutter.' : '',
    eyebrow = demo ? 'Features' : '',
    features = DEFAULT_FEATURES,
    minColumnWidth = 300,
    appearance = 'cards',
    align = 'center',
    background = '#ffffff',
    surface = '#f8fafc',
    text = '#0f172a',
    muted = '#475569',
    accent = '#4f46e5',
    border = '#e2e8f0',
    font = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    maxWidth = 1180,
  } = props;

  const cards = appearance === 'cards';

  return (
    <section aria-label={heading || 'Features'} style={{ background, color: text, fontFamily: font, padding: 'clamp(40px, 8vw, 96px) clamp(16px, 4vw, 40px)' }}>
      <div style={{ maxWidth, margin: '0 auto' }}>
        {(heading || subheading || eyebrow) && (
          <div style={{ textAlign: align, maxWidth: 700, margin: align === 'center' ? '0 auto 48px' : '0 0 48px' }}>
            {eyebrow && (
              <p style={{ margin: '0 0 10px', color: accent, fontSize: 14, fontWeight: 800, letterSpacing: '0.08em', textTransform: 'uppercase' }}>{eyebrow}</p>
            )}
            {heading && (
              <h2 style={{ margin: 0, fontSize: 'clamp(1.75rem, 4vw, 2.5rem)', lineHeight: 1.15, letterSpacing: '-0.02em', fontWeight: 800 }}>{heading}</h2>
            )}
            {subheading && <p style={{ margin: '12px 0 0', color: muted, fontSize: 17, lineHeight: 1.6 }}>{subheading}</p>}
          </div>
        )}
        <ul
          style={{
            listStyle: 'none',
            margin: 0,
            padding: 0,
            display: 'grid',
            gridTemplateColumns: `repeat(auto-fit, minmax(min(100%, ${minColumnWidth}px), 1fr))`,
            gap: cards ? 20 : '36px 32px',
          }}
        >
          {features.map((f) => (
            <li
              key={f.title}
              style={{
                padding: cards ? 'clamp(20px, 3vw, 28px)' : 0,
                borderRadius: 16,
                background: cards ? surface : 'transparent',
                border: cards ? `1px solid ${border}` : 'none',
              }}
            >
              <span
                aria-hidden="true"
                style={{
                  width: 48,
                  height: 48,
                  borderRadius: 12,
                  display: 'grid',
                  placeItems: 'center',
                  fontSize: 24,
                  lineHeight: 1,
                  background: `color-mix(in srgb, ${accent} 14%, transparent)`,
                  color: accent,
                  fontWeight: 800,
                }}
              >
                {f.icon}
              </span>
              <h3 style={{ margin: '18px 0 0', fontSize: 18, fontWeight: 700, lineHeight: 1.3 }}>{f.title}</h3>
              <p style={{ margin: '8px 0 0', color: muted, fontSize: 15, lineHeight: 1.6 }}>{f.text}</p>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
