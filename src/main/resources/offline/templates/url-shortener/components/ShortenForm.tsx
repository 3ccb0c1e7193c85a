import { useState, type FormEvent } from 'react';
import { theme, alpha } from '../theme';
import { button, card, field, label } from '../ui';
import { shorten, shortUrl, type Link } from '../links';

export default function ShortenForm() {
  const [target, setTarget] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [made, setMade] = useState<Link | null>(null);
  const [copied, setCopied] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    setCopied(false);
    try {
      setMade(await shorten(target.trim(), code));
      setTarget('');
      setCode('');
    } catch (e) {
      setProblem(e instanceof Error ? e.message : 'The link could not be made.');
    } finally {
      setBusy(false);
    }
  };

  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <form onSubmit={submit} aria-label="Shorten a link" style={{ ...card, display: 'grid', gap: 12 }}>
      <label style={label}>
        Long address
        <input data-testid="target" type="url" required placeholder="https://example.com/a/very/long/path" value={target} onChange={(e) => setTarget(e.target.value)} style={field} />
      </label>
      <label style={label}>
        Custom code (optional)
        <input data-testid="code" placeholder="e.g. launch" value={code} maxLength={32} onChange={(e) => setCode(e.target.value)} style={field} />
      </label>
      {problem && <p role="alert" style={{ margin: 0, color: theme.danger, fontSize: 14 }}>{problem}</p>}
      <button data-testid="shorten" type="submit" disabled={busy || !target.trim()} style={{ ...button('primary'), opacity: busy ? 0.7 : 1 }}>
        {busy ? 'Shortening…' : 'Shorten'}
      </button>
      {made && (
        <div data-testid="made" style={{ padding: 12, borderRadius: 12, background: alpha(theme.primary, 0.08), display: 'flex', gap: 10, alignItems: 'center', flexWrap: 'wrap' }}>
          <a data-testid="short-link" href={shortUrl(made.code)} target="_blank" rel="noreferrer" style={{ color: theme.primaryInk, fontWeight: 700, wordBreak: 'break-all' }}>{shortUrl(made.code)}</a>
          <button type="button" onClick={() => copy(shortUrl(made.code))} style={button('secondary', true)}>{copied ? 'Copied' : 'Copy'}</button>
        </div>
      )}
    </form>
  );
}
