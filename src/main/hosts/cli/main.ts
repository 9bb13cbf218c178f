// roadgis CLI entry: parse, run one command, exit with a code scripts can rely on.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { nodeHostPorts } from '../../services/host-ports';
import type { Io } from './commands';
import { cmdInfo, cmdNew, cmdServe, HELP, UsageError } from './commands';
import { cmdExport, cmdImport, cmdOpenData } from './interchange-commands';

export async function runCli(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  const ports = nodeHostPorts();
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        province: { type: 'string' },
        scheme: { type: 'string' },
        crs: { type: 'string' },
        name: { type: 'string' },
        json: { type: 'boolean' },
        project: { type: 'string' },
        port: { type: 'string' },
        static: { type: 'string' },
        layer: { type: 'string' },
        encoding: { type: 'string' },
        'source-layer': { type: 'string' },
        map: { type: 'string', multiple: true },
        'skip-invalid': { type: 'boolean' },
        report: { type: 'string' },
        'dry-run': { type: 'boolean' },
        format: { type: 'string' },
        bbox: { type: 'string' },
        where: { type: 'string', multiple: true },
        overwrite: { type: 'boolean' },
        lang: { type: 'string' },
      },
    });
    switch (command) {
      case 'new':
        return await cmdNew(positionals[0], values, ports, io);
      case 'info':
        return await cmdInfo(positionals[0] ?? values.project, values, ports, io);
      case 'import':
        return await cmdImport(positionals[0], values, ports, io);
      case 'export':
        return await cmdExport(positionals[0], values, ports, io);
      case 'open-data':
        return await cmdOpenData(positionals[0], values, ports, io);
      case 'serve':
        return await cmdServe(values, ports, io, path.resolve(ports.resourcesDir, '../dist/renderer'));
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(HELP);
        return 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    const usage = e instanceof UsageError || (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS');
    io.err(`roadgis: ${(e as Error).message}`);
    if (usage) io.err('Run "roadgis help" for usage.');
    return usage ? 2 : 1;
  }
}

const isEntry =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isEntry) {
  runCli(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) }).then((code) => {
    process.exitCode = code;
  });
}
