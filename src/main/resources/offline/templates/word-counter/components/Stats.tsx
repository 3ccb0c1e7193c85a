import { theme, alpha } from '../theme';
import type { Stats as TextStats } from '../text';
import { duration, easeLabel } from '../text';

const n = new Intl.NumberFormat();
const one = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

export default function Stats({ stats }: { stats: TextStats }) {
  const big: [string, string, string][] = [
    ['stat-words', 'Words', n.format(stats.words)],
    ['stat-characters', 'Characters', n.format(stats.characters)],
    ['stat-reading-time', 'Reading time', duration(stats.readingSeconds)],
    ['stat-speaking-time', 'Speaking time', duration(stats.speakingSeconds)],
  ];
  const details: [string, string, string][] = [
    ['stat-no-spaces', 'Characters without spaces', n.format(stats.charactersNoSpaces)],
    ['stat-sentences', 'Sentences', n.format(stats.sentences)],
    ['stat-paragraphs', 'Paragraphs', n.format(stats.paragraphs)],
    ['stat-unique', 'Unique words', n.format(stats.uniqueWords)],
    ['stat-avg-word', 'Average word length', `${one.format(stats.averageWordLength)} letters`],
    ['stat-avg-sentence', 'Average sentence', `${one.format(stats.averageSentenceLength)} words`],
    ['stat-longest', 'Longest word', stats.longestWord || '—'],
  ];
  const ease = stats.readingEase;

  return (
    <section aria-label="Statistics" style={{ display: 'grid', gap: 14, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 10 }}>
        {big.map(([id, label, value], i) => (
          <div
            key={id}
            style={{ background: i === 0 ? theme.primaryGradient : theme.surface, color: i === 0 ? theme.onPrimary : theme.text, border: i === 0 ? 'none' : `1px solid ${theme.border}`, borderRadius: theme.radius, padding: '14px 16px', boxShadow: i === 0 ? theme.shadow : theme.shadowSmall, minWidth: 0 }}
          >
            <div style={{ fontSize: 13, fontWeight: 600, color: i === 0 ? alpha(theme.onPrimary, 0.85) : theme.muted }}>{label}</div>
            <div data-testid={id} style={{ fontFamily: theme.heading, fontSize: i < 2 ? 'clamp(26px, 4vw, 34px)' : 20, fontWeight: 800, lineHeight: 1.2, marginTop: 2, fontVariantNumeric: 'tabular-nums', overflowWrap: 'anywhere' }}>{value}</div>
          </div>
        ))}
      </div>
      <div style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius, padding: '8px 16px', boxShadow: theme.shadowSmall }}>
        <dl style={{ margin: 0 }}>
          {details.map(([id, label, value]) => (
            <div key={id} style={{ display: 'flex', justifyContent: 'space-between', gap: 12, padding: '8px 0', borderBottom: `1px solid ${theme.border}` }}>
              <dt style={{ color: theme.muted, fontSize: 14 }}>{label}</dt>
              <dd data-testid={id} style={{ margin: 0, fontWeight: 700, fontSize: 14, textAlign: 'right', overflowWrap: 'anywhere', minWidth: 0 }}>{value}</dd>
            </div>
          ))}
        </dl>
        <div style={{ padding: '12px 0 8px' }}>
          <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 14 }}>
            <span style={{ color: theme.muted }}>Reading ease (Flesch)</span>
            <strong data-testid="stat-reading-ease">{ease === null ? '—' : Math.round(ease)}</strong>
          </div>
          <div aria-hidden="true" style={{ height: 8, borderRadius: 999, background: theme.subtle, marginTop: 8, overflow: 'hidden' }}>
            <div style={{ width: `${ease ?? 0}%`, height: '100%', borderRadius: 999, background: theme.primary, transition: 'width 300ms' }} />
          </div>
          <p style={{ margin: '6px 0 0', fontSize: 13, color: theme.muted }}>{ease === null ? 'Write at least ten words to get a score.' : easeLabel(ease)}</p>
        </div>
      </div>
    </section>
  );
}
