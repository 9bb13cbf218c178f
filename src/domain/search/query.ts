// A search box entry that is a place on a route: "QL.14 Km 12+350", "ql14 km12+350", "QL.14 12+350",
// "Quốc lộ 14 Km 12+350" or "Km 12+350 QL.14" → { routeCode: "QL.14", chainage: 12350 }.
import { normaliseRoadCode } from '../assets/road-code';
import { parseChainage } from '../location/chainage';

export interface ChainageQuery {
  /** The normalised road code ("QL.14"). */
  routeCode: string;
  /** Metres from the route origin. */
  chainage: number;
}

// "Km 12+350", "12+350", "km12+350,5" or "Km 12,35" (km); what parseChainage reads.
const CHAINAGE = String.raw`(?:km\s*)?\d+\s*\+\s*\d{1,3}(?:[.,]\d+)?|km\s*\d+(?:[.,]\d+)?`;
const ROUTE_FIRST = new RegExp(String.raw`^(?<route>.+?)\s*[,;:]?\s*(?<chainage>${CHAINAGE})$`, 'iu');
const CHAINAGE_FIRST = new RegExp(
  String.raw`^(?<chainage>${CHAINAGE})\s*[,;:]?\s*(?:tr[eê]n\s+)?(?<route>.+)$`,
  'iu',
);

/** The route and chainage a search text names, or null when it is not "route + chainage". */
export function parseChainageQuery(text: string): ChainageQuery | null {
  const t = text.normalize('NFC').trim().replace(/\s+/gu, ' ');
  for (const re of [ROUTE_FIRST, CHAINAGE_FIRST]) {
    const m = re.exec(t);
    if (!m?.groups) continue;
    const route = normaliseRoadCode(m.groups.route ?? '');
    const chainage = parseChainage(m.groups.chainage ?? '');
    if (route && chainage !== null) return { routeCode: route.code, chainage };
  }
  return null;
}
