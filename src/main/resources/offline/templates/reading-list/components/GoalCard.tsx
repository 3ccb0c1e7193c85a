import { useState } from 'react';
import { theme, alpha } from '../theme';
import type { Book } from '../books';

interface GoalCardProps {
  books: Book[];
  goal: number;
  onGoal: (goal: number) => void;
}

export default function GoalCard({ books, goal, onGoal }: GoalCardProps) {
  const [editing, setEditing] = useState<boolean>(false);
  const [draft, setDraft] = useState<string>(String(goal));
  const year = new Date().getFullYear();
  const finished = books.filter((b) => b.status === 'done' && b.finishedAt !== null && new Date(b.finishedAt).getFullYear() === year);
  const pages = finished.reduce((s, b) => s + (b.pages ?? 0), 0) + books.filter((b) => b.status === 'reading').reduce((s, b) => s + b.progress, 0);
  const rated = books.filter((b) => b.rating > 0);
  const avg = rated.length ? rated.reduce((s, b) => s + b.rating, 0) / rated.length : 0;
  const share = Math.min(1, finished.length / goal);

  // Books expected by today if reading evenly through the year.
  const dayOfYear = Math.floor((Date.now() - new Date(year, 0, 1).getTime()) / 86_400_000) + 1;
  const expected = Math.floor((goal * dayOfYear) / 365);
  const pace = finished.length - expected;

  const r = 42;
  const circumference = 2 * Math.PI * r;
  const ink = theme.onPrimary;
  const draftValid = /^\d+$/.test(draft.trim()) && Number(draft) >= 1 && Number(draft) <= 365;

  return (
    <section aria-label="Reading goal" style={{ background: theme.primaryGradient, color: ink, borderRadius: theme.radius + 6, padding: 'clamp(16px, 3vw, 24px)', boxShadow: theme.shadow, display: 'flex', flexWrap: 'wrap', gap: 20, alignItems: 'center' }}>
      <svg viewBox="0 0 100 100" width={104} height={104} role="img" aria-label={`${finished.length} of ${goal} books read in ${year}`} style={{ flexShrink: 0 }}>
        <circle cx="50" cy="50" r={r} fill="none" stroke={alpha(ink, 0.22)} strokeWidth="9" />
        <circle cx="50" cy="50" r={r} fill="none" stroke={ink} strokeWidth="9" strokeLinecap="round" strokeDasharray={`${share * circumference} ${circumference}`} transform="rotate(-90 50 50)" />
        <text x="50" y="48" textAnchor="middle" fontSize="22" fontWeight="800" fill={ink} fontFamily={theme.heading}>{finished.length}</text>
        <text x="50" y="64" textAnchor="middle" fontSize="10" fill={alpha(ink, 0.85)} fontFamily={theme.body}>of {goal}</text>
      </svg>
      <div style={{ flex: '1 1 220px', minWidth: 0 }}>
        <h2 style={{ margin: 0, fontFamily: theme.heading, fontSize: 20 }}>{year} reading goal</h2>
        <p data-testid="goal-status" style={{ margin: '4px 0 0', color: alpha(ink, 0.88) }}>
          {finished.length >= goal ? `Goal reached: ${finished.length} books finished! 🎉` : pace >= 0 ? `${goal - finished.length} to go · on track` : `${goal - finished.length} to go · ${-pace} behind pace`}
        </p>
        {editing ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (!draftValid) return;
              onGoal(Number(draft));
              setEditing(false);
            }}
            style={{ display: 'flex', gap: 8, marginTop: 10, flexWrap: 'wrap', alignItems: 'center' }}
          >
            <label htmlFor="goal" style={{ fontSize: 14 }}>Books this year</label>
            <input id="goal" data-testid="goal-input" inputMode="numeric" value={draft} onChange={(e) => setDraft(e.target.value)} aria-invalid={!draftValid} style={{ width: 70, padding: '6px 8px', borderRadius: 8, border: `2px solid ${draftValid ? alpha(ink, 0.5) : theme.danger}`, background: alpha(ink, 0.12), color: ink, fontWeight: 700, fontSize: 15, fontFamily: theme.body }} />
            <button type="submit" data-testid="goal-save" disabled={!draftValid} style={{ padding: '6px 12px', borderRadius: 8, border: 'none', background: ink, color: theme.primary, fontWeight: 800, cursor: 'pointer', fontFamily: theme.body }}>Save</button>
            {!draftValid && <span style={{ fontSize: 13, width: '100%' }}>Choose between 1 and 365 books.</span>}
          </form>
        ) : (
          <button type="button" data-testid="goal-edit" onClick={() => { setDraft(String(goal)); setEditing(true); }} style={{ marginTop: 10, padding: '6px 12px', borderRadius: 8, border: `1.5px solid ${alpha(ink, 0.5)}`, background: 'transparent', color: ink, fontWeight: 700, cursor: 'pointer', fontSize: 14, fontFamily: theme.body }}>
            Change goal
          </button>
        )}
      </div>
      <dl style={{ display: 'flex', gap: 'clamp(16px, 3vw, 28px)', margin: 0, flexWrap: 'wrap' }}>
        {[
          ['Pages read', new Intl.NumberFormat().format(pages)],
          ['Average rating', avg ? `${avg.toFixed(1)} ★` : '—'],
          ['On the list', String(books.length)],
        ].map(([label, value]) => (
          <div key={label}>
            <dt style={{ fontSize: 13, color: alpha(ink, 0.8) }}>{label}</dt>
            <dd style={{ margin: 0, fontFamily: theme.heading, fontWeight: 800, fontSize: 22 }}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
