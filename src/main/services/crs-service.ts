import type { ApiHandlers } from '../../api/contract';
import { ApiError } from '../../api/errors';
import { CRS_LIST, findCrs } from '../../domain/location/crs';
import { converter } from '../../domain/location/transform';

type Handlers = Pick<ApiHandlers, 'crs.list' | 'crs.transform'>;

export function createCrsService(): Handlers {
  return {
    async 'crs.list'() {
      return CRS_LIST.map(({ code, name, label, kind }) => ({ code, name, label, kind }));
    },
    async 'crs.transform'({ from, to, positions }) {
      for (const [field, code] of [
        ['from', from],
        ['to', to],
      ] as const) {
        if (!findCrs(code))
          throw new ApiError('INVALID_INPUT', `Unknown CRS "${code}"`, [
            { path: field, message: 'not in the CRS registry' },
          ]);
      }
      const c = converter(findCrs(from)!.code, findCrs(to)!.code);
      return positions.map((p) => c.forward(p));
    },
  };
}
