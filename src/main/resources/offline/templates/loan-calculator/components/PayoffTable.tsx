import { theme, useViewportWidth } from '../theme';
import { money } from '../loan';
import type { Comparison } from '../loan';

export default function PayoffTable({ result, currency }: { result: Comparison; currency: string }) {
  const narrow = useViewportWidth() < 560;
  const years = Math.ceil(result.base.months / 12);
  const balanceAt = (balances: number[], month: number) => balances[Math.min(month, balances.length - 1)];
  const interestIn = (values: number[], year: number) => values.slice((year - 1) * 12, year * 12).reduce((s, v) => s + v, 0);
  const cell = { padding: narrow ? '8px 5px' : '8px 10px', textAlign: 'right' as const, fontVariantNumeric: 'tabular-nums' as const, whiteSpace: 'nowrap' as const };
  const head = { ...cell, whiteSpace: 'normal' as const, color: theme.muted, fontSize: 12, fontWeight: 700, borderBottom: `1px solid ${theme.borderStrong}`, verticalAlign: 'bottom' as const };

  return (
    <div style={{ overflowX: 'auto' }}>
      <table data-testid="payoff-table" style={{ width: '100%', borderCollapse: 'collapse', fontSize: narrow ? 13 : 14 }}>
        <thead>
          <tr>
            <th scope="col" style={{ ...head, textAlign: 'left' }}>Year</th>
            <th scope="col" style={head}>Balance, original</th>
            <th scope="col" style={head}>Balance, with extra</th>
            {!narrow && <th scope="col" style={head}>Interest, original</th>}
            <th scope="col" style={head}>Interest, with extra</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: years }, (_, k) => k + 1).map((year) => {
            const fast = balanceAt(result.withExtra.balances, year * 12);
            return (
              <tr key={year} style={{ borderBottom: `1px solid ${theme.border}` }}>
                <th scope="row" style={{ ...cell, textAlign: 'left' }}>{year}</th>
                <td style={cell}>{money(balanceAt(result.base.balances, year * 12), currency)}</td>
                <td style={{ ...cell, fontWeight: 700, color: fast === 0 ? theme.success : theme.text }}>{fast === 0 ? 'Paid off ✓' : money(fast, currency)}</td>
                {!narrow && <td style={cell}>{money(interestIn(result.base.interestByMonth, year), currency)}</td>}
                <td style={cell}>{money(interestIn(result.withExtra.interestByMonth, year), currency)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
