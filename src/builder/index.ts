/**
 * Entry of the builder page: defines `<support-finder-builder>` and, for its
 * preview, `<support-finder>`, each once (the page may also load the finder's
 * own script).
 */
import '../index.js';
import { setBuilderScriptUrl } from './engine-url.js';
import { SupportFinderBuilder } from './support-finder-builder.js';

// The classic script is `currentScript` while it runs; a module is found by its name (the
// classic build has no `import.meta`).
const script =
  (document.currentScript as HTMLScriptElement | null) ??
  document.querySelector<HTMLScriptElement>('script[src*="support-finder-builder"]');
setBuilderScriptUrl(script?.src || undefined);

if (!customElements.get('support-finder-builder')) customElements.define('support-finder-builder', SupportFinderBuilder);

export { SupportFinderBuilder };
