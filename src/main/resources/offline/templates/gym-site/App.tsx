import { useState } from 'react';
import { theme, usePageSetup } from './theme';
import Header from './components/Header';
import Hero from './components/Hero';
import Timetable from './components/Timetable';
import Trainers from './components/Trainers';
import Pricing from './components/Pricing';
import TrialForm from './components/TrialForm';
import Visit from './components/Visit';
import Footer from './components/Footer';

export default function App() {
  usePageSetup();
  const [plan, setPlan] = useState<string>('');
  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, lineHeight: 1.55 }}>
      <Header />
      <main>
        <Hero />
        <Timetable />
        <Trainers />
        <Pricing onChoose={setPlan} />
        <TrialForm plan={plan} />
        <Visit />
      </main>
      <Footer />
    </div>
  );
}
