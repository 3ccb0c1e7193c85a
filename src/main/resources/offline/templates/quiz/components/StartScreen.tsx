import { theme } from '../theme';
import { BANK, ROUND_LENGTH, SECONDS_PER_QUESTION } from '../questions';

interface StartScreenProps {
  best: number;
  timed: boolean;
  onTimed: (on: boolean) => void;
  onStart: () => void;
}

export default function StartScreen({ best, timed, onTimed, onStart }: StartScreenProps) {
  const categories = Array.from(new Set(BANK.map((q) => q.category)));
  return (
    <section aria-label="Start" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 24, boxShadow: theme.shadow, padding: 'clamp(22px, 5vw, 44px)', display: 'grid', gap: 20, justifyItems: 'center', textAlign: 'center' }}>
      <div aria-hidden="true" style={{ width: 96, height: 96, borderRadius: '50%', background: theme.primaryGradient, display: 'grid', placeItems: 'center', fontSize: 48, boxShadow: theme.shadow }}>🧠</div>
      <div>
        <h2 style={{ margin: 0, fontFamily: theme.heading, fontSize: 'clamp(24px, 4vw, 30px)' }}>Ready for {ROUND_LENGTH} questions?</h2>
        <p style={{ margin: '8px auto 0', color: theme.muted, maxWidth: 460 }}>
          A fresh mix every round from {categories.slice(0, -1).join(', ')} and {categories[categories.length - 1]}.
        </p>
      </div>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 8, textAlign: 'left' }}>
        <li>✅ One point for every right answer</li>
        <li>💡 A short explanation after each question</li>
        <li>⌨️ Answer with the keys 1–4, continue with Enter</li>
      </ul>
      <label style={{ display: 'flex', gap: 10, alignItems: 'center', cursor: 'pointer', padding: '10px 14px', borderRadius: 12, background: theme.subtle }}>
        <input type="checkbox" data-testid="timed" checked={timed} onChange={(e) => onTimed(e.target.checked)} style={{ width: 18, height: 18, accentColor: theme.primary }} />
        <span>⏱️ {SECONDS_PER_QUESTION} seconds per question</span>
      </label>
      {best > 0 && (
        <p data-testid="best" style={{ margin: 0, fontWeight: 700 }}>
          🏆 Your best: {best} / {ROUND_LENGTH}
        </p>
      )}
      <button type="button" data-testid="start" onClick={onStart} autoFocus style={{ padding: '16px 40px', borderRadius: 999, border: 'none', background: theme.primary, color: theme.onPrimary, fontSize: 18, fontWeight: 800, cursor: 'pointer', boxShadow: theme.shadow, fontFamily: theme.body }}>
        Start the quiz
      </button>
    </section>
  );
}
