import { theme, useViewportWidth } from '../theme';

interface WordSlotsProps {
  word: string;
  guessed: Set<string>;
  reveal: boolean;
}

export default function WordSlots({ word, guessed, reveal }: WordSlotsProps) {
  const width = useViewportWidth();
  const letters = word.replace(/[^A-Z]/g, '').length;
  // Slots shrink for long words so the word stays on as few lines as possible.
  const size = Math.max(24, Math.min(48, Math.floor((Math.min(width, 760) - 48) / Math.max(8, letters + 1)) - 6));
  const spoken = word
    .split('')
    .map((ch) => (/[A-Z]/.test(ch) ? (guessed.has(ch) || reveal ? ch : 'blank') : ch === ' ' ? 'space' : ch))
    .join(', ');
  return (
    <div data-testid="word" aria-label={`Word: ${spoken}`} role="img" style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'center', gap: 18, rowGap: 14 }}>
      {word.split(' ').map((part, w) => (
        <div key={w} style={{ display: 'flex', gap: 6 }}>
          {part.split('').map((ch, i) => {
            const shown = guessed.has(ch) || !/[A-Z]/.test(ch);
            const missed = !shown && reveal;
            return (
              <span
                key={i}
                data-testid="slot"
                style={{ width: size, height: size * 1.25, display: 'grid', placeItems: 'center', borderBottom: `4px solid ${missed ? theme.danger : theme.text}`, fontFamily: theme.heading, fontWeight: 800, fontSize: size * 0.8, color: missed ? theme.danger : theme.text }}
              >
                {shown || reveal ? ch : ''}
              </span>
            );
          })}
        </div>
      ))}
    </div>
  );
}
