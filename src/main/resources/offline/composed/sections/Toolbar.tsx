import { spec } from '../spec';
import type { SortKey } from '../items';
import { chip, field } from '../look';

interface ToolbarProps {
  search: boolean;
  filters: boolean;
  sorting: boolean;
  query: string;
  onQuery: (query: string) => void;
  category: string;
  onCategory: (category: string) => void;
  sort: SortKey;
  onSort: (sort: SortKey) => void;
}

/** Search, category filters and sort order over the items, as the request asked for them. */
export default function Toolbar({ search, filters, sorting, query, onQuery, category, onCategory, sort, onSort }: ToolbarProps) {
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 10 }}>
        {search && (
          <input type="search" data-testid="search" aria-label={`Search ${spec.kinds}`} placeholder={`Search ${spec.kinds}…`} value={query} onChange={(e) => onQuery(e.target.value)} style={{ ...field, flex: '1 1 240px', width: 'auto' }} />
        )}
        {sorting && (
          <select data-testid="sort" aria-label="Sort by" value={sort} onChange={(e) => onSort(e.target.value as SortKey)} style={{ ...field, flex: '0 1 200px', width: 'auto' }}>
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
            <option value="title">By title</option>
            {spec.rating && <option value="rating">Best rated</option>}
            {spec.price && <option value="price">Lowest price</option>}
          </select>
        )}
      </div>
      {filters && (
        <div role="group" aria-label="Filter by category" style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
          {['all', ...spec.categories].map((c) => (
            <button key={c} type="button" data-testid={`filter-${c}`} aria-pressed={category === c} onClick={() => onCategory(c)} style={chip(category === c)}>
              {c === 'all' ? 'All' : c}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
