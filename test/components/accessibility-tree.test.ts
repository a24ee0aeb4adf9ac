import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { finder, root } from '../helpers.js';

type AxNode = { role: string; name: string };
const tree = () => executeServerCommand('full-ax-tree') as Promise<AxNode[]>;

describe('what a screen reader can reach', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('has every result drawn in the accessibility tree, on screen or not: its heading and its links', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await finder();
    const names = [...root(el).querySelectorAll('.result-name')].map((h) => h.textContent!.trim());
    expect(names.length).to.be.above(15);
    // Most of them are far below the window.
    expect(root(el).querySelectorAll('.result')[names.length - 1]!.getBoundingClientRect().top).to.be.above(2000);
    const nodes = await tree();
    const headings = nodes.filter((n) => n.role === 'heading').map((n) => n.name);
    for (const name of names) expect(headings, name).to.include(name);
    const links = nodes.filter((n) => n.role === 'link').length;
    expect(links).to.be.at.least(root(el).querySelectorAll('.result a').length);
  });

  it('finds the crisis banner and the crisis alert by heading', async () => {
    const el = await finder();
    const input = root(el).querySelector('input')!;
    input.value = 'suicide';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const headings = (await tree()).filter((n) => n.role === 'heading').map((n) => n.name);
    expect(headings).to.include('In crisis or thinking about suicide? Help is here, any time.');
    expect(headings).to.include('You don’t have to go through this alone.');
  });
});
