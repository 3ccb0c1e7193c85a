import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { CSSProperties, KeyboardEvent, ReactNode } from 'react';

export type ModalAction = {
  label: string;
  onClick?: () => void;
  /** 'primary' uses the accent, 'danger' the danger colour, 'secondary' is outlined. */
  variant?: 'primary' | 'secondary' | 'danger';
  /** Close the dialog after onClick (default true). */
  closes?: boolean;
};

type Props = {
  /** Controlled: whether the dialog is shown. Leave undefined to let the component render its own trigger button. */
  open?: boolean;
  /** Called when the dialog asks to close (Escape, backdrop, close button, an action). */
  onClose?: () => void;
  /** Label of the trigger button shown when `open` is not controlled. */
  triggerLabel?: string;
  title?: string;
  /** Short text under the title, also the dialog's accessible description. */
  description?: string;
  /** Body content under the description (a form, details, anything). */
  children?: ReactNode;
  /** Buttons at the bottom, right-aligned; [] for none. */
  actions?: ModalAction[];
  size?: 'sm' | 'md' | 'lg';
  closeOnBackdrop?: boolean;
  closeOnEscape?: boolean;
  /** Show the × button in the corner. */
  showClose?: boolean;
  background?: string;
  text?: string;
  muted?: string;
  accent?: string;
  accentText?: string;
  danger?: string;
  border?: string;
  /** CSS colour of the backdrop. */
  overlay?: string;
  font?: string;
};

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

const DEFAULT_ACTIONS: ModalAction[] = [
  { label: 'Cancel', variant: 'secondary' },
  { label: 'Delete project', variant: 'danger' },
];

