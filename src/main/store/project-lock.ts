// One process edits a project at a time: a lock file next to it holds the owner's pid.
import fs from 'node:fs';
import { changeFailure } from '../../domain/changes/change-failures';
import { DomainError } from '../../domain/errors';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class ProjectLockedError extends DomainError {
  constructor(projectPath: string, pid?: number) {
    super('project_locked', changeFailure('project_locked', { path: projectPath, ...(pid ? { pid } : {}) }));
  }
}

export function acquireLock(projectPath: string): () => void {
  const lockPath = `${projectPath}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      return () => fs.rmSync(lockPath, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number(fs.readFileSync(lockPath, 'utf8'));
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner)) {
        throw new ProjectLockedError(projectPath, owner);
      }
      fs.rmSync(lockPath, { force: true }); // left behind by a process that died
    }
  }
  throw new ProjectLockedError(projectPath);
}
