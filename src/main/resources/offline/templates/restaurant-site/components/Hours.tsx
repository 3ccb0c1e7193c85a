import { theme, alpha } from '../theme';
import { DAY_NAMES, HOURS, formatTime } from '../content';

export default function Hours() {
  const today = new Date().getDay();
  // Monday first, the way most people read a week.
  const order = [1, 2, 3, 4, 5, 6, 0];
  return (
    <section id="hours" aria-labelledby="hours-title" style={{ maxWidth: 1000, margin: '0 auto', padding: 'clamp(40px, 6vw, 72px) clamp(16px, 4vw, 40px)', scrollMarginTop: 70, display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 340px), 1fr))', gap: 'clamp(24px, 4vw, 48px)', alignItems: 'start' }}>
      <div>
        <div style={{ fontSize: 13, fontWeight: 800, letterSpacing: '0.14em', textTransform: 'uppercase', color: theme.primaryInk }}>Opening hours</div>
        <h2 id="hours-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(30px, 4.5vw, 42px)', margin: '6px 0 12px', lineHeight: 1.15 }}>When to find us</h2>
        <p style={{ margin: 0, color: theme.muted, lineHeight: 1.7 }}>
          Dinner from Tuesday to Saturday, lunch at the weekend and a long Sunday lunch for the whole family. The kitchen takes last orders 30 minutes before closing.
        </p>
        <ul style={{ margin: '18px 0 0', padding: 0, listStyle: 'none', display: 'grid', gap: 8, color: theme.text }}>
          <li>🍷 Walk-ins are always welcome at the bar.</li>
          <li>👶 High chairs and a children’s menu at lunch.</li>
          <li>♿ Step-free entrance and an accessible restroom.</li>
        </ul>
      </div>
      <div style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 20, padding: 'clamp(16px, 3vw, 24px)', boxShadow: theme.shadowSmall }}>
        <dl data-testid="hours-table" style={{ margin: 0, display: 'grid', gap: 4 }}>
          {order.map((d) => {
            const isToday = d === today;
            const services = HOURS[d];
            return (
              <div key={d} style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: 12, padding: '10px 12px', borderRadius: 12, background: isToday ? alpha(theme.primary, theme.isDark ? 0.2 : 0.1) : 'transparent' }}>
                <dt style={{ fontWeight: isToday ? 800 : 600 }}>
                  {DAY_NAMES[d]}
                  {isToday && <span style={{ marginLeft: 8, fontSize: 12, fontWeight: 700, color: theme.primaryOnSurface }}>today</span>}
                </dt>
                <dd style={{ margin: 0, textAlign: 'right', color: services.length ? theme.text : theme.muted, fontVariantNumeric: 'tabular-nums' }}>
                  {services.length === 0
                    ? 'Closed'
                    : services.map((s) => (
                        <span key={s.label} style={{ display: 'block' }}>
                          <span style={{ color: theme.muted, fontSize: 13 }}>{s.label} </span>
                          {formatTime(s.open)} – {formatTime(s.close)}
                        </span>
                      ))}
                </dd>
              </div>
            );
          })}
        </dl>
      </div>
    </section>
  );
}
