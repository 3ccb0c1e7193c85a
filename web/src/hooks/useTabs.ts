import { useId, useRef, useState, type KeyboardEvent } from 'react';

/** What a tab button needs: its ARIA roles and states, a roving tabindex, and the arrow keys. */
export interface TabProps {
  id: string;
  role: 'tab';
  type: 'button';
  'aria-selected': boolean;
  'aria-controls': string;
  tabIndex: 0 | -1;
  onClick: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  ref: (element: HTMLElement | null) => void;
}

/** What the panel of a tab needs: its role, the tab that names it, and hidden unless selected. */
export interface TabPanelProps {
  id: string;
  role: 'tabpanel';
  'aria-labelledby': string;
  hidden: boolean;
}

export interface Tabs<T extends string> {
  tabs: readonly T[];
  selected: T;
  select: (tab: T) => void;
  tabProps: (tab: T) => TabProps;
  panelProps: (tab: T) => TabPanelProps;
}

/**
 * The WAI-ARIA tabs pattern for `tabs`, with automatic activation: only the selected tab is in the
 * Tab order; Left/Right (and Up/Down) move to the previous/next tab and select it, wrapping round,
 * Home and End to the first and last; Enter and Space select, as clicking does.
 */
export function useTabs<T extends string>(tabs: readonly T[], initial: T): Tabs<T> {
  const [selected, select] = useState<T>(initial);
  const prefix = useId();
  const elements = useRef(new Map<T, HTMLElement>());
  const tabId = (tab: T) => `${prefix}-tab-${tab}`;
  const panelId = (tab: T) => `${prefix}-panel-${tab}`;

  const move = (from: T, key: string): T | undefined => {
    const at = tabs.indexOf(from);
    if (key === 'ArrowRight' || key === 'ArrowDown') return tabs[(at + 1) % tabs.length];
    if (key === 'ArrowLeft' || key === 'ArrowUp') return tabs[(at - 1 + tabs.length) % tabs.length];
    if (key === 'Home') return tabs[0];
    if (key === 'End') return tabs[tabs.length - 1];
    return undefined;
  };

  const tabProps = (tab: T): TabProps => ({
    id: tabId(tab),
    role: 'tab',
    type: 'button',
    'aria-selected': tab === selected,
    'aria-controls': panelId(tab),
    tabIndex: tab === selected ? 0 : -1,
    onClick: () => select(tab),
    onKeyDown: (event) => {
      const next = move(tab, event.key);
      if (next === undefined) return;
      event.preventDefault();
      select(next);
      elements.current.get(next)?.focus();
    },
    ref: (element) => {
      if (element) elements.current.set(tab, element);
      else elements.current.delete(tab);
    },
  });

  const panelProps = (tab: T): TabPanelProps => ({
    id: panelId(tab),
    role: 'tabpanel',
    'aria-labelledby': tabId(tab),
    hidden: tab !== selected,
  });

  return { tabs, selected, select, tabProps, panelProps };
}
