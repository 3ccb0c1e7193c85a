import { compactCount, describeCost } from '@/lib/formatCost';
import type { GenerationCost } from '@/types/project';

/** What the build cost in AI calls and tokens (from its `complete` event); the details in a tooltip. */
export function BuildUsage({ usage }: { usage: GenerationCost }) {
  const tokens = (usage.inputTokens || 0) + (usage.outputTokens || 0);
  const calls = usage.aiCalls > 0 ? `${usage.aiCalls} AI ${usage.aiCalls === 1 ? 'call' : 'calls'}` : 'no AI call';
  return (
    <span className="build-card-usage" data-testid="build-card-usage" title={describeCost(usage)}>
      {calls}
      {tokens > 0 && ` · ${compactCount(tokens)} tokens`}
    </span>
  );
}
