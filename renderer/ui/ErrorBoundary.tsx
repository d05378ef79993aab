import { Component, type ErrorInfo, type ReactNode } from 'react';
import { describeError } from './Alert';

interface ErrorBoundaryProps {
  readonly children: ReactNode;
}

/**
 * Shows a readable message instead of a blank window when rendering fails. Stored work is
 * safe (every change is written as it is made), and the message says so. Give it a `key` that
 * changes with the route so that navigating away recovers.
 * React only offers error boundaries as class components.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { readonly error: unknown }> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('Unknown error') };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Integration Mapper hit an error it could not recover from', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="page page--narrow">
        <div role="alert">
          <h1>Something went wrong</h1>
          <p>The app hit a problem it could not recover from: <strong>{describeError(this.state.error)}</strong></p>
          <p>Your assessments are stored on this computer and changes are saved as you make them.</p>
        </div>
        <p className="button-row">
          <a className="button" href="#/">Go to assessments</a>
          <button type="button" className="button" onClick={() => window.location.reload()}>Reload</button>
        </p>
      </main>
    );
  }
}
