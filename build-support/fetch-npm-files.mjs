// Fetches files of a pinned npm package at build time, for a module to serve from its classpath: Swagger UI for the
// web adapter's /docs, the StackOne Hub web component for the sandbox's hosted Hub page.
//
//   node fetch-npm-files.mjs <package> <version> <integrity> <work-dir> <output-dir> <file>...
//
// Asks npm for the package by name (`npm pack <package>@<version>`: npm's own registry configuration and cache
// apply), checks the tarball against the pinned Subresource-Integrity hash, and extracts each <file> (a path inside
// the package, e.g. swagger-ui.css) into <output-dir> (classpath resources). Nothing here is committed: the tarball
// stays in <work-dir>, so rebuilds are offline. Any failure ends the build with a message saying what to do.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const [pkg, version, integrity, workDir, outputDir, ...files] = process.argv.slice(2);
if (!pkg || !version || !integrity || !workDir || !outputDir || files.length === 0) {
  fail('usage: node fetch-npm-files.mjs <package> <version> <integrity> <work-dir> <output-dir> <file>...');
}
const tag = `[${pkg}]`;

function fail(message) {
  console.error(`\n${tag} ${message}\n`);
  process.exit(1);
}

function integrityOf(bytes) {
  const [algorithm] = integrity.split('-', 1);
  return `${algorithm}-${createHash(algorithm).update(bytes).digest('base64')}`;
}

const tarball = join(workDir, `${pkg.replace('@', '').replace('/', '-')}-${version}.tgz`);
const marker = join(workDir, 'extracted.integrity');
const outputs = files.map((file) => join(outputDir, basename(file)));

// Fast path: already extracted from a verified tarball in an earlier build.
if (outputs.every(existsSync) && existsSync(marker) && readFileSync(marker, 'utf8') === integrity) {
  console.log(`${tag} ${pkg}@${version} already in place`);
  process.exit(0);
}

mkdirSync(workDir, { recursive: true });
if (!existsSync(tarball) || integrityOf(readFileSync(tarball)) !== integrity) {
  rmSync(tarball, { force: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  try {
    execFileSync(npm, ['pack', `${pkg}@${version}`, '--pack-destination', workDir, '--silent'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      shell: process.platform === 'win32',
    });
  } catch (error) {
    fail(`Could not fetch ${pkg}@${version} with npm (${error.message.split('\n')[0]}).\n`
      + '  connect serves this package\'s files, fetched by package name at build time.\n'
      + '  Check that Node.js and npm are installed and on the PATH, and that npm can reach its registry\n'
      + '  (proxy or mirror settings: `npm config get registry`), or pre-fill npm\'s cache with\n'
      + `  \`npm cache add ${pkg}@${version}\` on a connected machine. Then build again.`);
  }
  if (!existsSync(tarball)) {
    fail(`npm pack did not produce ${tarball}.`);
  }
}

const bytes = readFileSync(tarball);
const actual = integrityOf(bytes);
if (actual !== integrity) {
  rmSync(tarball, { force: true });
  fail(`Integrity mismatch for ${pkg}@${version}:\n  expected ${integrity}\n  actual   ${actual}\n`
    + '  The downloaded package is not the one this build pins. Do not work around this: check your npm\n'
    + '  registry or mirror, clear the npm cache (`npm cache clean --force`) and build again; if the version\n'
    + '  was changed on purpose, update the integrity in the pom from `npm view <package>@<version> dist.integrity`.');
}

// A tar archive is a sequence of 512-byte headers, each followed by its content padded to 512 bytes.
const tar = gunzipSync(bytes);
const wanted = new Map(files.map((file) => [`package/${file}`, null]));
let offset = 0;
while (offset + 512 <= tar.length) {
  const header = tar.subarray(offset, offset + 512);
  if (header.every((b) => b === 0)) break;
  const text = (start, length) => header.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '');
  const name = text(0, 100);
  const prefix = text(345, 155);
  const size = parseInt(text(124, 12).trim() || '0', 8);
  const path = prefix ? `${prefix}/${name}` : name;
  const start = offset + 512;
  if (wanted.has(path)) {
    wanted.set(path, tar.subarray(start, start + size));
  }
  offset = start + Math.ceil(size / 512) * 512;
}
mkdirSync(outputDir, { recursive: true });
for (const [path, content] of wanted) {
  if (!content) {
    fail(`${path} is missing from ${pkg}@${version}.`);
  }
  writeFileSync(join(outputDir, basename(path)), content);
}
writeFileSync(marker, integrity);
console.log(`${tag} ${pkg}@${version} verified (${integrity.slice(0, 20)}…), ${files.join(', ')} extracted`
  + ` (${[...wanted.values()].map((content) => content.length).join(', ')} bytes)`);
