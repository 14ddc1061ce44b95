// Worker threads do not inherit tsx's loader: register it, then load the TypeScript side.
import { register } from 'tsx/esm/api';

register();
await import('./proxy-thread-worker.ts');
