// Child for the crash test of large imports: imports a file (committed by snapshot) and prints "ack" after.
import fs from 'node:fs';
import { createServices } from '../../../src/main/services/create-services';
import { nodeHostPorts } from '../../../src/main/services/host-ports';
import type { FaultPoint } from '../../../src/main/store/project-store';
import { ProjectStore } from '../../../src/main/store/project-store';

const [file, source, fault] = process.argv.slice(2);
const ports = nodeHostPorts({ author: () => 'crash-test' });
const store = await ProjectStore.open(file!, {
  newId: ports.newId,
  now: ports.now,
  fault: (point: FaultPoint) => {
    if (point === fault) process.kill(process.pid, 'SIGKILL');
  },
});
const r = await createServices(store, ports).handlers['interchange.import']({
  path: source!,
  layer: 'culverts',
  skipInvalid: false,
});
fs.writeSync(1, `ack ${r.imported}\n`);
await store.close();
