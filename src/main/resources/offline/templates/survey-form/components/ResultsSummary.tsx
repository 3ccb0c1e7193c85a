import type { ReactNode } from 'react';
import { theme, alpha } from '../theme';
import { ALL_QUESTIONS, OTHER, SCALE, STEPS, npsGroup, npsScore, visible } from '../survey';
import type { Answers, Question, Submission } from '../survey';

interface ResultsSummaryProps {
  mine: Submission;
  all: Submission[];
  onRestart: () => void;
}

function answerText(q: Question, a: Answers): string {
  const v = a[q.id];
  if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return '—';
  if (q.kind === 'single') return v === OTHER ? `Other: ${String(a[`${q.id}:other`] ?? '')}` : String(v);
  if (q.kind === 'multi' && Array.isArray(v)) return v.join(', ');
  if (q.kind === 'stars' && typeof v === 'number') return `${'★'.repeat(v)}${'☆'.repeat(5 - v)} ${SCALE[v - 1]}`;
  if (q.kind === 'nps' && typeof v === 'number') return `${v} / 10`;
  if (q.kind === 'matrix') return '';
  return String(v);
}

function Bar({ label, value, max, text }: { label: string; value: number; max: number; text: string }) {
  return (
    <div>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 10, fontSize: 14, marginBottom: 4 }}>
        <span>{label}</span>
        <span style={{ fontWeight: 700, whiteSpace: 'nowrap' }}>{text}</span>
      </div>
      <div style={{ height: 8, borderRadius: 4, background: theme.border, overflow: 'hidden' }}>
        <div style={{ width: `${Math.max(0, Math.min(1, value / max)) * 100}%`, height: '100%', background: theme.primary, borderRadius: 4 }} />
      </div>
    </div>
  );
}

function Card({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <section data-testid={testId} aria-label={title} style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 20, padding: 'clamp(16px, 3vw, 24px)', boxShadow: theme.shadowSmall, display: 'grid', gap: 14, alignContent: 'start', minWidth: 0 }}>
      <h2 style={{ margin: 0, fontSize: 19, fontFamily: theme.heading }}>{title}</h2>
      {children}
    </section>
  );
}

