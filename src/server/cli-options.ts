// Command-line flags of `npm start`; every flag also reads an environment variable so that
// a service manager can configure Vantage without a command line.
import { parseArgs } from 'node:util';

export interface CliOptions {
  command: 'serve' | 'fetch-ca';
  args: string[];
  help: boolean;
  port: number;
  host: string;
  allowedHosts: string[];
  enginePort: number;
  data: string;
  engine?: string;
  engineCa?: string;
  insecure: boolean;
  adminPassword?: string;
  fresh: boolean;
  build: boolean;
  speed: number;
  seed: number;
  faults: boolean;
  inventory: Inventory;
}

export type Inventory = { kind: 'demo' } | { kind: 'scale'; vms: number };

export const usage = `Usage: npm start -- [options]
       npm start -- fetch-ca https://engine.example.com

Options (each also an environment variable):
  --port N              dashboard and proxy port (VANTAGE_PORT, default 8080)
  --host ADDR           address the dashboard listens on (VANTAGE_HOST, default 127.0.0.1)
  --allowed-host NAME   a host name the dashboard answers to besides addresses and localhost;
                        repeat for more, .example.com for subdomains (VANTAGE_ALLOWED_HOSTS, comma-separated)
  --engine-port N       embedded engine port, loopback only (VANTAGE_ENGINE_PORT, default 8081)
  --data DIR            embedded engine data: SQLite and state (VANTAGE_DATA, default ./.vantage)
  --engine URL          use a real oVirt/RHV engine instead of the embedded one (VANTAGE_ENGINE)
  --engine-ca FILE      the real engine's CA certificate, PEM (VANTAGE_ENGINE_CA)
  --insecure            do not verify the engine's TLS certificate (VANTAGE_INSECURE=1; not advised)
  --admin-password PW   password of the embedded engine's admin@internal (VANTAGE_ADMIN_PASSWORD);
                        generated on first start and stored in the data dir when not given
  --fresh               discard the data dir's inventory and start from a new one
  --inventory KIND      inventory of a new data dir: demo, or scale:N for N VMs (VANTAGE_INVENTORY, default demo)
  --speed X             simulation speed: 1 = human time, 20 = twenty times faster (VANTAGE_SPEED, default 1)
  --seed N              seed of the simulation's randomness, for repeatable runs (VANTAGE_SEED, default 1)
  --no-faults           no simulated trouble (hosts failing, storage running low) (VANTAGE_FAULTS=0)
  --no-build            do not build the dashboard when dist/ is missing
  -h, --help            this text`;

function intOption(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${name} must be a port number (0-65535), not "${raw}"`);
  return n;
}

const truthy = (v: string | undefined) => v !== undefined && /^(1|true|yes|on)$/i.test(v);
const falsy = (v: string | undefined) => v !== undefined && /^(0|false|no|off)$/i.test(v);

function numberOption(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) throw new Error(`${name} must be a number from ${min} to ${max}, not "${raw}"`);
  return n;
}

function inventoryOption(raw: string | undefined): Inventory {
  if (raw === undefined || raw === '' || raw === 'demo') return { kind: 'demo' };
  const m = /^scale:(\d+)$/.exec(raw);
  const vms = m ? Number(m[1]) : NaN;
  if (!m || vms < 1 || vms > 100_000) throw new Error(`--inventory must be "demo" or "scale:N" with N from 1 to 100000, not "${raw}"`);
  return { kind: 'scale', vms };
}

export function parseCliOptions(argv: string[], env: NodeJS.ProcessEnv): CliOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'allowed-host': { type: 'string', multiple: true },
      'engine-port': { type: 'string' },
      data: { type: 'string' },
      engine: { type: 'string' },
      'engine-ca': { type: 'string' },
      insecure: { type: 'boolean' },
      'admin-password': { type: 'string' },
      fresh: { type: 'boolean' },
      'no-build': { type: 'boolean' },
      inventory: { type: 'string' },
      speed: { type: 'string' },
      seed: { type: 'string' },
      'no-faults': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command = 'serve', ...args] = positionals;
  if (command !== 'serve' && command !== 'fetch-ca') throw new Error(`Unknown command "${command}"`);
  if (command === 'fetch-ca' && !args[0]) throw new Error('fetch-ca needs the engine URL, e.g. https://engine.example.com');

  const engine = values.engine ?? env.VANTAGE_ENGINE ?? undefined;
  if (engine) {
    let url: URL;
    try {
      url = new URL(engine);
    } catch {
      throw new Error(`--engine must be a URL such as https://engine.example.com, not "${engine}"`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('--engine must be an http(s) URL');
  }

  return {
    command,
    args,
    help: values.help ?? false,
    port: intOption('--port', values.port ?? env.VANTAGE_PORT, 8080),
    host: values.host ?? env.VANTAGE_HOST ?? '127.0.0.1',
    allowedHosts: values['allowed-host'] ?? (env.VANTAGE_ALLOWED_HOSTS ?? '').split(',').map((h) => h.trim()).filter(Boolean),
    enginePort: intOption('--engine-port', values['engine-port'] ?? env.VANTAGE_ENGINE_PORT, 8081),
    data: values.data ?? env.VANTAGE_DATA ?? './.vantage',
    engine: engine ? engine.replace(/\/+$/, '') : undefined,
    engineCa: values['engine-ca'] ?? env.VANTAGE_ENGINE_CA ?? undefined,
    insecure: values.insecure ?? truthy(env.VANTAGE_INSECURE),
    adminPassword: values['admin-password'] ?? env.VANTAGE_ADMIN_PASSWORD ?? undefined,
    fresh: values.fresh ?? false,
    build: !(values['no-build'] ?? false),
    speed: numberOption('--speed', values.speed ?? env.VANTAGE_SPEED, 1, 0.01, 10_000),
    seed: numberOption('--seed', values.seed ?? env.VANTAGE_SEED, 1, 0, 2 ** 31),
    faults: !(values['no-faults'] ?? falsy(env.VANTAGE_FAULTS)),
    inventory: inventoryOption(values.inventory ?? env.VANTAGE_INVENTORY),
  };
}
