import type { CSSProperties } from 'react';
import { theme } from '../theme';
import type { Measurements, Parsed, Units } from '../bmi';

interface MeasureFormProps {
  value: Measurements;
  parsed: Parsed;
  onChange: (patch: Partial<Measurements>) => void;
  onUnits: (units: Units) => void;
  onClear: () => void;
}

const labelStyle: CSSProperties = { display: 'block', fontWeight: 600, marginBottom: 8, fontSize: 15 };

function NumberBox(props: { id: string; testId: string; value: string; unit: string; placeholder: string; invalid: boolean; describedBy: string; label?: string; onChange: (v: string) => void }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', flex: 1, minWidth: 0, border: `2px solid ${props.invalid ? theme.danger : theme.border}`, borderRadius: theme.radius, background: theme.background }}>
      <input
        id={props.id}
        data-testid={props.testId}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        aria-label={props.label}
        aria-invalid={props.invalid}
        aria-describedby={props.describedBy}
        placeholder={props.placeholder}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        style={{ flex: 1, minWidth: 0, width: '100%', border: 'none', outline: 'none', background: 'transparent', color: theme.text, fontSize: 22, fontWeight: 700, padding: '12px 14px', fontFamily: theme.body }}
      />
      <span aria-hidden="true" style={{ paddingRight: 14, color: theme.muted, fontWeight: 600 }}>{props.unit}</span>
    </div>
  );
}

export default function MeasureForm({ value, parsed, onChange, onUnits, onClear }: MeasureFormProps) {
  const heightShown = parsed.heightError !== null && (value.units === 'metric' ? value.cm.trim() !== '' : value.ft.trim() !== '' || value.inches.trim() !== '');
  const weightShown = parsed.weightError !== null && (value.units === 'metric' ? value.kg : value.lb).trim() !== '';

  const unitButton = (units: Units, label: string) => {
    const active = value.units === units;
    return (
      <button
        type="button"
        data-testid={`units-${units}`}
        aria-pressed={active}
        onClick={() => onUnits(units)}
        style={{ flex: 1, padding: '10px 12px', borderRadius: 10, border: 'none', background: active ? theme.primary : 'transparent', color: active ? theme.onPrimary : theme.text, fontWeight: 700, fontSize: 15, cursor: 'pointer', fontFamily: theme.body }}
      >
        {label}
      </button>
    );
  };

  const help = (id: string, error: string | null, shown: boolean, hint: string) => (
    <p id={id} role={shown ? 'alert' : undefined} style={{ margin: '6px 0 0', fontSize: 14, minHeight: 20, color: shown ? theme.danger : theme.muted }}>
      {shown ? error : hint}
    </p>
  );

  return (
    <section aria-label="Your measurements" style={{ background: theme.surface, borderRadius: theme.radius + 6, padding: 'clamp(18px, 3vw, 28px)', boxShadow: theme.shadow, border: `1px solid ${theme.border}`, display: 'grid', gap: 18 }}>
      <div role="group" aria-label="Units" style={{ display: 'flex', gap: 4, padding: 4, borderRadius: 14, background: theme.subtle, border: `1px solid ${theme.border}` }}>
        {unitButton('metric', 'Metric · cm, kg')}
        {unitButton('imperial', 'Imperial · ft, lb')}
      </div>

      <div>
        <label htmlFor="height" style={labelStyle}>Height</label>
        {value.units === 'metric' ? (
          <NumberBox id="height" testId="height-cm" value={value.cm} unit="cm" placeholder="172" invalid={heightShown} describedBy="height-help" onChange={(cm) => onChange({ cm })} />
        ) : (
          <div style={{ display: 'flex', gap: 10 }}>
            <NumberBox id="height" testId="height-ft" label="Feet" value={value.ft} unit="ft" placeholder="5" invalid={heightShown} describedBy="height-help" onChange={(ft) => onChange({ ft })} />
            <NumberBox id="height-in" testId="height-in" label="Inches" value={value.inches} unit="in" placeholder="8" invalid={heightShown} describedBy="height-help" onChange={(inches) => onChange({ inches })} />
          </div>
        )}
        {help('height-help', parsed.heightError, heightShown, 'Without shoes, standing straight.')}
      </div>

      <div>
        <label htmlFor="weight" style={labelStyle}>Weight</label>
        {value.units === 'metric' ? (
          <NumberBox id="weight" testId="weight-kg" value={value.kg} unit="kg" placeholder="68" invalid={weightShown} describedBy="weight-help" onChange={(kg) => onChange({ kg })} />
        ) : (
          <NumberBox id="weight" testId="weight-lb" value={value.lb} unit="lb" placeholder="150" invalid={weightShown} describedBy="weight-help" onChange={(lb) => onChange({ lb })} />
        )}
        {help('weight-help', parsed.weightError, weightShown, 'Ideally in the morning, before breakfast.')}
      </div>

      <button
        type="button"
        data-testid="clear"
        onClick={onClear}
        style={{ justifySelf: 'start', padding: '10px 16px', borderRadius: 12, border: `1px solid ${theme.borderStrong}`, background: 'transparent', color: theme.text, fontWeight: 600, fontSize: 15, cursor: 'pointer', fontFamily: theme.body }}
      >
        Clear
      </button>
    </section>
  );
}
