import { useState } from 'react';
import { theme } from '../theme';
import { SAMPLE, sentenceCase, titleCase } from '../text';

interface EditorProps {
  text: string;
  onText: (text: string) => void;
  storageOk: boolean;
  wordCount: number;
}

export default function Editor({ text, onText, storageOk, wordCount }: EditorProps) {
  const [undo, setUndo] = useState<string | null>(null);
  const [copied, setCopied] = useState<string>('');

  const change = (next: string) => {
    setUndo(null);
    onText(next);
  };
  const clear = () => {
    if (!text) return;
    setUndo(text);
    onText('');
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('Copied to the clipboard.');
    } catch {
      setCopied('Copying is blocked here: select the text and copy it by hand.');
    }
    window.setTimeout(() => setCopied(''), 2200);
  };

  const tool = {
    padding: '7px 12px',
    borderRadius: 10,
    border: `1px solid ${theme.border}`,
    background: theme.background,
    color: theme.text,
    fontWeight: 600,
    fontSize: 13,
    cursor: 'pointer',
    fontFamily: theme.body,
  } as const;

  const transforms: [string, string, (t: string) => string][] = [
    ['case-upper', 'UPPER', (t) => t.toUpperCase()],
    ['case-lower', 'lower', (t) => t.toLowerCase()],
    ['case-title', 'Title Case', titleCase],
    ['case-sentence', 'Sentence case', sentenceCase],
  ];

  return (
    <section aria-label="Text" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius + 4, boxShadow: theme.shadow, overflow: 'hidden' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, padding: '12px 14px', borderBottom: `1px solid ${theme.border}`, alignItems: 'center' }}>
        {transforms.map(([id, label, fn]) => (
          <button key={id} type="button" data-testid={id} onClick={() => change(fn(text))} disabled={!text} style={{ ...tool, opacity: text ? 1 : 0.5 }}>
            {label}
          </button>
        ))}
        <span style={{ flex: 1 }} />
        <button type="button" data-testid="copy-text" onClick={copy} disabled={!text} style={{ ...tool, border: 'none', background: theme.primary, color: theme.onPrimary, opacity: text ? 1 : 0.5 }}>Copy</button>
        {undo !== null ? (
          <button type="button" data-testid="undo-clear" onClick={() => { onText(undo); setUndo(null); }} style={{ ...tool, border: `1px solid ${theme.primary}`, color: theme.primaryOnSurface }}>
            Undo clear
          </button>
        ) : (
          <button type="button" data-testid="clear-text" onClick={clear} disabled={!text} style={{ ...tool, color: text ? theme.danger : theme.muted }}>Clear</button>
        )}
      </div>
      <label htmlFor="text" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>Your text</label>
      <textarea
        id="text"
        data-testid="text-input"
        value={text}
        onChange={(e) => change(e.target.value)}
        placeholder="Start typing or paste your text here…"
        rows={16}
        spellCheck
        style={{ display: 'block', width: '100%', boxSizing: 'border-box', border: 'none', outline: 'none', resize: 'vertical', padding: 'clamp(14px, 2.5vw, 22px)', background: theme.surface, color: theme.text, fontFamily: theme.body, fontSize: 17, lineHeight: 1.65, minHeight: 320 }}
      />
      <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: 8, padding: '10px 14px', borderTop: `1px solid ${theme.border}`, fontSize: 13, color: theme.muted }}>
        <span role="status" aria-live="polite">
          {copied || (storageOk ? 'Your draft is saved in this browser.' : 'This browser is not letting the app save: copy your text before you leave.')}
        </span>
        {!text && (
          <button type="button" data-testid="load-sample" onClick={() => change(SAMPLE)} style={{ border: 'none', background: 'none', padding: 0, color: theme.primaryOnSurface, fontWeight: 700, cursor: 'pointer', fontSize: 13, fontFamily: theme.body }}>
            Load a sample text
          </button>
        )}
        {text && <span>{wordCount} {wordCount === 1 ? 'word' : 'words'}</span>}
      </div>
    </section>
  );
}
