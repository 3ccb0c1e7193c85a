import { theme, usePageSetup } from './theme';
import Header from './components/Header';
import Hero from './components/Hero';
import Schedule from './components/Schedule';
import Speakers from './components/Speakers';
import Tickets from './components/Tickets';
import Venue from './components/Venue';
import Faq from './components/Faq';
import Footer from './components/Footer';

export default function App() {
  usePageSetup();
  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, lineHeight: 1.55 }}>
      <Header />
      <main>
        <Hero />
        <Schedule />
        <Speakers />
        <Tickets />
        <Venue />
        <Faq />
      </main>
      <Footer />
    </div>
  );
}
