import { useCollection } from 'faibric/data';
import { theme } from '../theme';
import { button, card, chip, row, toneColor } from '../kit/ui';
import { Empty, ListState } from '../kit/States';
import { ago, problemText } from '../kit/format';
import { Section, useShell } from '../kit/Shell';
import { STATUSES, applications } from '../jobs';
import type { Application, Job } from '../jobs';

export default function MyApplications({ jobs, onBrowse }: { jobs: Job[]; onBrowse: () => void }) {
  return (
    <Section id="applied" title="My applications" reason="Sign in to follow your applications.">
      <Mine jobs={jobs} onBrowse={onBrowse} />
    </Section>
  );
}

function Mine({ jobs, onBrowse }: { jobs: Job[]; onBrowse: () => void }) {
  const mine = useCollection<Application>('applications', { where: { owner: 'me' }, sort: '-createdAt', limit: 100 });
  const { notify } = useShell();
  return (
    <ListState
      list={mine}
      loadingLabel="Loading your applications…"
      empty={
        <Empty icon="📨" title="No applications yet" testId="no-applications">
          <button type="button" onClick={onBrowse} style={button('primary')}>Find a job</button>
        </Empty>
      }
    >
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 10 }}>
        {mine.items.map((a) => {
          const job = jobs.find((j) => j.id === a.job);
          const status = STATUSES.find((s) => s.id === a.status) ?? STATUSES[0];
          return (
            <li key={a.id} data-testid="my-application" style={{ ...card, ...row, justifyContent: 'space-between' }}>
              <div style={{ display: 'grid', gap: 2 }}>
                <strong>{job?.title ?? 'A job that was removed'}</strong>
                <span style={{ fontSize: 14, color: theme.muted }}>{job ? `${job.company} · ` : ''}sent {ago(a.createdAt)}</span>
              </div>
              <span style={row}>
                <span data-testid="application-status" style={chip(toneColor(status.tone))}>{status.label}</span>
                {a.status === 'received' && (
                  <button type="button" onClick={() => applications.remove(a.id).then(() => notify('Application withdrawn.'), (e) => notify(problemText(e)))} style={button('ghost', true)}>Withdraw</button>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </ListState>
  );
}
