import { useEffect, useRef, useState } from 'react';
import { config } from './config';
import { theme, alpha, usePageSetup, useViewportWidth } from './theme';
import { CATEGORIES, MAX_WRONG, loadStats, pickWord, saveStats } from './words';
import type { CategoryId, Entry, Stats as GameStats } from './words';
import Gallows from './components/Gallows';
import WordSlots from './components/WordSlots';
import Keyboard from './components/Keyboard';
import Stats from './components/Stats';

export default function App() {
  usePageSetup();
  const [category, setCategory] = useState<CategoryId>('animals');
  const [entry, setEntry] = useState<Entry>(() => pickWord('animals', []));
  const [recent, setRecent] = useState<string[]>(() => [entry.word]);
  const [guessed, setGuessed] = useState<string[]>([]);
  const [hint, setHint] = useState<boolean>(false);
  const [stats, setStats] = useState<GameStats>(loadStats);
  const narrow = useViewportWidth() < 560;

  const word = entry.word;
  const letters = new Set(word.replace(/[^A-Z]/g, '').split(''));
  const guessedSet = new Set(guessed);
  const wrong = guessed.filter((l) => !letters.has(l)).length;
  const won = [...letters].every((l) => guessedSet.has(l));
  const lost = !won && wrong >= MAX_WRONG;
  const over = won || lost;

  const record = (didWin: boolean) =>
    setStats((s) => {
      const streak = didWin ? s.streak + 1 : 0;
      const next = { wins: s.wins + (didWin ? 1 : 0), losses: s.losses + (didWin ? 0 : 1), streak, bestStreak: Math.max(s.bestStreak, streak) };
      saveStats(next);
      return next;
    });

  const guess = (letter: string) => {
    if (over || guessedSet.has(letter)) return;
    const next = [...guessed, letter];
    setGuessed(next);
    const nextSet = new Set(next);
    const nowWon = [...letters].every((l) => nextSet.has(l));
    const nowWrong = next.filter((l) => !letters.has(l)).length;
    if (nowWon) record(true);
    else if (nowWrong >= MAX_WRONG) record(false);
  };

  const newWord = (cat: CategoryId = category) => {
    // An unfinished round counts as a loss, so skipping hard words does not protect a streak.
    if (!over && guessed.length > 0) record(false);
    const list = CATEGORIES.find((c) => c.id === cat)?.words ?? [];
    const sameCategoryRecent = recent.filter((w) => list.some((e) => e.word === w));
    const next = pickWord(cat, sameCategoryRecent.length >= list.length ? [word] : recent);
    setCategory(cat);
    setEntry(next);
    setRecent((r) => [...r.slice(-60), next.word]);
    setGuessed([]);
    setHint(false);
  };

  const guessRef = useRef(guess);
  guessRef.current = guess;
  const newRef = useRef(newWord);
  newRef.current = newWord;
  const overRef = useRef(over);
  overRef.current = over;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.ctrlKey || e.metaKey || e.altKey || (target && target.closest('input, textarea, select'))) return;
      if (/^[a-zA-Z]$/.test(e.key)) guessRef.current(e.key.toUpperCase());
      else if (e.key === 'Enter' && overRef.current && !(target && target.closest('button'))) newRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const cat = CATEGORIES.find((c) => c.id === category) ?? CATEGORIES[0];
  const status = won ? `You got it: ${word}! 🎉` : lost ? `Out of guesses. The word was ${word}.` : `${MAX_WRONG - wrong} ${MAX_WRONG - wrong === 1 ? 'guess' : 'guesses'} left`;

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(14px, 3.5vw, 44px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 820, margin: '0 auto', display: 'grid', gap: 'clamp(14px, 2.5vw, 22px)', gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <header style={{ textAlign: 'center' }}>
          <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(30px, 6vw, 48px)', margin: 0, lineHeight: 1.1 }}>{config.title}</h1>
          <p style={{ margin: '8px 0 0', color: theme.muted, fontSize: 'clamp(15px, 2vw, 18px)' }}>{config.tagline}</p>
        </header>
        <div style={{ display: 'flex', gap: 10, flexWrap: 'wrap', justifyContent: 'center', alignItems: 'center' }}>
          <label style={{ display: 'flex', alignItems: 'center', gap: 8, fontWeight: 700, fontSize: 14 }}>
            Category
            <select data-testid="category" value={category} onChange={(e) => newWord(e.target.value as CategoryId)} style={{ padding: '9px 12px', borderRadius: 12, border: `1px solid ${theme.border}`, background: theme.surface, color: theme.text, fontSize: 15, fontWeight: 700, fontFamily: theme.body }}>
              {CATEGORIES.map((c) => (
                <option key={c.id} value={c.id}>{c.icon} {c.label}</option>
              ))}
            </select>
          </label>
          <button type="button" data-testid="new-word" onClick={() => newWord()} style={{ padding: '10px 16px', borderRadius: 12, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 800, fontSize: 14, cursor: 'pointer', fontFamily: theme.body }}>
            {over ? 'Next word ↵' : 'New word'}
          </button>
        </div>
        <Stats stats={stats} />
        <main style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 22, padding: 'clamp(16px, 3vw, 28px)', boxShadow: theme.shadow, display: 'grid', gap: 20, gridTemplateColumns: 'minmax(0, 1fr)' }}>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 20, alignItems: 'center', justifyContent: 'center' }}>
            <div style={{ flex: narrow ? '0 1 160px' : '0 1 220px', minWidth: narrow ? 120 : 160, maxWidth: narrow ? 170 : undefined }}>
              <Gallows wrong={wrong} lost={lost} won={won} />
            </div>
            <div style={{ flex: '1 1 300px', minWidth: 0, display: 'grid', gap: 16, justifyItems: 'center', textAlign: 'center' }}>
              <span style={{ padding: '4px 12px', borderRadius: 999, background: theme.tint, fontWeight: 700, fontSize: 14 }}>{cat.icon} {cat.label} · {word.replace(/[^A-Z]/g, '').length} letters</span>
              <WordSlots word={word} guessed={guessedSet} reveal={lost} />
              <p data-testid="status" role="status" aria-live="polite" style={{ margin: 0, fontWeight: 800, fontSize: 18, color: won ? theme.success : lost ? theme.danger : theme.text }}>{status}</p>
              <div aria-hidden="true" style={{ display: 'flex', gap: 6 }}>
                {Array.from({ length: MAX_WRONG }, (_, i) => (
                  <span key={i} style={{ width: 14, height: 14, borderRadius: '50%', background: i < wrong ? theme.danger : alpha(theme.text, 0.15) }} />
                ))}
              </div>
              {hint || over ? (
                <p data-testid="hint" style={{ margin: 0, color: theme.muted }}>💡 {entry.hint}</p>
              ) : (
                <button type="button" data-testid="show-hint" onClick={() => setHint(true)} style={{ border: 'none', background: 'none', padding: 4, color: theme.primaryOnSurface, fontWeight: 800, cursor: 'pointer', fontSize: 15, fontFamily: theme.body }}>
                  💡 Show a hint
                </button>
              )}
            </div>
          </div>
          <Keyboard guessed={guessedSet} word={word} disabled={over} onGuess={guess} />
          <p style={{ margin: 0, textAlign: 'center', fontSize: 13, color: theme.muted }}>Type on your keyboard or tap the letters. Skipping an unfinished word counts as a loss.</p>
        </main>
      </div>
    </div>
  );
}
