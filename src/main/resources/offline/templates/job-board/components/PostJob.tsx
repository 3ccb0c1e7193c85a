import { useState } from 'react';
import type { FormEvent } from 'react';
import { useUser } from 'faibric/data';
import { theme } from '../theme';
import { button, card, chip, field, label, row } from '../kit/ui';
import { FormMessage } from '../kit/States';
import { ago, problemText } from '../kit/format';
import { Section, useShell } from '../kit/Shell';
import { JOB_TYPES, jobs as jobRows, typeLabel } from '../jobs';
import type { Job, JobType } from '../jobs';

/** Employers post a job and manage their own postings. */
export default function PostJob({ jobs }: { jobs: Job[] }) {
  return (
    <Section id="post" title="Post a job" reason="Sign in to post a job and manage your postings.">
      <Postings jobs={jobs} />
    </Section>
  );
}

function Postings({ jobs }: { jobs: Job[] }) {
  const { user } = useUser();
  const { notify } = useShell();
  const [editing, setEditing] = useState<Job | null>(null);
  const mine = jobs.filter((j) => j.owner === user?.id);

  const act = (promise: Promise<unknown>, message: string) => promise.then(() => notify(message), (e) => notify(problemText(e)));

  return (
    <div style={{ display: 'grid', gap: 20, gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 380px), 1fr))', alignItems: 'start' }}>
      <JobForm key={editing?.id ?? 'new'} job={editing} onDone={() => setEditing(null)} />
      <div style={{ display: 'grid', gap: 10 }}>
        <h3 style={{ margin: 0, fontSize: 18 }}>Your postings ({mine.length})</h3>
        {mine.length === 0 && <p style={{ margin: 0, color: theme.muted }}>Jobs you post show up here, where you can edit or close them.</p>}
        {mine.map((j) => (
          <div key={j.id} data-testid="my-job" style={{ ...card, display: 'grid', gap: 8 }}>
            <div style={{ ...row, justifyContent: 'space-between' }}>
              <strong>{j.title}</strong>
              <span style={chip(j.open ? theme.success : theme.muted)}>{j.open ? 'Open' : 'Closed'}</span>
            </div>
            <span style={{ fontSize: 14, color: theme.muted }}>{j.company} · {typeLabel(j.type)} · posted {ago(j.createdAt)}</span>
            <div style={row}>
              <button type="button" onClick={() => setEditing(j)} style={button('secondary', true)}>Edit</button>
              <button type="button" onClick={() => act(jobRows.update(j.id, { open: !j.open }), j.open ? 'Job closed.' : 'Job reopened.')} style={button('secondary', true)}>{j.open ? 'Close' : 'Reopen'}</button>
              <button type="button" aria-label={`Delete ${j.title}`} onClick={() => act(jobRows.remove(j.id), 'Job deleted.')} style={button('ghost', true)}>Delete</button>
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}

function JobForm({ job, onDone }: { job: Job | null; onDone: () => void }) {
  const { notify } = useShell();
  const [title, setTitle] = useState(job?.title ?? '');
  const [company, setCompany] = useState(job?.company ?? '');
  const [location, setLocation] = useState(job?.location ?? '');
  const [type, setType] = useState<JobType>(job?.type ?? 'full-time');
  const [remote, setRemote] = useState(job?.remote ?? false);
  const [salary, setSalary] = useState(job?.salary ?? '');
  const [description, setDescription] = useState(job?.description ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim() || !company.trim() || !location.trim()) return setError(new Error('Fill in the title, company and location.'));
    if (description.trim().length < 30) return setError(new Error('Describe the job in a few sentences (at least 30 characters).'));
    setBusy(true);
    setError(null);
    const values = { title: title.trim(), company: company.trim(), location: location.trim(), type, remote, salary: salary.trim() || null, description: description.trim() };
    try {
      if (job) await jobRows.update(job.id, values);
      else await jobRows.create(values);
      notify(job ? 'Job updated.' : `“${values.title}” is live on the board.`);
      if (!job) {
        setTitle('');
        setDescription('');
        setSalary('');
      }
      onDone();
    } catch (problem) {
      setError(problem);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="job-form" style={{ ...card, display: 'grid', gap: 12 }}>
      <h3 style={{ margin: 0, fontSize: 18 }}>{job ? `Edit ${job.title}` : 'New job'}</h3>
      <label style={label}>
        Job title
        <input data-testid="job-title" value={title} maxLength={120} placeholder="e.g. Barista, weekends" onChange={(e) => setTitle(e.target.value)} style={field} />
      </label>
      <div style={{ display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 180px), 1fr))' }}>
        <label style={label}>
          Company
          <input data-testid="job-company" value={company} maxLength={120} onChange={(e) => setCompany(e.target.value)} style={field} />
        </label>
        <label style={label}>
          Location
          <input data-testid="job-location" value={location} maxLength={120} placeholder="City, or Anywhere" onChange={(e) => setLocation(e.target.value)} style={field} />
        </label>
        <label style={label}>
          Type
          <select value={type} onChange={(e) => setType(e.target.value as JobType)} style={field}>
            {JOB_TYPES.map((t) => (
              <option key={t.id} value={t.id}>{t.label}</option>
            ))}
          </select>
        </label>
        <label style={label}>
          Pay (optional)
          <input value={salary} maxLength={80} placeholder="$45k–55k, or $18/h" onChange={(e) => setSalary(e.target.value)} style={field} />
        </label>
      </div>
      <label style={{ display: 'flex', gap: 8, alignItems: 'center', fontSize: 15 }}>
        <input type="checkbox" checked={remote} onChange={(e) => setRemote(e.target.checked)} /> Remote work possible
      </label>
      <label style={label}>
        Description
        <textarea data-testid="job-description" rows={7} value={description} maxLength={8000} placeholder="What the work is, who you are looking for, what you offer." onChange={(e) => setDescription(e.target.value)} style={{ ...field, resize: 'vertical' }} />
      </label>
      <FormMessage error={error} />
      <div style={row}>
        <button type="submit" data-testid="publish-job" disabled={busy} style={button('primary', false, busy)}>{busy ? 'Saving…' : job ? 'Save changes' : 'Publish job'}</button>
        {job && <button type="button" onClick={onDone} style={button('secondary')}>Cancel</button>}
      </div>
    </form>
  );
}
