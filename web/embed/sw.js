// The service worker: after the first visit the calculator works offline. It caches this site's own files (the page,
// its script, WebAssembly and styles; adviser mode's build, web-adviser.js, once it is first used) and answers from
// the network when it can, from the cache when it cannot. It
// handles only GET requests to this site, and sends nothing anywhere.
const CACHE = "in-work-calculator-v2";

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(["./", "app.js", "start.js", "web.js", "web_bg.wasm", "style.css"]);
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    try {
      const response = await fetch(request);
      if (response.ok) {
        const copy = response.clone();
        event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
      }
      return response;
    } catch (offline) {
      const cached = await caches.match(request, { ignoreSearch: true });
      return cached ?? (request.mode === "navigate" ? caches.match("./") : Response.error());
    }
  })());
});
