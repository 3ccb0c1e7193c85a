import { useCollection } from 'faibric/data';
import { theme } from '../theme';
import { card, chip, sectionTitle } from '../kit/ui';
import { Empty, ListState } from '../kit/States';
import { dateTime } from '../kit/format';
import { REASONS } from '../inventory';
import type { Item, Movement } from '../inventory';

/** Every change in stock: what, how much, why, who and when. */
export default function History({ items }: { items: Item[] }) {
  const log = useCollection<Movement>('movements', { sort: '-createdAt', limit: 100 });
  return (
    <section aria-labelledby="history-title" style={{ display: 'grid', gap: 16 }}>
      <h2 id="history-title" style={sectionTitle}>Stock history</h2>
      <ListState list={log} loadingLabel="Loading history…" empty={<Empty icon="📜" title="No stock movements yet">Receiving stock and placing orders are logged here.</Empty>}>
        <ul style={{ ...card, listStyle: 'none', margin: 0, padding: 0 }}>
          {log.items.map((m, i) => {
            const item = items.find((x) => x.id === m.item);
            return (
              <li key={m.id} data-testid="movement" style={{ display: 'flex', flexWrap: 'wrap', gap: 10, alignItems: 'center', padding: '10px 14px', borderTop: i === 0 ? 'none' : `1px solid ${theme.border}` }}>
                <strong style={{ minWidth: 56, color: m.change >= 0 ? theme.success : theme.danger }}>{m.change > 0 ? `+${m.change}` : m.change}</strong>
                <span style={{ flex: '1 1 180px' }}>{item?.name ?? 'Deleted item'}</span>
                <span style={chip(theme.muted)}>{REASONS[m.reason]}{m.order ? ` #${m.order}` : ''}</span>
                <span style={{ fontSize: 13, color: theme.muted }}>{m.ownerName ?? 'someone'} · {dateTime(m.createdAt)}</span>
                {m.note && <span style={{ flexBasis: '100%', fontSize: 13, color: theme.muted }}>{m.note}</span>}
              </li>
            );
          })}
        </ul>
      </ListState>
    </section>
  );
}
