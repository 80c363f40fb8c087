// Where the nx command lives, read from its package.json (its layout moves between versions).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const manifest = require.resolve('nx/package.json');
const { bin } = require(manifest);

export const NX_BIN = join(dirname(manifest), typeof bin === 'string' ? bin : bin.nx);
