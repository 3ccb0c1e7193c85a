import { useEffect, useRef, useState } from 'react';
import { config } from './config';
import { theme, usePageSetup, useViewportWidth } from './theme';
import { MODES, harmony, normalizeHex, randomColor } from './color';
import type { Mode, Swatch } from './color';
import { MAX_SAVED, copyText, loadSaved, storeSaved } from './storage';
import type { SavedPalette } from './storage';
import Controls from './components/Controls';
import Swatches from './components/Swatches';
import Inspector from './components/Inspector';
import Preview from './components/Preview';
import ExportPanel from './components/ExportPanel';
import SavedPalettes from './components/SavedPalettes';

const START = normalizeHex(config.colors.primary) ?? '#2563eb';

function build(base: string, mode: Mode, previous: Swatch[] | null): Swatch[] {
  return harmony(base, mode).map((hex, i) => (i > 0 && previous?.[i]?.locked ? previous[i] : { hex, locked: previous?.[i]?.locked ?? false }));
}

export default function App() {
  usePageSetup();
  const [mode, setMode] = useState<Mode>('analogous');
  const [swatches, setSwatches] = useState<Swatch[]>(() => build(START, 'analogous', null));
  const [selected, setSelected] = useState<number>(0);
  const [initial] = useState(loadSaved);
  const [saved, setSaved] = useState<SavedPalette[]>(initial.palettes);
  const [storageOk, setStorageOk] = useState<boolean>(initial.ok);
  const [toast, setToast] = useState<string>('');
  const wide = useViewportWidth() >= 720;
  const toastTimer = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (!storeSaved(saved)) setStorageOk(false);
  }, [saved]);
  useEffect(() => () => window.clearTimeout(toastTimer.current), []);

  const notify = (message: string) => {
    setToast(message);
    window.clearTimeout(toastTimer.current);
    toastTimer.current = window.setTimeout(() => setToast(''), 2000);
  };

  const colors = swatches.map((s) => s.hex);
  const base = colors[0];

  const setBase = (hex: string) => setSwatches((prev) => build(hex, mode, prev));
  const changeMode = (next: Mode) => {
    setMode(next);
    setSwatches((prev) => build(prev[0].hex, next, prev));
  };
  const shuffle = () => {
    if (swatches[0].locked) {
      // The base stays, so try a different harmony rule instead.
      const others = MODES.filter((m) => m.id !== mode);
      const next = others[Math.floor(Math.random() * others.length)].id;
      changeMode(next);
      notify(`Base colour is locked: switched to ${MODES.find((m) => m.id === next)?.label.toLowerCase()}.`);
    } else {
      setSwatches((prev) => build(randomColor(), mode, prev));
    }
  };

  // Space bar shuffles, as in most palette tools, unless the user is typing or on a control.
  const shuffleRef = useRef(shuffle);
  shuffleRef.current = shuffle;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.code !== 'Space' || e.repeat || (target && target.closest('input, textarea, select, button, a, [role=radio]'))) return;
      e.preventDefault();
      shuffleRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const copy = async (text: string, label: string) => {
    notify((await copyText(text)) ? `Copied ${label}.` : 'Copying is blocked here: select the text and copy it by hand.');
  };

  const toggleLock = (index: number) => setSwatches((prev) => prev.map((s, i) => (i === index ? { ...s, locked: !s.locked } : s)));
  const replace = (index: number, hex: string) => {
    if (index === 0) setBase(hex);
    else setSwatches((prev) => prev.map((s, i) => (i === index ? { hex, locked: true } : s)));
  };

  const save = () => {
    if (saved.some((p) => p.colors.join() === colors.join())) {
      notify('This palette is already saved.');
      return;
    }
    setSaved((prev) => [{ id: `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`, colors, mode, savedAt: Date.now() }, ...prev].slice(0, MAX_SAVED));
    notify('Palette saved.');
  };
  const load = (p: SavedPalette) => {
    setMode(p.mode);
    setSwatches(p.colors.map((hex) => ({ hex, locked: false })));
    setSelected(0);
    notify('Palette loaded.');
  };

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(16px, 3.5vw, 44px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 1200, margin: '0 auto', display: 'grid', gap: 'clamp(16px, 2.5vw, 24px)', gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <header style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', justifyContent: 'space-between', gap: 12 }}>
          <div style={{ minWidth: 0 }}>
            <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(28px, 5vw, 44px)', margin: 0, lineHeight: 1.1 }}>{config.title}</h1>
            <p style={{ margin: '8px 0 0', color: theme.muted, fontSize: 'clamp(15px, 2vw, 18px)' }}>{config.tagline}</p>
          </div>
          {wide && <p style={{ margin: 0, fontSize: 14, color: theme.muted }}>
            Press <kbd style={{ padding: '2px 8px', borderRadius: 6, border: `1px solid ${theme.borderStrong}`, background: theme.surface, fontFamily: theme.body, fontSize: 13 }}>Space</kbd> to shuffle
          </p>}
        </header>
        <Controls base={base} mode={mode} baseLocked={swatches[0].locked} onBase={setBase} onMode={changeMode} onShuffle={shuffle} onSave={save} />
        <Swatches swatches={swatches} selected={selected} onSelect={setSelected} onLock={toggleLock} onCopy={(hex) => copy(hex, hex)} />
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 360px), 1fr))', gap: 'clamp(16px, 2.5vw, 24px)', alignItems: 'start' }}>
          <Inspector colors={colors} index={selected} onUse={(hex) => replace(selected, hex)} onCopy={(hex) => copy(hex, hex)} />
          <div style={{ display: 'grid', gap: 'clamp(16px, 2.5vw, 24px)', gridTemplateColumns: 'minmax(0, 1fr)' }}>
            <Preview colors={colors} />
            <ExportPanel colors={colors} onCopy={(text) => copy(text, 'the code')} />
          </div>
        </div>
        <SavedPalettes palettes={saved} storageOk={storageOk} onLoad={load} onDelete={(id) => setSaved((prev) => prev.filter((p) => p.id !== id))} />
      </div>
      <div
        role="status"
        aria-live="polite"
        data-testid="toast"
        style={{ position: 'fixed', left: '50%', bottom: 24, transform: `translate(-50%, ${toast ? '0' : '140%'})`, opacity: toast ? 1 : 0, transition: 'transform 200ms, opacity 200ms', background: theme.text, color: theme.background, padding: '12px 18px', borderRadius: 12, fontWeight: 600, fontSize: 15, boxShadow: theme.shadow, maxWidth: 'calc(100vw - 48px)', boxSizing: 'border-box', pointerEvents: 'none', zIndex: 30 }}
      >
        {toast}
      </div>
    </div>
  );
}
