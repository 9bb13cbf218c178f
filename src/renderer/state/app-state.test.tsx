import { describe, expect, it } from 'vitest';
import { testApp } from '../testing/render';

describe('createAppState', () => {
  it('is ready only once the project, the undo state, every layer and the map are in', async () => {
    const { app } = testApp();
    expect(app.ready.value).toBe(false);
    await app.start();
    expect(app.project.info.value?.workingCrs).toBe('EPSG:9216');
    expect(app.history.state.value?.canUndo).toBe(false);
    app.layers.setCount('roads', 9);
    app.layers.setCount('bridges', 57);
    expect(app.ready.value).toBe(false);
    app.layers.setCount('culverts', 106);
    expect(app.ready.value).toBe(false);
    app.map.markDrawn();
    expect(app.ready.value).toBe(true);
  });

  it('moves the revision of exactly the layers a project.changed names, and releases its listeners', async () => {
    const { app, fake } = testApp();
    const stop = app.connect();
    expect(fake.listenerCount('project.changed')).toBe(1);
    expect(fake.listenerCount('job.progress')).toBe(1);

    fake.emit('project.changed', { seq: 5, layers: ['bridges', 'culverts'] });
    expect(app.layers.revisions.value).toEqual({ roads: 0, bridges: 1, culverts: 1 });
    fake.emit('project.changed', { seq: 6, layers: ['culverts'] });
    expect(app.layers.revisions.value).toEqual({ roads: 0, bridges: 1, culverts: 2 });

    stop();
    expect(fake.listenerCount()).toBe(0);
    fake.emit('project.changed', { seq: 7, layers: ['roads'] });
    expect(app.layers.revisions.value.roads).toBe(0);
  });

  it('keeps the latest undo state when answers cross', async () => {
    const answers: Array<(v: { canUndo: boolean }) => void> = [];
    const { app } = testApp({
      'history.state': () =>
        new Promise((resolve) =>
          answers.push(({ canUndo }) => resolve({ canUndo, canRedo: false, undo: null, redo: null })),
        ),
    });
    const first = app.history.refresh();
    const second = app.history.refresh();
    await Promise.resolve();
    await Promise.resolve();
    answers[1]!({ canUndo: true });
    answers[0]!({ canUndo: false });
    await Promise.all([first, second]);
    expect(app.history.state.value?.canUndo).toBe(true);
  });

  it('follows only the jobs this window started', () => {
    const { app } = testApp();
    const id = app.jobs.start();
    app.jobs.progressed({ jobId: 'someone-else', phase: 'import', done: 1, total: 2 });
    app.jobs.progressed({ jobId: id, phase: 'import', done: 5, total: 10 });
    expect([...app.jobs.running.value]).toEqual([[id, { phase: 'import', done: 5, total: 10 }]]);
    app.jobs.finish(id);
    expect(app.jobs.running.value.size).toBe(0);
  });
});
