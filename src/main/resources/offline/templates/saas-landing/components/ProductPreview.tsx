import { config } from '../config';
import { theme, alpha, mix, useViewportWidth } from '../theme';

const COLUMNS = [
  { title: 'To do', cards: [['Draft Q3 launch brief', 'Marketing', 0], ['Interview 5 customers', 'Research', 1], ['Update pricing page copy', 'Web', 2]] },
  { title: 'In progress', cards: [['Onboarding checklist v2', 'Product', 1], ['Migrate billing webhooks', 'Engineering', 0]] },
  { title: 'Review', cards: [['Mobile nav redesign', 'Design', 2], ['Help centre: automations', 'Support', 1]] },
] as const;

/** A stylised screenshot of the product, drawn with HTML so it follows the palette and needs no image. */
export default function ProductPreview() {
  const wide = useViewportWidth() >= 760;
  const labelColors = [theme.primary, theme.accent, mix(theme.primary, theme.accent, 0.5)];
  const panel = theme.isDark ? mix(theme.surface, theme.background, 0.6) : theme.surface;
  return (
    <div aria-hidden="true" style={{ borderRadius: 18, border: `1px solid ${theme.border}`, background: panel, boxShadow: `0 30px 80px ${alpha(theme.primary, theme.isDark ? 0.25 : 0.18)}, ${theme.shadow}`, overflow: 'hidden', textAlign: 'left' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '10px 14px', borderBottom: `1px solid ${theme.border}`, background: theme.subtle }}>
        {[0.55, 0.4, 0.3].map((o) => (
          <span key={o} style={{ width: 11, height: 11, borderRadius: '50%', background: alpha(theme.text, o) }} />
        ))}
        <span style={{ marginLeft: 12, fontSize: 12, color: theme.muted, padding: '3px 12px', borderRadius: 8, background: theme.background, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>{config.title} · Product launch</span>
      </div>
      <div style={{ display: 'flex', minHeight: 300 }}>
        {wide && (
          <div style={{ width: 180, flexShrink: 0, borderRight: `1px solid ${theme.border}`, padding: 14, display: 'grid', gap: 6, alignContent: 'start', fontSize: 13 }}>
            {['🏠 Today', '📥 Inbox  4', '🗂️ Projects', '📅 Timeline', '📊 Reports', '⚡ Automations'].map((item, i) => (
              <div key={item} style={{ padding: '7px 10px', borderRadius: 8, background: i === 2 ? theme.tint : 'transparent', fontWeight: i === 2 ? 700 : 500, color: i === 2 ? theme.text : theme.muted, whiteSpace: 'pre' }}>{item}</div>
            ))}
            <div style={{ marginTop: 12, padding: 10, borderRadius: 10, background: alpha(theme.accent, 0.14), fontSize: 12, color: theme.text, lineHeight: 1.4 }}>⚡ 3 automations ran in the last hour</div>
          </div>
        )}
        <div style={{ flex: 1, minWidth: 0, padding: 14, display: 'grid', gridTemplateColumns: `repeat(${wide ? 3 : 2}, minmax(0, 1fr))`, gap: 12 }}>
          {COLUMNS.slice(0, wide ? 3 : 2).map((col) => (
            <div key={col.title} style={{ display: 'grid', gap: 8, alignContent: 'start' }}>
              <div style={{ fontSize: 12, fontWeight: 800, color: theme.muted, textTransform: 'uppercase', letterSpacing: '0.05em' }}>{col.title} · {col.cards.length}</div>
              {col.cards.map(([title, label, color]) => (
                <div key={title} style={{ background: theme.background, border: `1px solid ${theme.border}`, borderRadius: 10, padding: 10, display: 'grid', gap: 8 }}>
                  <span style={{ justifySelf: 'start', fontSize: 10, fontWeight: 800, padding: '2px 7px', borderRadius: 999, background: alpha(labelColors[color], 0.18), color: theme.text }}>{label}</span>
                  <span style={{ fontSize: 13, fontWeight: 600, color: theme.text, lineHeight: 1.35 }}>{title}</span>
                  <span style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
                    <span style={{ height: 5, width: '55%', borderRadius: 3, background: theme.border, overflow: 'hidden' }}>
                      <span style={{ display: 'block', height: '100%', width: `${30 + ((title.length * 7) % 60)}%`, background: labelColors[color] }} />
                    </span>
                    <span style={{ width: 20, height: 20, borderRadius: '50%', background: labelColors[(color + 1) % 3], opacity: 0.8 }} />
                  </span>
                </div>
              ))}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
