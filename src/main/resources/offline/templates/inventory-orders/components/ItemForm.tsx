import { useState } from 'react';
import type { FormEvent } from 'react';
import { DataError } from 'faibric/data';
import { button, card, field, label, row } from '../kit/ui';
import { FormMessage } from '../kit/States';
import { useShell } from '../kit/Shell';
import { items as itemRows, movements } from '../inventory';
import type { Item } from '../inventory';

/** A new item (its first stock is logged as received), or an item's details. */
export default function ItemForm({ item, onDone }: { item: Item | null; onDone: () => void }) {
  const { notify } = useShell();
  const [sku, setSku] = useState(item?.sku ?? '');
  const [name, setName] = useState(item?.name ?? '');
  const [unit, setUnit] = useState(item?.unit ?? 'pcs');
  const [stock, setStock] = useState(item ? String(item.stock) : '0');
  const [reorder, setReorder] = useState(item ? String(item.reorderLevel) : '5');
  const [price, setPrice] = useState(item?.price != null ? String(item.price) : '');
  const [location, setLocation] = useState(item?.location ?? '');
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const count = Number(stock);
    const level = Number(reorder);
    const cost = price.trim() === '' ? null : Number(price);
    if (!sku.trim() || !name.trim()) return setError(new Error('An item needs a SKU and a name.'));
    if (!Number.isInteger(count) || count < 0 || !Number.isInteger(level) || level < 0) return setError(new Error('Stock and reorder level are whole numbers of 0 or more.'));
    if (cost !== null && (!Number.isFinite(cost) || cost < 0)) return setError(new Error('Enter a price of 0 or more, or leave it empty.'));
    const values = { sku: sku.trim().toUpperCase(), name: name.trim(), unit: unit.trim() || 'pcs', reorderLevel: level, price: cost, location: location.trim() || null };
    try {
      if (item) {
        await itemRows.update(item.id, values);
        notify('Item saved.');
      } else {
        const made = await itemRows.create({ ...values, stock: count });
        if (count > 0) await movements.create({ item: made.id, change: count, reason: 'received', note: 'Opening stock' });
        notify(`Added ${made.name}.`);
      }
      onDone();
    } catch (problem) {
      setError(problem instanceof DataError && problem.status === 409 ? new Error(`Another item already has the SKU ${values.sku}.`) : problem);
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="item-form" style={{ ...card, display: 'grid', gap: 12 }}>
      <div style={{ display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 150px), 1fr))' }}>
        <label style={label}>
          SKU
          <input data-testid="item-sku" value={sku} maxLength={40} onChange={(e) => setSku(e.target.value)} style={field} />
        </label>
        <label style={label}>
          Name
          <input data-testid="item-name" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} style={field} />
        </label>
        <label style={label}>
          Unit
          <input value={unit} maxLength={20} onChange={(e) => setUnit(e.target.value)} style={field} />
        </label>
        {!item && (
          <label style={label}>
            In stock now
            <input data-testid="item-stock-input" inputMode="numeric" value={stock} onChange={(e) => setStock(e.target.value)} style={field} />
          </label>
        )}
        <label style={label}>
          Reorder at
          <input inputMode="numeric" value={reorder} onChange={(e) => setReorder(e.target.value)} style={field} />
        </label>
        <label style={label}>
          Price
          <input inputMode="decimal" value={price} onChange={(e) => setPrice(e.target.value)} style={field} />
        </label>
        <label style={label}>
          Place
          <input value={location} maxLength={80} placeholder="Shelf A1" onChange={(e) => setLocation(e.target.value)} style={field} />
        </label>
      </div>
      <FormMessage error={error} />
      <div style={row}>
        <button type="submit" data-testid="save-item" style={button('primary')}>{item ? 'Save item' : 'Add item'}</button>
        <button type="button" onClick={onDone} style={button('secondary')}>Cancel</button>
      </div>
    </form>
  );
}
