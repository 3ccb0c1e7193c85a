import { useLayoutEffect, useRef, useState } from 'react';

/** Width of an element, kept current as the layout changes, so SVG charts can be drawn at their real size. */
export function useElementWidth<T extends HTMLElement>(fallback = 600) {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState<number>(fallback);

  // Layout effect: the first paint already has the real width, so charts never flash at the fallback size.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth || fallback);
    if (typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    const observer = new ResizeObserver((entries) => {
      cancelAnimationFrame(frame);
      // Deferred to the next frame so a re-render never happens inside the observer callback.
      frame = requestAnimationFrame(() => setWidth(Math.round(entries[0].contentRect.width) || fallback));
    });
    observer.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [fallback]);

  return { ref, width };
}
