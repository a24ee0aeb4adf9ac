// Locates WordPress's own files for the plugin's tests: Playground cannot
// download WordPress on machines without internet access, so we never let it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where packages put WordPress (Debian and Ubuntu's `wordpress` package first). */
const CANDIDATES = ['/usr/share/wordpress', '/usr/share/webapps/wordpress', '/var/www/wordpress'];

const isWordPress = (dir) => existsSync(join(dir, 'wp-includes', 'version.php')) && existsSync(join(dir, 'wp-settings.php'));

/** The folder holding WordPress's files; throws with instructions if there is none. */
export function findWordPress() {
  const fromEnv = process.env.WORDPRESS_PATH;
  if (fromEnv) {
    if (isWordPress(fromEnv)) return fromEnv;
    throw new Error(`WORDPRESS_PATH is set to "${fromEnv}", but WordPress's files (wp-includes/version.php) are not there.`);
  }
  const found = CANDIDATES.find(isWordPress);
  if (found) return found;
  throw new Error(
    'No WordPress was found for the plugin tests. Install one, for example:\n' +
      '  Debian/Ubuntu:  sudo apt-get install -y wordpress\n' +
      'or point WORDPRESS_PATH at a folder holding WordPress 6.1 or later (wp-includes, wp-admin, …).',
  );
}
