import { useState } from 'react';
import { useCollection } from 'faibric/data';
import Shell, { SignedIn } from './kit/Shell';
import { isLow } from './inventory';
import type { Item, Order } from './inventory';
import StockTable from './components/StockTable';
import Orders from './components/Orders';
import History from './components/History';

type View = 'stock' | 'orders' | 'history';

export default function App() {
  const [view, setView] = useState<View>('stock');
  return (
    <Shell nav={[{ id: 'stock', label: 'Stock' }, { id: 'orders', label: 'Orders' }, { id: 'history', label: 'History' }]} current={view} onNavigate={(id) => setView(id as View)}>
      <SignedIn reason="Stock and orders are shared by your team. Sign up or log in to work with them.">
        <Workspace view={view} />
      </SignedIn>
    </Shell>
  );
}

function Workspace({ view }: { view: View }) {
  const items = useCollection<Item>('items', { sort: 'name', limit: 200 });
  const orders = useCollection<Order>('orders', { sort: '-createdAt', limit: 200 });
  if (view === 'orders') return <Orders orders={orders} items={items.items} />;
  if (view === 'history') return <History items={items.items} />;
  return <StockTable items={items} low={items.items.filter(isLow).length} />;
}
