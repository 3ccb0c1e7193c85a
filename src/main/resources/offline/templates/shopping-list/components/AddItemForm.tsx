import { useState } from 'react';
import { theme } from '../theme';
import { CATEGORIES, NAME_MAX, QTY_MAX, UNITS, categoryOf, guessCategory } from '../list';
import type { CategoryId, Past } from '../list';

interface AddItemFormProps {
  suggestions: Past[];
  onAdd: (draft: { name: string; qty: number; unit: string; category: CategoryId }) => void;
}

export default function AddItemForm({ suggestions, onAdd }: AddItemFormProps) {
  const [name, setName] = useState<string>('');
  const [qty, setQty] = useState<string>('1');
  const [unit, setUnit] = useState<string>('pcs');
  const [category, setCategory] = useState<CategoryId | 'auto'>('auto');
  const [error, setError] = useState<string | null>(null);
  const guessed = guessCategory(name);
  const field = { padding: '11px 10px', borderRadius: 10, border: `2px solid ${theme.border}`, background: theme.background, color: theme.text, fontSize: 15, fontFamily: theme.body, minWidth: 0, boxSizing: 'border-box' as const };

  const submit = () => {
    const n = name.trim();
    const q = Number(qty.replace(',', '.'));
    if (!n) return setError('Type what you need, e.g. “oat milk”.');
    if (n.length > NAME_MAX) return setError(`Keep the name under ${NAME_MAX} characters.`);
    if (!Number.isFinite(q) || q <= 0) return setError('The quantity must be more than zero.');
    if (q > QTY_MAX) return setError(`Up to ${QTY_MAX} at a time.`);
    onAdd({ name: n, qty: Math.round(q * 100) / 100, unit, category: category === 'auto' ? guessed : category });
    setName('');
    setQty('1');
    setUnit('pcs');
    setCategory('auto');
    setError(null);
  };

  return (
    <section aria-label="Add an item" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius + 4, padding: 'clamp(14px, 3vw, 20px)', boxShadow: theme.shadow, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 10 }}>
      <form
        data-testid="add-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}
      >
        <label htmlFor="item-name" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>Item</label>
        <input
          id="item-name"
          data-testid="item-name"
          value={name}
          placeholder="Add an item, e.g. oat milk"
          autoComplete="off"
          aria-invalid={error !== null}
          aria-describedby="add-help"
          onChange={(e) => {
            setName(e.target.value);
            setError(null);
          }}
          style={{ ...field, flex: '3 1 220px', fontSize: 16, border: `2px solid ${error ? theme.danger : theme.border}` }}
        />
        <div style={{ display: 'flex', gap: 8, flex: '2 1 300px', minWidth: 0 }}>
          <input aria-label="Quantity" data-testid="item-qty" inputMode="decimal" value={qty} onChange={(e) => setQty(e.target.value)} style={{ ...field, width: 64, flex: '0 0 64px', textAlign: 'center' }} />
          <select aria-label="Unit" data-testid="item-unit" value={unit} onChange={(e) => setUnit(e.target.value)} style={{ ...field, flex: '0 0 88px' }}>
            {UNITS.map((u) => (
              <option key={u} value={u}>{u}</option>
            ))}
          </select>
          <select aria-label="Aisle" data-testid="item-category" value={category} onChange={(e) => setCategory(e.target.value as CategoryId | 'auto')} style={{ ...field, flex: '2 1 120px' }}>
            <option value="auto">{name.trim() ? `Auto: ${categoryOf(guessed).label}` : 'Aisle: auto'}</option>
            {CATEGORIES.map((c) => (
              <option key={c.id} value={c.id}>{c.icon} {c.label}</option>
            ))}
          </select>
        </div>
        <button type="submit" data-testid="add-item" style={{ flex: '1 1 90px', padding: '11px 18px', borderRadius: 10, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 800, fontSize: 15, cursor: 'pointer', fontFamily: theme.body }}>
          Add
        </button>
      </form>
      <p id="add-help" role={error ? 'alert' : undefined} style={{ margin: 0, fontSize: 13, color: error ? theme.danger : theme.muted, minHeight: 18 }}>
        {error ?? 'Press Enter to add. Adding the same thing again just raises the quantity.'}
      </p>
      {suggestions.length > 0 && (
        <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 6 }}>
          <span style={{ fontSize: 13, color: theme.muted, marginRight: 2 }}>Buy again:</span>
          {suggestions.map((s) => (
            <button
              key={s.name}
              type="button"
              data-testid={`again-${s.name}`}
              onClick={() => onAdd({ name: s.name, qty: 1, unit: s.unit, category: s.category })}
              style={{ padding: '5px 11px', borderRadius: 999, border: `1px dashed ${theme.borderStrong}`, background: 'transparent', color: theme.text, fontSize: 13, fontWeight: 600, cursor: 'pointer', fontFamily: theme.body }}
            >
              + {s.name}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
