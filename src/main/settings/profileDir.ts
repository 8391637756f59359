import { homedir } from 'node:os';
import { join } from 'node:path';

/** The OS's app-data folder for Luister (the same one Electron's `userData` uses). */
export function defaultProfileDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  switch (platform) {
    case 'win32':
      return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Luister');
    case 'darwin':
      return join(homedir(), 'Library', 'Application Support', 'Luister');
    case 'linux':
    default:
      return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Luister');
  }
}
