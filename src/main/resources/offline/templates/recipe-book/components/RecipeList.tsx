import { theme } from '../theme';
import { COURSES, totalTime } from '../recipes';
import type { Course, Recipe } from '../recipes';

export type Filter = 'all' | 'favourites' | Course;

interface RecipeListProps {
  recipes: Recipe[];
  total: number;
  selectedId: string | null;
  query: string;
  filter: Filter;
  courses: Course[];
  onQuery: (q: string) => void;
  onFilter: (f: Filter) => void;
  onSelect: (id: string) => void;
  onNew: () => void;
}

export default function RecipeList({ recipes, total, selectedId, query, filter, courses, onQuery, onFilter, onSelect, onNew }: RecipeListProps) {
  const chip = (id: Filter, label: string) => {
    const active = filter === id;
    return (
      <button
        key={id}
        type="button"
        data-testid={`filter-${id}`}
        aria-pressed={active}
        onClick={() => onFilter(id)}
        style={{ padding: '6px 12px', borderRadius: 999, border: `1px solid ${active ? theme.primary : theme.border}`, background: active ? theme.primary : theme.surface, color: active ? theme.onPrimary : theme.text, fontWeight: 600, fontSize: 13, cursor: 'pointer', fontFamily: theme.body, whiteSpace: 'nowrap' }}
      >
        {label}
      </button>
    );
  };

  return (
    <nav aria-label="Recipes" style={{ display: 'grid', gap: 12, alignContent: 'start', gridTemplateColumns: 'minmax(0, 1fr)', minWidth: 0 }}>
      <div style={{ display: 'flex', gap: 8 }}>
        <input
          type="search"
          data-testid="search"
          aria-label="Search recipes"
          placeholder="🔍 Search name, ingredient, tag"
          value={query}
          onChange={(e) => onQuery(e.target.value)}
          style={{ flex: 1, minWidth: 0, padding: '11px 14px', borderRadius: 12, border: `1px solid ${theme.border}`, background: theme.surface, color: theme.text, fontSize: 15, fontFamily: theme.body }}
        />
        <button type="button" data-testid="new-recipe" onClick={onNew} style={{ padding: '10px 14px', borderRadius: 12, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 800, fontSize: 15, cursor: 'pointer', fontFamily: theme.body, whiteSpace: 'nowrap' }}>
          + New
        </button>
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
        {chip('all', `All (${total})`)}
        {chip('favourites', '★ Favourites')}
        {COURSES.filter((c) => courses.includes(c)).map((c) => chip(c, c))}
      </div>
      {recipes.length === 0 ? (
        <p data-testid="no-results" style={{ margin: 0, padding: 20, textAlign: 'center', color: theme.muted, border: `1px dashed ${theme.borderStrong}`, borderRadius: theme.radius }}>
          {filter === 'favourites' && !query ? 'No favourites yet: tap the ☆ on a recipe you love.' : 'No recipe matches. Try another word, or add it as a new recipe.'}
        </p>
      ) : (
        <ul data-testid="recipe-list" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 8 }}>
          {recipes.map((r) => {
            const active = r.id === selectedId;
            return (
              <li key={r.id}>
                <button
                  type="button"
                  data-testid={`open-${r.id}`}
                  aria-current={active ? 'true' : undefined}
                  onClick={() => onSelect(r.id)}
                  style={{ width: '100%', display: 'flex', alignItems: 'center', gap: 12, padding: 10, borderRadius: 14, border: `1.5px solid ${active ? theme.primary : theme.border}`, background: active ? theme.tint : theme.surface, color: theme.text, cursor: 'pointer', textAlign: 'left', fontFamily: theme.body, boxShadow: active ? 'none' : theme.shadowSmall }}
                >
                  <span aria-hidden="true" style={{ width: 48, height: 48, borderRadius: 12, background: theme.subtle, display: 'grid', placeItems: 'center', fontSize: 26, flexShrink: 0 }}>{r.emoji}</span>
                  <span style={{ flex: 1, minWidth: 0 }}>
                    <span style={{ display: 'block', fontWeight: 700, fontSize: 15, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>{r.title}</span>
                    <span style={{ display: 'block', fontSize: 13, color: theme.muted }}>{r.course} · {totalTime(r)} · serves {r.servings}</span>
                  </span>
                  {r.favourite && <span aria-label="Favourite" style={{ color: theme.accentOnSurface, fontSize: 18 }}>★</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </nav>
  );
}
