import { useState } from 'react';
import type { ReactNode } from 'react';
import { theme } from '../theme';
import { card, chip, field, row, srOnly, toneColor } from '../kit/ui';
import { ListState } from '../kit/States';
import type { LiveList } from '../kit/States';
import { ago, problemText } from '../kit/format';
import { useShell } from '../kit/Shell';
import { STATUSES, applications } from '../jobs';
import type { Application, ApplicationStatus, Job } from '../jobs';

/** Applications grouped by job, each with its cover letter and a status to move it along. */
export default function ApplicationsByJob({ jobs, list, empty }: { jobs: Job[]; list: LiveList<Application>; empty: ReactNode }) {
  const { notify } = useShell();
  const [expanded, setExpanded] = useState<number | null>(null);
  const jobIds = [...new Set(list.items.map((a) => a.job))];

  const setStatus = (a: Application, status: ApplicationStatus) =>
    applications.update(a.id, { status }).then(() => notify(`${a.name}: ${STATUSES.find((s) => s.id === status)?.label}.`), (e) => notify(problemText(e)));

  return (
    <ListState list={list} loadingLabel="Loading applications…" empty={empty}>
      {jobIds.map((id) => {
        const job = jobs.find((j) => j.id === id);
        return (
          <div key={id} style={{ display: 'grid', gap: 8 }}>
            <h3 style={{ margin: 0, fontSize: 17 }}>{job ? `${job.title} · ${job.company}` : 'Removed job'}</h3>
            {list.items
              .filter((a) => a.job === id)
              .map((a) => {
                const status = STATUSES.find((s) => s.id === a.status) ?? STATUSES[0];
                return (
                  <article key={a.id} data-testid="application" style={{ ...card, display: 'grid', gap: 8 }}>
                    <div style={{ ...row, justifyContent: 'space-between' }}>
                      <span>
                        <strong>{a.name}</strong> · <a href={`mailto:${a.email}`} style={{ color: theme.primaryOnSurface }}>{a.email}</a> <span style={{ color: theme.muted, fontSize: 13 }}>{ago(a.createdAt)}</span>
                      </span>
                      <span style={row}>
                        <span data-testid="application-status" style={chip(toneColor(status.tone))}>{status.label}</span>
                        <label>
                          <span style={srOnly}>Status of {a.name}'s application</span>
                          <select data-testid="set-status" value={a.status} onChange={(e) => setStatus(a, e.target.value as ApplicationStatus)} style={{ ...field, padding: '6px 8px', width: 'auto' }}>
                            {STATUSES.map((s) => (
                              <option key={s.id} value={s.id}>{s.label}</option>
                            ))}
                          </select>
                        </label>
                      </span>
                    </div>
                    <p style={{ margin: 0, whiteSpace: 'pre-wrap', lineHeight: 1.55, overflowWrap: 'anywhere', maxHeight: expanded === a.id ? 'none' : 72, overflow: 'hidden' }}>{a.coverLetter}</p>
                    <div style={row}>
                      <button type="button" onClick={() => setExpanded(expanded === a.id ? null : a.id)} aria-expanded={expanded === a.id} style={{ all: 'unset', cursor: 'pointer', color: theme.primaryOnSurface, fontSize: 14, fontWeight: 600 }}>
                        {expanded === a.id ? 'Show less' : 'Read all'}
                      </button>
                      {a.link && <a href={a.link} target="_blank" rel="noreferrer" style={{ color: theme.primaryOnSurface, fontSize: 14 }}>CV / portfolio ↗</a>}
                    </div>
                  </article>
                );
              })}
          </div>
        );
      })}
    </ListState>
  );
}
