#!/usr/bin/env node
// The entry point. `trustloop serve` opens its HTTP port first (serve-early.ts), so /healthz is
// answered while the rest of Trustloop loads; then the commands load and run.
import { openServePortEarly } from './serve-early.js';

await openServePortEarly(process.argv.slice(2));
await import('./program.js');
