// Child process for the crash test: edits a project in a loop and reports each acknowledged edit on stdout
// only after the API call returned. ROADGIS_FAULT=<point>:<n> kills itself at the n-th time it reaches <point>.
import fs from 'node:fs';
import { createServices } from '../../../src/main/services/create-services';
import { nodeHostPorts } from '../../../src/main/services/host-ports';
import type { FaultPoint } from '../../../src/main/store/project-store';
import { ProjectStore } from '../../../src/main/store/project-store';

const [file, startArg] = process.argv.slice(2);
const faultSpec = process.env.ROADGIS_FAULT ?? '';
const faultPoint = faultSpec.slice(0, faultSpec.lastIndexOf(':'));
const faultAt = faultSpec.slice(faultSpec.lastIndexOf(':') + 1);
let faultCount = 0;
const ports = nodeHostPorts({ author: () => 'crash-test' });

const say = (line: string) => fs.writeSync(1, `${line}\n`);

const store = await ProjectStore.open(file!, {
  newId: ports.newId,
  now: ports.now,
  checkpointBytes: 12 * 1024, // checkpoint every few edits, so kills land inside checkpoints too
  fault: (point: FaultPoint) => {
    if (point === faultPoint && ++faultCount === Number(faultAt)) process.kill(process.pid, 'SIGKILL');
  },
});
const { handlers } = createServices(store, ports);
say('ready');
const made: string[] = [];
for (let n = Number(startArg); ; n++) {
  const f = await handlers['features.create']({
    layer: 'culverts',
    geometry: { type: 'Point', coordinates: [107.5 + (n % 1000) * 0.001, 14 + Math.floor(n / 1000) * 0.001] },
    properties: { code: `K-${n}`, aperture: `D${n}`, culvert_type: 'tron' },
  });
  say(`ack create ${f.id} ${n}`);
  made.push(f.id);
  if (n % 3 === 0 && made.length > 1) {
    const uid = made[Math.floor(made.length / 2)]!;
    await handlers['features.update']({ layer: 'culverts', uid, properties: { aperture: `D${n}` } });
    say(`ack update ${uid} ${n}`);
  }
  if (n % 7 === 0 && made.length > 2) {
    const uid = made.shift()!;
    say(`try delete ${uid} ${n}`); // in flight: after a kill it may or may not have happened
    await handlers['features.delete']({ layer: 'culverts', uid });
    say(`ack delete ${uid} ${n}`);
  }
}
