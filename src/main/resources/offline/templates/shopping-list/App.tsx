import { useEffect, useRef, useState } from 'react';
import { theme, alpha, usePageSetup } from './theme';
import { CATEGORIES, addItem, copyText, loadStore, saveStore, toText } from './list';
import type { Store } from './list';
import ListHeader from './components/ListHeader';
import AddItemForm from './components/AddItemForm';
import CategorySection from './components/CategorySection';

export default function App() {
  usePageSetup();
  const [initial] = useState(loadStore);
  const [store, setStore] = useState<Store>(initial.store);
  const [storageOk, setStorageOk] = useState<boolean>(initial.storageOk);
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (!saveStore(store)) setStorageOk(false);
  }, [store]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const { items } = store;
  const checked = items.filter((i) => i.checked).length;
  const onList = new Set(items.filter((i) => !i.checked).map((i) => i.name.toLowerCase()));
  const suggestions = store.history.filter((p) => !onList.has(p.name.toLowerCase())).sort((a, b) => b.times - a.times).slice(0, 8);
  const update = (id: string, patch: (i: (typeof items)[number]) => Partial<(typeof items)[number]>) =>
    setStore((prev) => ({ ...prev, items: prev.items.map((i) => (i.id === id ? { ...i, ...patch(i) } : i)) }));

  const groups = CATEGORIES.map((c) => ({
    category: c,
    // Unticked first, in the order added; ticked ones sink to the bottom of their aisle.
    items: items.filter((i) => i.category === c.id).sort((a, b) => Number(a.checked) - Number(b.checked) || a.addedAt - b.addedAt),
  })).filter((g) => g.items.length > 0);

  const button = { padding: '9px 14px', borderRadius: 10, border: `1px solid ${theme.border}`, background: theme.surface, color: theme.text, fontWeight: 600, fontSize: 14, cursor: 'pointer', fontFamily: theme.body } as const;

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(14px, 3.5vw, 44px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 1100, margin: '0 auto', display: 'grid', gap: 'clamp(14px, 2.5vw, 22px)', gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <ListHeader
          total={items.length}
          checked={checked}
          copied={copied}
          onCopy={async () => {
            const ok = await copyText(`${toText(items)}\n`);
            setCopied(ok ? 'ok' : 'failed');
            window.clearTimeout(timer.current);
            timer.current = window.setTimeout(() => setCopied(null), 2500);
          }}
        />
        {!storageOk && (
          <div role="status" style={{ padding: '10px 14px', borderRadius: 12, background: alpha(theme.warning, 0.12), border: `1px solid ${alpha(theme.warning, 0.4)}`, fontSize: 14 }}>
            ⚠️ This browser is not letting the list save, so it will be gone when you close the page.
          </div>
        )}
        <AddItemForm suggestions={suggestions} onAdd={(draft) => setStore((prev) => addItem(prev, draft))} />

        <main aria-label="List" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 320px), 1fr))', gap: 'clamp(16px, 2.5vw, 24px)', alignItems: 'start' }}>
          {groups.length === 0 && (
            <p style={{ gridColumn: '1 / -1', margin: 0, padding: 32, textAlign: 'center', color: theme.muted, border: `1px dashed ${theme.borderStrong}`, borderRadius: theme.radius }}>
              🛒 Nothing on the list. Add what you need above, or tap something you bought before.
            </p>
          )}
          {groups.map((g) => (
            <CategorySection
              key={g.category.id}
              category={g.category}
              items={g.items}
              onToggle={(id) => update(id, (i) => ({ checked: !i.checked }))}
              onQty={(id, qty) => update(id, () => ({ qty }))}
              onRemove={(id) => setStore((prev) => ({ ...prev, items: prev.items.filter((i) => i.id !== id) }))}
            />
          ))}
        </main>

        {items.length > 0 && (
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 10, borderTop: `1px solid ${theme.border}`, paddingTop: 16 }}>
            <button type="button" data-testid="clear-checked" disabled={checked === 0} onClick={() => setStore((prev) => ({ ...prev, items: prev.items.filter((i) => !i.checked) }))} style={{ ...button, opacity: checked === 0 ? 0.5 : 1, cursor: checked === 0 ? 'not-allowed' : 'pointer' }}>
              Remove ticked items ({checked})
            </button>
            <button type="button" data-testid="uncheck-all" disabled={checked === 0} onClick={() => setStore((prev) => ({ ...prev, items: prev.items.map((i) => ({ ...i, checked: false })) }))} style={{ ...button, opacity: checked === 0 ? 0.5 : 1, cursor: checked === 0 ? 'not-allowed' : 'pointer' }}>
              Untick everything
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
