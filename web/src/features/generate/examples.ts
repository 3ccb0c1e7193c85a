import { APP_TYPES, type AppType } from '@/lib/appTypes';

/** One starter prompt per app type; a Record, so a new app type without an example does not compile. */
const PROMPT_BY_TYPE: Record<AppType, string> = {
  website: 'A landing page for my bakery',
  webapp: 'A kanban board that remembers my tasks',
  tool: 'A tip calculator',
  dashboard: 'A sales dashboard with monthly revenue charts',
  game: 'A tic-tac-toe game',
  form: 'A contact form for my design studio',
};

export const EXAMPLE_PROMPTS: { appType: AppType; prompt: string }[] = APP_TYPES.map((appType) => ({
  appType,
  prompt: PROMPT_BY_TYPE[appType],
}));
