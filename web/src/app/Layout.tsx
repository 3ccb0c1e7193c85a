import type { MouseEvent } from 'react';
import { Link, NavLink, Outlet } from 'react-router-dom';
import { AccountMenu } from '@/features/account/components/AccountGate';
import { ProviderBadge } from '@/features/system/components/ProviderBadge';

/** Moves the focus to the main content without adding #main to the address. */
const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
  event.preventDefault();
  document.getElementById('main')?.focus();
};

export function Layout() {
  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to the main content
      </a>
      <header className="topbar">
        <Link to="/" className="brand" aria-label="Faibric home">
          <span className="brand-mark" aria-hidden="true">F</span>
          Faibric
        </Link>
        <nav className="topnav" aria-label="Main">
          <NavLink to="/library" className="topnav-link" data-testid="nav-library">
            Library
          </NavLink>
          <NavLink to="/usage" className="topnav-link" data-testid="nav-usage">
            Usage
          </NavLink>
          <ProviderBadge />
          <AccountMenu />
        </nav>
      </header>
      <main className="main" id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
