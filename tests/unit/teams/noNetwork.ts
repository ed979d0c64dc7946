// jsdom has no fetch, and teams-js fetches Microsoft's list of valid origins when it loads (and would crash the
// test process with a ReferenceError). Import this before teams-js: the fetch fails the way it does offline,
// and teams-js falls back to its built-in list, as it does in the sandboxed Chromium of the e2e tests.
Object.assign(globalThis, {
  fetch: () => Promise.reject(new TypeError('Failed to fetch')),
});
