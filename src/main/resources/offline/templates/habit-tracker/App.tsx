import { useEffect, useState } from 'react';
import { config } from './config';
import { theme, alpha, usePageSetup, useViewportWidth } from './theme';
import { addDays, bestStreak, currentStreak, loadStore, newId, removeHabit, saveStore, startOfDay, startOfWeek, summarize, toggleDone, weekDays } from './habits';
import type { Store } from './habits';
import Summary from './components/Summary';
import WeekNav from './components/WeekNav';
import HabitRow from './components/HabitRow';
import HabitForm from './components/HabitForm';
import DayHeader from './components/DayHeader';

export default function App() {
  usePageSetup();
  const wide = useViewportWidth() >= 780;
  const [initial] = useState(loadStore);
  const [store, setStore] = useState<Store>(initial.store);
  const [storageOk, setStorageOk] = useState<boolean>(initial.storageOk);
  const [today, setToday] = useState<Date>(() => startOfDay(new Date()));
  const [monday, setMonday] = useState<Date>(() => startOfWeek(new Date()));
  const [editing, setEditing] = useState<string | null>(null);

  useEffect(() => {
    if (!saveStore(store)) setStorageOk(false);
  }, [store]);
  // Roll over at midnight if the page stays open.
  useEffect(() => {
    const id = window.setInterval(() => {
      const now = startOfDay(new Date());
      setToday((prev) => (prev.getTime() === now.getTime() ? prev : now));
    }, 60_000);
    return () => window.clearInterval(id);
  }, []);

  const days = weekDays(monday);
  const isCurrentWeek = monday.getTime() === startOfWeek(today).getTime();
  const sets = new Map(store.habits.map((h) => [h.id, new Set(store.done[h.id] ?? [])]));
  const summary = summarize(store, days, today);

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(14px, 3.5vw, 44px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 1080, margin: '0 auto', display: 'grid', gap: 'clamp(14px, 2.5vw, 22px)', gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <header>
          <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(28px, 4.5vw, 42px)', margin: 0, lineHeight: 1.12 }}>{config.title}</h1>
          <p style={{ margin: '8px 0 0', color: theme.muted, fontSize: 'clamp(15px, 2vw, 18px)' }}>{config.tagline}</p>
        </header>

        {!storageOk && (
          <div role="status" style={{ padding: '10px 14px', borderRadius: 12, background: alpha(theme.warning, 0.12), border: `1px solid ${alpha(theme.warning, 0.4)}`, fontSize: 14 }}>
            ⚠️ This browser is not letting the tracker save, so your ticks will be lost when you close the page.
          </div>
        )}

        <Summary doneToday={summary.doneToday} weekPercent={summary.weekPercent} topStreak={summary.topStreak} total={store.habits.length} isCurrentWeek={isCurrentWeek} />

        <main style={{ display: 'grid', gap: 10, gridTemplateColumns: 'minmax(0, 1fr)' }}>
          <WeekNav monday={monday} isCurrentWeek={isCurrentWeek} onPrev={() => setMonday((m) => addDays(m, -7))} onNext={() => setMonday((m) => addDays(m, 7))} onToday={() => setMonday(startOfWeek(today))} />
          {wide && store.habits.length > 0 && <DayHeader days={days} today={today} />}
          {store.habits.length === 0 && <p style={{ margin: 0, padding: 28, textAlign: 'center', color: theme.muted, border: `1px dashed ${theme.borderStrong}`, borderRadius: theme.radius }}>No habits yet. Start with one small thing you want to do more often.</p>}
          {store.habits.map((h) =>
            editing === h.id ? (
              <HabitForm
                key={h.id}
                initial={h}
                habits={store.habits}
                onCancel={() => setEditing(null)}
                onSave={(draft) => {
                  setStore((prev) => ({ ...prev, habits: prev.habits.map((x) => (x.id === h.id ? { ...x, ...draft } : x)) }));
                  setEditing(null);
                }}
              />
            ) : (
              <HabitRow
                key={h.id}
                habit={h}
                days={days}
                today={today}
                done={sets.get(h.id) ?? new Set()}
                streak={currentStreak(sets.get(h.id) ?? new Set(), today)}
                best={bestStreak(store.done[h.id] ?? [])}
                weekCount={summary.weekCounts.get(h.id) ?? 0}
                wide={wide}
                onToggle={(key) => setStore((prev) => toggleDone(prev, h.id, key))}
                onEdit={() => setEditing(h.id)}
                onDelete={() => setStore((prev) => removeHabit(prev, h.id))}
              />
            ),
          )}
        </main>

        <HabitForm habits={store.habits} onSave={(draft) => setStore((prev) => ({ habits: [...prev.habits, { id: newId(), ...draft }], done: { ...prev.done } }))} />
      </div>
    </div>
  );
}
