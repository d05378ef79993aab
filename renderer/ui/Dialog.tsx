import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';

interface DialogProps {
  /** The heading, which is also the dialog's accessible name. */
  readonly title: string;
  /** Called on Escape; the owner decides whether to unmount the dialog. */
  onClose(): void;
  readonly children: ReactNode;
  /** Where focus goes on close if the control that opened the dialog has gone (e.g. its row was deleted). */
  readonly fallbackFocus?: RefObject<HTMLElement | null>;
  /** Id of the text that explains the dialog, read out when it opens. */
  readonly describedBy?: string;
  /** Room for a table (an import's column mapping, a list of changes) instead of a short form. */
  readonly wide?: boolean;
}

/**
 * A modal dialog on the native `<dialog>`: the browser traps focus, makes the page behind it
 * inert and handles Escape. Render it only while it is open. It focuses the first field (or the
 * element marked `data-autofocus`) on open, and returns focus to whatever opened it on close.
 */
export function Dialog({ title, onClose, children, fallbackFocus, describedBy, wide = false }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const first = firstFocusTarget(dialog);
    first?.focus();
    // Selecting a prefilled value (a rename) lets typing replace it at once.
    if (first instanceof HTMLInputElement) first.select();
    return () => {
      if (dialog.open) dialog.close();
      const target = opener?.isConnected && opener !== document.body ? opener : fallbackFocus?.current;
      target?.focus();
    };
    // Runs once per opening: the opener is whatever had focus when the dialog appeared.
  }, []);

  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog--wide' : 'dialog'}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(event) => {
        // Keep the dialog under React's control: the owner unmounts it.
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog__title">{title}</h2>
      {children}
    </dialog>
  );
}

function firstFocusTarget(dialog: HTMLDialogElement): HTMLElement | null {
  return dialog.querySelector<HTMLElement>('[data-autofocus]')
    ?? dialog.querySelector<HTMLElement>('input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])');
}

/** The usual row of buttons at the foot of a dialog, primary action last. */
export function DialogActions({ children }: { readonly children: ReactNode }) {
  return <div className="dialog__actions">{children}</div>;
}
