// Map symbology: roads by management level, bridges as squares, culverts as triangles (as on provincial maps).
import type { FeatureLike } from 'ol/Feature';
import { Circle, Fill, RegularShape, Stroke, Style, Text } from 'ol/style';

export const ROAD_COLOURS: Record<string, string> = {
  cao_toc: '#7b3294',
  quoc_lo: '#d7191c',
  duong_tinh: '#e08214',
  other: '#636363',
};

const roadStyles = new Map<string, Style[]>();

export function roadStyle(level: string, selected = false): Style[] {
  const key = `${level}:${selected}`;
  let s = roadStyles.get(key);
  if (!s) {
    const colour = ROAD_COLOURS[level] ?? ROAD_COLOURS.other!;
    const width = level === 'quoc_lo' || level === 'cao_toc' ? 4 : level === 'duong_tinh' ? 3 : 2;
    s = [
      new Style({
        stroke: new Stroke({ color: selected ? '#00e5ff' : '#ffffff', width: width + (selected ? 6 : 2) }),
      }),
      new Style({ stroke: new Stroke({ color: colour, width }) }),
    ];
    roadStyles.set(key, s);
  }
  return s;
}

export function roadFeatureStyle(f: FeatureLike): Style[] {
  return roadStyle(String(f.get('management_level') ?? 'other'));
}

export function bridgeStyle(selected = false): Style {
  return new Style({
    image: new RegularShape({
      points: 4,
      radius: selected ? 10 : 7,
      angle: Math.PI / 4,
      fill: new Fill({ color: '#2166ac' }),
      stroke: new Stroke({ color: selected ? '#00e5ff' : '#ffffff', width: selected ? 3 : 1.5 }),
    }),
  });
}

export function culvertStyle(selected = false): Style {
  return new Style({
    image: new RegularShape({
      points: 3,
      radius: selected ? 8 : 5,
      fill: new Fill({ color: '#1a9850' }),
      stroke: new Stroke({ color: selected ? '#00e5ff' : '#ffffff', width: selected ? 3 : 1 }),
    }),
  });
}

export function basemapStyle(f: FeatureLike): Style {
  if (f.get('kind') === 'province') {
    return new Style({
      fill: new Fill({ color: 'rgba(240, 236, 220, 0.9)' }),
      stroke: new Stroke({ color: '#8c6d31', width: 2, lineDash: [8, 4, 2, 4] }),
    });
  }
  const city = f.get('kind') === 'city';
  return new Style({
    image: new Circle({ radius: city ? 5 : 3, fill: new Fill({ color: '#333' }) }),
    text: new Text({
      text: String(f.get('name') ?? ''),
      offsetY: -12,
      font: `${city ? 'bold 13px' : '12px'} "Noto Sans", sans-serif`,
      fill: new Fill({ color: '#222' }),
      stroke: new Stroke({ color: '#fff', width: 3 }),
    }),
  });
}
