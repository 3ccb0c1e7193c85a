import { theme } from '../theme';

export default function ProgressBar({ done, total }: { done: number; total: number }) {
  const percent = total === 0 ? 0 : Math.min(100, Math.round((done / total) * 100));
  return (
    <span style={{ display: 'grid', gap: 4 }}>
      <span role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label="Course progress" style={{ height: 8, borderRadius: 4, background: theme.border, overflow: 'hidden', display: 'block' }}>
        <span style={{ display: 'block', width: `${percent}%`, height: '100%', background: percent === 100 ? theme.success : theme.primary, transition: 'width 300ms' }} />
      </span>
      <span data-testid="progress-text" style={{ fontSize: 13, color: theme.muted }}>{done} of {total} lessons done ({percent} %)</span>
    </span>
  );
}
