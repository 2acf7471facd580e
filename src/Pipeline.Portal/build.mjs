// Bundles the portal: web/js/main.js (with chart.js and write-excel-file from the repository's
// node_modules) and web/styles.css, each minified under a name carrying its content's hash, so
// the hosts can let browsers keep them for a year; index.html is rewritten to those names and is
// the one file always revalidated. Every text file is also written gzipped (.gz) and in brotli
// (.br), so a host can send the smaller one without compressing on each request.
// Usage: node build.mjs OUTPUT_DIR
import { build } from 'esbuild';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const output = path.resolve(process.argv[2] ?? path.join(here, 'bin', 'portal'));

// A fresh folder each time, so a file removed from web/ (or an old hash) does not linger in the hosts.
await rm(output, { recursive: true, force: true });
await mkdir(output, { recursive: true });

const result = await build({
  entryPoints: { app: path.join(here, 'web', 'js', 'main.js'), styles: path.join(here, 'web', 'styles.css') },
  entryNames: '[name]-[hash]',
  outdir: output,
  bundle: true,
  format: 'esm',
  minify: true,
  sourcemap: true,
  target: ['es2022'],
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
});

// web/index.html names app.js and styles.css; the built page names what esbuild wrote for them.
const built = new Map(Object.entries(result.metafile.outputs)
  .filter(([, meta]) => meta.entryPoint)
  .map(([file, meta]) => [meta.entryPoint.endsWith('.css') ? 'styles.css' : 'app.js', path.basename(file)]));
let page = await readFile(path.join(here, 'web', 'index.html'), 'utf8');
for (const [name, hashed] of built) {
  const reference = `"${name}"`;
  if (!page.includes(reference)) throw new Error(`web/index.html does not reference ${name}`);
  page = page.replace(reference, `"${hashed}"`);
}
await writeFile(path.join(output, 'index.html'), page);
await cp(path.join(here, 'web', 'favicon.svg'), path.join(output, 'favicon.svg'));

for (const file of await readdir(output)) {
  if (!/\.(html|js|css|svg)$/.test(file)) continue; // not the source maps: only developer tools load them
  const content = await readFile(path.join(output, file));
  await writeFile(path.join(output, `${file}.gz`), gzipSync(content, { level: 9 }));
  await writeFile(path.join(output, `${file}.br`), brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
}
