import { theme } from '../theme';

/**
 * Long text as an article: paragraphs at blank lines, "## " lines as subheadings and "> "
 * lines as quotes; everything else as written (never HTML).
 */
export default function Prose({ text }: { text: string }) {
  const blocks = text
    .replace(/\r\n/g, '\n')
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter(Boolean);
  return (
    <div data-testid="prose" style={{ display: 'grid', gap: 16, fontSize: 'clamp(16px, 1.6vw, 18px)', lineHeight: 1.7, overflowWrap: 'anywhere' }}>
      {blocks.map((block, i) => {
        if (block.startsWith('## ')) return <h3 key={i} style={{ margin: '8px 0 0', fontFamily: theme.heading, fontSize: '1.3em', lineHeight: 1.3 }}>{block.slice(3)}</h3>;
        if (block.startsWith('> ')) {
          return (
            <blockquote key={i} style={{ margin: 0, padding: '4px 0 4px 18px', borderLeft: `4px solid ${theme.primary}`, color: theme.muted, fontStyle: 'italic' }}>
              {block.replace(/^> ?/gm, '')}
            </blockquote>
          );
        }
        return <p key={i} style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{block}</p>;
      })}
    </div>
  );
}

/** Minutes to read, at about 220 words a minute. */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(text.split(/\s+/).filter(Boolean).length / 220));
}
