import type { ReactNode } from 'react';
import { theme } from '../theme';
import { CURRENCIES, TERMS } from '../mortgage';
import type { Errors, Field, Inputs } from '../mortgage';

interface LoanInputsProps {
  inputs: Inputs;
  errors: Errors;
  downHint: string;
  onChange: (patch: Partial<Inputs>) => void;
  onReset: () => void;
}

function currencySymbol(currency: string): string {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency }).formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency;
}

export default function LoanInputs({ inputs, errors, downHint, onChange, onReset }: LoanInputsProps) {
  const symbol = currencySymbol(inputs.currency);

  const field = (f: Field, label: string, opts: { prefix?: string; suffix?: string; hint: string; placeholder?: string; extra?: ReactNode }) => {
    const error = errors[f];
    return (
      <div style={{ minWidth: 0 }}>
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 8, marginBottom: 6 }}>
          <label htmlFor={f} style={{ fontWeight: 600, fontSize: 14 }}>{label}</label>
          {opts.extra}
        </div>
        <div style={{ display: 'flex', alignItems: 'center', border: `2px solid ${error ? theme.danger : theme.border}`, borderRadius: 12, background: theme.background }}>
          {opts.prefix && <span aria-hidden="true" style={{ paddingLeft: 12, color: theme.muted, fontWeight: 600 }}>{opts.prefix}</span>}
          <input
            id={f}
            data-testid={`input-${f}`}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            placeholder={opts.placeholder}
            value={inputs[f]}
            aria-invalid={Boolean(error)}
            aria-describedby={`${f}-help`}
            onChange={(e) => onChange({ [f]: e.target.value } as Partial<Inputs>)}
            style={{ flex: 1, minWidth: 0, width: '100%', border: 'none', outline: 'none', background: 'transparent', color: theme.text, fontSize: 17, fontWeight: 700, padding: '10px 10px', fontFamily: theme.body }}
          />
          {opts.suffix && <span aria-hidden="true" style={{ paddingRight: 12, color: theme.muted, fontWeight: 600 }}>{opts.suffix}</span>}
        </div>
        <p id={`${f}-help`} role={error ? 'alert' : undefined} style={{ margin: '4px 0 0', fontSize: 13, minHeight: 18, color: error ? theme.danger : theme.muted }}>{error ?? opts.hint}</p>
      </div>
    );
  };

  const modeButton = (mode: Inputs['downMode'], label: string) => (
    <button
      type="button"
      data-testid={`down-${mode}`}
      aria-pressed={inputs.downMode === mode}
      onClick={() => onChange({ downMode: mode })}
      style={{ padding: '3px 10px', border: 'none', borderRadius: 8, background: inputs.downMode === mode ? theme.primary : 'transparent', color: inputs.downMode === mode ? theme.onPrimary : theme.muted, fontWeight: 700, fontSize: 13, cursor: 'pointer', fontFamily: theme.body }}
    >
      {label}
    </button>
  );

  return (
    <section aria-label="Loan details" style={{ background: theme.surface, borderRadius: theme.radius + 4, padding: 'clamp(16px, 3vw, 24px)', boxShadow: theme.shadow, border: `1px solid ${theme.border}`, display: 'grid', gap: 10, minWidth: 0 }}>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 12, flexWrap: 'wrap' }}>
        <h2 style={{ margin: 0, fontSize: 19, fontFamily: theme.heading }}>Your loan</h2>
        <label style={{ display: 'flex', alignItems: 'center', gap: 8, fontSize: 14, color: theme.muted }}>
          Currency
          <select data-testid="currency" value={inputs.currency} onChange={(e) => onChange({ currency: e.target.value })} style={{ padding: '6px 8px', borderRadius: 8, border: `1px solid ${theme.border}`, background: theme.background, color: theme.text, fontFamily: theme.body, fontSize: 14 }}>
            {CURRENCIES.map((c) => (
              <option key={c} value={c}>{c}</option>
            ))}
          </select>
        </label>
      </div>

      {field('price', 'Home price', { prefix: symbol, hint: 'The agreed purchase price.', placeholder: '425000' })}
      {field('down', 'Down payment', {
        prefix: inputs.downMode === 'amount' ? symbol : undefined,
        suffix: inputs.downMode === 'percent' ? '%' : undefined,
        hint: downHint,
        placeholder: '0',
        extra: (
          <span role="group" aria-label="Down payment as" style={{ display: 'inline-flex', gap: 2, padding: 2, borderRadius: 10, background: theme.subtle }}>
            {modeButton('percent', '%')}
            {modeButton('amount', symbol)}
          </span>
        ),
      })}
      {field('rate', 'Interest rate', { suffix: '% a year', hint: 'Fixed annual rate (APR without fees).', placeholder: '6.5' })}

      <fieldset style={{ border: 'none', padding: 0, margin: '0 0 8px', minWidth: 0 }}>
        <legend style={{ fontWeight: 600, fontSize: 14, marginBottom: 6, padding: 0 }}>Loan term</legend>
        <div style={{ display: 'grid', gridTemplateColumns: `repeat(${TERMS.length}, minmax(0, 1fr))`, gap: 6 }}>
          {TERMS.map((t) => {
            const active = inputs.years === t;
            return (
              <button
                key={t}
                type="button"
                data-testid={`term-${t}`}
                aria-pressed={active}
                onClick={() => onChange({ years: t })}
                style={{ padding: '9px 0', borderRadius: 10, border: `2px solid ${active ? theme.primary : theme.border}`, background: active ? theme.primary : theme.background, color: active ? theme.onPrimary : theme.text, fontWeight: 700, fontSize: 14, cursor: 'pointer', fontFamily: theme.body }}
              >
                {t} yr
              </button>
            );
          })}
        </div>
      </fieldset>

      <div style={{ borderTop: `1px solid ${theme.border}`, paddingTop: 12, display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 140px), 1fr))', gap: '0 12px' }}>
        {field('tax', 'Property tax', { prefix: symbol, hint: 'Per year', placeholder: '0' })}
        {field('insurance', 'Home insurance', { prefix: symbol, hint: 'Per year', placeholder: '0' })}
        {field('hoa', 'HOA / service fees', { prefix: symbol, hint: 'Per month', placeholder: '0' })}
      </div>

      <button type="button" data-testid="reset" onClick={onReset} style={{ justifySelf: 'start', padding: '9px 14px', borderRadius: 10, border: `1px solid ${theme.borderStrong}`, background: 'transparent', color: theme.text, fontWeight: 600, fontSize: 14, cursor: 'pointer', fontFamily: theme.body }}>
        Reset to example
      </button>
    </section>
  );
}
