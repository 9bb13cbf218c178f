// Entry points for survey files: a RoadLab Pro interval CSV, or any CSV/XLSX through a column mapping (with a
// suggested mapping for the import step to start from).
import path from 'node:path';
import { readError } from '../../../domain/assets/read-errors';
import type { SurveyRead } from '../../../domain/pavement/survey-interval';
import { InputError } from '../records';
import type { RoadLabOptions } from './roadlab';
import { readRoadLab, ROADLAB_HEADINGS } from './roadlab';
import type { SurveyColumnMapping } from './survey-columns';
import { readSurveyColumns } from './survey-columns';
import type { SurveyTable } from './survey-table';
import { readSurveyCsv, readSurveyXlsx } from './survey-table';
import { foldHeading } from './survey-values';

export async function readSurveyTable(file: string, sheet?: string): Promise<SurveyTable> {
  switch (path.extname(file).toLowerCase()) {
    case '.csv':
    case '.txt':
      return readSurveyCsv(file);
    case '.xlsx':
      return readSurveyXlsx(file, sheet);
    default:
      throw new InputError(path.basename(file), readError('unknown_kind', { extensions: '.csv, .xlsx' }));
  }
}

export async function readRoadLabFile(file: string, options: RoadLabOptions = {}): Promise<SurveyRead> {
  return readRoadLab(await readSurveyTable(file), options);
}

export async function readSurveyFile(
  file: string,
  mapping: SurveyColumnMapping,
  sheet?: string,
): Promise<SurveyRead> {
  return readSurveyColumns(await readSurveyTable(file, sheet), mapping);
}

/** Folded headings (and Vietnamese ones) each mapping entry is suggested from. */
const ALIASES: Record<keyof Omit<SurveyColumnMapping, 'chainageUnit'>, readonly string[]> = {
  route: ['tuyen', 'tuyen_duong', 'ma_tuyen', 'so_hieu', 'route', 'road_code', 'road'],
  from: [
    'tu_km',
    'km_dau',
    'ly_trinh_dau',
    'tu_ly_trinh',
    'from',
    'from_chainage',
    'start_chainage',
    'km_from',
  ],
  to: ['den_km', 'km_cuoi', 'ly_trinh_cuoi', 'den_ly_trinh', 'to', 'to_chainage', 'end_chainage', 'km_to'],
  startLat: ROADLAB_HEADINGS.startLat,
  startLon: ROADLAB_HEADINGS.startLon,
  endLat: ROADLAB_HEADINGS.endLat,
  endLon: ROADLAB_HEADINGS.endLon,
  iri: [...ROADLAB_HEADINGS.iri, 'do_go_ghe', 'do_go_ghe_iri'],
  crackingPct: ['nut', 'ty_le_nut', 'cracking', 'cracking_pct', 'crack'],
  ruttingMm: ['lun_vet_banh', 'hang_lun', 'rutting', 'rut_depth', 'rutting_mm'],
  potholes: ['o_ga', 'so_o_ga', 'potholes', 'pothole'],
  ravellingPct: ['bong_troc', 'ravelling', 'raveling'],
  edgeBreakM: ['vo_mep', 'edge_break'],
  length: [...ROADLAB_HEADINGS.length, 'chieu_dai'],
  date: ['ngay', 'ngay_khao_sat', 'survey_date', ...ROADLAB_HEADINGS.time],
  lane: ['lan', 'lan_xe', 'lane'],
  direction: ['chieu', 'huong', 'direction'],
  surface: ['ket_cau_mat', 'loai_mat', 'mat_duong', 'surface', 'surface_type'],
};

/** A mapping suggested from the headings: the import step shows it for a person to correct. */
export function suggestSurveyMapping(headers: readonly string[]): SurveyColumnMapping {
  const folded = headers.map(foldHeading);
  const used = new Set<number>();
  const out: SurveyColumnMapping = {};
  for (const [key, names] of Object.entries(ALIASES) as Array<[keyof typeof ALIASES, readonly string[]]>) {
    for (const name of names) {
      const i = folded.findIndex((h, j) => h === name && !used.has(j));
      if (i >= 0) {
        out[key] = headers[i]!;
        used.add(i);
        break;
      }
    }
  }
  return out;
}
