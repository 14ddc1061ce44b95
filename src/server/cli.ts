// The one command-line entry: `npm start` (serve the dashboard with the embedded engine or a
// real one) and `fetch-ca` (download an engine's CA for --engine-ca).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCliOptions, usage, type CliOptions } from './cli-options.ts';
import { prepareDataDir, resolveAdminPassword } from './data-dir.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function ensureBuilt(distDir: string): Promise<void> {
  if (existsSync(path.join(distDir, 'index.html'))) return;
  console.log('Building the dashboard (first start) …');
  const { build } = await import('vite');
  await build({ root: projectRoot, logLevel: 'warn', build: { outDir: distDir } });
}

async function fetchCa(url: string): Promise<void> {
  const { fetchEngineCa } = await import('./proxy/fetch-ca.ts');
  const { pem, sha256Fingerprint } = await fetchEngineCa(url);
  process.stdout.write(pem.endsWith('\n') ? pem : `${pem}\n`);
  console.error(`SHA-256 fingerprint: ${sha256Fingerprint}`);
  console.error('Compare it with the engine\'s CA before trusting it (engine host: `openssl x509 -in /etc/pki/ovirt-engine/ca.pem -noout -fingerprint -sha256`).');
}

async function serve(opts: CliOptions): Promise<void> {
  // VANTAGE_DIST lets parallel journey runs each serve their own build.
  const distDir = path.resolve(projectRoot, process.env.VANTAGE_DIST ?? 'dist');
  if (opts.build) await ensureBuilt(distDir);

  const closers: Array<() => Promise<void>> = [];
  let engineUrl = opts.engine;
  let loginHint: string;

  if (!engineUrl) {
    const dataDir = prepareDataDir(opts.data, opts.fresh);
    const { password, generated } = resolveAdminPassword(dataDir, opts.adminPassword);
    const { startEngineThread } = await import('./engine/engine-thread.ts');
    const engine = await startEngineThread({
      port: opts.enginePort,
      host: '127.0.0.1',
      dataDir,
      adminPassword: password,
      inventory: opts.inventory,
      simulation: { speed: opts.speed, seed: opts.seed, faults: opts.faults },
    });
    closers.push(() => engine.close());
    engineUrl = engine.url;
    console.log(`Embedded engine: ${engine.url}/ovirt-engine/api (data in ${dataDir})`);
    loginHint = generated
      ? `Log in as admin@internal with the generated password: ${password}\n  (stored in ${path.join(dataDir, 'admin-password')}, mode 0600)`
      : `Log in as admin@internal (password from --admin-password or ${path.join(dataDir, 'admin-password')})`;
  } else {
    loginHint = `Log in with an account of ${engineUrl} (for example admin@internal)`;
  }

  const { startProxy } = await import('./proxy/proxy.ts');
  const { readFileSync } = await import('node:fs');
  const proxy = await startProxy({
    port: opts.port,
    host: opts.host,
    allowedHosts: opts.allowedHosts,
    staticDir: distDir,
    engines: [
      {
        id: opts.engine ? 'engine' : 'embedded',
        name: opts.engine ? new URL(opts.engine).host : 'Embedded engine',
        url: engineUrl,
        ca: opts.engineCa ? readFileSync(opts.engineCa, 'utf8') : undefined,
        insecure: opts.insecure,
      },
    ],
  });
  closers.unshift(() => proxy.close());

  console.log(`\nVantage dashboard: ${proxy.url}\n  ${loginHint}\nPress Ctrl-C to stop.`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping …`);
    for (const close of closers) {
      try {
        await close();
      } catch (err) {
        console.error(err);
      }
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

async function main(): Promise<void> {
  let opts: CliOptions;
  try {
    opts = parseCliOptions(process.argv.slice(2), process.env);
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${usage}`);
    process.exit(2);
  }
  if (opts.help) {
    console.log(usage);
    return;
  }
  if (opts.command === 'fetch-ca') return fetchCa(opts.args[0]);
  await serve(opts);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
