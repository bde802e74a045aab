import type { Plugin } from 'vite';
export function syncUnzip(): Plugin;
