import { useState } from 'react';
import { useCollection, useUser } from 'faibric/data';
import Shell from './kit/Shell';
import type { NavItem } from './kit/Shell';
import { startOfToday } from './portal';
import type { Service, Slot, TakenSlot } from './portal';
import BookFlow from './components/BookFlow';
import MyBookings from './components/MyBookings';
import Schedule from './components/Schedule';
import Availability from './components/Availability';

type View = 'book' | 'mine' | 'schedule' | 'setup';

export default function App() {
  const { user } = useUser();
  const [view, setView] = useState<View>('book');
  const [today] = useState(startOfToday);
  const services = useCollection<Service>('services', { sort: 'name', limit: 100 });
  const slots = useCollection<Slot>('slots', { where: { startsAt: { gte: today } }, sort: 'startsAt', limit: 200 });
  const taken = useCollection<TakenSlot>('takenSlots', { where: { startsAt: { gte: today } }, sort: 'startsAt', limit: 200 });

  const nav: NavItem[] = [
    { id: 'book', label: 'Book' },
    { id: 'mine', label: 'My bookings' },
  ];
  if (user?.admin) nav.push({ id: 'schedule', label: 'All bookings', badge: taken.items.length }, { id: 'setup', label: 'Services & times' });
  const current: View = !user?.admin && (view === 'schedule' || view === 'setup') ? 'book' : view;

  return (
    <Shell nav={nav} current={current} onNavigate={(id) => setView(id as View)} maxWidth={1080}>
      {current === 'book' && <BookFlow services={services} slots={slots} taken={taken.items} onMine={() => setView('mine')} onSetup={() => setView('setup')} />}
      {current === 'mine' && <MyBookings services={services.items} onBook={() => setView('book')} />}
      {current === 'schedule' && <Schedule services={services.items} today={today} />}
      {current === 'setup' && <Availability services={services} slots={slots.items} taken={taken.items} />}
    </Shell>
  );
}
