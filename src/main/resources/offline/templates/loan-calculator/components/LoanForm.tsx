import type { ReactNode } from 'react';
import { theme } from '../theme';
import { CURRENCIES, PRESETS, symbol } from '../loan';
import type { Errors, Field, Inputs } from '../loan';

interface LoanFormProps {
  inputs: Inputs;
  errors: Errors;
  onChange: (patch: Partial<Inputs>) => void;
}

const EXTRA_CHIPS = ['0', '25', '50', '100', '250'];

export default function LoanForm({ inputs, errors, onChange }: LoanFormProps) {
  const sym = symbol(inputs.currency);

  const input = (f: Field, label: string, opts: { prefix?: string; suffix?: ReactNode; hint: string; placeholder?: string }) => {
    const error = errors[f];
    return (
      <div style={{ minWidth: 0 }}>
        <label htmlFor={f} style={{ display: 'block', fontWeight: 600, fontSize: 14, marginBottom: 6 }}>{label}</label>
        <div style={{ display: 'flex', alignItems: 'center', border: `2px solid ${error ? theme.danger : theme.border}`, borderRadius: 12, background: theme.background }}>
          {opts.prefix && <span aria-hidden="true" style={{ paddingLeft: 12, color: theme.muted, fontWeight: 600 }}>{opts.prefix}</span>}
          <input
            id={f}
            data-testid={`input-${f}`}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={inputs[f]}
            placeholder={opts.placeholder}
            aria-invalid={Boolean(error)}
            aria-describedby={`${f}-help`}
            onChange={(e) => onChange({ [f]: e.target.value } as Partial<Inputs>)}
            style={{ flex: 1, minWidth: 0, width: '100%', border: 'none', outline: 'none', background: 'transparent', color: theme.text, fontSize: 17, fontWeight: 700, padding: '10px', fontFamily: theme.body }}
          />
          {opts.suffix}
        </div>
        <p id={`${f}-help`} role={error ? 'alert' : undefined} style={{ margin: '4px 0 0', fontSize: 13, minHeight: 18, color: error ? theme.danger : theme.muted }}>{error ?? opts.hint}</p>
      </div>
    );
  };

  const unitButton = (unit: Inputs['termUnit']) => (
    <button
      type="button"
      data-testid={`unit-${unit}`}
      aria-pressed={inputs.termUnit === unit}
      onClick={() => onChange({ termUnit: unit })}
      style={{ padding: '4px 8px', border: 'none', borderRadius: 8, background: inputs.termUnit === unit ? theme.primary : 'transparent', color: inputs.termUnit === unit ? theme.onPrimary : theme.muted, fontWeight: 700, fontSize: 13, cursor: 'pointer', fontFamily: theme.body }}
    >
      {unit}
    </button>
  );

  return (
    <section aria-label="Loan details" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius + 4, padding: 'clamp(16px, 3vw, 24px)', boxShadow: theme.shadow, display: 'grid', gap: 12, minWidth: 0 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            data-testid={`preset-${p.id}`}
            onClick={() => onChange(p.values)}
            style={{ padding: '7px 12px', borderRadius: 999, border: `1px solid ${theme.border}`, background: theme.subtle, color: theme.text, fontWeight: 600, fontSize: 14, cursor: 'pointer', fontFamily: theme.body }}
          >
            <span aria-hidden="true">{p.icon}</span> {p.label}
          </button>
        ))}
        <select aria-label="Currency" data-testid="currency" value={inputs.currency} onChange={(e) => onChange({ currency: e.target.value })} style={{ marginLeft: 'auto', padding: '6px 8px', borderRadius: 10, border: `1px solid ${theme.border}`, background: theme.background, color: theme.text, fontFamily: theme.body, fontSize: 14 }}>
          {CURRENCIES.map((c) => (
            <option key={c} value={c}>{c}</option>
          ))}
        </select>
      </div>

      {input('amount', 'Loan balance', { prefix: sym, hint: 'What you owe today.', placeholder: '28000' })}
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 150px), 1fr))', gap: '0 12px' }}>
        {input('rate', 'Interest rate', { suffix: <span aria-hidden="true" style={{ paddingRight: 12, color: theme.muted, fontWeight: 600 }}>%</span>, hint: 'Annual rate (APR).', placeholder: '7.2' })}
        {input('term', 'Remaining term', {
          suffix: (
            <span role="group" aria-label="Term unit" style={{ display: 'inline-flex', gap: 2, padding: 2, marginRight: 4, borderRadius: 10, background: theme.subtle }}>
              {unitButton('years')}
              {unitButton('months')}
            </span>
          ),
          hint: 'Time left on the loan.',
          placeholder: '5',
        })}
      </div>

      <div style={{ borderTop: `1px solid ${theme.border}`, paddingTop: 14, display: 'grid', gap: 10 }}>
        <h2 style={{ margin: 0, fontSize: 17, fontFamily: theme.heading }}>Pay a little extra</h2>
        {input('extra', 'Extra every month', { prefix: sym, hint: 'On top of the regular payment.', placeholder: '0' })}
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, marginTop: -6 }}>
          {EXTRA_CHIPS.map((v) => {
            const active = (inputs.extra.trim() || '0') === v;
            return (
              <button
                key={v}
                type="button"
                data-testid={`extra-${v}`}
                aria-pressed={active}
                onClick={() => onChange({ extra: v })}
                style={{ padding: '6px 12px', borderRadius: 999, border: `1.5px solid ${active ? theme.primary : theme.border}`, background: active ? theme.tint : 'transparent', color: theme.text, fontWeight: 700, fontSize: 14, cursor: 'pointer', fontFamily: theme.body }}
              >
                {v === '0' ? 'None' : `+${sym}${v}`}
              </button>
            );
          })}
        </div>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 150px), 1fr))', gap: '0 12px', marginTop: 4 }}>
          {input('lump', 'One-off lump sum', { prefix: sym, hint: 'A bonus or tax refund, say.', placeholder: '0' })}
          {input('lumpMonth', 'Paid in month', { hint: 'Counting from next month = 1.', placeholder: '12' })}
        </div>
      </div>
    </section>
  );
}
