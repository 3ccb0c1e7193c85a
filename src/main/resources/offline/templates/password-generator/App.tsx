import { useEffect, useRef, useState } from 'react';
import { config } from './config';
import { theme, usePageSetup } from './theme';
import { copyText, entropyBits, generate, loadSettings, saveSettings, strengthOf } from './generator';
import type { Settings } from './generator';
import PasswordDisplay from './components/PasswordDisplay';
import StrengthMeter from './components/StrengthMeter';
import Options from './components/Options';
import RecentList from './components/RecentList';

export default function App() {
  usePageSetup();
  const [settings, setSettings] = useState<Settings>(loadSettings);
  const [password, setPassword] = useState<string>(() => generate(settings));
  const [recent, setRecent] = useState<string[]>([]);
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => saveSettings(settings), [settings]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const regenerate = (next: Settings = settings) => {
    setPassword(generate(next));
    setCopied(null);
  };
  const change = (patch: Partial<Settings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    regenerate(next);
  };
  const copy = async (value: string) => {
    const ok = await copyText(value);
    setCopied(ok ? 'ok' : 'failed');
    if (ok) setRecent((prev) => [value, ...prev.filter((p) => p !== value)].slice(0, 6));
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setCopied(null), 2500);
  };

  const bits = entropyBits(settings);

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(16px, 4vw, 48px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 1040, margin: '0 auto', display: 'grid', gap: 'clamp(16px, 3vw, 26px)', gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <header>
          <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(28px, 5vw, 44px)', margin: 0, lineHeight: 1.1 }}>{config.title}</h1>
          <p style={{ margin: '8px 0 0', color: theme.muted, fontSize: 'clamp(15px, 2vw, 18px)' }}>{config.tagline}</p>
        </header>
        <main style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 380px), 1fr))', gap: 'clamp(16px, 3vw, 26px)', alignItems: 'start' }}>
          <section aria-label="Your password" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius + 6, padding: 'clamp(18px, 3vw, 28px)', boxShadow: theme.shadow, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 22, minWidth: 0 }}>
            <PasswordDisplay password={password} words={settings.mode === 'passphrase'} copied={copied} onCopy={() => void copy(password)} onRegenerate={() => regenerate()} />
            <StrengthMeter bits={bits} strength={strengthOf(bits)} />
          </section>
          <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 'clamp(16px, 3vw, 26px)', minWidth: 0 }}>
            <section aria-label="Options" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius + 6, padding: 'clamp(18px, 3vw, 28px)', boxShadow: theme.shadowSmall }}>
              <Options settings={settings} onChange={change} />
            </section>
            <RecentList items={recent} onCopy={(p) => void copy(p)} onClear={() => setRecent([])} />
          </div>
        </main>
        <p style={{ margin: 0, fontSize: 13, color: theme.muted }}>
          Passwords are made on your device with the browser’s cryptographic random generator and are never sent anywhere. Use a different one for every account and keep them in a password manager.
        </p>
      </div>
    </div>
  );
}
