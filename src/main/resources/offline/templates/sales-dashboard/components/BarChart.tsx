import { theme, mix } from '../theme';
import { useElementWidth } from '../useElementWidth';

interface BarChartProps {
  items: { label: string; value: number }[];
  format: (n: number) => string;
  total: number;
}

const ROW = 50;

export default function BarChart({ items, format, total }: BarChartProps) {
  const { ref, width } = useElementWidth<HTMLDivElement>(320);
  const max = Math.max(1, ...items.map((i) => i.value));
  const height = items.length * ROW;

  return (
    <div ref={ref} style={{ width: '100%' }}>
      <svg width={width} height={height} role="img" aria-label={items.map((i) => `${i.label}: ${format(i.value)}`).join(', ')} style={{ display: 'block' }}>
        {items.map((item, index) => {
          const y = index * ROW;
          const barWidth = Math.max(2, (item.value / max) * width);
          const share = total > 0 ? Math.round((item.value / total) * 100) : 0;
          return (
            <g key={item.label}>
              <text x={0} y={y + 16} fontSize={13} fontWeight={600} fill={theme.text}>{item.label}</text>
              <text x={width} y={y + 16} fontSize={13} textAnchor="end" fill={theme.muted}>
                {format(item.value)} · {share} %
              </text>
              <rect x={0} y={y + 24} width={width} height={12} rx={6} fill={theme.subtle} />
              <rect x={0} y={y + 24} width={barWidth} height={12} rx={6} fill={mix(theme.primary, theme.accent, 1 - index / Math.max(1, items.length - 1) * 0.6)}>
                <title>{`${item.label}: ${format(item.value)}`}</title>
              </rect>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
