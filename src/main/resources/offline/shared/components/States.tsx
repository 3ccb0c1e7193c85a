import type { ReactNode } from 'react';
import { theme, alpha } from '../theme';
import { button, errorText } from '../ui';

// The friendly in-between states of a page that shows shared data: loading, failed, empty.

/** A quiet placeholder while data loads. */
export function Loading({ what }: { what: string }) {
  return (
    <div role="status" aria-live="polite" data-testid="loading" style={{ display: 'flex', alignItems: 'center', gap: 10, padding: '22px 4px', color: theme.muted, fontSize: 15 }}>
      <span aria-hidden="true" style={{ width: 10, height: 10, borderRadius: 5, background: theme.primary, opacity: 0.6 }} />
      Loading {what}…
    </div>
  );
}

/** What failed, in the server's words, with a way to try again. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div role="alert" data-testid="error" style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12, padding: '12px 14px', borderRadius: 12, background: alpha(theme.danger, 0.1), border: `1px solid ${alpha(theme.danger, 0.35)}`, color: theme.text, fontSize: 14 }}>
      <span style={{ flex: 1, minWidth: 200 }}>
        <strong style={{ color: theme.danger }}>Something went wrong. </strong>
        {errorText(error)}
      </span>
      {onRetry && (
        <button type="button" onClick={onRetry} style={button('secondary', true)}>
          Try again
        </button>
      )}
    </div>
  );
}

/** An empty list, saying what will appear here and how to start. */
export function Empty({ icon, title, children, action }: { icon: string; title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div data-testid="empty" style={{ textAlign: 'center', padding: 'clamp(24px, 5vw, 48px) 16px', border: `1px dashed ${theme.borderStrong}`, borderRadius: theme.radius, color: theme.muted, display: 'grid', gap: 10, justifyItems: 'center' }}>
      <span aria-hidden="true" style={{ fontSize: 40 }}>{icon}</span>
      <strong style={{ color: theme.text, fontSize: 17 }}>{title}</strong>
      {children && <div style={{ maxWidth: 440, lineHeight: 1.5 }}>{children}</div>}
      {action}
    </div>
  );
}

/** A short error under a form, announced when it appears. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" data-testid="form-error" style={{ margin: 0, color: theme.danger, fontSize: 14 }}>
      {message}
    </p>
  );
}

/** In place of an admin's page for everyone else: who may, and how the owner becomes admin. */
export function AdminOnly({ title, back }: { title: string; back: ReactNode }) {
  return (
    <Empty icon="🔒" title={title} action={back}>
      The owner signs in as the app's admin by opening it from the Data tab of their Faibric project.
    </Empty>
  );
}

interface RowState {
  row: unknown;
  loading: boolean;
  error: { status: number } | null;
}

/**
 * What a page about one row shows until the row is there: its loading, that it is missing
 * (deleted, or a wrong link), or what failed; null once the row has loaded.
 */
export function rowFallback(state: RowState, what: string, back: ReactNode): ReactNode | null {
  if (state.error?.status === 404) {
    return <Empty icon="🧭" title={`This ${what} is not here`} action={back}>It may have been deleted, or the link is not quite right.</Empty>;
  }
  if (state.error) return <ErrorNotice error={state.error} />;
  if (state.loading || !state.row) return <Loading what={`the ${what}`} />;
  return null;
}

interface FormActionsProps {
  /** The form's sending state. */
  form: { busy: boolean; error: string | null };
  /** What the submit button says, and says while busy. */
  label: string;
  busyLabel?: string;
  /** Where cancelling goes, if there is a cancel link. */
  cancel?: string;
  testId: string;
}

/** The end of a form: what went wrong, the submit button, and a way out. */
export function FormActions({ form, label, busyLabel = 'Saving…', cancel, testId }: FormActionsProps) {
  return (
    <>
      <FormError message={form.error} />
      <div style={{ display: 'flex', gap: 10, flexWrap: 'wrap' }}>
        <button type="submit" data-testid={testId} disabled={form.busy} style={{ ...button('primary'), opacity: form.busy ? 0.7 : 1 }}>
          {form.busy ? busyLabel : label}
        </button>
        {cancel && (
          <a href={cancel} style={{ ...button('secondary'), textDecoration: 'none' }}>
            Cancel
          </a>
        )}
      </div>
    </>
  );
}

interface MoreButtonProps {
  shown: number;
  total: number;
  loading: boolean;
  /** The limit now; lists ask for at most 200 rows at once. */
  limit: number;
  onMore: () => void;
  label: string;
}

/** "Show more" under a list that has more rows than it shows. */
export function MoreButton({ shown, total, loading, limit, onMore, label }: MoreButtonProps) {
  if (shown >= total) return null;
  return (
    <button type="button" data-testid="load-more" onClick={onMore} disabled={loading || limit >= 200} style={{ ...button('secondary'), justifySelf: 'center' }}>
      {loading ? 'Loading…' : label}
    </button>
  );
}
