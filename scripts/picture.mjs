// `npm run picture`: redraws the agreement picture of docs/AGREEMENTS.md (see dev/agreementPicture.ts).
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
require('../build/dev/agreementPicture.cjs');
