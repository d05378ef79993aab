import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/platform';
import { useServices } from '../app/services';
import { AuthorLine } from '../settings/AuthorLine';

/**
 * Which version is running and where, so an auditor can record it in their working papers
 * and a volunteer can say what they have when asking for help; and whose name the change
 * history records, with a way to change it.
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
      <p className="about-line__app">{info.name} {info.version}, {host}. Works offline.</p>
      <p className="about-line__author"><AuthorLine /></p>
    </footer>
  );
}
