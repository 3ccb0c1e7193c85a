import { EXAMPLE_PROMPTS } from '../../generate/examples';

/** The generator's app types, which are also the template categories. */
export const APP_TYPES = EXAMPLE_PROMPTS.map((e) => e.appType);

export function CategoryChips({ value, onChange }: { value: string; onChange: (category: string) => void }) {
  return (
    <div className="chips library-categories" role="group" aria-label="Template category">
      {['', ...APP_TYPES].map((type) => (
        <button
          key={type || 'all'}
          type="button"
          className="chip"
          aria-pressed={value === type}
          onClick={() => onChange(type)}
          data-testid={`library-category-${type || 'all'}`}
        >
          {type || 'all types'}
        </button>
      ))}
    </div>
  );
}
