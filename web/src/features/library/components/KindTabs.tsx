import type { LibraryKind } from '../api/library';

export type KindFilter = LibraryKind | 'all';

export const KIND_FILTERS: { value: KindFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'template', label: 'Templates' },
  { value: 'component', label: 'Components' },
  { value: 'theme', label: 'Themes' },
  { value: 'schema', label: 'Schemas' },
];

export const kindFilterOf = (value: string | null): KindFilter =>
  KIND_FILTERS.some((k) => k.value === value) ? (value as KindFilter) : 'all';

/** Filters one result list, so toggle buttons (aria-pressed) rather than tabs with their own panels. */
export function KindTabs({ value, onChange }: { value: KindFilter; onChange: (kind: KindFilter) => void }) {
  return (
    <div className="segmented" role="group" aria-label="What to show">
      {KIND_FILTERS.map((k) => (
        <button key={k.value} type="button" aria-pressed={value === k.value} onClick={() => onChange(k.value)} data-testid={`library-kind-${k.value}`}>
          {k.label}
        </button>
      ))}
    </div>
  );
}
