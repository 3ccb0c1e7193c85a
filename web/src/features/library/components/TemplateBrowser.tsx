import { Pager } from '@/components/Pager';
import { useAsync } from '@/hooks/useAsync';
import { listTemplates } from '../api/library';
import { CategoryChips } from './CategoryChips';
import { LibraryCard } from './LibraryCard';

export const PAGE_SIZE = 12;
const FEATURES_SHOWN = 3;

interface Props {
  category: string;
  page: number;
  onCategory: (category: string) => void;
  onPage: (page: number) => void;
  onUseTemplate: (name: string) => void;
}

/** What the library page shows before anything is typed: the templates, most used first. */
export function TemplateBrowser({ category, page, onCategory, onPage, onUseTemplate }: Props) {
  const { data, error } = useAsync(
    (signal) => listTemplates({ category: category || undefined, page, size: PAGE_SIZE }, signal),
    `${category}\n${page}`,
  );

  return (
    <div className="library-results">
      <CategoryChips value={category} onChange={onCategory} />
      {error && <p className="form-error" role="alert" data-testid="library-error">{error.message}</p>}
      {!data && !error && <p className="muted" role="status">Loading templates…</p>}
      {data && data.items.length === 0 && (
        <p className="muted">{category ? `No ${category} templates yet.` : 'The library has no templates yet.'}</p>
      )}
      {data && data.items.length > 0 && (
        <ul className="library-grid">
          {data.items.map((t) => (
            <LibraryCard
              key={t.id}
              name={t.name}
              kind="template"
              description={t.description}
              category={t.category || t.appType}
              usageCount={t.usageCount}
              onUse={() => onUseTemplate(t.name)}
            >
              {t.provides?.length > 0 && (
                <ul className="library-features" aria-label="Features">
                  {t.provides.slice(0, FEATURES_SHOWN).map((f) => (
                    <li key={f}>{f}</li>
                  ))}
                  {t.provides.length > FEATURES_SHOWN && <li className="muted">+{t.provides.length - FEATURES_SHOWN} more</li>}
                </ul>
              )}
            </LibraryCard>
          ))}
        </ul>
      )}
      {data && <Pager page={data.page} size={data.size} total={data.total} onPage={onPage} testId="library" />}
    </div>
  );
}
