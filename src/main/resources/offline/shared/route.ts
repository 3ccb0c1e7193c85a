import { useEffect, useState } from 'react';

// Pages live in the address's #fragment ("#/q/12"), so links can be shared, the back button
// works, and no server routing is needed.

function read(): string[] {
  try {
    return window.location.hash
      .replace(/^#\/?/, '')
      .split('/')
      .filter(Boolean)
      .map((part) => decodeURIComponent(part));
  } catch {
    return [];
  }
}

/** The current page as path segments: "#/q/12" gives ["q", "12"], the front page []. */
export function useRoute(): string[] {
  const [route, setRoute] = useState<string[]>(read);
  useEffect(() => {
    const onChange = () => {
      setRoute(read());
      try {
        window.scrollTo(0, 0);
      } catch {
        // scrolling is a nicety
      }
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** The link to a page: href('q', 12) is "#/q/12". */
export function href(...parts: (string | number)[]): string {
  return '#/' + parts.map((part) => encodeURIComponent(String(part))).join('/');
}

/** Opens a page, as following its link would. */
export function go(...parts: (string | number)[]): void {
  window.location.hash = href(...parts).slice(1);
}

/** A row id from a path segment, or null when it is not one. */
export function idOf(segment: string | undefined): number | null {
  return segment && /^\d{1,15}$/.test(segment) ? Number(segment) : null;
}
