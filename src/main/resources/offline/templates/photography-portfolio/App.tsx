import { useState } from 'react';
import { theme, usePageSetup } from './theme';
import Header from './components/Header';
import Hero from './components/Hero';
import Gallery from './components/Gallery';
import About from './components/About';
import Packages from './components/Packages';
import Contact from './components/Contact';
import Footer from './components/Footer';

export default function App() {
  usePageSetup();
  const [preset, setPreset] = useState<string>('');
  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, lineHeight: 1.6 }}>
      <Header />
      <main>
        <Hero />
        <Gallery />
        <About />
        <Packages onPick={setPreset} />
        <Contact preset={preset} />
      </main>
      <Footer />
    </div>
  );
}
