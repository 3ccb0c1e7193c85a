import { useState } from 'react';
import { config } from './config';
import { theme, usePageSetup } from './theme';
import type { ContactValues } from './validation';
import ContactForm from './components/ContactForm';
import SuccessSummary from './components/SuccessSummary';
import ContactInfo from './components/ContactInfo';

export default function App() {
  usePageSetup();
  const [sent, setSent] = useState<{ values: ContactValues; reference: string } | null>(null);

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(16px, 4vw, 56px)', boxSizing: 'border-box', lineHeight: 1.5 }}>
      <div style={{ maxWidth: 1080, margin: '0 auto' }}>
        <header style={{ marginBottom: 'clamp(20px, 4vw, 36px)', maxWidth: 640 }}>
          <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(30px, 5vw, 48px)', margin: 0, lineHeight: 1.1 }}>{config.title}</h1>
          <p style={{ margin: '10px 0 0', color: theme.muted, fontSize: 'clamp(16px, 2vw, 19px)' }}>{config.tagline}</p>
        </header>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'clamp(18px, 3vw, 32px)', alignItems: 'flex-start' }}>
          <main style={{ flex: '2 1 520px', minWidth: 0, background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 24, boxShadow: theme.shadow, padding: 'clamp(18px, 4vw, 40px)' }}>
            {sent ? (
              <SuccessSummary values={sent.values} reference={sent.reference} onReset={() => setSent(null)} />
            ) : (
              <ContactForm onSent={(values, reference) => setSent({ values, reference })} />
            )}
          </main>
          <ContactInfo />
        </div>
      </div>
    </div>
  );
}
