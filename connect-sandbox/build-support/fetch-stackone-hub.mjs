// Fetches the genuine StackOne Hub web component for the sandbox, at build time.
//
//   node fetch-stackone-hub.mjs <version> <integrity> <work-dir> <output-file>
//
// Asks npm for the package by name (`npm pack @stackone/hub@<version>`: npm's own registry configuration and cache
// apply), checks the tarball against the pinned Subresource-Integrity hash, and extracts dist/webcomponent.js to
// <output-file> (a classpath resource of the sandbox). Nothing here is committed: the tarball stays in <work-dir>.
// Any failure ends the build with a message saying what to do.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const PACKAGE = '@stackone/hub';
const ENTRY = 'package/dist/webcomponent.js';

const [version, integrity, workDir, outputFile] = process.argv.slice(2);
if (!version || !integrity || !workDir || !outputFile) {
  fail('usage: node fetch-stackone-hub.mjs <version> <integrity> <work-dir> <output-file>');
}

function fail(message) {
  console.error(`\n[stackone-hub] ${message}\n`);
  process.exit(1);
}

function integrityOf(bytes) {
  const [algorithm] = integrity.split('-', 1);
  return `${algorithm}-${createHash(algorithm).update(bytes).digest('base64')}`;
}

const tarball = join(workDir, `stackone-hub-${version}.tgz`);
const marker = join(workDir, 'extracted.integrity');

// Fast path: already extracted from a verified tarball in an earlier build.
if (existsSync(outputFile) && existsSync(marker) && readFileSync(marker, 'utf8') === integrity) {
  console.log(`[stackone-hub] ${PACKAGE}@${version} already in place`);
  process.exit(0);
}

mkdirSync(workDir, { recursive: true });
if (!existsSync(tarball) || integrityOf(readFileSync(tarball)) !== integrity) {
  rmSync(tarball, { force: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  try {
    execFileSync(npm, ['pack', `${PACKAGE}@${version}`, '--pack-destination', workDir, '--silent'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      shell: process.platform === 'win32',
    });
  } catch (error) {
    fail(`Could not fetch ${PACKAGE}@${version} with npm (${error.message.split('\n')[0]}).\n`
      + '  The sandbox bundles the genuine StackOne Hub web component, fetched by package name at build time.\n'
      + '  Check that Node.js and npm are installed and on the PATH, and that npm can reach its registry\n'
      + '  (proxy or mirror settings: `npm config get registry`), or pre-fill npm\'s cache with\n'
      + `  \`npm cache add ${PACKAGE}@${version}\` on a connected machine. Then build again.`);
  }
  if (!existsSync(tarball)) {
    fail(`npm pack did not produce ${tarball}.`);
  }
}

const bytes = readFileSync(tarball);
const actual = integrityOf(bytes);
if (actual !== integrity) {
  rmSync(tarball, { force: true });
  fail(`Integrity mismatch for ${PACKAGE}@${version}:\n  expected ${integrity}\n  actual   ${actual}\n`
    + '  The downloaded package is not the one this build pins. Do not work around this: check your npm\n'
    + '  registry or mirror, clear the npm cache (`npm cache clean --force`) and build again; if the version\n'
    + '  was changed on purpose, update stackone-hub.integrity in connect-sandbox/pom.xml from `npm view`.');
}

// A tar archive is a sequence of 512-byte headers, each followed by its content padded to 512 bytes.
const tar = gunzipSync(bytes);
let offset = 0;
let found = null;
while (offset + 512 <= tar.length) {
  const header = tar.subarray(offset, offset + 512);
  if (header.every((b) => b === 0)) break;
  const text = (start, length) => header.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '');
  const name = text(0, 100);
  const prefix = text(345, 155);
  const size = parseInt(text(124, 12).trim() || '0', 8);
  const path = prefix ? `${prefix}/${name}` : name;
  const start = offset + 512;
  if (path === ENTRY) {
    found = tar.subarray(start, start + size);
    break;
  }
  offset = start + Math.ceil(size / 512) * 512;
}
if (!found) {
  fail(`${ENTRY} is missing from ${PACKAGE}@${version}.`);
}
if (!found.toString('utf8').includes('stackone-hub')) {
  fail(`${ENTRY} of ${PACKAGE}@${version} does not define <stackone-hub>.`);
}
mkdirSync(dirname(outputFile), { recursive: true });
writeFileSync(outputFile, found);
writeFileSync(marker, integrity);
console.log(`[stackone-hub] ${PACKAGE}@${version} verified (${integrity.slice(0, 20)}…), `
  + `dist/webcomponent.js extracted (${found.length} bytes)`);
