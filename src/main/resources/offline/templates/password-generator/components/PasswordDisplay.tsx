import { theme, alpha, onColor } from '../theme';

interface PasswordDisplayProps {
  password: string;
  /** passphrases wrap between words, random passwords anywhere */
  words: boolean;
  copied: 'ok' | 'failed' | null;
  onCopy: () => void;
  onRegenerate: () => void;
}

/** Letters, digits and symbols in slightly different colours, so a password is easier to read out or type. */
function colored(password: string) {
  return Array.from(password).map((ch, i) => {
    const color = /[0-9]/.test(ch) ? theme.primaryOnSurface : /[A-Za-z]/.test(ch) ? theme.text : theme.accentOnSurface;
    return (
      <span key={i} style={{ color }}>
        {ch === ' ' ? '\u00a0' : ch}
      </span>
    );
  });
}

export default function PasswordDisplay({ password, words, copied, onCopy, onRegenerate }: PasswordDisplayProps) {
  const long = password.length > 28;
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      <output
        data-testid="password"
        aria-label="Generated password"
        style={{ display: 'block', padding: '18px 20px', borderRadius: theme.radius, background: theme.background, border: `2px solid ${theme.border}`, fontFamily: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace", fontSize: long ? 'clamp(16px, 2.4vw, 20px)' : 'clamp(20px, 3.6vw, 28px)', fontWeight: 600, lineHeight: 1.4, wordBreak: words ? 'normal' : 'break-all', overflowWrap: 'anywhere', minHeight: 40 }}
      >
        {colored(password)}
      </output>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 10 }}>
        <button
          type="button"
          data-testid="copy"
          onClick={onCopy}
          style={{ flex: '1 1 160px', padding: '14px 18px', borderRadius: 12, border: 'none', background: copied === 'ok' ? theme.success : theme.primary, color: copied === 'ok' ? onColor(theme.success) : theme.onPrimary, fontWeight: 800, fontSize: 16, cursor: 'pointer', fontFamily: theme.body, transition: 'background 150ms' }}
        >
          {copied === 'ok' ? '✓ Copied' : '📋 Copy password'}
        </button>
        <button
          type="button"
          data-testid="regenerate"
          onClick={onRegenerate}
          style={{ flex: '1 1 160px', padding: '14px 18px', borderRadius: 12, border: `2px solid ${theme.borderStrong}`, background: alpha(theme.text, 0.02), color: theme.text, fontWeight: 700, fontSize: 16, cursor: 'pointer', fontFamily: theme.body }}
        >
          ↻ Generate new
        </button>
      </div>
      <p role="status" style={{ margin: 0, minHeight: 20, fontSize: 14, color: copied === 'failed' ? theme.danger : theme.muted }}>
        {copied === 'failed' ? 'Your browser blocked copying: select the password and copy it by hand.' : copied === 'ok' ? 'Paste it into your password manager before you leave the page.' : ''}
      </p>
    </div>
  );
}
