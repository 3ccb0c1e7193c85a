import { theme } from '../theme';

const POINTS: { icon: string; title: string; text: string }[] = [
  { icon: '📐', title: 'How it is worked out', text: 'BMI is your weight in kilograms divided by the square of your height in metres. 70 kg at 1.75 m gives 70 ÷ 1.75² = 22.9.' },
  { icon: '✅', title: 'The healthy range', text: 'For most adults a BMI of 18.5 to 24.9 is linked with the lowest risk of weight-related illness. The range in kilograms or pounds above is that band applied to your height.' },
  { icon: '💪', title: 'What it misses', text: 'BMI cannot tell muscle from fat, so athletes may score high while being lean. Waist size says more about fat around the organs: aim for under half your height.' },
  { icon: '🌍', title: 'Who it is for', text: 'These categories are for adults over 18. Children and teenagers need age-specific charts, and some health services use lower cut-offs for people of South Asian, Chinese or Black heritage.' },
];

export default function AboutBmi() {
  return (
    <section aria-labelledby="about-bmi" style={{ display: 'grid', gap: 14 }}>
      <h2 id="about-bmi" style={{ margin: 0, fontFamily: theme.heading, fontSize: 22 }}>Understanding your result</h2>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 220px), 1fr))', gap: 14 }}>
        {POINTS.map((p) => (
          <article key={p.title} style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius, padding: 18, boxShadow: theme.shadowSmall }}>
            <div aria-hidden="true" style={{ fontSize: 22 }}>{p.icon}</div>
            <h3 style={{ margin: '8px 0 6px', fontSize: 16 }}>{p.title}</h3>
            <p style={{ margin: 0, fontSize: 14, lineHeight: 1.55, color: theme.muted }}>{p.text}</p>
          </article>
        ))}
      </div>
      <p style={{ margin: 0, fontSize: 13, color: theme.muted }}>This calculator gives general information, not medical advice. If you are worried about your weight, talk to a doctor.</p>
    </section>
  );
}
