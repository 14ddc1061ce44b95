// Child process for store.durability.test.ts: writes until killed, acknowledging each
// committed write on stdout so the parent knows what must survive a SIGKILL.
import { Store } from '../store.ts';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: durability-child.ts <db-file>\n');
  process.exit(2);
}
const store = Store.open(file);
let i = 0;
function step(): void {
  store.insert('vms', { id: `vm-${i}`, name: `vm${i}`, memory: i });
  store.update('vms', `vm-${i}`, { description: `written ${i}` });
  const event = store.addEvent({ code: 34, severity: 'normal', description: `VM vm${i} was created by admin.` });
  process.stdout.write(`ack ${i} ${event.id}\n`);
  i++;
  setImmediate(step);
}
step();