export default function Modal(props: Props) {
  // With neither title nor children the dialog shows an example; otherwise nothing is made up.
  const demo = props.title === undefined && props.children === undefined;
  const {
    open,
    onClose,
    title = demo ? 'Delete this project?' : '',
    triggerLabel = demo ? 'Delete project' : title || 'Open',
    description = demo ? 'The project, its 24 tasks and all comments will be removed for everyone. This cannot be undone.' : '',
    children,
    actions = demo ? DEFAULT_ACTIONS : [],
    size = 'sm',
    closeOnBackdrop = true,
    closeOnEscape = true,
    showClose = true,
    background = '#ffffff',
    text = '#0f172a',
    muted = '#475569',
    accent = '#4f46e5',
    accentText = '#ffffff',
    danger = '#b91c1c',
    border = '#e2e8f0',
    overlay = 'rgba(15, 23, 42, 0.55)',
    font = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  } = props;

  const controlled = open !== undefined;
  const [innerOpen, setInnerOpen] = useState(false);
  const isOpen = controlled ? open : innerOpen;
  const panelRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const descId = useId();

  const close = () => {
    if (!controlled) setInnerOpen(false);
    onClose?.();
  };

  // Remember what had focus, move focus into the dialog, lock page scroll; undo all of it on close.
  useLayoutEffect(() => {
    if (!isOpen) return;
    returnFocus.current = (document.activeElement as HTMLElement | null) ?? null;
    const panel = panelRef.current;
    const first = panel?.querySelector<HTMLElement>('[data-autofocus]') ?? panel?.querySelectorAll<HTMLElement>(FOCUSABLE)[0];
    (first ?? panel)?.focus();
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    if (!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) {
      panel?.animate?.(
        [
          { opacity: 0, transform: 'translateY(8px) scale(0.98)' },
          { opacity: 1, transform: 'none' },
        ],
        { duration: 180, easing: 'ease-out' },
      );
    }
    return () => {
      document.body.style.overflow = overflow;
      const back = returnFocus.current;
      if (back && document.contains(back)) back.focus();
    };
  }, [isOpen]);

  useEffect(() => {
    if (!isOpen || !closeOnEscape) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        close();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  // Keep Tab and Shift+Tab inside the dialog.
  const trap = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Tab' || !panelRef.current) return;
    const items = Array.from(panelRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
      (el) => el.offsetParent !== null || el === document.activeElement,
    );
    if (!items.length) {
      e.preventDefault();
      panelRef.current.focus();
      return;
    }
    const first = items[0];
    const last = items[items.length - 1];
    const active = document.activeElement;
    if (e.shiftKey && (active === first || active === panelRef.current)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first.focus();
    }
  };

  const buttonStyle = (variant: ModalAction['variant']): CSSProperties => {
    const fill = variant === 'danger' ? danger : variant === 'primary' || variant === undefined ? accent : undefined;
    return {
      minHeight: 42,
      padding: '10px 18px',
      borderRadius: 10,
      border: `1px solid ${fill ?? border}`,
      background: fill ?? 'transparent',
      color: fill ? accentText : text,
      fontFamily: font,
      fontSize: 15,
      fontWeight: 700,
      cursor: 'pointer',
      flex: '1 1 auto',
    };
  };

  const maxWidth = size === 'lg' ? 760 : size === 'md' ? 560 : 440;

  return (
    <>
      {!controlled && (
        <button
          ref={triggerRef}
          type="button"
          aria-haspopup="dialog"
          onClick={() => setInnerOpen(true)}
          style={{ ...buttonStyle(actions.some((a) => a.variant === 'danger') ? 'danger' : 'primary'), flex: undefined }}
        >
          {triggerLabel}
        </button>
      )}
      {isOpen && (
        <div
          onMouseDown={(e) => {
            if (closeOnBackdrop && e.target === e.currentTarget) close();
          }}
          style={{
            position: 'fixed',
            inset: 0,
            zIndex: 1000,
            background: overlay,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            padding: 16,
            boxSizing: 'border-box',
            fontFamily: font,
          }}
        >
          <div
            ref={panelRef}
            role="dialog"
            aria-modal="true"
            aria-labelledby={title ? titleId : undefined}
            aria-label={title ? undefined : 'Dialog'}
            aria-describedby={description ? descId : undefined}
            tabIndex={-1}
            onKeyDown={trap}
            style={{
              position: 'relative',
              width: '100%',
              maxWidth,
              maxHeight: 'calc(100vh - 32px)',
              overflowY: 'auto',
              boxSizing: 'border-box',
              background,
              color: text,
              borderRadius: 16,
              border: `1px solid ${border}`,
              boxShadow: '0 24px 64px -12px rgba(15, 23, 42, 0.45)',
              padding: 'clamp(20px, 4vw, 28px)',
              outline: 'none',
            }}
          >
            {title && (
              <h2 id={titleId} style={{ margin: 0, paddingRight: showClose ? 36 : 0, fontSize: 20, lineHeight: 1.3, fontWeight: 800 }}>
                {title}
              </h2>
            )}
            {description && (
              <p
                id={descId}
                style={{ margin: title ? '10px 0 0' : 0, paddingRight: title || !showClose ? 0 : 36, color: muted, fontSize: 15, lineHeight: 1.6 }}
              >
                {description}
              </p>
            )}
            {children && (
              <div
                style={{ marginTop: title || description ? 18 : 0, paddingRight: title || description || !showClose ? 0 : 36, fontSize: 15, lineHeight: 1.6 }}
              >
                {children}
              </div>
            )}
            {actions.length > 0 && (
              <div style={{ display: 'flex', flexWrap: 'wrap-reverse', justifyContent: 'flex-end', gap: 10, marginTop: 24 }}>
                {actions.map((a) => (
                  <button
                    key={a.label}
                    type="button"
                    onClick={() => {
                      a.onClick?.();
                      if (a.closes !== false) close();
                    }}
                    style={buttonStyle(a.variant)}
                  >
                    {a.label}
                  </button>
                ))}
              </div>
            )}
            {showClose && (
              <button
                type="button"
                aria-label="Close"
                onClick={close}
                style={{
                  position: 'absolute',
                  top: 14,
                  right: 14,
                  width: 36,
                  height: 36,
                  borderRadius: 8,
                  border: 'none',
                  background: 'transparent',
                  color: muted,
                  cursor: 'pointer',
                  display: 'grid',
                  placeItems: 'center',
                  padding: 0,
                }}
              >
                <svg width="16" height="16" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
                  <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
                </svg>
              </button>
            )}
          </div>
        </div>
      )}
    </>
  );
}
