// The field app's service worker (scope /field): keeps the page and what it loads, so that the
// page opens again with no network. The network is asked first (a fresh page carries a fresh
// sign-in token and today's facilities); the kept copy answers when there is none. Only GET
// requests for the page and its files are touched: captures and key requests go to the network.
const CACHE = 'habeas-field-v1';
const KEPT = [
  '/field',
  '/field/app/field.js',
  '/field/app/capture.js',
  '/field/app/store.js',
  '/field/app/field.css',
  '/field/app/icon.svg',
  '/field/app/icon-192.png',
  '/field/manifest.webmanifest',
  '/css/habeas.css',
];

async function keep(cache, path) {
  try {
    const response = await fetch(path, { credentials: 'same-origin', cache: 'no-cache' });
    if (response.ok && !response.redirected) {
      await cache.put(path, response);
    }
  } catch (e) {
    // kept on the next visit
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => Promise.all(KEPT.map((path) => keep(cache, path)))).then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('habeas-field-') && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !KEPT.includes(url.pathname)) {
    return;
  }
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      try {
        const response = await fetch(request);
        if (response.ok && !response.redirected && response.type === 'basic') {
          await cache.put(url.pathname, response.clone());
        }
        return response;
      } catch (e) {
        const kept = await cache.match(url.pathname);
        if (kept) {
          return kept;
        }
        throw e;
      }
    })(),
  );
});
