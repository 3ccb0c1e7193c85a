import { theme, usePageSetup } from './theme';
import Header from './components/Header';
import Hero from './components/Hero';
import Services from './components/Services';
import Testimonials from './components/Testimonials';
import Visit from './components/Visit';
import Footer from './components/Footer';

export default function App() {
  usePageSetup();
  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, lineHeight: 1.6 }}>
      <Header />
      <main>
        <Hero />
        <Services />
        <Testimonials />
        <Visit />
      </main>
      <Footer />
    </div>
  );
}
