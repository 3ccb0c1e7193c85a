import { APP_TYPES } from '@/lib/appTypes';

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
