// npm run bench:sld — the straight-line diagram of a 150 km route with realistic event counts: the model
// (latest class per stretch from three years of condition segments, IRI profile, nine bands) and its layout
// for a screen and for an A3 page. Goal (issue 11): well under 200 ms for the model part, so the first paint
// is not waiting on it. BENCH_RUNS sets the number of timed runs.
import os from 'node:os';
import type { ClassifiedSegment } from '../src/domain/pavement/aggregate';
import { iriProfileByYear, latestStretches } from '../src/domain/pavement/aggregate';
import { layoutSld } from '../src/domain/pavement/sld-layout';
import { buildSld } from '../src/domain/pavement/straight-line-diagram';
import { fixtureRoutes, random } from './field-fixture';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const KM = 150;
const rnd = random(11);

let t0 = performance.now();
const [fixture] = fixtureRoutes(1, KM);
if (!fixture?.geo.built.ok) throw new Error('route');
const route = fixture.geo.built.route;
const routeMs = performance.now() - t0;
const length = route.end - route.start;

// Three yearly surveys, both directions, 100 m segments (9,000 segments); classes drift worse with the years.
const classes = ['tot', 'trung_binh', 'kem', 'rat_kem'];
const segments: ClassifiedSegment[] = [];
for (const year of [2024, 2025, 2026])
  for (const direction of ['xuoi', 'nguoc'] as const)
    for (let from = 0; from < length; from += 100) {
      const rank = Math.min(4, 1 + Math.floor(rnd() * 3 + (year - 2024) * 0.4));
      segments.push({
        route: route.code,
        from: route.start + from,
        to: route.start + Math.min(length, from + 100),
        lane: null,
        direction,
        surveyDate: `${year}-10-0${direction === 'xuoi' ? 5 : 6}`,
        iri: 2 + rank * 2 + rnd(),
        classCode: classes[rank - 1]!,
        classRank: rank,
      });
    }
const at = () => route.start + rnd() * length;
const input = {
  surfaces: Array.from({ length: 40 }, (_, i) => ({
    from: route.start + (i * length) / 40,
    to: route.start + ((i + 1) * length) / 40,
    surface: i % 3 ? 'btn' : 'lang_nhua',
  })),
  widths: Array.from({ length: 60 }, (_, i) => ({
    from: route.start + (i * length) / 60,
    to: route.start + ((i + 1) * length) / 60,
    width: 6 + (i % 4),
  })),
  bridges: Array.from({ length: 60 }, (_, i) => ({
    id: `b${i}`,
    chainage: at(),
    length: 20 + rnd() * 100,
    name: `Cầu ${i}`,
  })),
  culverts: Array.from({ length: 450 }, (_, i) => ({ id: `c${i}`, chainage: at(), code: `C${i}` })),
  kmPosts: Array.from({ length: KM + 1 }, (_, km) => ({ chainage: km * 1000, km })),
  defects: Array.from({ length: 1500 }, (_, i) => {
    const from = at();
    return { id: `d${i}`, from, to: from + rnd() * 50, type: 'o_ga', label: 'Ổ gà' };
  }),
  inspections: Array.from({ length: 200 }, (_, i) => ({
    id: `i${i}`,
    chainage: at(),
    date: '2026-11-20',
    kind: 'dinh_ky',
  })),
};

const timings: Array<{ model: number; screen: number; a3: number }> = [];
let bands = 0;
for (let run = 0; run < RUNS + 1; run++) {
  t0 = performance.now();
  const stretches = latestStretches(segments);
  const iri = iriProfileByYear(segments, route.code, 100).get(2026) ?? [];
  const model = buildSld({
    route: { code: route.code, name: 'Bench', start: route.start, end: route.end },
    conditions: stretches,
    iri,
    ...input,
  });
  const modelMs = performance.now() - t0;
  t0 = performance.now();
  layoutSld(model, { width: 1600 });
  const screen = performance.now() - t0;
  t0 = performance.now();
  // A3 landscape is 1190.55 × 841.89 pt.
  const a3 = layoutSld(model, { width: 1190.55, fontSize: 7 });
  bands = a3.bands.length;
  timings.push({ model: modelMs, screen, a3: performance.now() - t0 });
}

const f = (n: number) => n.toFixed(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const warm = timings.slice(1);
console.log(
  `Straight-line diagram: ${KM} km route (built once in ${f(routeMs)} ms), ${segments.length} condition segments over 3 years, ` +
    `${input.bridges.length} bridges, ${input.culverts.length} culverts, ${input.kmPosts.length} km posts, ` +
    `${input.defects.length} defects, ${input.inspections.length} inspections; ${bands} bands`,
);
console.log(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}, ${os.platform()}, load average ${os.loadavg()[0]!.toFixed(1)}; ${new Date().toISOString().slice(0, 10)}`,
);
console.log('');
console.log('| step | first run | median of next ' + RUNS + ' |');
console.log('| ---- | --------- | ------------- |');
console.log(
  `| model (latest stretches, IRI bins, bands) | ${f(timings[0]!.model)} ms | ${f(median(warm.map((t) => t.model)))} ms |`,
);
console.log(
  `| layout, 1600 px screen | ${f(timings[0]!.screen)} ms | ${f(median(warm.map((t) => t.screen)))} ms |`,
);
console.log(`| layout, A3 page | ${f(timings[0]!.a3)} ms | ${f(median(warm.map((t) => t.a3)))} ms |`);
