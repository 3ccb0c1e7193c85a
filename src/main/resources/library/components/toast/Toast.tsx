import { useCallback, useEffect, useRef, useState } from 'react';
import type { CSSProperties } from 'react';

export type ToastTone = 'info' | 'success' | 'warning' | 'error';
export type ToastItem = {
  id: string | number;
  title: string;
  message?: string;
  tone?: ToastTone;
  /** ms before it closes by itself; 0 keeps it until dismissed. Defaults to the stack's duration. */
  duration?: number;
  /** One button in the toast, e.g. Undo. Pressing it also dismisses the toast. */
  action?: { label: string; onClick: () => void };
};

type Props = {
  /** The notifications to show, oldest first. Without toasts the stack shows an example. */
  toasts?: ToastItem[];
  /** Called when a toast closes (timer, × button, Escape or its action); remove it from `toasts` here. */
  onDismiss?: (id: ToastItem['id']) => void;
  /** Default ms before a toast closes by itself; 0 keeps toasts until dismissed. */
  duration?: number;
  position?: 'top-right' | 'top-left' | 'top-center' | 'bottom-right' | 'bottom-left' | 'bottom-center';
  /** At most this many are shown, the newest; older ones wait behind a "+n more" note. */
  max?: number;
  /** Stop the timers while the pointer is over the stack or focus is in it. */
  pauseOnHover?: boolean;
  /** Colour per tone. */
  tones?: Partial<Record<ToastTone, string>>;
  background?: string;
  text?: string;
  muted?: string;
  border?: string;
  font?: string;
};

let counter = 0;

/**
 * State for a toast stack: `push` adds one and returns its id, `dismiss` removes one.
 * Usage: const { toasts, push, dismiss } = useToasts(); … <Toast toasts={toasts} onDismiss={dismiss} />
 */
export function useToasts() {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const push = useCallback((toast: Omit<ToastItem, 'id'> & { id?: ToastItem['id'] }) => {
    const id = toast.id ?? `toast-${++counter}`;
    setToasts((list) => [...list.filter((t) => t.id !== id), { ...toast, id }]);
    return id;
  }, []);
  const dismiss = useCallback((id: ToastItem['id']) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const clear = useCallback(() => setToasts([]), []);
  return { toasts, push, dismiss, clear };
}

const DEMO: ToastItem[] = [
  { id: 'demo-1', title: 'Changes saved', message: 'Your profile is up to date.', tone: 'success' },
  { id: 'demo-2', title: 'New comment', message: 'Amara replied to “Q3 roadmap”.', tone: 'info', duration: 0 },
];

const DEFAULT_TONES: Record<ToastTone, string> = { info: '#2563eb', success: '#15803d', warning: '#b45309', error: '#b91c1c' };

function ToastIcon({ tone, glyph }: { tone: ToastTone; glyph: string }) {
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false" style={{ flexShrink: 0, marginTop: 1 }}>
      <circle cx="10" cy="10" r="9" fill="currentColor" />
      {tone === 'success' && <path d="M6 10.3l2.6 2.6L14 7.4" fill="none" stroke={glyph} strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />}
      {tone === 'info' && <path d="M10 9v5M10 6v.2" stroke={glyph} strokeWidth="2" strokeLinecap="round" />}
      {(tone === 'warning' || tone === 'error') && <path d="M10 5.5v5.5M10 14.2v.3" stroke={glyph} strokeWidth="2" strokeLinecap="round" />}
    </svg>
  );
}

type CardProps = {
  toast: ToastItem;
  duration: number;
  paused: boolean;
  color: string;
  onClose: () => void;
  background: string;
  text: string;
  muted: string;
  border: string;
  font: string;
};

