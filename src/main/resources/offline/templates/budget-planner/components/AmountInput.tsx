import { useEffect, useState } from 'react';
import { theme } from '../theme';
import { amountProblem, parseAmount } from '../budget';

interface AmountInputProps {
  value: number;
  label: string;
  testId: string;
  onCommit: (value: number) => void;
  width?: number | string;
}

function show(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

/** An amount edited in place: saved on blur or Enter when valid, restored with Escape or when invalid. */
export default function AmountInput({ value, label, testId, onCommit, width = '100%' }: AmountInputProps) {
  const [draft, setDraft] = useState<string>(show(value));
  const [focused, setFocused] = useState<boolean>(false);
  useEffect(() => {
    if (!focused) setDraft(show(value));
  }, [value, focused]);
  const problem = amountProblem(draft);

  const commit = () => {
    const n = parseAmount(draft);
    if (n !== null && problem === null) {
      if (n !== value) onCommit(n);
      setDraft(show(n));
    } else {
      setDraft(show(value));
    }
  };

  return (
    <input
      type="text"
      inputMode="decimal"
      aria-label={label}
      data-testid={testId}
      value={draft}
      title={problem ?? undefined}
      aria-invalid={problem !== null}
      onFocus={(e) => {
        setFocused(true);
        e.target.select();
      }}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => {
        setFocused(false);
        commit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') {
          setDraft(show(value));
          setTimeout(() => (e.target as HTMLInputElement).blur(), 0);
        }
      }}
      style={{
        width,
        minWidth: 0,
        boxSizing: 'border-box',
        padding: '8px 10px',
        borderRadius: 10,
        border: `1.5px solid ${problem ? theme.danger : focused ? theme.primary : theme.border}`,
        background: focused ? theme.background : 'transparent',
        color: theme.text,
        fontSize: 15,
        fontWeight: 600,
        fontFamily: theme.body,
        textAlign: 'right',
        fontVariantNumeric: 'tabular-nums',
      }}
    />
  );
}
