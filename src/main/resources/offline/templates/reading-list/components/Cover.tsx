import { useId } from 'react';

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

function wrap(text: string, max: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > max && line) {
      out.push(line);
      line = word;
    } else line = (line + ' ' + word).trim();
  }
  if (line) out.push(line);
  if (out.length > lines) {
    const kept = out.slice(0, lines);
    kept[lines - 1] = kept[lines - 1].slice(0, max - 1) + '…';
    return kept;
  }
  return out;
}

/** A book cover drawn from the title: the same title always gets the same colours and pattern. */
export default function Cover({ title, author, width = 84 }: { title: string; author: string; width?: number }) {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const h = hash(title + author);
  const hue = h % 360;
  const hue2 = (hue + 30 + (h % 60)) % 360;
  const pattern = (h >> 8) % 3;
  const lines = wrap(title, 11, 4);
  const dark = `hsl(${hue}, 45%, 26%)`;
  const mid = `hsl(${hue2}, 55%, 40%)`;
  const light = `hsla(${hue2}, 80%, 85%, 0.22)`;

  return (
    <svg viewBox="0 0 120 180" width={width} height={width * 1.5} role="img" aria-label={`Cover of ${title}`} style={{ display: 'block', borderRadius: 6, boxShadow: '0 6px 14px rgba(0,0,0,0.22)', flexShrink: 0 }}>
      <defs>
        <linearGradient id={`g${id}`} x1="0" y1="0" x2="1" y2="1">
          <stop offset="0%" stopColor={mid} />
          <stop offset="100%" stopColor={dark} />
        </linearGradient>
      </defs>
      <rect width="120" height="180" fill={`url(#g${id})`} />
      {pattern === 0 && [0, 1, 2, 3].map((i) => <circle key={i} cx={100 - i * 8} cy={150 - i * 10} r={40 - i * 8} fill="none" stroke={light} strokeWidth="2" />)}
      {pattern === 1 && [0, 1, 2, 3, 4, 5].map((i) => <rect key={i} x={-20 + i * 26} y={120} width="14" height="80" transform={`rotate(-25 ${i * 26} 140)`} fill={light} />)}
      {pattern === 2 && <path d="M0 140 Q 30 115 60 140 T 120 140 V180 H0 Z" fill={light} />}
      <rect x="0" y="0" width="6" height="180" fill="rgba(0,0,0,0.18)" />
      {lines.map((line, i) => (
        <text key={i} x="14" y={34 + i * 17} fontSize="15" fontWeight="700" fill="#ffffff" fontFamily="Georgia, 'Times New Roman', serif">
          {line}
        </text>
      ))}
      <line x1="14" x2="50" y1={34 + lines.length * 17 - 4} y2={34 + lines.length * 17 - 4} stroke="rgba(255,255,255,0.6)" strokeWidth="1.5" />
      <text x="14" y="168" fontSize="10" fill="rgba(255,255,255,0.85)" fontFamily="system-ui, sans-serif">
        {author.length > 20 ? author.slice(0, 19) + '…' : author}
      </text>
    </svg>
  );
}
