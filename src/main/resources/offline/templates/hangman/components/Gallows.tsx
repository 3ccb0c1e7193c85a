import { theme, alpha } from '../theme';

interface GallowsProps {
  wrong: number;
  lost: boolean;
  won: boolean;
}

/** Structure first, then head, body, arms and legs: one part per wrong guess. */
export default function Gallows({ wrong, lost, won }: GallowsProps) {
  const ink = theme.text;
  const figure = lost ? theme.danger : theme.primaryOnSurface;
  const part = (n: number) => ({ opacity: wrong >= n ? 1 : 0, transition: 'opacity 250ms' });
  return (
    <svg viewBox="0 0 200 220" width="100%" role="img" aria-label={`Drawing: ${wrong} of 6 parts`} data-testid="gallows" style={{ maxWidth: 260, display: 'block', margin: '0 auto' }}>
      <g stroke={alpha(ink, 0.75)} strokeWidth="6" strokeLinecap="round" fill="none">
        <line x1="20" y1="206" x2="120" y2="206" />
        <line x1="50" y1="206" x2="50" y2="16" />
        <line x1="50" y1="16" x2="140" y2="16" />
        <line x1="50" y1="48" x2="82" y2="16" />
      </g>
      <line x1="140" y1="16" x2="140" y2="42" stroke={alpha(ink, 0.6)} strokeWidth="3" strokeLinecap="round" style={{ opacity: won ? 0.3 : 1 }} />
      <g stroke={figure} strokeWidth="5" strokeLinecap="round" fill="none">
        <circle cx="140" cy="60" r="18" style={part(1)} />
        <line x1="140" y1="78" x2="140" y2="136" style={part(2)} />
        <line x1="140" y1="92" x2="116" y2="118" style={part(3)} />
        <line x1="140" y1="92" x2="164" y2="118" style={part(4)} />
        <line x1="140" y1="136" x2="120" y2="172" style={part(5)} />
        <line x1="140" y1="136" x2="160" y2="172" style={part(6)} />
      </g>
      {lost && (
        <g stroke={figure} strokeWidth="2.5" strokeLinecap="round">
          <line x1="131" y1="54" x2="137" y2="60" />
          <line x1="137" y1="54" x2="131" y2="60" />
          <line x1="143" y1="54" x2="149" y2="60" />
          <line x1="149" y1="54" x2="143" y2="60" />
        </g>
      )}
      {won && wrong >= 1 && <path d="M 131 64 Q 140 72 149 64" stroke={figure} strokeWidth="2.5" fill="none" strokeLinecap="round" />}
    </svg>
  );
}
