import { theme, alpha } from '../theme';
import { MAX_PEOPLE } from '../calc';

const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'JPY', 'INR', 'SEK', 'MXN'];

interface BillFormProps {
  bill: string;
  people: string;
  currency: string;
  billError: string | null;
  peopleError: string | null;
  onBillChange: (value: string) => void;
  onPeopleChange: (value: string) => void;
  onCurrencyChange: (value: string) => void;
}

function currencySymbol(currency: string): string {
  const part = new Intl.NumberFormat(undefined, { style: 'currency', currency }).formatToParts(0).find((p) => p.type === 'currency');
  return part ? part.value : currency;
}

const labelStyle = { display: 'block', fontWeight: 600, marginBottom: 8, fontSize: 15 } as const;

export default function BillForm(props: BillFormProps) {
  const { bill, people, currency, billError, peopleError } = props;
  // "Enter the bill" is guidance while the field is still empty, not an error.
  const billIsError = billError !== null && bill.trim() !== '';
  const peopleCount = Number(people);
  const step = (delta: number) => {
    const current = Number.isInteger(peopleCount) && peopleCount >= 1 ? peopleCount : 1;
    props.onPeopleChange(String(Math.min(MAX_PEOPLE, Math.max(1, current + delta))));
  };

  const inputBox = (invalid: boolean) => ({
    display: 'flex',
    alignItems: 'center',
    border: `2px solid ${invalid ? theme.danger : theme.border}`,
    borderRadius: theme.radius,
    background: theme.background,
    overflow: 'hidden',
  });
  const stepButton = {
    width: 48,
    alignSelf: 'stretch',
    border: 'none',
    background: theme.tint,
    color: theme.text,
    fontSize: 22,
    fontWeight: 700,
    cursor: 'pointer',
  } as const;

  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 20 }}>
      <div>
        <label htmlFor="bill" style={labelStyle}>Bill amount</label>
        <div style={inputBox(billIsError)}>
          <span aria-hidden="true" style={{ padding: '0 4px 0 14px', color: theme.muted, fontWeight: 600, fontSize: 18 }}>{currencySymbol(currency)}</span>
          <input
            id="bill"
            data-testid="bill-input"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            placeholder="0.00"
            value={bill}
            onChange={(e) => props.onBillChange(e.target.value)}
            aria-invalid={billIsError}
            aria-describedby="bill-help"
            style={{ flex: 1, minWidth: 0, width: '100%', border: 'none', outline: 'none', background: 'transparent', color: theme.text, fontSize: 24, fontWeight: 700, padding: '12px 8px', fontFamily: theme.body }}
          />
          <select
            aria-label="Currency"
            value={currency}
            onChange={(e) => props.onCurrencyChange(e.target.value)}
            style={{ border: 'none', borderLeft: `1px solid ${theme.border}`, background: theme.surface, color: theme.text, padding: '0 10px', alignSelf: 'stretch', fontSize: 15, fontFamily: theme.body, cursor: 'pointer' }}
          >
            {CURRENCIES.map((code) => (
              <option key={code} value={code}>{code}</option>
            ))}
          </select>
        </div>
        <p id="bill-help" role={billIsError ? 'alert' : undefined} style={{ margin: '6px 0 0', fontSize: 14, minHeight: 20, color: billIsError ? theme.danger : theme.muted }}>
          {billError ?? 'Before tip, including tax if you tip on it.'}
        </p>
      </div>

      <div>
        <label htmlFor="people" style={labelStyle}>Number of people</label>
        <div style={{ ...inputBox(peopleError !== null), maxWidth: 260 }}>
          <button type="button" aria-label="One person fewer" onClick={() => step(-1)} style={stepButton}>−</button>
          <input
            id="people"
            data-testid="people-input"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={people}
            onChange={(e) => props.onPeopleChange(e.target.value)}
            aria-invalid={peopleError !== null}
            aria-describedby="people-help"
            style={{ flex: 1, minWidth: 0, width: 60, textAlign: 'center', border: 'none', outline: 'none', background: 'transparent', color: theme.text, fontSize: 22, fontWeight: 700, padding: '10px 4px', fontFamily: theme.body }}
          />
          <button type="button" aria-label="One person more" onClick={() => step(1)} style={stepButton}>+</button>
        </div>
        <p id="people-help" role={peopleError ? 'alert' : undefined} style={{ margin: '6px 0 0', fontSize: 14, minHeight: 20, color: peopleError ? theme.danger : theme.muted }}>
          {peopleError ?? (peopleCount === 1 ? 'Paying alone? The tip is all yours to give.' : `Splitting ${peopleCount} ways.`)}
        </p>
      </div>
      <div aria-hidden="true" style={{ height: 1, background: alpha(theme.text, 0.08) }} />
    </div>
  );
}
