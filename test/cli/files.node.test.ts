// Every command: a maintainer's files are never lost, whatever goes wrong (src/cli/files.ts).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import {
  chmodSync,
  createReadStream,
  linkSync,
  lstatSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
  copyFileSync,
  createWriteStream,
} from 'node:fs';
import { join } from 'node:path';
import { fixture, hasStackTrace, root, runCli, runCliWith, scratch } from './run-cli.js';

const spreadsheet = 'id,category,name_en,description_en\nwarm-line,peer,Warm line,Talk with a peer.\n';

/** Starts the CLI without waiting for it, for pipes and interruptions. */
function start(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [join(root, 'dist/cli.js'), ...args], { cwd: root, env: { ...process.env, ...env } });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('exit', (code, signal) => done({ code, signal })),
  );
  return { child, exited, stderr: () => stderr };
}

describe('when a command fails', () => {
  test('mixing up two commands leaves the spreadsheet named as output byte for byte', () => {
    const dir = scratch();
    const sheet = join(dir, 'catalogue.csv');
    writeFileSync(sheet, spreadsheet);
    const run = runCli('from-csv', fixture('valid.json'), '-o', sheet);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /nothing was written/);
    assert.equal(readFileSync(sheet, 'utf8'), spreadsheet);
  });

  test('a bad catalogue leaves the earlier CSV, HSDS and script outputs as they were', () => {
    const dir = scratch();
    for (const [command, name] of [
      ['to-csv', 'out.csv'],
      ['to-hsds', 'out.json'],
      ['bundle', 'out.js'],
    ] as const) {
      const out = join(dir, name);
      writeFileSync(out, `earlier ${name}`);
      assert.equal(runCli(command, fixture('bad-category.json'), '-o', out).status, 1);
      assert.equal(readFileSync(out, 'utf8'), `earlier ${name}`);
    }
    assert.deepEqual(readdirSync(dir).sort(), ['out.csv', 'out.js', 'out.json']);
  });
});

describe('when the output is the input under another name', () => {
  test('a symbolic link or a hard link to the input is refused plainly, and the input is kept', () => {
    const dir = scratch();
    const input = join(dir, 'catalogue.csv');
    writeFileSync(input, spreadsheet);
    symlinkSync(input, join(dir, 'link.csv'));
    linkSync(input, join(dir, 'hard.csv'));
    for (const output of ['link.csv', 'hard.csv', `${dir}/./catalogue.csv`]) {
      const run = runCli('from-csv', input, '-o', output.startsWith('/') ? output : join(dir, output));
      assert.equal(run.status, 2, output);
      assert.match(run.stderr, /is the input .*nothing was written/);
      assert.ok(!hasStackTrace(run));
      assert.equal(readFileSync(input, 'utf8'), spreadsheet);
    }
    assert.ok(lstatSync(join(dir, 'link.csv')).isSymbolicLink());
  });
});

