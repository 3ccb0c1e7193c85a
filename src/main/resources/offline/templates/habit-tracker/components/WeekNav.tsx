import { theme } from '../theme';
import { addDays } from '../habits';

interface WeekNavProps {
  monday: Date;
  isCurrentWeek: boolean;
  onPrev: () => void;
  onNext: () => void;
  onToday: () => void;
}

export default function WeekNav({ monday, isCurrentWeek, onPrev, onNext, onToday }: WeekNavProps) {
  const sunday = addDays(monday, 6);
  const fmt = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
  const range = `${fmt.format(monday)} – ${fmt.format(sunday)}, ${sunday.getFullYear()}`;
  const btn = (label: string, text: string, onClick: () => void, disabled: boolean, testId: string) => (
    <button
      type="button"
      aria-label={label}
      data-testid={testId}
      disabled={disabled}
      onClick={onClick}
      style={{ width: 40, height: 40, borderRadius: 12, border: `1px solid ${theme.border}`, background: theme.surface, color: theme.text, fontSize: 18, cursor: disabled ? 'default' : 'pointer', opacity: disabled ? 0.4 : 1, flexShrink: 0 }}
    >
      {text}
    </button>
  );
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 10, flexWrap: 'wrap' }}>
      {btn('Previous week', '‹', onPrev, false, 'prev-week')}
      <div style={{ minWidth: 0 }}>
        <div data-testid="week-range" style={{ fontWeight: 800, fontSize: 17 }}>{range}</div>
        <div style={{ fontSize: 13, color: theme.muted }}>{isCurrentWeek ? 'This week' : 'A past week: you can still fill in days you missed'}</div>
      </div>
      {btn('Next week', '›', onNext, isCurrentWeek, 'next-week')}
      {!isCurrentWeek && (
        <button type="button" data-testid="this-week" onClick={onToday} style={{ padding: '8px 14px', borderRadius: 12, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 700, fontSize: 14, cursor: 'pointer', fontFamily: theme.body }}>
          Back to this week
        </button>
      )}
    </div>
  );
}
