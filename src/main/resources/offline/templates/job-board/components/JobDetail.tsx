import { useState } from 'react';
import type { FormEvent } from 'react';
import { DataError, useCollection, useUser } from 'faibric/data';
import { theme } from '../theme';
import Drawer from '../kit/Drawer';
import { button, chip, field, label, row, toneColor } from '../kit/ui';
import { FormMessage } from '../kit/States';
import { ago, day } from '../kit/format';
import { useShell } from '../kit/Shell';
import { STATUSES, applications, typeLabel } from '../jobs';
import type { Application, Job } from '../jobs';

/** A job's full description and the way to apply (once per person). */
export default function JobDetail({ job, onClose }: { job: Job; onClose: () => void }) {
  const { user } = useUser();
  const { askToSignIn } = useShell();
  return (
    <Drawer label={`Posted ${ago(job.createdAt)}`} testId="job-detail" onClose={onClose}>
      <div style={{ display: 'grid', gap: 8 }}>
        <h2 style={{ margin: 0, fontFamily: theme.heading, fontSize: 26 }}>{job.title}</h2>
        <p style={{ margin: 0, fontSize: 16 }}>{job.company} · {job.location}</p>
        <div style={{ ...row, gap: 6 }}>
          <span style={chip(theme.primaryOnSurface)}>{typeLabel(job.type)}</span>
          {job.remote && <span style={chip(theme.success)}>Remote</span>}
          {job.salary && <span style={chip(theme.muted)}>{job.salary}</span>}
        </div>
      </div>
      <div style={{ whiteSpace: 'pre-wrap', lineHeight: 1.6, overflowWrap: 'anywhere' }}>{job.description}</div>
      <section aria-labelledby="apply-title" style={{ display: 'grid', gap: 12, borderTop: `1px solid ${theme.border}`, paddingTop: 16 }}>
        <h3 id="apply-title" style={{ margin: 0, fontSize: 19 }}>Apply</h3>
        {!job.open ? (
          <p style={{ margin: 0, color: theme.muted }}>This job no longer takes applications.</p>
        ) : !user ? (
          <div style={{ display: 'grid', gap: 10 }}>
            <p style={{ margin: 0, color: theme.muted }}>Sign in to apply and follow your application.</p>
            <div style={row}>
              <button type="button" data-testid="apply-sign-up" onClick={() => askToSignIn('signup', `Create an account to apply for ${job.title}.`)} style={button('primary')}>Sign up to apply</button>
              <button type="button" onClick={() => askToSignIn('login', `Log in to apply for ${job.title}.`)} style={button('secondary')}>Log in</button>
            </div>
          </div>
        ) : user.id === job.owner ? (
          <p style={{ margin: 0, color: theme.muted }}>You posted this job. Applications go to the board's team, who pass them on to you.</p>
        ) : (
          <ApplyForm job={job} />
        )}
      </section>
    </Drawer>
  );
}

function ApplyForm({ job }: { job: Job }) {
  const { user } = useUser();
  const { notify } = useShell();
  const mine = useCollection<Application>('applications', { where: { owner: 'me', job: job.id }, limit: 1 });
  const [name, setName] = useState(user?.name ?? '');
  const [letter, setLetter] = useState('');
  const [link, setLink] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const existing = mine.items[0];
  if (existing) {
    const status = STATUSES.find((s) => s.id === existing.status) ?? STATUSES[0];
    return (
      <div data-testid="already-applied" style={{ display: 'grid', gap: 6 }}>
        <p style={{ margin: 0 }}>You applied on {day(existing.createdAt)}.</p>
        <span style={chip(toneColor(status.tone))}>{status.label}</span>
      </div>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setError(new Error('Enter your name.'));
    if (letter.trim().length < 20) return setError(new Error('Write a few sentences about why you fit (at least 20 characters).'));
    const url = link.trim() && !/^https?:\/\//i.test(link.trim()) ? `https://${link.trim()}` : link.trim();
    setBusy(true);
    setError(null);
    try {
      await applications.create({ job: job.id, name: name.trim(), email: user?.email ?? '', coverLetter: letter.trim(), link: url || null });
      notify(`Application for ${job.title} sent. Good luck!`);
    } catch (problem) {
      setError(problem instanceof DataError && problem.status === 409 ? new Error('You have already applied for this job.') : problem);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate style={{ display: 'grid', gap: 12 }}>
      <label style={label}>
        Your name
        <input data-testid="apply-name" autoComplete="name" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} style={field} />
      </label>
      <label style={label}>
        Why you?
        <textarea data-testid="apply-letter" rows={6} value={letter} maxLength={5000} onChange={(e) => setLetter(e.target.value)} style={{ ...field, resize: 'vertical' }} />
        <span style={{ fontWeight: 400, fontSize: 12, color: theme.muted }}>{letter.length}/5000</span>
      </label>
      <label style={label}>
        CV or portfolio link (optional)
        <input type="url" value={link} placeholder="https://…" onChange={(e) => setLink(e.target.value)} style={field} />
      </label>
      <FormMessage error={error} />
      <div style={row}>
        <button type="submit" data-testid="send-application" disabled={busy} style={button('primary', false, busy)}>{busy ? 'Sending…' : 'Send application'}</button>
        <span style={{ fontSize: 13, color: theme.muted }}>We reply to {user?.email}.</span>
      </div>
    </form>
  );
}
