// Customer ids are the user's own data: served by the fallback page, never prerendered.
export const prerender = false;
