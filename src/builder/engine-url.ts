/**
 * Where the finder's engine is by default: `support-finder.core.iife.js`
 * beside the builder's own script, as the package ships them. The entry
 * module records its script's address as it runs (`document.currentScript`
 * for the classic script, `import.meta.url` for the module).
 */
let scriptUrl: string | undefined;

export function setBuilderScriptUrl(url: string | undefined): void {
  scriptUrl ??= url;
}

export function defaultEngineUrl(): string {
  return new URL('support-finder.core.iife.js', scriptUrl ?? document.baseURI).href;
}
