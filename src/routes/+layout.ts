// A static, client-only app: the shell is prerendered, everything else runs in the browser
// (IndexedDB, the worker and `window` are never touched during prerender).
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'never';
