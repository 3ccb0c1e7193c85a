import { useCollection } from 'faibric/data';
import { button } from '../kit/ui';
import { Empty, ListState } from '../kit/States';
import { Section } from '../kit/Shell';
import type { Order } from '../shop';
import OrderCard from './OrderCard';

export default function MyOrders({ onShop }: { onShop: () => void }) {
  return (
    <Section id="my-orders" title="My orders" reason="Sign in to see your orders and where they are.">
      <OrderList onShop={onShop} />
    </Section>
  );
}

function OrderList({ onShop }: { onShop: () => void }) {
  const mine = useCollection<Order>('orders', { where: { owner: 'me' }, sort: '-createdAt', limit: 100 });
  return (
    <ListState
      list={mine}
      loadingLabel="Loading your orders…"
      empty={
        <Empty icon="📦" title="No orders yet" testId="no-orders">
          <button type="button" onClick={onShop} style={button('primary')}>Start shopping</button>
        </Empty>
      }
    >
      <div style={{ display: 'grid', gap: 14 }}>
        {mine.items.map((order) => (
          <OrderCard key={order.id} order={order} />
        ))}
      </div>
    </ListState>
  );
}
