import { theme, alpha } from '../theme';
import type { City } from '../cities';
import { formatClock, formatDate, formatDifference, formatOffset, isWeekday, periodOf, zoned } from '../time';
import type { Period } from '../time';
import AnalogClock from './AnalogClock';

interface CityCardProps {
  city: City;
  instant: Date;
  localOffset: number;
  localDay: number;
  hour12: boolean;
  live: boolean;
  isFirst: boolean;
  isLast: boolean;
  onRemove: () => void;
  onMove: (delta: -1 | 1) => void;
}

const PERIODS: Record<Period, { icon: string; label: string }> = {
  night: { icon: '🌙', label: 'Night' },
  morning: { icon: '🌅', label: 'Morning' },
  work: { icon: '💼', label: 'Working hours' },
  evening: { icon: '🌆', label: 'Evening' },
};

export default function CityCard({ city, instant, localOffset, localDay, hour12, live, isFirst, isLast, onRemove, onMove }: CityCardProps) {
  const t = zoned(instant, city.tz);
  const period = periodOf(t.hour, isWeekday(instant, city.tz));
  const night = period === 'night';
  const dayShift = t.dayIndex - localDay;
  const periodColor = period === 'work' ? theme.success : night ? theme.muted : theme.warning;

  const iconButton = (label: string, text: string, onClick: () => void, disabled = false, testId?: string) => (
    <button
      type="button"
      aria-label={label}
      title={label}
      data-testid={testId}
      disabled={disabled}
      onClick={onClick}
      style={{ width: 30, height: 30, borderRadius: 8, border: 'none', background: 'transparent', color: theme.muted, fontSize: 15, cursor: disabled ? 'default' : 'pointer', opacity: disabled ? 0.3 : 1, display: 'grid', placeItems: 'center', padding: 0 }}
    >
      {text}
    </button>
  );

  return (
    <article
      data-testid={`city-${city.id}`}
      aria-label={`${city.name}: ${formatClock(instant, city.tz, hour12)}`}
      style={{ background: night ? alpha(theme.text, theme.isDark ? 0.05 : 0.035) : theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius + 2, padding: 16, boxShadow: theme.shadowSmall, display: 'grid', gridTemplateRows: 'auto 1fr auto', gap: 12, minWidth: 0 }}
    >
      <div style={{ display: 'flex', alignItems: 'flex-start', gap: 8 }}>
        <div style={{ flex: 1, minWidth: 0 }}>
          <h2 style={{ margin: 0, fontSize: 18, fontFamily: theme.heading, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>{city.name}</h2>
          <div style={{ fontSize: 13, color: theme.muted, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>{city.country}</div>
        </div>
        <div style={{ display: 'flex', gap: 0, marginRight: -6, marginTop: -4 }}>
          {iconButton(`Move ${city.name} earlier`, '←', () => onMove(-1), isFirst)}
          {iconButton(`Move ${city.name} later`, '→', () => onMove(1), isLast)}
          {iconButton(`Remove ${city.name}`, '✕', onRemove, false, `remove-${city.id}`)}
        </div>
      </div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 14 }}>
        <AnalogClock hour={t.hour} minute={t.minute} second={t.second} dark={night} showSeconds={live} />
        <div style={{ minWidth: 0 }}>
          <div data-testid={`time-${city.id}`} style={{ fontSize: 'clamp(26px, 3vw, 32px)', fontWeight: 800, letterSpacing: '-0.02em', fontVariantNumeric: 'tabular-nums', lineHeight: 1.1, whiteSpace: 'nowrap' }}>
            {formatClock(instant, city.tz, hour12)}
          </div>
          <div style={{ fontSize: 14, color: theme.muted, marginTop: 2, display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '2px 6px' }}>
            <span style={{ whiteSpace: 'nowrap' }}>{formatDate(instant, city.tz)}</span>
            {dayShift !== 0 && (
              <span data-testid={`dayshift-${city.id}`} style={{ padding: '1px 7px', borderRadius: 999, fontSize: 12, fontWeight: 700, background: theme.tint, color: theme.text }}>
                {dayShift > 0 ? 'Tomorrow' : 'Yesterday'}
              </span>
            )}
          </div>
        </div>
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 6, fontSize: 13 }}>
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: 5, padding: '3px 9px', borderRadius: 999, background: alpha(periodColor, 0.12), color: theme.text, fontWeight: 600 }}>
          <span aria-hidden="true">{PERIODS[period].icon}</span>
          {PERIODS[period].label}
        </span>
        <span data-testid={`diff-${city.id}`} style={{ color: theme.muted, textAlign: 'right' }}>
          {formatDifference(t.offset - localOffset)} · {formatOffset(t.offset)}
        </span>
      </div>
    </article>
  );
}
