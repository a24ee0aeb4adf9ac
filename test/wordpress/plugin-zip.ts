// The zip a branch uploads: one top-level folder, the plugin header and the
// finder's current script, and WordPress reading it as this plugin.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { inflateRawSync } from 'node:zlib';
import type { ElementHandle } from 'puppeteer-core';
import { root, zipPath } from './playground.js';
import type { World } from './world.js';

/** The files in a zip, read from its central directory. */
function readZip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const packed = zip.subarray(data, data + size);
    files.set(name, method === 8 ? inflateRawSync(packed) : packed);
    at += 46 + nameLength + skip;
  }
  return files;
}

export function pluginZipInstalls(world: World): void {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

  it('holds one support-finder/ folder with the plugin header, the readme, the block and the current finder script', () => {
    const files = readZip(readFileSync(zipPath));
    assert.deepEqual([...new Set([...files.keys()].map((n) => n.split('/')[0]))], ['support-finder']);
    const header = files.get('support-finder/support-finder.php')!.toString();
    assert.match(header, new RegExp(`^ \\* Version:\\s+${version.replace(/\./g, '\\.')}$`, 'm'));
    assert.match(header, /^ \* Requires at least: 6\.1$/m);
    assert.match(header, /^ \* Requires PHP:\s+7\.4$/m);
    assert.match(header, /^ \* License:\s+MIT$/m);
    assert.match(files.get('support-finder/readme.txt')!.toString(), new RegExp(`^Stable tag: ${version.replace(/\./g, '\\.')}$`, 'm'));
    for (const name of ['block/block.json', 'block/render.php', 'block/editor.js', 'block/language-panel.js', 'uninstall.php', 'languages/support-finder-fr_FR.mo', 'assets/support-finder-builder.js']) {
      assert.ok(files.has(`support-finder/${name}`), `${name} is in the zip`);
    }
    assert.ok(files.get('support-finder/assets/support-finder.iife.js')!.equals(readFileSync(join(root, 'dist', 'support-finder.iife.js'))));
  });

  it('uploads in Plugins → Add New, where WordPress reads it as this plugin at this version', async () => {
    const page = await world.admin.open('/wp-admin/plugin-install.php?tab=upload');
    const input = (await page.waitForSelector('#pluginzip')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(zipPath);
    await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded', timeout: 120_000 }), page.click('#install-plugin-submit')]);
    // The plugin is already there (mounted), so WordPress shows the uploaded zip's header beside it.
    const table = await page.$eval('.update-from-upload-comparison', (t) => (t as HTMLElement).innerText);
    assert.match(table, /Plugin name\s+Support Finder\s+Support Finder/);
    assert.match(table, new RegExp(`Version\\s+${version.replace(/\./g, '\\.')}\\s+${version.replace(/\./g, '\\.')}`));
    assert.match(table, /Required WordPress version\s+6\.1\s+6\.1/);
    assert.match(table, /Required PHP version\s+7\.4\s+7\.4/);
    await page.close();
  });
}
