import { theme, usePageSetup } from './theme';
import Header from './components/Header';
import Hero from './components/Hero';
import Menu from './components/Menu';
import Hours from './components/Hours';
import Reservation from './components/Reservation';
import Location from './components/Location';
import Footer from './components/Footer';

export default function App() {
  usePageSetup();
  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, lineHeight: 1.5 }}>
      <Header />
      <main>
        <Hero />
        <Menu />
        <Hours />
        <Reservation />
        <Location />
      </main>
      <Footer />
    </div>
  );
}
