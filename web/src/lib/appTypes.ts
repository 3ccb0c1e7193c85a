/**
 * The app types the generator knows, which are also the library's template categories. In the
 * order the UI lists them (example prompts, category chips).
 */
export const APP_TYPES = ['website', 'webapp', 'tool', 'dashboard', 'game', 'form'] as const;

export type AppType = (typeof APP_TYPES)[number];
