import { theme, alpha } from '../theme';
import { committed, completedPoints, isOverdue } from '../data';
import type { Sprint } from '../data';

export default function KpiCards({ sprint, sprints }: { sprint: Sprint; sprints: Sprint[] }) {
  const scope = sprint.tasks.reduce((s, t) => s + t.points, 0);
  const done = completedPoints(sprint);
  const open = sprint.tasks.filter((t) => t.status !== 'done');
  const overdue = sprint.tasks.filter((t) => sprint.current && isOverdue(t));
  const past = sprints.filter((s) => !s.current);
  const velocity = past.length ? Math.round(past.reduce((s, x) => s + completedPoints(x), 0) / past.length) : 0;
  const pct = scope ? Math.round((done / scope) * 100) : 0;
  const daysLeft = 10 - sprint.elapsed;

  const cards: { id: string; label: string; value: string; note: string; tone?: 'hero' | 'bad' | 'good' }[] = [
    { id: 'kpi-complete', label: 'Completed', value: `${pct} %`, note: `${done} of ${scope} points${scope > committed(sprint) ? ` (scope +${scope - committed(sprint)})` : ''}`, tone: 'hero' },
    { id: 'kpi-open', label: 'Open tasks', value: String(open.length), note: `${open.filter((t) => t.status === 'blocked').length} blocked · ${open.filter((t) => t.status === 'review').length} in review` },
    { id: 'kpi-overdue', label: 'Overdue', value: String(overdue.length), note: sprint.current ? (overdue.length ? 'Past their due date' : 'Nothing overdue') : 'Sprint closed', tone: overdue.length ? 'bad' : 'good' },
    { id: 'kpi-days', label: sprint.current ? 'Days left' : 'Sprint', value: sprint.current ? String(daysLeft) : 'Closed', note: sprint.current ? `Day ${sprint.elapsed} of 10 working days` : `Finished with ${done} points` },
    { id: 'kpi-velocity', label: 'Velocity', value: `${velocity} pts`, note: 'Average of the last sprints' },
  ];

  return (
    <section aria-label="Key figures" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 170px), 1fr))', gap: 'clamp(10px, 1.6vw, 16px)' }}>
      {cards.map((c) => {
        const hero = c.tone === 'hero';
        return (
          <div key={c.id} style={{ background: hero ? theme.primaryGradient : theme.surface, color: hero ? theme.onPrimary : theme.text, border: hero ? 'none' : `1px solid ${theme.border}`, borderRadius: 16, padding: '14px 16px', boxShadow: hero ? theme.shadow : theme.shadowSmall, minWidth: 0 }}>
            <div style={{ fontSize: 13, fontWeight: 700, color: hero ? alpha(theme.onPrimary, 0.85) : theme.muted }}>{c.label}</div>
            <div data-testid={c.id} style={{ fontFamily: theme.heading, fontSize: 'clamp(24px, 3vw, 30px)', fontWeight: 800, lineHeight: 1.2, color: c.tone === 'bad' ? theme.danger : c.tone === 'good' ? theme.success : undefined }}>{c.value}</div>
            <div style={{ fontSize: 13, color: hero ? alpha(theme.onPrimary, 0.85) : theme.muted }}>{c.note}</div>
          </div>
        );
      })}
    </section>
  );
}
