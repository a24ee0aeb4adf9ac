/**
 * Reads the finder's engine (`support-finder.core.iife.js`, the finder
 * without a catalogue) served beside the builder, to make the one-file
 * finder. A page opened from disk cannot `fetch` a file beside it, so the
 * build also writes the same text as a classic script
 * (`support-finder.core.text.js`, which sets one global) that a page on disk
 * may load; that is tried when the fetch fails.
 */

/** The global the text script sets. */
const GLOBAL = 'SupportFinderEngineText';

function loadTextScript(src: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => {
      script.remove();
      const text = (globalThis as Record<string, unknown>)[GLOBAL];
      if (typeof text === 'string') resolve(text);
      else reject(new Error(`${src} did not hold the engine`));
    };
    script.onerror = () => {
      script.remove();
      reject(new Error(`${src} could not be loaded`));
    };
    document.head.append(script);
  });
}

/** The engine's text, from `url` (same origin), or from its text script beside it. */
export async function readEngine(url: string): Promise<string> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`.trim());
    return await response.text();
  } catch (error) {
    if (location.protocol !== 'file:') throw error;
    return loadTextScript(url.replace(/\.iife\.js$/, '.text.js'));
  }
}
