// Bundles the portal: web/js/main.js (with chart.js and write-excel-file from the repository's
// node_modules) into one minified module, and copies the page and its stylesheet beside it.
// Usage: node build.mjs OUTPUT_DIR
import { build } from 'esbuild';
import { cp, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const output = path.resolve(process.argv[2] ?? path.join(here, 'bin', 'portal'));

// A fresh folder each time, so a file removed from web/ does not linger in the hosts.
await rm(output, { recursive: true, force: true });
await mkdir(output, { recursive: true });

await build({
  entryPoints: [path.join(here, 'web', 'js', 'main.js')],
  outfile: path.join(output, 'app.js'),
  bundle: true,
  format: 'esm',
  minify: true,
  sourcemap: true,
  target: ['es2022'],
  legalComments: 'linked',
  logLevel: 'warning',
});

for (const file of ['index.html', 'styles.css', 'favicon.svg'])
  await cp(path.join(here, 'web', file), path.join(output, file));
