import { BuiltFromLibrary } from '@/features/library/components/BuiltFromLibrary';
import { describeCost, formatCost } from '@/lib/formatCost';
import type { GenerationCost } from '@/types/project';

interface Props {
  /** Library slugs the app was built from (template first); empty when it was written from scratch. */
  reused: string[];
  cost: GenerationCost | undefined;
}

/**
 * One quiet line under the live page's title: what the app was built from (the library feature)
 * and what its version cost. Lives in app/ because it joins two features; the route hands it to
 * LiveCreation.
 */
export function BuildFacts({ reused, cost }: Props) {
  const costText = formatCost(cost);
  if (reused.length === 0 && !costText) return null;
  return (
    <p className="build-facts muted" data-testid="build-facts">
      {reused.length > 0 && <BuiltFromLibrary slugs={reused} />}
      {reused.length > 0 && costText && <span aria-hidden="true"> · </span>}
      {costText && (
        <span className="version-cost" title={describeCost(cost)} data-testid="version-cost">
          {costText}
        </span>
      )}
    </p>
  );
}
