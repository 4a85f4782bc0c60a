// Holdfast's service worker. It caches nothing: signed-in pages are never stored on the device. It only answers a
// page request that cannot reach the server with the offline page, which is carried in this script itself, so that
// clearing the browser's cache at sign-out cannot take the emergency numbers away.
const OFFLINE_PAGE = {{OFFLINE_PAGE}};
const OFFLINE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
};

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  // A service worker of an earlier version may have kept files: this one keeps none.
  event.waitUntil(caches.keys()
      .then((keys) => Promise.all(keys.map((key) => caches.delete(key))))
      .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  if (event.request.mode !== 'navigate') {
    return;
  }
  event.respondWith(fetch(event.request).catch(() => new Response(OFFLINE_PAGE, { headers: OFFLINE_HEADERS })));
});