export default function ResultsSummary({ mine, all, onRestart }: ResultsSummaryProps) {
  const a = mine.answers;
  const nps = typeof a.nps === 'number' ? a.nps : 0;
  const group = npsGroup(nps);
  const groupColor = group === 'Promoter' ? theme.success : group === 'Passive' ? theme.warning : theme.danger;
  const aspects = STEPS[1].questions.find((q) => q.kind === 'matrix');
  const rows = aspects && aspects.kind === 'matrix' ? aspects.rows : [];
  const myAspects = (typeof a.aspects === 'object' && a.aspects !== null && !Array.isArray(a.aspects) ? a.aspects : {}) as Record<string, number>;

  const scores = all.map((s) => s.answers.nps).filter((v): v is number => typeof v === 'number');
  const overall = all.map((s) => s.answers.overall).filter((v): v is number => typeof v === 'number');
  const avg = (list: number[]) => (list.length ? list.reduce((x, y) => x + y, 0) / list.length : 0);
  const likeCounts = new Map<string, number>();
  for (const s of all) if (Array.isArray(s.answers.likes)) for (const l of s.answers.likes) likeCounts.set(l, (likeCounts.get(l) ?? 0) + 1);
  const topLikes = [...likeCounts.entries()].sort((x, y) => y[1] - x[1]).slice(0, 4);
  const aspectAvg = (row: string) => avg(all.map((s) => (s.answers.aspects as Record<string, number> | undefined)?.[row]).filter((v): v is number => typeof v === 'number'));
  const firstName = typeof a.name === 'string' && a.name.trim() ? a.name.trim().split(/\s+/)[0] : '';

  return (
    <div data-testid="results" style={{ display: 'grid', gap: 18 }}>
      <section role="status" style={{ background: theme.primaryGradient, color: theme.onPrimary, borderRadius: 24, padding: 'clamp(20px, 4vw, 36px)', boxShadow: theme.shadow }}>
        <div aria-hidden="true" style={{ fontSize: 40 }}>🎉</div>
        <h2 style={{ margin: '6px 0 8px', fontFamily: theme.heading, fontSize: 'clamp(26px, 4vw, 36px)', lineHeight: 1.15 }}>Thank you{firstName ? `, ${firstName}` : ''}!</h2>
        <p style={{ margin: 0, fontSize: 17, lineHeight: 1.6, color: alpha(theme.onPrimary, 0.9), maxWidth: 640 }}>
          Your answers have been recorded. {a.contact === 'Yes, you can contact me' ? `We’ll get back to you at ${String(a.email ?? '')} within two working days.` : 'We read every response and use them to decide what to improve next.'}
        </p>
      </section>

      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 320px), 1fr))', gap: 18, alignItems: 'start' }}>
        <Card title="Your answers" testId="my-answers">
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            <span data-testid="nps-group" style={{ padding: '6px 12px', borderRadius: 999, fontWeight: 800, fontSize: 14, background: alpha(groupColor, 0.14), border: `1px solid ${alpha(groupColor, 0.5)}` }}>
              {group} · {nps}/10
            </span>
            {typeof a.overall === 'number' && <span style={{ padding: '6px 12px', borderRadius: 999, fontWeight: 700, fontSize: 14, background: theme.subtle }}>{'★'.repeat(a.overall)} {SCALE[a.overall - 1]}</span>}
          </div>
          <dl style={{ margin: 0, display: 'grid', gap: 10 }}>
            {ALL_QUESTIONS.filter((q) => q.kind !== 'matrix' && q.kind !== 'nps' && q.kind !== 'stars' && visible(q, a)).map((q) => (
              <div key={q.id}>
                <dt style={{ fontSize: 13, color: theme.muted }}>{q.label}</dt>
                <dd style={{ margin: '2px 0 0', fontWeight: 600, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{answerText(q, a)}</dd>
              </div>
            ))}
          </dl>
          <div style={{ display: 'grid', gap: 10 }}>
            {rows.map((r) => (
              <Bar key={r} label={r} value={myAspects[r] ?? 0} max={5} text={myAspects[r] ? SCALE[myAspects[r] - 1] : '—'} />
            ))}
          </div>
        </Card>

        <Card title={`All responses on this device (${all.length})`} testId="all-answers">
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: 10 }}>
            {[
              ['Responses', String(all.length), 'total-responses'],
              ['NPS', `${npsScore(scores) > 0 ? '+' : ''}${npsScore(scores)}`, 'nps-score'],
              ['Satisfaction', `${avg(overall).toFixed(1)} ★`, 'avg-overall'],
            ].map(([label, value, id]) => (
              <div key={id} style={{ padding: '12px 10px', borderRadius: 14, background: theme.subtle, textAlign: 'center', minWidth: 0 }}>
                <div data-testid={id} style={{ fontSize: 'clamp(20px, 3vw, 26px)', fontWeight: 800 }}>{value}</div>
                <div style={{ fontSize: 12, color: theme.muted }}>{label}</div>
              </div>
            ))}
          </div>
          <p style={{ margin: 0, fontSize: 13, color: theme.muted }}>NPS is the share of promoters (9–10) minus the share of detractors (0–6), from −100 to +100.</p>
          <h3 style={{ margin: '4px 0 0', fontSize: 15 }}>Average ratings</h3>
          <div style={{ display: 'grid', gap: 10 }}>
            {rows.map((r) => (
              <Bar key={r} label={r} value={aspectAvg(r)} max={5} text={`${aspectAvg(r).toFixed(1)} / 5`} />
            ))}
          </div>
          {topLikes.length > 0 && (
            <>
              <h3 style={{ margin: '4px 0 0', fontSize: 15 }}>Most liked</h3>
              <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
                {topLikes.map(([label, n]) => (
                  <span key={label} style={{ padding: '5px 11px', borderRadius: 999, background: theme.tint, fontSize: 14, fontWeight: 600 }}>{label} · {n}</span>
                ))}
              </div>
            </>
          )}
        </Card>
      </div>

      <button type="button" data-testid="restart" onClick={onRestart} style={{ justifySelf: 'start', padding: '13px 20px', borderRadius: 12, border: `1.5px solid ${theme.borderStrong}`, background: theme.surface, color: theme.text, fontWeight: 700, fontSize: 16, cursor: 'pointer', fontFamily: theme.body }}>
        Start a new response
      </button>
    </div>
  );
}
