import { theme, alpha } from '../theme';
import type { Age, CalendarDate } from '../age';
import { chineseZodiac, formatDate, number, weekday, zodiac } from '../age';

interface AgeResultProps {
  age: Age | null;
  birth: CalendarDate | null;
  on: CalendarDate | null;
  hint: string;
}

function plural(n: number, word: string): string {
  return `${number.format(n)} ${word}${n === 1 ? '' : 's'}`;
}

export default function AgeResult({ age, birth, on, hint }: AgeResultProps) {
  const ink = theme.onPrimary;
  const soft = alpha(ink, 0.8);

  const facts: { label: string; value: string; testId: string }[] =
    age && birth
      ? [
          { label: 'Total months', value: number.format(age.totalMonths), testId: 'total-months' },
          { label: 'Total weeks', value: age.weekRemainder ? `${number.format(age.totalWeeks)} + ${plural(age.weekRemainder, 'day')}` : number.format(age.totalWeeks), testId: 'total-weeks' },
          { label: 'Total days', value: number.format(age.totalDays), testId: 'total-days' },
          { label: 'Total hours', value: `≈ ${number.format(age.totalHours)}`, testId: 'total-hours' },
          { label: 'Born on a', value: weekday(birth), testId: 'born-weekday' },
          { label: 'Star sign', value: `${zodiac(birth).symbol} ${zodiac(birth).name}`, testId: 'zodiac' },
          { label: 'Chinese zodiac', value: `${chineseZodiac(birth.y).symbol} ${chineseZodiac(birth.y).name}`, testId: 'chinese-zodiac' },
        ]
      : [];

  return (
    <div style={{ display: 'grid', gap: 16, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <section aria-label="Age" aria-live="polite" style={{ background: theme.primaryGradient, color: ink, borderRadius: theme.radius + 6, padding: 'clamp(20px, 3vw, 30px)', boxShadow: theme.shadow, position: 'relative', overflow: 'hidden' }}>
        <div aria-hidden="true" style={{ position: 'absolute', right: -50, top: -50, width: 170, height: 170, borderRadius: '50%', background: alpha(ink, 0.08) }} />
        <p style={{ margin: 0, color: soft, fontWeight: 600, position: 'relative' }}>{age && on ? `Age on ${formatDate(on)}` : 'Your age'}</p>
        {age ? (
          <div style={{ position: 'relative' }}>
            <p style={{ margin: '6px 0 0', display: 'flex', alignItems: 'baseline', gap: 10, flexWrap: 'wrap' }}>
              <span data-testid="age-years" style={{ fontFamily: theme.heading, fontSize: 'clamp(56px, 12vw, 88px)', fontWeight: 800, lineHeight: 1, letterSpacing: '-0.03em' }}>{age.years}</span>
              <span style={{ fontSize: 24, fontWeight: 700 }}>{age.years === 1 ? 'year' : 'years'}</span>
            </p>
            <p data-testid="age-breakdown" style={{ margin: '8px 0 0', fontSize: 19, fontWeight: 600 }}>
              {plural(age.years, 'year')}, {plural(age.months, 'month')} and {plural(age.days, 'day')}
            </p>
            <div data-testid="next-birthday" style={{ marginTop: 20, padding: '14px 16px', borderRadius: 14, background: alpha(ink, 0.12), border: `1px solid ${alpha(ink, 0.25)}` }}>
              {age.birthdayToday ? (
                <strong style={{ fontSize: 18 }}>🎂 Happy birthday! {age.years} today.</strong>
              ) : (
                <>
                  <div style={{ fontSize: 14, color: soft }}>Next birthday</div>
                  <div style={{ fontSize: 18, fontWeight: 700 }}>
                    🎂 In {plural(age.daysToBirthday, 'day')}, turning {age.nextAge}
                  </div>
                  <div style={{ fontSize: 14, color: soft }}>{formatDate(age.nextBirthday, true)}</div>
                </>
              )}
              {birth && birth.m === 2 && birth.d === 29 && (
                <div style={{ fontSize: 13, color: soft, marginTop: 6 }}>Leap-day birthday: celebrated on 28 February in common years.</div>
              )}
            </div>
          </div>
        ) : (
          <p data-testid="age-hint" style={{ margin: '14px 0 6px', fontSize: 18, fontWeight: 600, position: 'relative' }}>{hint}</p>
        )}
      </section>
      {age && (
        <dl data-testid="facts" style={{ margin: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 150px), 1fr))', gap: 10 }}>
          {facts.map((f) => (
            <div key={f.label} style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius, padding: '12px 14px', minWidth: 0 }}>
              <dt style={{ fontSize: 13, color: theme.muted }}>{f.label}</dt>
              <dd data-testid={f.testId} style={{ margin: '2px 0 0', fontWeight: 800, fontSize: 17, fontVariantNumeric: 'tabular-nums', overflowWrap: 'anywhere' }}>{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
