import { useState } from 'react';
import { useCollection, useUser } from 'faibric/data';
import { theme } from './theme';
import Shell from './kit/Shell';
import type { NavItem } from './kit/Shell';
import { button } from './kit/ui';
import { useCart } from './shop';
import type { Category, Product } from './shop';
import Catalogue from './components/Catalogue';
import CartView from './components/CartView';
import MyOrders from './components/MyOrders';
import ProductManager from './components/ProductManager';
import OrderDesk from './components/OrderDesk';

type View = 'shop' | 'cart' | 'orders' | 'products' | 'desk';

export default function App() {
  const { user } = useUser();
  const [view, setView] = useState<View>('shop');
  const cart = useCart();
  const products = useCollection<Product>('products', { sort: 'name', limit: 200 });
  const categories = useCollection<Category>('categories', { sort: 'name', limit: 200 });

  const nav: NavItem[] = [
    { id: 'shop', label: 'Shop' },
    { id: 'cart', label: 'Cart', badge: cart.count },
    { id: 'orders', label: 'My orders' },
  ];
  if (user?.admin) nav.push({ id: 'products', label: 'Manage products' }, { id: 'desk', label: 'All orders' });
  const current: View = !user?.admin && (view === 'products' || view === 'desk') ? 'shop' : view;

  const cartButton = (
    <button type="button" data-testid="cart-button" onClick={() => setView('cart')} aria-label={`Cart, ${cart.count} ${cart.count === 1 ? 'item' : 'items'}`} style={{ ...button(cart.count > 0 ? 'primary' : 'secondary', true), display: 'inline-flex', gap: 6, alignItems: 'center' }}>
      <span aria-hidden="true">🛒</span> {cart.count}
    </button>
  );

  return (
    <Shell nav={nav} current={current} onNavigate={(id) => setView(id as View)} actions={cartButton}>
      {current === 'shop' && <Catalogue products={products} categories={categories.items} cart={cart} onOpenCart={() => setView('cart')} onManage={() => setView('products')} />}
      {current === 'cart' && <CartView products={products} cart={cart} onShop={() => setView('shop')} onOrders={() => setView('orders')} />}
      {current === 'orders' && <MyOrders onShop={() => setView('shop')} />}
      {current === 'products' && <ProductManager products={products} categories={categories} />}
      {current === 'desk' && <OrderDesk products={products.items} />}
      <footer style={{ color: theme.muted, fontSize: 13, textAlign: 'center', paddingTop: 12 }}>Prices include tax. Orders are kept safely on our server; your cart stays in this browser.</footer>
    </Shell>
  );
}
