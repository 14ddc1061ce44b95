/**
 * A bare engine in its own process, for crash tests: `node --import tsx engine-child.ts <dataDir> [port]`.
 * Prints `READY <url>` once it listens; the parent kills it with SIGKILL.
 */
import { startEngine } from '../../../src/server/engine/engine.ts';
import { ADMIN_PASSWORD } from '../support.ts';

const [dataDir, port] = process.argv.slice(2);
if (!dataDir) {
  console.error('usage: engine-child.ts <dataDir> [port]');
  process.exit(2);
}
const engine = await startEngine({ port: Number(port ?? 0), dataDir, adminPassword: ADMIN_PASSWORD });
process.stdout.write(`READY ${engine.url}\n`);
process.on('SIGTERM', () => {
  void engine.close().then(() => process.exit(0));
});
