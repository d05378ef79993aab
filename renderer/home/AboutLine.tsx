import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/platform';
import { useServices } from '../app/services';

/**
 * Which version is running and where, so an auditor can record it in their working papers
 * and a volunteer can say what they have when asking for help.
 */
export function AboutLine() {
  const { platform } = useServices();
  const [info, setInfo] = useState<AppInfo>();
  useEffect(() => {
    let current = true;
    platform.appInfo().then((next) => { if (current) setInfo(next); }, () => undefined);
    return () => { current = false; };
  }, [platform]);
  if (!info) return null;
  const host = info.host === 'desktop' ? 'desktop app' : 'in this browser';
  return (
    <footer className="about-line">
      {info.name} {info.version}, {host}. Works offline.
    </footer>
  );
}