function ToastCard({ toast, duration, paused, color, onClose, background, text, muted, border, font }: CardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const bar = useRef<Animation | null>(null);
  const remaining = useRef(duration);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  const tone = toast.tone ?? 'info';

  useEffect(() => {
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    if (!reduce)
      ref.current?.animate?.(
        [
          { opacity: 0, transform: 'translateY(8px)' },
          { opacity: 1, transform: 'none' },
        ],
        { duration: 200, easing: 'ease-out' },
      );
    if (duration > 0 && barRef.current?.animate) {
      bar.current = barRef.current.animate([{ transform: 'scaleX(1)' }, { transform: 'scaleX(0)' }], { duration, fill: 'forwards' });
    }
    return () => bar.current?.cancel();
  }, [duration]);

  // The timer keeps what is left of the duration across pauses.
  useEffect(() => {
    if (duration <= 0) return;
    if (paused) {
      bar.current?.pause();
      return;
    }
    bar.current?.play();
    const started = Date.now();
    const t = window.setTimeout(() => closeRef.current(), Math.max(0, remaining.current));
    return () => {
      window.clearTimeout(t);
      remaining.current -= Date.now() - started;
    };
  }, [paused, duration]);

  const button: CSSProperties = { border: 'none', background: 'transparent', color: text, cursor: 'pointer', fontFamily: font };

  return (
    <div
      ref={ref}
      role={tone === 'error' ? 'alert' : undefined}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
      style={{
        position: 'relative',
        overflow: 'hidden',
        display: 'flex',
        gap: 12,
        alignItems: 'flex-start',
        padding: '14px 12px 14px 14px',
        background,
        color: text,
        border: `1px solid ${border}`,
        borderLeft: `4px solid ${color}`,
        borderRadius: 12,
        boxShadow: '0 12px 32px -8px rgba(15, 23, 42, 0.28)',
        pointerEvents: 'auto',
      }}
    >
      <span style={{ color, display: 'flex' }}>
        <ToastIcon tone={tone} glyph={background} />
      </span>
      <div style={{ flex: 1, minWidth: 0 }}>
        <p style={{ margin: 0, fontWeight: 700, fontSize: 15, lineHeight: 1.4 }}>{toast.title}</p>
        {toast.message && <p style={{ margin: '2px 0 0', color: muted, fontSize: 14, lineHeight: 1.45, overflowWrap: 'anywhere' }}>{toast.message}</p>}
        {toast.action && (
          <button
            type="button"
            onClick={() => {
              toast.action?.onClick();
              onClose();
            }}
            style={{
              ...button,
              marginTop: 8,
              padding: '4px 10px',
              marginLeft: -10,
              borderRadius: 8,
              fontSize: 14,
              fontWeight: 700,
              color,
              textDecoration: 'underline',
              textUnderlineOffset: 3,
            }}
          >
            {toast.action.label}
          </button>
        )}
      </div>
      <button
        type="button"
        aria-label={`Dismiss notification: ${toast.title}`}
        onClick={onClose}
        style={{
          ...button,
          width: 32,
          height: 32,
          marginTop: -6,
          marginRight: -4,
          borderRadius: 8,
          display: 'grid',
          placeItems: 'center',
          padding: 0,
          color: muted,
          flexShrink: 0,
        }}
      >
        <svg width="14" height="14" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
        </svg>
      </button>
      {duration > 0 && (
        <div
          ref={barRef}
          aria-hidden="true"
          style={{ position: 'absolute', left: 0, right: 0, bottom: 0, height: 3, background: color, opacity: 0.35, transformOrigin: 'left center' }}
        />
      )}
    </div>
  );
}

export default function Toast(props: Props) {
  const {
    toasts = DEMO,
    onDismiss,
    duration = 5000,
    position = 'bottom-right',
    max = 4,
    pauseOnHover = true,
    tones,
    background = '#ffffff',
    text = '#0f172a',
    muted = '#475569',
    border = '#e2e8f0',
    font = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  } = props;

  // Toasts closed here disappear at once, whether or not the parent removes them from `toasts`.
  const [closed, setClosed] = useState<Set<ToastItem['id']>>(() => new Set());
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const paused = pauseOnHover && (hovered || focused);
  const palette = { ...DEFAULT_TONES, ...tones };

  const stackRef = useRef<HTMLElement>(null);
  const close = (id: ToastItem['id']) => {
    setClosed((s) => new Set(s).add(id));
    onDismiss?.(id);
    // A focused button that disappears fires no blur: check again once the toast is gone.
    window.setTimeout(() => setFocused(!!stackRef.current?.contains(document.activeElement)), 0);
  };

  // Forget closed ids the parent has removed, so an id can be shown again later.
  useEffect(() => {
    setClosed((s) => {
      const kept = [...s].filter((id) => toasts.some((t) => t.id === id));
      return kept.length === s.size ? s : new Set(kept);
    });
  }, [toasts]);

  const open = toasts.filter((t) => !closed.has(t.id));
  const visible = open.slice(-Math.max(1, max));
  const top = position.startsWith('top');
  const side = position.endsWith('left') ? 'left' : position.endsWith('right') ? 'right' : 'center';

  return (
    <section
      ref={stackRef}
      aria-label="Notifications"
      aria-live="polite"
      aria-relevant="additions"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(false);
      }}
      style={{
        position: 'fixed',
        zIndex: 1100,
        [top ? 'top' : 'bottom']: 16,
        left: side === 'right' ? 'auto' : side === 'left' ? 16 : '50%',
        right: side === 'right' ? 16 : 'auto',
        transform: side === 'center' ? 'translateX(-50%)' : undefined,
        width: 'min(380px, calc(100vw - 32px))',
        display: 'flex',
        flexDirection: top ? 'column' : 'column-reverse',
        gap: 10,
        fontFamily: font,
        pointerEvents: 'none',
      }}
    >
      {[...visible].reverse().map((t) => (
        <ToastCard
          key={t.id}
          toast={t}
          duration={t.duration ?? duration}
          paused={paused}
          color={palette[t.tone ?? 'info']}
          onClose={() => close(t.id)}
          background={background}
          text={text}
          muted={muted}
          border={border}
          font={font}
        />
      ))}
      {open.length > visible.length && (
        <p
          style={{
            margin: 0,
            alignSelf: 'center',
            fontSize: 13,
            color: text,
            background,
            border: `1px solid ${border}`,
            borderRadius: 999,
            padding: '3px 10px',
            pointerEvents: 'auto',
          }}
        >
          +{open.length - visible.length} more
        </p>
      )}
    </section>
  );
}
