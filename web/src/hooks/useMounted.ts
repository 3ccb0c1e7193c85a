import { useEffect, useRef } from 'react';

/** Whether the component is still mounted, for work that ends after an await. */
export function useMounted() {
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return mounted;
}
