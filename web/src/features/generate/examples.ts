/** One starter prompt per app type the generator knows. */
export const EXAMPLE_PROMPTS: { appType: string; prompt: string }[] = [
  { appType: 'website', prompt: 'A landing page for my bakery' },
  { appType: 'webapp', prompt: 'A kanban board that remembers my tasks' },
  { appType: 'tool', prompt: 'A tip calculator' },
  { appType: 'dashboard', prompt: 'A sales dashboard with monthly revenue charts' },
  { appType: 'game', prompt: 'A tic-tac-toe game' },
  { appType: 'form', prompt: 'A contact form for my design studio' },
];
