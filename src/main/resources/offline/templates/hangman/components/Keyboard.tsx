import { theme, alpha } from '../theme';

const ROWS = ['QWERTYUIOP', 'ASDFGHJKL', 'ZXCVBNM'];

interface KeyboardProps {
  guessed: Set<string>;
  word: string;
  disabled: boolean;
  onGuess: (letter: string) => void;
}

export default function Keyboard({ guessed, word, disabled, onGuess }: KeyboardProps) {
  return (
    <div role="group" aria-label="Letters" style={{ display: 'grid', gap: 6, width: '100%', maxWidth: 620, margin: '0 auto' }}>
      {ROWS.map((row) => (
        <div key={row} style={{ display: 'flex', gap: 5, justifyContent: 'center' }}>
          {row.split('').map((letter) => {
            const used = guessed.has(letter);
            const hit = used && word.includes(letter);
            return (
              <button
                key={letter}
                type="button"
                data-testid={`key-${letter.toLowerCase()}`}
                data-state={used ? (hit ? 'hit' : 'miss') : 'free'}
                aria-label={`${letter}${used ? (hit ? ', in the word' : ', not in the word') : ''}`}
                disabled={used || disabled}
                onClick={() => onGuess(letter)}
                style={{
                  flex: '1 1 0',
                  minWidth: 0,
                  maxWidth: 54,
                  height: 'clamp(42px, 9vw, 52px)',
                  borderRadius: 10,
                  border: `1.5px solid ${hit ? theme.success : used ? 'transparent' : theme.border}`,
                  background: hit ? alpha(theme.success, 0.16) : used ? theme.subtle : theme.surface,
                  color: hit ? theme.success : used ? alpha(theme.text, 0.35) : theme.text,
                  fontWeight: 800,
                  fontSize: 'clamp(14px, 3.6vw, 18px)',
                  cursor: used || disabled ? 'default' : 'pointer',
                  fontFamily: theme.body,
                  boxShadow: used ? 'none' : theme.shadowSmall,
                  textDecoration: used && !hit ? 'line-through' : 'none',
                  padding: 0,
                }}
              >
                {letter}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
