import type { ReactNode } from 'react';

/** The bar across the top of every view: the product name, then whatever the view adds. */
export function AppBar({ children }: { readonly children?: ReactNode }) {
  return (
    <header className="app-bar">
      <span className="app-bar__title">Integration Mapper</span>
      {children}
    </header>
  );
}
