import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useDebouncedValue } from '@/hooks/useDebouncedValue';

/**
 * A search box bound to a URL parameter: the box updates at once, the URL (and so whatever loads
 * from it) only when typing pauses. The URL stays the source of truth, so links such as
 * `/library?q=quiz` and Back work; `page` is dropped whenever the query changes.
 */
export function useDebouncedQueryParam(name: string, delayMs: number) {
  const [params, setParams] = useSearchParams();
  const inUrl = params.get(name) ?? '';
  const [text, setText] = useState(inUrl);
  const settled = useDebouncedValue(text.trim(), delayMs);
  // The value this hook last put in (or took from) the URL: tells our own writes from navigation.
  const synced = useRef(inUrl);

  const writeToUrl = useEffectEvent((value: string) => {
    if (value === synced.current) return;
    synced.current = value;
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(name, value);
        else next.delete(name);
        next.delete('page');
        return next;
      },
      { replace: true }, // one history entry per search, not per pause in typing
    );
  });

  // Only a newly settled value is a write (an effect event, so a new `setParams`, which comes
  // with every URL change, does not run it again); the URL changing is handled below.
  useEffect(() => writeToUrl(settled), [settled]);

  useEffect(() => {
    if (inUrl === synced.current) return;
    synced.current = inUrl;
    setText(inUrl);
  }, [inUrl]);

  return { text, setText, query: inUrl };
}
