import { useEffect, useRef, useState } from 'react';
import { config } from './config';
import { theme, usePageSetup } from './theme';
import { LEVELS, loadBests, newDeck, saveBests } from './game';
import type { Bests, Card, Level, SetId } from './game';
import Settings from './components/Settings';
import Board from './components/Board';
import Scoreboard from './components/Scoreboard';
import WinPanel from './components/WinPanel';

const FLIP_BACK_MS = 850;

export default function App() {
  usePageSetup();
  const [level, setLevel] = useState<Level>('medium');
  const [set, setSet] = useState<SetId>('animals');
  const [deck, setDeck] = useState<Card[]>(() => newDeck('medium', 'animals'));
  const [flipped, setFlipped] = useState<number[]>([]);
  const [moves, setMoves] = useState<number>(0);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [finishedAt, setFinishedAt] = useState<number | null>(null);
  const [now, setNow] = useState<number>(() => Date.now());
  const [bests, setBests] = useState<Bests>(loadBests);
  const [record, setRecord] = useState<{ moves: boolean; time: boolean }>({ moves: false, time: false });
  const [announcement, setAnnouncement] = useState<string>('');
  const timer = useRef<number | undefined>(undefined);

  const pairs = deck.length / 2;
  const matchedPairs = deck.filter((c) => c.matched).length / 2;
  const won = finishedAt !== null;
  const running = startedAt !== null && !won;
  const elapsed = startedAt === null ? 0 : (finishedAt ?? now) - startedAt;

  useEffect(() => {
    if (!running) return;
    const id = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(id);
  }, [running]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const restart = (nextLevel = level, nextSet = set) => {
    window.clearTimeout(timer.current);
    setLevel(nextLevel);
    setSet(nextSet);
    setDeck(newDeck(nextLevel, nextSet));
    setFlipped([]);
    setMoves(0);
    setStartedAt(null);
    setFinishedAt(null);
    setRecord({ moves: false, time: false });
    setAnnouncement('New game. Find all the pairs.');
  };

  const finish = (totalMoves: number) => {
    const end = Date.now();
    const time = end - (startedAt ?? end);
    setFinishedAt(end);
    const best = bests[level];
    const movesRecord = best.moves === null || totalMoves < best.moves;
    const timeRecord = best.timeMs === null || time < best.timeMs;
    setRecord({ moves: movesRecord, time: timeRecord });
    if (movesRecord || timeRecord) {
      const next = { ...bests, [level]: { moves: movesRecord ? totalMoves : best.moves, timeMs: timeRecord ? time : best.timeMs } };
      setBests(next);
      saveBests(next);
    }
  };

  const flip = (index: number) => {
    const card = deck[index];
    if (won || card.matched || flipped.includes(index) || flipped.length === 2) return;
    if (startedAt === null) {
      setStartedAt(Date.now());
      setNow(Date.now());
    }
    if (flipped.length === 0) {
      setFlipped([index]);
      return;
    }
    const first = deck[flipped[0]];
    const totalMoves = moves + 1;
    setMoves(totalMoves);
    if (first.symbol === card.symbol) {
      const next = deck.map((c, i) => (i === index || i === flipped[0] ? { ...c, matched: true } : c));
      setDeck(next);
      setFlipped([]);
      setAnnouncement(`Match! ${next.filter((c) => c.matched).length / 2} of ${pairs} pairs found.`);
      if (next.every((c) => c.matched)) finish(totalMoves);
    } else {
      setFlipped([flipped[0], index]);
      setAnnouncement('Not a pair.');
      timer.current = window.setTimeout(() => setFlipped([]), FLIP_BACK_MS);
    }
  };

  const levelInfo = LEVELS.find((l) => l.id === level) ?? LEVELS[1];

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(14px, 3.5vw, 44px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 900, margin: '0 auto', display: 'grid', gap: 'clamp(14px, 2.5vw, 22px)', gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <header style={{ textAlign: 'center' }}>
          <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(30px, 6vw, 48px)', margin: 0, lineHeight: 1.1 }}>{config.title}</h1>
          <p style={{ margin: '8px 0 0', color: theme.muted, fontSize: 'clamp(15px, 2vw, 18px)' }}>{config.tagline}</p>
        </header>
        <Settings level={level} set={set} onLevel={(l) => restart(l, set)} onSet={(s) => restart(level, s)} onRestart={() => restart()} />
        <Scoreboard moves={moves} elapsed={elapsed} matched={matchedPairs} pairs={pairs} best={bests[level]} />
        <p role="status" aria-live="polite" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', margin: 0 }}>{announcement}</p>
        {won ? (
          <WinPanel moves={moves} elapsed={elapsed} pairs={pairs} record={record} levelLabel={levelInfo.label} onAgain={() => restart()} />
        ) : (
          <Board deck={deck} flipped={flipped} columns={levelInfo.columns} mobileColumns={levelInfo.mobileColumns} onFlip={flip} />
        )}
        <p style={{ margin: 0, textAlign: 'center', fontSize: 13, color: theme.muted }}>Best scores are kept in this browser, separately for each board size.</p>
      </div>
    </div>
  );
}
