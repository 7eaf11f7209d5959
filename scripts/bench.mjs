// `npm run bench`: runs the benchmark built from dev/bench.ts (see that file).
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
require('../build/dev/bench.cjs');
