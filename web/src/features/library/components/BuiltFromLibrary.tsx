import { Link } from 'react-router-dom';
import { useAsync } from '@/hooks/useAsync';
import { libraryLink, listTemplates } from '../api/library';

/** More than the library ships; a project reuses at most one template, so one page finds it. */
const TEMPLATES_PAGE = 100;

/** "tip-calculator" → "tip calculator": what to call a slug the library did not name. */
const readable = (slug: string) => slug.replace(/[-_]+/g, ' ').trim();

/**
 * "Built from the library template Tip calculator and 1 library component". The project only
 * records slugs (template first), so the template list says which slug is a template and its name.
 */
export function BuiltFromLibrary({ slugs }: { slugs: string[] }) {
  const { data, error } = useAsync((signal) => listTemplates({ size: TEMPLATES_PAGE }, signal), 'library-templates');
  if (!data && !error) return null; // a moment; better than showing a slug that then turns into a name

  const slugLinks = (list: string[], kind?: 'component') =>
    list.map((slug, i) => (
      <span key={slug}>
        {i > 0 && ', '}
        <Link to={libraryLink(readable(slug), kind)}>{readable(slug)}</Link>
      </span>
    ));

  // Without the template list there is no telling templates from components: name them all plainly.
  if (!data) {
    return (
      <span className="built-from" data-testid="built-from">
        Built from the library: {slugLinks(slugs)}
      </span>
    );
  }

  const template = data.items.find((t) => slugs.includes(t.slug));
  const components = slugs.filter((s) => s !== template?.slug);
  return (
    <span className="built-from" data-testid="built-from">
      {template ? (
        <>
          Built from the library template <Link to={libraryLink(template.name, 'template')}>{template.name}</Link>
        </>
      ) : (
        'Built with'
      )}
      {components.length > 0 && (
        <>
          {template ? ' and' : ''} the library {components.length === 1 ? 'component' : 'components'} {slugLinks(components, 'component')}
        </>
      )}
    </span>
  );
}
