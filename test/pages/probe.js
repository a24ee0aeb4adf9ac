// Loaded first by the test pages: records what the page does that privacy and
// CSP promises forbid, for the tests to read through `window.__probe`.
(() => {
  const probe = (window.__probe = { violations: [], requests: [], storage: [], cookies: [] });
  document.addEventListener('securitypolicyviolation', (e) => probe.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  const fetch = window.fetch;
  window.fetch = function (input, init) {
    probe.requests.push(String((input && input.url) || input));
    return fetch.call(this, input, init);
  };
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    probe.requests.push(String(url));
    return open.call(this, method, url, ...rest);
  };
  if (navigator.sendBeacon) {
    const beacon = navigator.sendBeacon.bind(navigator);
    navigator.sendBeacon = (url, data) => {
      probe.requests.push(String(url));
      return beacon(url, data);
    };
  }
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    probe.storage.push(key);
    return setItem.call(this, key, value);
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(document, 'cookie', {
    get: () => cookie.get.call(document),
    set: (value) => {
      probe.cookies.push(value);
      cookie.set.call(document, value);
    },
  });
  const idbOpen = indexedDB.open.bind(indexedDB);
  indexedDB.open = (...args) => {
    probe.storage.push(`indexedDB:${args[0]}`);
    return idbOpen(...args);
  };
})();
