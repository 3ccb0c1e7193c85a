import { useState } from 'react';
import { theme } from '../theme';
import { button, card, chip, field, row, srOnly } from '../kit/ui';
import { Empty, ListState } from '../kit/States';
import type { LiveList } from '../kit/States';
import { ago } from '../kit/format';
import { JOB_TYPES, typeLabel } from '../jobs';
import type { Job, JobType } from '../jobs';
import JobDetail from './JobDetail';

/** Open jobs with search and filters; a job opens with its description and the application form. */
export default function JobList({ jobs, onPost }: { jobs: LiveList<Job>; onPost: () => void }) {
  const [query, setQuery] = useState('');
  const [type, setType] = useState<JobType | ''>('');
  const [remoteOnly, setRemoteOnly] = useState(false);
  const [open, setOpen] = useState<number | null>(null);

  const q = query.trim().toLowerCase();
  const shown = jobs.items.filter((j) => j.open && (!type || j.type === type) && (!remoteOnly || j.remote) && (!q || `${j.title} ${j.company} ${j.location} ${j.description}`.toLowerCase().includes(q)));
  const selected = jobs.items.find((j) => j.id === open) ?? null;

  return (
    <section aria-labelledby="jobs-title" style={{ display: 'grid', gap: 16 }}>
      <h2 id="jobs-title" style={srOnly}>Jobs</h2>
      <div style={{ ...card, ...row, padding: 12 }}>
        <label style={{ flex: '3 1 240px' }}>
          <span style={srOnly}>Search jobs</span>
          <input type="search" data-testid="job-search" placeholder="Job title, company or place" value={query} onChange={(e) => setQuery(e.target.value)} style={field} />
        </label>
        <label style={{ flex: '1 1 150px' }}>
          <span style={srOnly}>Job type</span>
          <select value={type} onChange={(e) => setType(e.target.value as JobType | '')} style={field}>
            <option value="">Any type</option>
            {JOB_TYPES.map((t) => (
              <option key={t.id} value={t.id}>{t.label}</option>
            ))}
          </select>
        </label>
        <label style={{ display: 'flex', gap: 8, alignItems: 'center', fontSize: 15 }}>
          <input type="checkbox" checked={remoteOnly} onChange={(e) => setRemoteOnly(e.target.checked)} /> Remote only
        </label>
      </div>
      <ListState
        list={jobs}
        loadingLabel="Loading jobs…"
        empty={
          <Empty icon="💼" title="No jobs posted yet" testId="no-jobs">
            <span>Hiring? Be the first to post a job here.</span>
            <button type="button" onClick={onPost} style={button('primary')}>Post a job</button>
          </Empty>
        }
      >
        <p style={{ margin: 0, color: theme.muted, fontSize: 14 }} aria-live="polite">
          {shown.length} {shown.length === 1 ? 'job' : 'jobs'}
        </p>
        {shown.length === 0 ? (
          <Empty icon="🔍" title="No jobs match">Try fewer words or another type.</Empty>
        ) : (
          <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 12 }}>
            {shown.map((j) => (
              <li key={j.id} data-testid="job" data-title={j.title}>
                <button type="button" onClick={() => setOpen(j.id)} style={{ ...card, width: '100%', textAlign: 'left', cursor: 'pointer', color: theme.text, fontFamily: theme.body, display: 'grid', gap: 8 }}>
                  <span style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: 8 }}>
                    <strong style={{ fontSize: 18, color: theme.primaryOnSurface }}>{j.title}</strong>
                    <span style={{ fontSize: 13, color: theme.muted }}>{ago(j.createdAt)}</span>
                  </span>
                  <span style={{ fontSize: 15 }}>{j.company} · {j.location}</span>
                  <span style={{ ...row, gap: 6 }}>
                    <span style={chip(theme.primaryOnSurface)}>{typeLabel(j.type)}</span>
                    {j.remote && <span style={chip(theme.success)}>Remote</span>}
                    {j.salary && <span style={chip(theme.muted)}>{j.salary}</span>}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </ListState>
      {selected && <JobDetail job={selected} onClose={() => setOpen(null)} />}
    </section>
  );
}
