// Builds the frontend examples into a directory the app serves under /examples/, at Maven's generate-resources:
//
//   node build.mjs <output-dir>
//
// 1. Installs the pinned packages with `npm ci` (package-lock.json: exact versions, each with its integrity hash;
//    npm's own registry, proxy and cache settings apply; no install scripts run). Skipped while node_modules was
//    installed from this very lock file.
// 2. Bundles the React example (react/src/main.jsx) with esbuild into react/app-<hash>.js and writes react/index.html
//    naming it; copies the connect.js example, the landing page, the shared stylesheet and module.
// 3. Lists every file it wrote in asset-manifest.txt: what the app's static site serves, and nothing else.
//
// Any failure ends the build with a message saying what to do.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [outputDir] = process.argv.slice(2);
if (!outputDir) {
  fail('usage: node build.mjs <output-dir>');
}

function fail(message) {
  console.error(`\n[frontend-examples] ${message}\n`);
  process.exit(1);
}

const major = Number(process.versions.node.split('.')[0]);
if (major < 18) {
  fail(`Node.js ${process.versions.node} is too old: the examples are built with esbuild, which needs Node.js 18 or\n`
    + '  later. Install a current Node.js (with npm) and build again.');
}

installPackages();
const esbuild = await import('esbuild').catch((error) => fail(`esbuild could not be loaded (${error.message}).\n`
  + '  Delete examples/frontend/node_modules and build again.'));

rmSync(outputDir, { recursive: true, force: true });
mkdirSync(join(outputDir, 'react'), { recursive: true });
const bundle = await bundleReactExample();
writeReactPage(bundle);
for (const part of ['index.html', 'examples.css', 'script', 'shared']) {
  cpSync(join(here, part), join(outputDir, part), { recursive: true });
}
const files = listFiles(outputDir).sort();
writeFileSync(join(outputDir, 'asset-manifest.txt'), `# written by examples/frontend/build.mjs\n${files.join('\n')}\n`);
console.log(`[frontend-examples] ${files.length} files in ${relative(process.cwd(), outputDir) || '.'}: `
  + `react/${bundle.script} (${Math.round(bundle.bytes / 1024)} KiB)`);

function installPackages() {
  const lock = readFileSync(join(here, 'package-lock.json'));
  const lockHash = createHash('sha256').update(lock).digest('hex');
  const marker = join(here, 'node_modules', '.connect-installed-from');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === lockHash) {
    console.log('[frontend-examples] packages already installed from package-lock.json');
    return;
  }
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  try {
    execFileSync(npm, ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
      cwd: here,
      stdio: ['ignore', 'inherit', 'inherit'],
      shell: process.platform === 'win32',
    });
  } catch (error) {
    fail(`npm ci failed in examples/frontend (${error.message.split('\n')[0]}).\n`
      + '  The examples are built from the packages pinned in examples/frontend/package-lock.json (exact versions,\n'
      + '  each checked against its integrity hash). Check that npm is on the PATH and can reach its registry\n'
      + '  (proxy or mirror settings: `npm config get registry`); an integrity error means the registry served other\n'
      + '  bytes than the lock file pins: do not work around it, check the registry or mirror. Then build again.');
  }
  writeFileSync(marker, lockHash);
}

async function bundleReactExample() {
  const outdir = join(outputDir, 'react');
  let result;
  try {
    result = await esbuild.build({
      absWorkingDir: here,
      entryPoints: { app: 'react/src/main.jsx' },
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2020',
      jsx: 'automatic',
      outdir,
      entryNames: '[name]-[hash]',
      define: { 'process.env.NODE_ENV': '"production"' },
      // the packages' licence comments go to a file of their own beside the bundle
      legalComments: 'linked',
      metafile: true,
      // "use client" in @stackone/hub is for React Server Components, which a browser bundle has no use for
      logOverride: { 'module-level-directive': 'silent' },
      logLevel: 'warning',
    });
  } catch (error) {
    fail(`esbuild could not bundle the React example: ${error.message}`);
  }
  const outputs = Object.entries(result.metafile.outputs)
    .filter(([, output]) => output.entryPoint === 'react/src/main.jsx');
  const script = outputs.map(([path]) => path).find((path) => path.endsWith('.js'));
  const css = outputs.map(([, output]) => output.cssBundle).find(Boolean);
  return {
    script: script.split('/').pop(),
    css: css ? css.split('/').pop() : null,
    bytes: statSync(join(here, script)).size,
  };
}

function writeReactPage(bundle) {
  const template = readFileSync(join(here, 'react', 'index.html'), 'utf8');
  const styles = bundle.css ? `<link rel="stylesheet" href="${bundle.css}">` : '';
  const page = template
    .replace('<!-- bundle: styles -->', styles)
    .replace('<!-- bundle: script -->', `<script type="module" src="${bundle.script}"></script>`);
  if (page === template) {
    fail('react/index.html lacks the <!-- bundle: … --> placeholders');
  }
  writeFileSync(join(outputDir, 'react', 'index.html'), page);
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [relative(outputDir, path).split(sep).join('/')];
  });
}
