import { useEffect, useState } from 'react';
import { config } from './config';
import { theme, alpha, usePageSetup, useViewportWidth } from './theme';
import { loadRecipes, matches, newId, saveRecipes } from './recipes';
import type { Recipe } from './recipes';
import RecipeList from './components/RecipeList';
import type { Filter } from './components/RecipeList';
import RecipeDetail from './components/RecipeDetail';
import RecipeEditor from './components/RecipeEditor';

type Mode = 'view' | 'edit' | 'new';

export default function App() {
  usePageSetup();
  const wide = useViewportWidth() >= 900;
  const [initial] = useState(loadRecipes);
  const [recipes, setRecipes] = useState<Recipe[]>(initial.recipes);
  const [storageOk, setStorageOk] = useState<boolean>(initial.storageOk);
  const [selectedId, setSelectedId] = useState<string | null>(initial.recipes[0]?.id ?? null);
  const [mode, setMode] = useState<Mode>('view');
  // On phones the list and the recipe take turns.
  const [showDetail, setShowDetail] = useState<boolean>(false);
  const [query, setQuery] = useState<string>('');
  const [filter, setFilter] = useState<Filter>('all');

  useEffect(() => {
    if (!saveRecipes(recipes)) setStorageOk(false);
  }, [recipes]);

  const visible = recipes.filter((r) => matches(r, query) && (filter === 'all' || (filter === 'favourites' ? r.favourite : r.course === filter)));
  const selected = recipes.find((r) => r.id === selectedId) ?? null;
  const detailVisible = wide || showDetail || mode !== 'view';

  const open = (id: string) => {
    setSelectedId(id);
    setMode('view');
    setShowDetail(true);
    if (!wide) window.scrollTo({ top: 0 });
  };

  const panel = (() => {
    if (mode === 'new') {
      return (
        <RecipeEditor
          initial={null}
          onCancel={() => setMode('view')}
          onSave={(draft) => {
            const recipe: Recipe = { ...draft, id: newId(), favourite: false, createdAt: Date.now() };
            setRecipes((prev) => [recipe, ...prev]);
            setQuery('');
            setFilter('all');
            open(recipe.id);
          }}
        />
      );
    }
    if (!selected) {
      return <p style={{ margin: 0, padding: 40, textAlign: 'center', color: theme.muted, border: `1px dashed ${theme.borderStrong}`, borderRadius: theme.radius + 6 }}>Pick a recipe, or add your first one.</p>;
    }
    if (mode === 'edit') {
      return (
        <RecipeEditor
          key={selected.id}
          initial={selected}
          onCancel={() => setMode('view')}
          onSave={(draft) => {
            setRecipes((prev) => prev.map((r) => (r.id === selected.id ? { ...r, ...draft } : r)));
            setMode('view');
          }}
        />
      );
    }
    return (
      <RecipeDetail
        key={selected.id}
        recipe={selected}
        onBack={wide ? null : () => setShowDetail(false)}
        onFavourite={() => setRecipes((prev) => prev.map((r) => (r.id === selected.id ? { ...r, favourite: !r.favourite } : r)))}
        onEdit={() => setMode('edit')}
        onDelete={() => {
          const rest = recipes.filter((r) => r.id !== selected.id);
          setRecipes(rest);
          setSelectedId(rest[0]?.id ?? null);
          setShowDetail(false);
        }}
      />
    );
  })();

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(14px, 3.5vw, 40px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 1240, margin: '0 auto', display: 'grid', gap: 'clamp(14px, 2.5vw, 22px)', gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <header>
          <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(28px, 4.5vw, 42px)', margin: 0, lineHeight: 1.12 }}>{config.title}</h1>
          <p style={{ margin: '8px 0 0', color: theme.muted, fontSize: 'clamp(15px, 2vw, 18px)' }}>{config.tagline}</p>
        </header>
        {!storageOk && (
          <div role="status" style={{ padding: '10px 14px', borderRadius: 12, background: alpha(theme.warning, 0.12), border: `1px solid ${alpha(theme.warning, 0.4)}`, fontSize: 14 }}>
            ⚠️ This browser is not letting the recipe book save, so new recipes will be lost when you close the page.
          </div>
        )}
        <div style={{ display: 'grid', gridTemplateColumns: wide ? 'minmax(300px, 380px) minmax(0, 1fr)' : 'minmax(0, 1fr)', gap: 'clamp(16px, 2.5vw, 28px)', alignItems: 'start' }}>
          {(wide || !detailVisible) && (
            <RecipeList
              recipes={visible}
              total={recipes.length}
              selectedId={wide ? selectedId : null}
              query={query}
              filter={filter}
              courses={Array.from(new Set(recipes.map((r) => r.course)))}
              onQuery={setQuery}
              onFilter={setFilter}
              onSelect={open}
              onNew={() => {
                setMode('new');
                setShowDetail(true);
              }}
            />
          )}
          {detailVisible && <main style={{ minWidth: 0 }}>{panel}</main>}
        </div>
      </div>
    </div>
  );
}
