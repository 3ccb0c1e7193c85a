import { theme } from '../theme';
import { card, chip, grid, sectionTitle } from '../kit/ui';
import { Empty } from '../kit/States';
import { day, initials } from '../kit/format';
import { isOverdue } from '../team';
import type { Member, Task } from '../team';

/** Who is on the team and what each person has on their plate. */
export default function TeamView({ team, tasks, me }: { team: Member[]; tasks: Task[]; me: Member | null }) {
  if (team.length === 0) return <Empty icon="👥" title="No members yet">Everyone who signs in joins the team.</Empty>;
  return (
    <section aria-labelledby="team-title" style={{ display: 'grid', gap: 16 }}>
      <h2 id="team-title" style={sectionTitle}>Team ({team.length})</h2>
      <ul style={{ ...grid(260, 14), listStyle: 'none', margin: 0, padding: 0 }}>
        {team.map((m) => {
          const open = tasks.filter((t) => t.assignee === m.id && t.status !== 'done');
          const late = open.filter(isOverdue).length;
          const done = tasks.filter((t) => t.assignee === m.id && t.status === 'done').length;
          return (
            <li key={m.id} data-testid="member" style={{ ...card, display: 'grid', gap: 10, alignContent: 'start' }}>
              <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
                <span aria-hidden="true" style={{ width: 40, height: 40, borderRadius: 20, display: 'grid', placeItems: 'center', background: theme.primaryGradient, color: theme.onPrimary, fontWeight: 800 }}>{initials(m.name)}</span>
                <div style={{ minWidth: 0 }}>
                  <strong>{m.name}{m.id === me?.id ? ' (you)' : ''}</strong>
                  <div style={{ fontSize: 13, color: theme.muted, overflow: 'hidden', textOverflow: 'ellipsis' }}>{m.email}</div>
                </div>
              </div>
              <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap' }}>
                <span style={chip(theme.primaryOnSurface)}>{open.length} open</span>
                {late > 0 && <span style={chip(theme.danger)}>{late} overdue</span>}
                <span style={chip(theme.success)}>{done} done</span>
              </div>
              {open.length > 0 && (
                <ul style={{ margin: 0, paddingLeft: 18, fontSize: 14, display: 'grid', gap: 4 }}>
                  {open.slice(0, 5).map((t) => (
                    <li key={t.id}>
                      {t.title}
                      {t.dueDate && <span style={{ color: isOverdue(t) ? theme.danger : theme.muted }}> · {day(t.dueDate)}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
