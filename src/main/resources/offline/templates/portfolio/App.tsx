import { config } from './config';
import { theme, usePageSetup } from './theme';
import NavBar from './components/NavBar';
import Intro from './components/Intro';
import Projects from './components/Projects';
import About from './components/About';
import Skills from './components/Skills';
import Contact from './components/Contact';

export default function App() {
  usePageSetup();
  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, lineHeight: 1.6 }}>
      <NavBar />
      <main>
        <Intro />
        <Projects />
        <About />
        <Skills />
        <Contact />
      </main>
      <footer style={{ borderTop: `1px solid ${theme.border}`, padding: '28px clamp(16px, 4vw, 40px)', textAlign: 'center', color: theme.muted, fontSize: 14 }}>
        © {new Date().getFullYear()} {config.title} · Designed and built with care.
      </footer>
    </div>
  );
}
