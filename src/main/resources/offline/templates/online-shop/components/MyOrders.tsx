import { useCollection } from 'faibric/data';
import { button, sectionTitle } from '../kit/ui';
import { Empty, ListState } from '../kit/States';
import { SignedIn } from '../kit/Shell';
import type { Order } from '../shop';
import OrderCard from './OrderCard';

export default function MyOrders({ onShop }: { onShop: () => void }) {
  return (
    <section aria-labelledby="my-orders-title" style={{ display: 'grid', gap: 16 }}>
      <h2 id="my-orders-title" style={sectionTitle}>My orders</h2>
      <SignedIn reason="Sign in to see your orders and where they are.">
        <OrderList onShop={onShop} />
      </SignedIn>
    </section>
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
