import { theme, alpha } from '../theme';

interface SummaryProps {
  doneToday: number;
  total: number;
  weekPercent: number;
  topStreak: { name: string; icon: string; days: number } | null;
  isCurrentWeek: boolean;
}

function Ring({ value }: { value: number }) {
  const r = 22;
  const c = 2 * Math.PI * r;
  return (
    <svg width={56} height={56} viewBox="0 0 56 56" aria-hidden="true" style={{ flexShrink: 0 }}>
      <circle cx={28} cy={28} r={r} fill="none" stroke={theme.border} strokeWidth={6} />
      <circle cx={28} cy={28} r={r} fill="none" stroke={theme.primary} strokeWidth={6} strokeLinecap="round" strokeDasharray={`${c * Math.min(1, value)} ${c}`} transform="rotate(-90 28 28)" style={{ transition: 'stroke-dasharray 300ms' }} />
    </svg>
  );
}

export default function Summary({ doneToday, total, weekPercent, topStreak, isCurrentWeek }: SummaryProps) {
  const card = { background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius + 2, padding: 16, boxShadow: theme.shadowSmall, display: 'flex', alignItems: 'center', gap: 14, minWidth: 0 } as const;
  const allDone = total > 0 && doneToday === total;
  return (
    <section aria-label="Summary" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 230px), 1fr))', gap: 14 }}>
      <div style={{ ...card, background: allDone ? alpha(theme.success, 0.12) : theme.surface }}>
        <Ring value={total ? doneToday / total : 0} />
        <div style={{ minWidth: 0 }}>
          <div style={{ fontSize: 13, color: theme.muted, fontWeight: 600 }}>Today</div>
          <div data-testid="today-count" style={{ fontSize: 24, fontWeight: 800 }}>{doneToday} of {total} done</div>
          <div style={{ fontSize: 13, color: theme.muted }}>{allDone ? 'Everything ticked off. Great day! 🎉' : total === 0 ? 'Add a habit to get started.' : `${total - doneToday} still to go`}</div>
        </div>
      </div>
      <div style={card}>
        <Ring value={weekPercent / 100} />
        <div style={{ minWidth: 0 }}>
          <div style={{ fontSize: 13, color: theme.muted, fontWeight: 600 }}>{isCurrentWeek ? 'This week' : 'That week'}</div>
          <div data-testid="week-percent" style={{ fontSize: 24, fontWeight: 800 }}>{weekPercent} %</div>
          <div style={{ fontSize: 13, color: theme.muted }}>of your weekly goals</div>
        </div>
      </div>
      <div style={card}>
        <span aria-hidden="true" style={{ width: 56, height: 56, borderRadius: '50%', background: theme.tint, display: 'grid', placeItems: 'center', fontSize: 26, flexShrink: 0 }}>🔥</span>
        <div style={{ minWidth: 0 }}>
          <div style={{ fontSize: 13, color: theme.muted, fontWeight: 600 }}>Longest running streak</div>
          <div data-testid="top-streak" style={{ fontSize: 24, fontWeight: 800 }}>{topStreak ? `${topStreak.days} ${topStreak.days === 1 ? 'day' : 'days'}` : '—'}</div>
          <div style={{ fontSize: 13, color: theme.muted, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>{topStreak ? `${topStreak.icon} ${topStreak.name}` : 'Tick a habit today to start one'}</div>
        </div>
      </div>
    </section>
  );
}
