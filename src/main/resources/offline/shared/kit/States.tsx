import type { ReactNode } from 'react';
import { theme, alpha } from '../theme';
import { button } from './ui';
import { problemText } from './format';

// The three states every list of shared data goes through besides showing rows.

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div role="status" aria-live="polite" data-testid="loading" style={{ display: 'flex', alignItems: 'center', gap: 10, padding: '22px 4px', color: theme.muted, fontSize: 15 }}>
      <span aria-hidden="true" style={{ display: 'inline-flex', gap: 4 }}>
        {[0, 1, 2].map((i) => (
          <span key={i} style={{ width: 8, height: 8, borderRadius: 4, background: alpha(theme.primary, 0.35 + i * 0.25) }} />
        ))}
      </span>
      {label}
    </div>
  );
}

export function Problem({ error, onRetry, action }: { error: unknown; onRetry?: () => void; action?: ReactNode }) {
  return (
    <div role="alert" data-testid="problem" style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12, padding: '12px 16px', borderRadius: 12, background: alpha(theme.danger, 0.08), border: `1px solid ${alpha(theme.danger, 0.35)}`, color: theme.text, fontSize: 15 }}>
      <span aria-hidden="true">⚠️</span>
      <span style={{ flex: '1 1 220px', minWidth: 0, overflowWrap: 'anywhere' }}>{problemText(error)}</span>
      {action}
      {onRetry && (
        <button type="button" onClick={onRetry} style={button('secondary', true)}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Empty({ icon, title, children, testId }: { icon: string; title: string; children?: ReactNode; testId?: string }) {
  return (
    <div data-testid={testId ?? 'empty'} style={{ textAlign: 'center', padding: 'clamp(28px, 5vw, 48px) 20px', border: `1px dashed ${theme.borderStrong}`, borderRadius: theme.radius, color: theme.muted, display: 'grid', gap: 10, justifyItems: 'center' }}>
      <span aria-hidden="true" style={{ fontSize: 40 }}>{icon}</span>
      <p style={{ margin: 0, fontWeight: 700, fontSize: 17, color: theme.text }}>{title}</p>
      {children && <div style={{ maxWidth: 460, lineHeight: 1.55, display: 'grid', gap: 12, justifyItems: 'center' }}>{children}</div>}
    </div>
  );
}

/** A short inline message after a form is sent: success or a problem. */
export function FormMessage({ error, success }: { error?: unknown; success?: string | null }) {
  if (error) {
    return (
      <p role="alert" data-testid="form-error" style={{ margin: 0, color: theme.danger, fontSize: 14, fontWeight: 600 }}>
        {problemText(error)}
      </p>
    );
  }
  if (success) {
    return (
      <p role="status" style={{ margin: 0, color: theme.success, fontSize: 14, fontWeight: 600 }}>
        {success}
      </p>
    );
  }
  return null;
}

/** What `useCollection` gives: the rows, how many there are, and how the load went. */
export interface LiveList<T> {
  items: T[];
  total: number;
  loading: boolean;
  error: unknown;
  reload: () => void;
}

/** A live list's rows (`children`), or its loading, error or empty state. */
export function ListState<T>({ list, empty, loadingLabel, children }: { list: LiveList<T>; empty: ReactNode; loadingLabel?: string; children: ReactNode }) {
  if (list.items.length === 0) {
    if (list.error) return <Problem error={list.error} onRetry={list.reload} />;
    if (list.loading) return <Loading label={loadingLabel} />;
    return <>{empty}</>;
  }
  return (
    <>
      {list.error ? <Problem error={list.error} onRetry={list.reload} /> : null}
      {children}
    </>
  );
}
