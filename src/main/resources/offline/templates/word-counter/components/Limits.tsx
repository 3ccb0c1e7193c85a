import { useState } from 'react';
import { theme, alpha } from '../theme';

interface LimitsProps {
  characters: number;
  words: number;
  goal: number;
  onGoal: (goal: number) => void;
}

const LIMITS: { label: string; max: number; unit: 'characters' | 'words'; hint: string }[] = [
  { label: 'Post on X', max: 280, unit: 'characters', hint: 'Standard accounts' },
  { label: 'SMS message', max: 160, unit: 'characters', hint: 'One text message' },
  { label: 'Page title', max: 60, unit: 'characters', hint: 'Shown in full by search engines' },
  { label: 'Meta description', max: 155, unit: 'characters', hint: 'Search result snippet' },
  { label: 'Instagram caption', max: 2200, unit: 'characters', hint: 'Maximum length' },
  { label: 'LinkedIn post', max: 3000, unit: 'characters', hint: 'Maximum length' },
];

function Bar({ value, max, testId }: { value: number; max: number; testId?: string }) {
  const over = value > max;
  const share = Math.min(1, value / max);
  const color = over ? theme.danger : share > 0.9 ? theme.warning : theme.success;
  return (
    <div data-testid={testId} data-over={over} aria-hidden="true" style={{ height: 8, borderRadius: 999, background: theme.subtle, overflow: 'hidden' }}>
      <div style={{ width: `${share * 100}%`, height: '100%', background: color, borderRadius: 999, transition: 'width 200ms' }} />
    </div>
  );
}

export default function Limits({ characters, words, goal, onGoal }: LimitsProps) {
  const [draft, setDraft] = useState<string>(String(goal));
  const goalError = !/^\d+$/.test(draft.trim()) || Number(draft) < 1 || Number(draft) > 100000 ? 'Enter a whole number from 1 to 100,000.' : null;
  const reached = words >= goal;

  return (
    <section aria-label="Length limits" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius + 4, padding: 'clamp(16px, 2.5vw, 24px)', boxShadow: theme.shadowSmall, minWidth: 0 }}>
      <h2 style={{ margin: 0, fontFamily: theme.heading, fontSize: 20 }}>Length limits</h2>
      <div style={{ marginTop: 14, padding: 14, borderRadius: 12, background: theme.tint, border: `1px solid ${alpha(theme.primary, 0.3)}` }}>
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 10, flexWrap: 'wrap' }}>
          <label htmlFor="goal" style={{ fontWeight: 700 }}>Word goal</label>
          <input
            id="goal"
            data-testid="goal-input"
            inputMode="numeric"
            value={draft}
            onChange={(e) => {
              setDraft(e.target.value);
              const v = e.target.value.trim();
              if (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 100000) onGoal(Number(v));
            }}
            aria-invalid={goalError !== null}
            style={{ width: 110, padding: '8px 10px', borderRadius: 10, border: `2px solid ${goalError ? theme.danger : theme.border}`, background: theme.background, color: theme.text, fontSize: 16, fontWeight: 700, fontFamily: theme.body, textAlign: 'right' }}
          />
        </div>
        <div style={{ margin: '10px 0 6px' }}>
          <Bar value={words} max={goal} />
        </div>
        <p data-testid="goal-status" style={{ margin: 0, fontSize: 14, color: goalError ? theme.danger : theme.text }}>
          {goalError ?? (reached ? `🎉 Goal reached: ${words} of ${goal} words.` : `${words} of ${goal} words · ${goal - words} to go`)}
        </p>
      </div>
      <ul style={{ listStyle: 'none', margin: '14px 0 0', padding: 0, display: 'grid', gap: 14 }}>
        {LIMITS.map((l) => {
          const value = l.unit === 'characters' ? characters : words;
          const left = l.max - value;
          return (
            <li key={l.label}>
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: 10, fontSize: 14, marginBottom: 6, flexWrap: 'wrap' }}>
                <span>
                  <strong>{l.label}</strong> <span style={{ color: theme.muted }}>· {l.hint}</span>
                </span>
                <span style={{ fontVariantNumeric: 'tabular-nums', color: left < 0 ? theme.danger : theme.muted, fontWeight: left < 0 ? 700 : 400 }}>
                  {left < 0 ? `${-left} over` : `${left} left`} of {l.max}
                </span>
              </div>
              <Bar value={value} max={l.max} testId={`limit-${l.max}`} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
