import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../shared/platform';
import { useServices } from '../app/services';

/** Runs `handler` whenever the native menu sends `command`, for as long as the component is shown. */
export function useMenuCommand(command: MenuCommand, handler: () => void): void {
  const { platform } = useServices();
  // Always call the latest handler without resubscribing on every render.
  const latest = useRef(handler);
  useEffect(() => { latest.current = handler; });
  useEffect(
    () => platform.onMenuCommand((received) => { if (received === command) latest.current(); }),
    [platform, command],
  );
}
