// The read worker's entry. tsx, which runs the CLI, does not reach worker threads
// (https://github.com/privatenumber/tsx/issues/354): register it here, then load the worker.
import { register } from 'tsx/esm/api';

register();
await import('./read-worker.ts');
