import '@xyflow/react/dist/style.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { AppServices } from './app/services';
import { ServicesContext } from './app/services';
import { createDexieRepository } from './persistence/dexie-repository';
import { choosePlatform } from './platform/choose-platform';
import { createSettingsStore } from './settings/settings-store';

// Made once for the life of the window: every view shares one platform and one database.
const repository = createDexieRepository();
const services: AppServices = {
  platform: choosePlatform(),
  repository,
  settings: createSettingsStore(repository),
  newId: () => crypto.randomUUID(),
  now: () => new Date(),
};

// Browsers may evict "best-effort" storage when the disk fills; ask for the maps to be kept.
// A refusal (or no support) changes nothing else: the app works the same.
void navigator.storage?.persist?.().catch(() => false);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <ServicesContext.Provider value={services}>
      <App />
    </ServicesContext.Provider>
  </StrictMode>,
);
