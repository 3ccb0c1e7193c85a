import { theme } from '../theme';

/** Five stars; clickable when `onRate` is given. */
export default function Stars({ value, onRate }: { value: number; onRate?: (rating: number) => void }) {
  return (
    <span role={onRate ? 'group' : 'img'} aria-label={`Rated ${value} of 5`} style={{ display: 'inline-flex', gap: 2 }}>
      {[1, 2, 3, 4, 5].map((n) =>
        onRate ? (
          <button key={n} type="button" aria-label={`Rate ${n} of 5`} onClick={() => onRate(n)} style={{ border: 'none', background: 'transparent', cursor: 'pointer', fontSize: 22, padding: 0, color: n <= value ? theme.accentOnSurface : theme.borderStrong }}>
            ★
          </button>
        ) : (
          <span key={n} aria-hidden="true" style={{ color: n <= value ? theme.accentOnSurface : theme.borderStrong }}>★</span>
        ),
      )}
    </span>
  );
}
