// Compact wording for what a version cost. Zeros are left out rather than shown as "0 tokens":
// the offline composer makes no AI call at all, and saying so is the useful part.
import type { GenerationCost } from '@/types/project';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** 950 → "950", 2140 → "2.1k", 21400 → "21k", 1_250_000 → "1.3M". */
export function compactCount(n: number): string {
  if (n < 1000) return String(Math.round(n));
  if (n < 10_000) return `${trimZero((n / 1000).toFixed(1))}k`;
  if (Math.round(n / 1000) < 1000) return `${Math.round(n / 1000)}k`;
  return `${trimZero((n / 1_000_000).toFixed(1))}M`;
}

/** 420 → "420 ms", 8600 → "8.6 s", 65000 → "1 min 5 s". */
export function formatMillis(ms: number): string {
  if (Math.round(ms) < 1000) return `${Math.round(ms)} ms`;
  const tenths = Math.round(ms / 100) / 10;
  if (tenths < 60) return `${trimZero(tenths.toFixed(1))} s`;
  const seconds = Math.round(ms / 1000);
  const rest = seconds % 60;
  return `${Math.floor(seconds / 60)} min${rest ? ` ${rest} s` : ''}`;
}

const trimZero = (fixed: string) => fixed.replace(/\.0$/, '');

/** "1 AI call · 2.1k tokens · 8.6 s", or "no AI call · 0.4 s"; empty when there is nothing to say. */
export function formatCost(cost: GenerationCost | null | undefined): string {
  if (!cost) return '';
  const tokens = (cost.inputTokens || 0) + (cost.outputTokens || 0);
  const parts = [
    cost.aiCalls > 0 ? plural(cost.aiCalls, 'AI call', 'AI calls') : 'no AI call',
    tokens > 0 ? `${compactCount(tokens)} tokens` : '',
    cost.durationMillis > 0 ? formatMillis(cost.durationMillis) : '',
  ];
  return parts.filter(Boolean).join(' · ');
}

/** The long form for a tooltip: who answered, tokens in and out, and where the time went. */
export function describeCost(cost: GenerationCost | null | undefined): string {
  if (!cost) return '';
  if (cost.aiCalls <= 0) {
    return `Composed without an AI model${cost.durationMillis > 0 ? ` in ${formatMillis(cost.durationMillis)}` : ''}.`;
  }
  const who = [cost.model, cost.provider && cost.provider !== cost.model ? `via ${cost.provider}` : ''].filter(Boolean).join(' ');
  const sentences = [
    `${plural(cost.aiCalls, 'AI call', 'AI calls')}${who ? ` to ${who}` : ''}`,
    cost.inputTokens > 0 || cost.outputTokens > 0
      ? `${cost.inputTokens.toLocaleString('en')} tokens in, ${cost.outputTokens.toLocaleString('en')} out`
      : '',
    cost.firstTokenMillis > 0 ? `first token after ${formatMillis(cost.firstTokenMillis)}` : '',
    cost.durationMillis > 0
      ? `${formatMillis(cost.durationMillis)} in all${cost.aiMillis > 0 ? `, ${formatMillis(cost.aiMillis)} waiting for the model` : ''}`
      : '',
  ];
  return `${sentences.filter(Boolean).join('; ')}.`;
}
