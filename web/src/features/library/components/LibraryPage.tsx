import { useId } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { homeWithPrompt, promptFromTemplate } from '../api/library';
import { useDebouncedQueryParam } from '../hooks/useDebouncedQueryParam';
import { ComponentBrowser } from './ComponentBrowser';
import { KindTabs, kindFilterOf, type KindFilter } from './KindTabs';
import { SearchResults } from './SearchResults';
import { TemplateBrowser } from './TemplateBrowser';

export const SEARCH_DEBOUNCE_MS = 300;

/**
 * The code library: semantic search over everything in it, or, before anything is typed, the
 * templates by category. Query, kind, category and page live in the URL so results can be linked.
 */
export function LibraryPage({ debounceMs = SEARCH_DEBOUNCE_MS }: { debounceMs?: number }) {
  const id = useId();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { text, setText, query } = useDebouncedQueryParam('q', debounceMs);
  const kind = kindFilterOf(params.get('kind'));
  const category = params.get('category') ?? '';
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);

  /** Sets URL parameters ('' removes one); any change of filter starts again at the first page. */
  const update = (changes: Record<string, string>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (!('page' in changes)) next.delete('page');
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      return next;
    });

  const startFromTemplate = (name: string) => navigate(homeWithPrompt(promptFromTemplate(name)));
  const setPage = (p: number) => update({ page: p > 0 ? String(p) : '' });

  return (
    <div className="library">
      <header className="library-header">
        <h1>Library</h1>
        <p className="muted">Templates, components, themes and database schemas that new apps are built from.</p>
      </header>
      <form className="library-search" role="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={`${id}-q`} className="visually-hidden">
          Search the library
        </label>
        <input
          id={`${id}-q`}
          type="search"
          data-testid="library-search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="Search by meaning… e.g. “pricing table” or “split a bill”"
          maxLength={1000}
          autoComplete="off"
        />
        <KindTabs value={kind} onChange={(k: KindFilter) => update({ kind: k === 'all' ? '' : k })} />
      </form>
      {query ? (
        <SearchResults query={query} kind={kind} onUseTemplate={startFromTemplate} />
      ) : kind === 'component' ? (
        <ComponentBrowser page={page} onPage={setPage} />
      ) : kind === 'theme' || kind === 'schema' ? (
        <p className="muted library-hint">Type what you are looking for to search the {kind}s.</p>
      ) : (
        <TemplateBrowser
          category={category}
          page={page}
          onCategory={(c) => update({ category: c })}
          onPage={setPage}
          onUseTemplate={startFromTemplate}
        />
      )}
    </div>
  );
}
