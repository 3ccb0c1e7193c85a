import { useEffect, useRef } from 'react';
import { config } from '../config';
import { theme, alpha } from '../theme';
import type { ContactValues } from '../validation';

interface SuccessSummaryProps {
  values: ContactValues;
  reference: string;
  onReset: () => void;
}

export default function SuccessSummary({ values, reference, onReset }: SuccessSummaryProps) {
  const heading = useRef<HTMLHeadingElement | null>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const rows: [string, string][] = [
    ['Name', values.name],
    ['Email', values.email],
    ...(values.phone ? ([['Phone', values.phone]] as [string, string][]) : []),
    ['Topic', values.topic],
    ['Reply', values.reply === 'email' ? 'By email' : 'Call back'],
  ];

  return (
    <div data-testid="success" role="status" style={{ display: 'grid', gap: 20 }}>
      <div style={{ display: 'flex', gap: 16, alignItems: 'center' }}>
        <span aria-hidden="true" style={{ width: 56, height: 56, borderRadius: '50%', background: alpha(theme.success, 0.15), color: theme.success, display: 'grid', placeItems: 'center', fontSize: 28, fontWeight: 800, flexShrink: 0 }}>✓</span>
        <div>
          <h2 ref={heading} tabIndex={-1} style={{ margin: 0, fontFamily: theme.heading, fontSize: 'clamp(22px, 3vw, 28px)', outline: 'none' }}>
            Thank you, {values.name.split(' ')[0]}!
          </h2>
          <p style={{ margin: '4px 0 0', color: theme.muted }}>
            Your message to {config.title} has been received. Reference <strong data-testid="reference" style={{ color: theme.text }}>{reference}</strong>
          </p>
        </div>
      </div>
      <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'minmax(80px, max-content) 1fr', gap: '10px 18px', padding: 18, borderRadius: 16, background: theme.subtle }}>
        {rows.map(([k, v]) => (
          <div key={k} style={{ display: 'contents' }}>
            <dt style={{ color: theme.muted, fontWeight: 600 }}>{k}</dt>
            <dd style={{ margin: 0, overflowWrap: 'anywhere' }}>{v}</dd>
          </div>
        ))}
        <dt style={{ color: theme.muted, fontWeight: 600 }}>Message</dt>
        <dd style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{values.message}</dd>
      </dl>
      <div>
        <h3 style={{ margin: '0 0 6px', fontSize: 17 }}>What happens next</h3>
        <p style={{ margin: 0, color: theme.muted }}>
          {values.reply === 'email'
            ? `We will reply to ${values.email} within one working day. Quote ${reference} if you write again about the same thing.`
            : `We will call ${values.phone} on the next working day between 9:00 and 17:00. Keep ${reference} handy.`}
        </p>
      </div>
      <div>
        <button type="button" data-testid="send-another" onClick={onReset} style={{ padding: '12px 22px', borderRadius: 12, border: `2px solid ${theme.border}`, background: 'transparent', color: theme.text, fontWeight: 700, fontSize: 15, cursor: 'pointer', fontFamily: theme.body }}>
          Send another message
        </button>
      </div>
    </div>
  );
}
