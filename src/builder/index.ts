/**
 * Entry of the builder page: defines `<support-finder-builder>` and, for its
 * preview, `<support-finder>`, each once (the page may also load the finder's
 * own script).
 */
import '../index.js';
import { setBuilderScriptUrl } from './engine-url.js';
import { SupportFinderBuilder } from './support-finder-builder.js';

// Read while this script runs: afterwards `currentScript` is gone.
setBuilderScriptUrl((document.currentScript as HTMLScriptElement | null)?.src || import.meta.url || undefined);

if (!customElements.get('support-finder-builder')) customElements.define('support-finder-builder', SupportFinderBuilder);

export { SupportFinderBuilder };
