import { useState } from 'react';
import { spec } from '../spec';
import type { Item } from '../spec';
import { aOrAn, button, card, field, heading, label } from '../look';

/** A form to add an item of the app's kind; what adding it failed on is said under it. */
export default function ItemForm({ onAdd }: { onAdd: (item: Omit<Item, 'id' | 'date'> & { date?: string }) => void | Promise<void> }) {
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [category, setCategory] = useState(spec.categories[0] ?? '');
  const [price, setPrice] = useState('');
  const [date, setDate] = useState('');
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      data-testid="item-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!title.trim()) return;
        setBusy(true);
        try {
          await onAdd({ title: title.trim(), summary: summary.trim(), category, price: spec.price && price ? Number(price) : undefined, rating: spec.rating ? 0 : undefined, date: date || undefined });
        } catch (problem) {
          setDone(problem instanceof Error && problem.message ? problem.message : `The ${spec.kind} could not be added; try again.`);
          return;
        } finally {
          setBusy(false);
        }
        setDone(`Added “${title.trim()}”.`);
        setTitle('');
        setSummary('');
        setPrice('');
      }}
      style={{ ...card, display: 'grid', gap: 12 }}
    >
      <h2 style={heading}>Add {aOrAn(spec.kind)}</h2>
      <label style={label}>
        Title
        <input required data-testid="item-title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={120} style={field} />
      </label>
      <label style={label}>
        Description
        <textarea data-testid="item-summary" value={summary} onChange={(e) => setSummary(e.target.value)} maxLength={4000} rows={3} style={field} />
      </label>
      <div style={{ display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 180px), 1fr))' }}>
        <label style={label}>
          Category
          <select data-testid="item-category" value={category} onChange={(e) => setCategory(e.target.value)} style={field}>
            {spec.categories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label style={label}>
          Date
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} style={field} />
        </label>
        {spec.price && (
          <label style={label}>
            Price
            <input type="number" min="0" step="0.01" value={price} onChange={(e) => setPrice(e.target.value)} style={field} />
          </label>
        )}
      </div>
      <button type="submit" data-testid="add-item" disabled={busy} style={{ ...button('primary'), justifySelf: 'start', opacity: busy ? 0.7 : 1 }}>
        Add {spec.kind}
      </button>
      <p role="status" aria-live="polite" style={{ margin: 0, minHeight: 20 }}>{done}</p>
    </form>
  );
}
