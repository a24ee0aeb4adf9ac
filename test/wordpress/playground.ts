// Boots a real WordPress (WordPress Playground: PHP in WebAssembly, SQLite)
// from WordPress's own installed files, with the built plugin mounted and
// activated, and the users the tests log in as.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain script shared with the build, without declarations.
import { findWordPress } from '../../scripts/find-wordpress.mjs';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const pluginDir = join(root, 'dist', 'wordpress', 'support-finder');
export const zipPath = join(root, 'dist', 'support-finder-wordpress.zip');

export const USERS = {
  author: { login: 'author', password: 'author-password-1' },
  adminFr: { login: 'admin-fr', password: 'admin-fr-password-1' },
};

export interface Playground {
  url: string;
  /** WordPress's folder on this machine (a copy), to read its files and debug.log. */
  wordpress: string;
  stop(): Promise<void>;
}

const BOOT_TIMEOUT_MS = 150_000;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Turns the installed site into a network (what Tools → Network Setup does,
 * without WP-CLI, which Playground would download) with a second site at
 * /second/, and publishes a catalogue on each site with the plugin's own code,
 * as each site's Administrator would from its Settings page.
 */
function networkSteps(host: string, catalogue: string) {
  const php = (code: string) => ({ step: 'runPHP', code: `<?php ${code}` });
  return [
    php(`define('WP_INSTALLING_NETWORK', true); require_once '/wordpress/wp-load.php'; require_once ABSPATH . 'wp-admin/includes/upgrade.php';
      // As wp-admin/network.php does: the network's tables are named only on a network.
      foreach ($wpdb->tables('ms_global') as $table => $prefixed) $wpdb->$table = $prefixed;
      install_network();
      $made = populate_network(1, '${host}', 'admin@example.org', 'Branches', '/', false);
      if (is_wp_error($made)) throw new Exception(implode(' ', $made->get_error_messages()));`),
    {
      step: 'defineWpConfigConsts',
      consts: {
        WP_ALLOW_MULTISITE: true,
        MULTISITE: true,
        SUBDOMAIN_INSTALL: false,
        DOMAIN_CURRENT_SITE: host,
        PATH_CURRENT_SITE: '/',
        SITE_ID_CURRENT_SITE: 1,
        BLOG_ID_CURRENT_SITE: 1,
      },
    },
    // A PHP run of its own is no web request: a network finds its site by the host and path asked for,
    // and Playground's automatic login would answer it with a redirect.
    php(`$_SERVER['HTTP_HOST'] = '${host}'; $_SERVER['REQUEST_URI'] = '/'; $_COOKIE['playground_auto_login_already_happened'] = '1'; require_once '/wordpress/wp-load.php';
      $second = wp_insert_site(array('domain' => '${host}', 'path' => '/second/', 'title' => 'Second branch', 'user_id' => 1));
      if (is_wp_error($second)) throw new Exception($second->get_error_message());
      $json = base64_decode('${Buffer.from(catalogue).toString('base64')}');
      foreach (array(1, $second) as $site) {
        switch_to_blog($site);
        $published = support_finder_publish($json);
        if (is_wp_error($published)) throw new Exception($published->get_error_message());
        restore_current_blog();
      }`),
  ];
}

/** Sets up the site once it is installed: the plugin on, an Author and a French-speaking Administrator. */
function blueprint(network?: { host: string; catalogue: string }) {
  const user = (u: { login: string; password: string }, role: string, locale = '') =>
    `wp_insert_user(array('user_login' => '${u.login}', 'user_pass' => '${u.password}', 'user_email' => '${u.login}@example.org', 'role' => '${role}', 'locale' => '${locale}'));`;
  return {
    // With a blueprint, Playground takes the PHP version and the login from it, not from the command line.
    preferredVersions: { php: '7.4', wp: 'latest' },
    login: true,
    steps: [
      { step: 'activatePlugin', pluginPath: 'support-finder/support-finder.php' },
      {
        step: 'runPHP',
        code: `<?php require_once '/wordpress/wp-load.php'; ${user(USERS.author, 'author')} ${user(USERS.adminFr, 'administrator', 'fr_FR')}`,
      },
      ...(network ? networkSteps(network.host, network.catalogue) : []),
    ],
  };
}

/**
 * Starts WordPress; rejects with the reason (and the server's output) if it cannot.
 * `network`: a multisite network of two sites, each with `catalogue` published.
 */
export async function startPlayground({ network }: { network?: { catalogue: string } } = {}): Promise<Playground> {
  if (!existsSync(join(pluginDir, 'support-finder.php'))) {
    throw new Error(`The plugin is not built (${pluginDir} is missing): run npm run build first.`);
  }
  const source = findWordPress();
  const scratch = mkdtempSync(join(tmpdir(), 'support-finder-wp-'));
  const wordpress = join(scratch, 'wordpress');
  // Debian's package links some of its files into other packages: copy what the links point at.
  cpSync(source, wordpress, { recursive: true, dereference: true });
  rmSync(join(wordpress, 'wp-config.php'), { force: true });
  // A copy of the built plugin: deleting it from Plugins (the uninstall scenario) deletes the copy, not the build.
  const plugin = join(scratch, 'support-finder');
  cpSync(pluginDir, plugin, { recursive: true });
  const port = await freePort();
  const blueprintPath = join(scratch, 'blueprint.json');
  writeFileSync(blueprintPath, JSON.stringify(blueprint(network && { host: `127.0.0.1:${port}`, catalogue: network.catalogue })));

  const cliPackage = createRequire(import.meta.url).resolve('@wp-playground/cli/package.json');
  const cli = join(dirname(cliPackage), 'wp-playground.js');
  const args = [
    cli,
    'server',
    '--php=7.4',
    '--wordpress-install-mode=install-from-existing-files',
    `--mount-before-install=${wordpress}:/wordpress`,
    `--mount=${plugin}:/wordpress/wp-content/plugins/support-finder`,
    `--blueprint=${blueprintPath}`,
    '--login',
    `--port=${port}`,
    '--workers=2',
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    rmSync(scratch, { recursive: true, force: true });
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`it did not say it was ready within ${BOOT_TIMEOUT_MS / 1000} s`)), BOOT_TIMEOUT_MS);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        if (/Ready! WordPress is running/.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', read);
      child.stderr!.on('data', read);
      child.once('error', (e) => reject(e));
      child.once('exit', (code) => reject(new Error(`the server exited with status ${code}`)));
    });
  } catch (e) {
    await stop();
    throw new Error(
      `WordPress could not start (WordPress files from ${source}, PHP 7.4 in WordPress Playground): ${(e as Error).message}.\n` +
        `Playground's output:\n${output.trim().split('\n').slice(-30).join('\n')}`,
    );
  }
  return { url, wordpress, stop };
}

/** Lines of WordPress's debug.log that name the plugin (PHP notices, warnings and errors). */
export function pluginLogLines(site: Playground): string[] {
  const log = join(site.wordpress, 'wp-content', 'debug.log');
  if (!existsSync(log)) return [];
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((line) => line.includes('support-finder'));
}

