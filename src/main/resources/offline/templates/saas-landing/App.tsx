import { useState } from 'react';
import { theme, usePageSetup } from './theme';
import { scrollToSection } from './content';
import type { Plan } from './content';
import NavBar from './components/NavBar';
import Hero from './components/Hero';
import Features from './components/Features';
import Pricing from './components/Pricing';
import type { Billing } from './components/Pricing';
import Faq from './components/Faq';
import SignupBand from './components/SignupBand';
import Footer from './components/Footer';

export default function App() {
  usePageSetup();
  const [billing, setBilling] = useState<Billing>('yearly');
  const [plan, setPlan] = useState<Plan | null>(null);

  const planLabel = plan
    ? plan.monthly === null
      ? `We’ll set up an ${plan.name} trial and a call with our team.`
      : plan.monthly === 0
        ? 'You’re starting on the free Starter plan.'
        : `You’re starting a 14-day ${plan.name} trial, billed ${billing} after that.`
    : 'Start on the free plan, upgrade whenever you like.';

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, lineHeight: 1.5 }}>
      <NavBar onStart={() => scrollToSection('signup')} />
      <main>
        <Hero onStart={() => scrollToSection('signup')} />
        <Features />
        <Pricing
          billing={billing}
          onBilling={setBilling}
          onChoose={(p) => {
            setPlan(p);
            scrollToSection('signup');
          }}
        />
        <Faq />
        <SignupBand planLabel={planLabel} />
      </main>
      <Footer />
    </div>
  );
}
