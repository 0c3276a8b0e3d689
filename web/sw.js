// Scorecard's service worker: the app shell in a versioned cache, so the app loads and works
// with the network off after the first visit. scripts/post-build.mjs fills in the build id and
// the asset list. Pages are network-first (a new deployment is used on the next load, with a
// short timeout so a bad network never holds the app up); assets, whose names carry a content
// hash, are cache-first. Scoring itself never touches the network.
const BUILD = "__BUILD__";
const ASSETS = __ASSETS__;
const CACHE = `scorecard-${BUILD}`;
const scoped = (path) => new URL(path, self.registration.scope).href;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS.map(scoped))));
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("scorecard-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

function fromNetwork(request, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("slow network")), ms);
    fetch(request).then(
      (response) => {
        clearTimeout(timer);
        resolve(response);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(
      fromNetwork(request, 3000)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(scoped("./"), copy));
          }
          return response;
        })
        .catch(() => caches.match(scoped("./")).then((hit) => hit || Response.error())),
    );
    return;
  }
  event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
});