describe('when the output is not a plain file', () => {
  test('a symbolic link is written through to the file it names, and stays a link', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'real.json'), 'old');
    symlinkSync(join(dir, 'real.json'), join(dir, 'live.json'));
    assert.equal(runCli('from-csv', fixture('excel-export.csv'), '-o', join(dir, 'live.json')).status, 0);
    assert.ok(lstatSync(join(dir, 'live.json')).isSymbolicLink());
    assert.equal(JSON.parse(readFileSync(join(dir, 'real.json'), 'utf8')).resources.length, 2);
  });

  test('a read-only output is refused and left as it was', () => {
    const dir = scratch();
    const out = join(dir, 'catalogue.json');
    writeFileSync(out, 'kept');
    chmodSync(out, 0o444);
    const run = runCli('from-csv', fixture('excel-export.csv'), '-o', out);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /is read-only, so it was left as it is/);
    assert.equal(readFileSync(out, 'utf8'), 'kept');
  });

  test('a replaced file keeps its permissions', () => {
    const out = join(scratch(), 'catalogue.json');
    writeFileSync(out, 'old');
    chmodSync(out, 0o640);
    assert.equal(runCli('from-csv', fixture('excel-export.csv'), '-o', out).status, 0);
    assert.equal(statSync(out).mode & 0o777, 0o640);
  });

  test('/dev/null is written into, never replaced', () => {
    const run = runCli('to-csv', fixture('valid.json'), '-o', '/dev/null');
    assert.equal(run.status, 0, run.stderr);
    assert.ok(statSync('/dev/null').isCharacterDevice());
  });

  test('a named pipe is written into, and stays a pipe', async () => {
    const fifo = join(scratch(), 'pipe');
    execFileSync('mkfifo', [fifo]);
    const run = start(['to-csv', fixture('valid.json'), '-o', fifo]);
    let read = '';
    for await (const chunk of createReadStream(fifo)) read += chunk;
    assert.equal((await run.exited).code, 0, run.stderr());
    assert.match(read, /^\uFEFFid,category,/);
    assert.ok(lstatSync(fifo).isFIFO());
  });

  test("a path through a file is refused in words, without the system's error codes", () => {
    const dir = scratch();
    writeFileSync(join(dir, 'file'), '');
    const run = runCli('from-csv', fixture('excel-export.csv'), '-o', join(dir, 'file', 'out.json'));
    assert.equal(run.status, 1);
    assert.match(run.stderr, /part of the path is a file, not a folder/);
    assert.doesNotMatch(run.stderr, /E[A-Z]{3,}|errno|syscall/);
  });

  test('an interrupted run removes its temporary file and leaves the earlier output', async () => {
    const dir = scratch();
    const out = join(dir, 'catalogue.json');
    writeFileSync(out, 'earlier');
    const run = start(['from-csv', fixture('excel-export.csv'), '-o', out], { SUPPORT_FINDER_PAUSE_BEFORE_RENAME: '20000' });
    while (!run.stderr().includes('temporary file written')) await new Promise((done) => setTimeout(done, 20));
    assert.equal(readdirSync(dir).length, 2, 'the temporary file is there while the run is paused');
    run.child.kill('SIGTERM');
    assert.equal((await run.exited).signal, 'SIGTERM');
    assert.deepEqual(readdirSync(dir), ['catalogue.json']);
    assert.equal(readFileSync(out, 'utf8'), 'earlier');
  });
});

describe('when an input is a pipe or standard input', () => {
  test('"-" reads a spreadsheet from standard input, once', () => {
    const out = join(scratch(), 'catalogue.json');
    const run = runCliWith({ input: spreadsheet }, 'from-csv', '-', '-o', out);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).resources[0].id, 'warm-line');
  });

  test('"-" works for validate, to-csv and from-hsds too', () => {
    const json = readFileSync(fixture('valid.json'), 'utf8');
    const validate = runCliWith({ input: json }, 'validate', '-');
    assert.equal(validate.status, 0, validate.stdout);
    assert.match(validate.stdout, /<stdin>: valid/);
    assert.match(runCliWith({ input: json }, 'to-csv', '-', '-o', '-').stdout, /^\uFEFFid,category/);
    const hsds = runCli('to-hsds', fixture('valid.json'), '-o', '-').stdout;
    assert.equal(runCliWith({ input: hsds }, 'from-hsds', '-', '-o', '-').status, 0);
  });

  test('a named pipe as input is read once, not left hanging', async () => {
    const dir = scratch();
    const fifo = join(dir, 'sheet.csv');
    execFileSync('mkfifo', [fifo]);
    const run = start(['from-csv', fifo, '-o', join(dir, 'out.json')]);
    const writer = createWriteStream(fifo);
    writer.end(spreadsheet);
    assert.equal((await run.exited).code, 0, run.stderr());
    assert.equal(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).resources.length, 1);
  });
});

// Keeps the fixture the mix-up test relies on honest: it is a catalogue, not a spreadsheet.
test('the catalogue used as a wrong input is a valid catalogue', () => {
  const copy = join(scratch(), 'valid.json');
  copyFileSync(fixture('valid.json'), copy);
  assert.equal(runCli('validate', copy).status, 0);
});
