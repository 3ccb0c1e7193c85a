import type { ReactNode } from 'react';
import type { Tabs } from '@/hooks/useTabs';

interface Props<T extends string> {
  /** From useTabs: which tab is selected, and what each tab button needs. */
  tabs: Tabs<T>;
  /** What the tabs choose between, for screen readers. */
  label: string;
  /** What each tab says. */
  labels: Record<T, ReactNode>;
  /** Prefix of the tabs' test ids (`<testId>-<tab>`). */
  testId?: string;
  className?: string;
}

/** A row of tabs (role="tablist"); their panels take `tabs.panelProps(tab)`. */
export function TabList<T extends string>({ tabs, label, labels, testId, className = 'tab-list' }: Props<T>) {
  return (
    <div className={className} role="tablist" aria-label={label}>
      {tabs.tabs.map((tab) => (
        <button key={tab} {...tabs.tabProps(tab)} data-testid={testId && `${testId}-${tab}`}>
          {labels[tab]}
        </button>
      ))}
    </div>
  );
}
