// The set-up the sync journeys share: a folder of its own on the WebDAV server for each test,
// and devices (browser profiles of their own, onboarded) that `closeDevices` closes after it.
import { chownSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type OpenApp, onboard, openApp } from './harness';
import type { DavServer } from './webdav-server';

export const PHONE = { width: 390, height: 844 };
export const LAPTOP = { width: 1280, height: 800 };

/**
 * An empty folder of its own on the server, as a person makes one before setting sync up (owned
 * by the server's user, so it can write there), and its address through `base`: a proxy in front
 * of the server, say.
 */
export function freshFolder(server: DavServer, name: string, base = server.url): string {
  const dir = join(server.dataDir, name);
  mkdirSync(dir);
  const owner = statSync(server.dataDir);
  chownSync(dir, owner.uid, owner.gid);
  return `${base}${name}/`;
}

const open: OpenApp[] = [];

/** A device at `viewport`: a browser profile of its own with the app onboarded. */
export async function device(viewport: { width: number; height: number }): Promise<OpenApp> {
  const app = await openApp({ viewport });
  app.page.setDefaultTimeout(20_000);
  open.push(app);
  await onboard(app.page);
  return app;
}

/** Closes every device the test opened (its afterEach). */
export async function closeDevices(): Promise<void> {
  for (const app of open.splice(0)) await app.close();
}
