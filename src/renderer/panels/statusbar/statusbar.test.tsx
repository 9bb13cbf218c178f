import { screen, waitFor } from '@testing-library/dom';
import { afterEach, describe, expect, it } from 'vitest';
import { transformPosition } from '../../../domain/location/transform';
import { cleanup, renderWith, testApp } from '../../testing/render';
import { StatusBar } from './statusbar';

afterEach(cleanup);

describe('StatusBar', () => {
  it('gives the pointer as VN-2000 X (northing) and Y (easting) in the working CRS, then latitude, longitude', async () => {
    const { app } = testApp();
    await app.start();
    await renderWith(app, <StatusBar />);
    app.map.pointerAt([108.0, 14.35]);
    const [east, north] = transformPosition([108.0, 14.35], 'EPSG:4326', 'EPSG:9216');
    // Kon Tum's zone: about 1.59 million m north and 554 km east (central meridian 107.5°, 500 km false easting).
    expect(north).toBeGreaterThan(1_580_000);
    expect(east).toBeGreaterThan(550_000);
    await waitFor(() =>
      expect(document.querySelector('#coords')!.textContent).toBe(
        `EPSG:9216  X ${north.toFixed(1)}  Y ${east.toFixed(1)}   (14.35000°, 108.00000°)`,
      ),
    );
  });

  it('says how many features were loaded, then re-says it in English, and keeps the layer counts current', async () => {
    const { app } = testApp();
    const stop = app.connect();
    await app.start();
    await renderWith(app, <StatusBar />);
    app.layers.setCount('roads', 9);
    app.layers.setCount('bridges', 57);
    app.layers.setCount('culverts', 106);
    expect(await screen.findByText('Đã tải 172 đối tượng')).toBeTruthy();
    expect(document.querySelector('#layer-counts')!.textContent).toBe('Đường 9 · Cầu 57 · Cống 106');

    app.layers.setCount('roads', 5009);
    app.language.setLang('en');
    expect(await screen.findByText('Loaded 172 features')).toBeTruthy();
    expect(document.querySelector('#layer-counts')!.textContent).toBe(
      'Roads 5,009 · Bridges 57 · Culverts 106',
    );
    stop();
  });

  it('shows a failed call as an error, in words, with the service’s detail', async () => {
    const { app } = testApp({
      'project.info': () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await renderWith(app, <StatusBar />);
    await app.start();
    const status = await screen.findByText('Lỗi: Không kết nối được với máy chủ ứng dụng — Failed to fetch');
    expect(status.className).toBe('error');
  });
});
