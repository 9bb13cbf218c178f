// Renders a component inside the app's context, as <App> would, and removes it after the test.
import type { ComponentChildren } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { AppContext } from '../state/app-context';
import type { AppOptions, AppState } from '../state/app-state';
import { createAppState } from '../state/app-state';
import type { FakeClient, FakeHandlers } from './fake-client';
import { fakeClient } from './fake-client';
import { crsList, projectInfo } from './sample';

const mounted: Array<() => void> = [];

/** Handlers every panel needs to start: the sample project, its CRSs, a browser host, empty history. */
export const baseHandlers: FakeHandlers = {
  'project.info': () => projectInfo,
  'crs.list': () => crsList,
  'host.capabilities': () => ({ fileDialog: false }),
  'history.state': () => ({ canUndo: false, canRedo: false, undo: null, redo: null }),
};

export function testApp(
  handlers: FakeHandlers = {},
  options: Partial<AppOptions> = {},
): { app: AppState; fake: FakeClient } {
  let jobs = 0;
  const fake = fakeClient({ ...baseHandlers, ...handlers });
  const app = createAppState(fake.client, {
    lang: 'vi',
    newJobId: () => `00000000-0000-4000-8000-${String(++jobs).padStart(12, '0')}`,
    ...options,
  });
  return { app, fake };
}

/** Renders `ui` with the app state provided; effects have run when it returns. */
export async function renderWith(app: AppState, ui: ComponentChildren): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  await act(() => render(<AppContext.Provider value={app}>{ui}</AppContext.Provider>, container));
  mounted.push(() => {
    // act() runs the unmount's effect cleanups now, as a real unmount would before anything else happens.
    void act(() => render(null, container));
    container.remove();
  });
  return container;
}

export function cleanup(): void {
  while (mounted.length) mounted.pop()!();
}
