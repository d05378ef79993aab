interface AlertProps {
  readonly message: string;
  /** Shows a "Dismiss" button when given. */
  onDismiss?(): void;
}

/** A problem the user must know about, announced by screen readers as soon as it appears. */
export function Alert({ message, onDismiss }: AlertProps) {
  return (
    <div role="alert" className="alert">
      <p className="alert__message">{message}</p>
      {onDismiss && (
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}

/** A readable message from anything thrown or rejected. */
export function describeError(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return 'An unexpected error occurred.';
}
