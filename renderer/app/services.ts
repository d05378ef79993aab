import { createContext, useContext } from 'react';
import type { Platform } from '../../shared/platform';
import type { MapRepository } from '../persistence/repository';
import type { SettingsStore } from '../settings/settings-store';

/** What the app needs from the outside world, provided once at the root so views stay testable. */
export interface AppServices {
  readonly platform: Platform;
  readonly repository: MapRepository;
  /** The app's own settings (the assessor's name), loaded once at start. */
  readonly settings: SettingsStore;
  /** A new unique id for a record. */
  newId(): string;
  now(): Date;
}

export const ServicesContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside <ServicesContext.Provider>');
  return services;
}
