export interface SignupValues {
  email: string;
  password: string;
  confirm: string;
  fullName: string;
  username: string;
  referral: string;
  plan: PlanId;
  billing: 'monthly' | 'yearly';
  terms: boolean;
  newsletter: boolean;
}

export type PlanId = 'free' | 'plus' | 'team';
export type SignupErrors = Partial<Record<keyof SignupValues, string>>;

export const INITIAL: SignupValues = {
  email: '',
  password: '',
  confirm: '',
  fullName: '',
  username: '',
  referral: '',
  plan: 'plus',
  billing: 'monthly',
  terms: false,
  newsletter: true,
};

export const STEPS = ['Account', 'Profile', 'Plan'] as const;

export const PLANS: { id: PlanId; name: string; monthly: number; blurb: string; perks: string[] }[] = [
  { id: 'free', name: 'Free', monthly: 0, blurb: 'For trying things out', perks: ['Core features', '1 project', 'Community help'] },
  { id: 'plus', name: 'Plus', monthly: 8, blurb: 'For regular use', perks: ['Everything in Free', 'Unlimited projects', 'Email support'] },
  { id: 'team', name: 'Team', monthly: 20, blurb: 'For groups of up to 10', perks: ['Everything in Plus', 'Shared workspace', 'Priority support'] },
];

/** Yearly billing: twelve months for the price of ten. */
export function price(plan: (typeof PLANS)[number], billing: SignupValues['billing']): string {
  if (plan.monthly === 0) return 'Free';
  return billing === 'monthly' ? `$${plan.monthly}/month` : `$${plan.monthly * 10}/year`;
}

export const REFERRALS = ['A friend or colleague', 'Search engine', 'Social media', 'An event', 'Somewhere else'];

const TAKEN = ['admin', 'support', 'help', 'team', 'alex', 'maya', 'sam', 'hello', 'info'];

export function usernameProblem(username: string): string | null {
  const u = username.trim();
  if (!u) return 'Choose a username.';
  if (u.length < 3) return 'Use at least 3 characters.';
  if (u.length > 20) return 'Use at most 20 characters.';
  if (!/^[a-zA-Z0-9_]+$/.test(u)) return 'Use only letters, numbers and underscores.';
  if (TAKEN.includes(u.toLowerCase())) return `“${u}” is taken. Try ${u.toLowerCase()}_${new Date().getFullYear() % 100} or another name.`;
  return null;
}

export interface Strength {
  score: 0 | 1 | 2 | 3 | 4;
  label: string;
  checks: { label: string; ok: boolean }[];
}

export function passwordStrength(password: string): Strength {
  const checks = [
    { label: 'At least 8 characters', ok: password.length >= 8 },
    { label: 'Upper- and lowercase letters', ok: /[a-z]/.test(password) && /[A-Z]/.test(password) },
    { label: 'A number', ok: /\d/.test(password) },
    { label: 'A symbol such as ! ? # %', ok: /[^A-Za-z0-9]/.test(password) },
  ];
  const passed = checks.filter((c) => c.ok).length;
  const long = password.length >= 14 ? 1 : 0;
  const score = Math.min(4, password.length === 0 ? 0 : Math.max(1, passed + long - 1)) as Strength['score'];
  return { score, label: ['Empty', 'Weak', 'Fair', 'Good', 'Strong'][score], checks };
}

export function validateStep(step: number, v: SignupValues): SignupErrors {
  const e: SignupErrors = {};
  if (step === 0) {
    if (!v.email.trim()) e.email = 'Enter your email address.';
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(v.email.trim())) e.email = 'Enter an email address like name@example.com.';
    if (!v.password) e.password = 'Choose a password.';
    else if (passwordStrength(v.password).checks.filter((c) => c.ok).length < 3 || v.password.length < 8) e.password = 'Make the password stronger: at least 8 characters and three of the four rules.';
    if (!v.confirm) e.confirm = 'Type the password again.';
    else if (v.confirm !== v.password) e.confirm = 'The passwords do not match.';
  }
  if (step === 1) {
    if (v.fullName.trim().length < 2) e.fullName = 'Enter your name.';
    const problem = usernameProblem(v.username);
    if (problem) e.username = problem;
  }
  if (step === 2) {
    if (!v.terms) e.terms = 'Please accept the terms to create your account.';
  }
  return e;
}
