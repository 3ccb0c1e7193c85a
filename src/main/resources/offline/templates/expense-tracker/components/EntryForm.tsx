import { useState } from 'react';
import type { FormEvent } from 'react';
import { CATEGORIES, formatCents, newId, parseAmount, toISODate } from '../ledger';
import type { Entry, Kind } from '../ledger';
import { theme, alpha } from '../theme';

interface EntryFormProps {
  onAdd: (entry: Entry) => void;
}

type Errors = Partial<Record<'description' | 'amount' | 'date', string>>;

export default function EntryForm({ onAdd }: EntryFormProps) {
  const [kind, setKind] = useState<Kind>('expense');
  const [description, setDescription] = useState<string>('');
  const [amount, setAmount] = useState<string>('');
  const [category, setCategory] = useState<string>(CATEGORIES.expense[0].name);
  const [date, setDate] = useState<string>(() => toISODate(new Date()));
  const [errors, setErrors] = useState<Errors>({});
  const [added, setAdded] = useState<string | null>(null);

  const validate = (): Errors => {
    const e: Errors = {};
    if (!description.trim()) e.description = 'Describe the entry, e.g. “Weekly groceries”.';
    else if (description.trim().length > 60) e.description = 'Keep it under 60 characters.';
    const cents = parseAmount(amount);
    if (amount.trim() === '') e.amount = 'Enter an amount.';
    else if (cents === null) e.amount = 'Enter a positive amount like 12.50.';
    else if (cents > 100_000_000) e.amount = 'That is more than 1,000,000: check the amount.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) e.date = 'Pick a date.';
    else if (date > toISODate(new Date(Date.now() + 366 * 86_400_000))) e.date = 'That date is more than a year ahead.';
    return e;
  };

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length) return;
    const cents = parseAmount(amount) as number;
    onAdd({ id: newId(), kind, description: description.trim(), cents, category, date });
    setAdded(`${kind === 'income' ? 'Income' : 'Expense'} of ${formatCents(cents)} added.`);
    setDescription('');
    setAmount('');
  };

  const switchKind = (next: Kind) => {
    setKind(next);
    setCategory(CATEGORIES[next][0].name);
  };

  const input = (invalid: boolean) => ({ width: '100%', minWidth: 0, boxSizing: 'border-box' as const, padding: '11px 13px', borderRadius: 12, border: `2px solid ${invalid ? theme.danger : theme.border}`, background: theme.background, color: theme.text, fontSize: 16, fontFamily: theme.body, colorScheme: theme.isDark ? 'dark' : 'light' });
  const label = { display: 'grid', gap: 6, fontSize: 14, fontWeight: 700, minWidth: 0 } as const;
  const error = (text?: string, id?: string) => (text ? <span id={id} style={{ color: theme.danger, fontSize: 13, fontWeight: 600 }}>{text}</span> : null);

  return (
    <form noValidate onSubmit={submit} aria-label="Add an entry" style={{ flex: '1 1 300px', maxWidth: '100%', background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 20, padding: 'clamp(16px, 3vw, 24px)', display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 14, boxShadow: theme.shadowSmall, boxSizing: 'border-box' }}>
      <h2 style={{ margin: 0, fontSize: 19, fontFamily: theme.heading }}>Add an entry</h2>
      <div role="group" aria-label="Type" style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', padding: 4, borderRadius: 12, background: theme.subtle }}>
        {(['expense', 'income'] as Kind[]).map((k) => (
          <button key={k} type="button" data-testid={`kind-${k}`} aria-pressed={kind === k} onClick={() => switchKind(k)} style={{ padding: '9px 10px', borderRadius: 9, border: 'none', background: kind === k ? (k === 'income' ? theme.success : theme.primary) : 'transparent', color: kind === k ? (k === 'income' ? theme.surface : theme.onPrimary) : theme.text, fontWeight: 700, cursor: 'pointer', fontFamily: theme.body }}>
            {k === 'expense' ? '− Expense' : '+ Income'}
          </button>
        ))}
      </div>
      <label style={label}>
        Description
        <input data-testid="description" value={description} onChange={(e) => setDescription(e.target.value)} aria-invalid={Boolean(errors.description)} aria-describedby={errors.description ? 'desc-error' : undefined} placeholder={kind === 'expense' ? 'Weekly groceries' : 'Monthly salary'} style={input(Boolean(errors.description))} />
        {error(errors.description, 'desc-error')}
      </label>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 130px), 1fr))', gap: 12 }}>
        <label style={label}>
          Amount
          <input data-testid="amount" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} aria-invalid={Boolean(errors.amount)} aria-describedby={errors.amount ? 'amount-error' : undefined} placeholder="0.00" style={input(Boolean(errors.amount))} />
          {error(errors.amount, 'amount-error')}
        </label>
        <label style={label}>
          Date
          <input data-testid="date" type="date" value={date} onChange={(e) => setDate(e.target.value)} aria-invalid={Boolean(errors.date)} style={input(Boolean(errors.date))} />
          {error(errors.date)}
        </label>
      </div>
      <label style={label}>
        Category
        <select data-testid="category" value={category} onChange={(e) => setCategory(e.target.value)} style={{ ...input(false), cursor: 'pointer' }}>
          {CATEGORIES[kind].map((c) => (
            <option key={c.name} value={c.name}>{c.icon} {c.name}</option>
          ))}
        </select>
      </label>
      <button type="submit" data-testid="add" style={{ padding: '13px 18px', borderRadius: 12, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 800, fontSize: 16, cursor: 'pointer', fontFamily: theme.body }}>
        Add {kind}
      </button>
      <p role="status" aria-live="polite" style={{ margin: 0, minHeight: 20, fontSize: 14, color: theme.success, fontWeight: 600, background: added ? alpha(theme.success, 0) : 'transparent' }}>
        {added ? `✓ ${added}` : ''}
      </p>
    </form>
  );
}
