/** `npm start`: installs the dependencies if needed, then runs the app's dev server. */
import { execSync } from 'node:child_process';
import { ensureDependencies } from './ensure-setup.mjs';

ensureDependencies();
execSync('npx vite dev --host 127.0.0.1 --port 5173', { stdio: 'inherit' });
