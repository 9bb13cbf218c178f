// What the host offers beyond the project: the desktop file dialog.
import { z } from 'zod';
import { empty, method } from '../schemas';

export const HOST_METHODS = {
  'host.capabilities': method(
    empty,
    z.object({ fileDialog: z.boolean() }),
    'What the host offers beyond the API: a native file dialog (desktop only).',
  ),
  'host.chooseFile': method(
    z.strictObject({
      mode: z.enum(['open', 'save']),
      title: z.string().min(1).max(200),
      extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/u)).max(20),
      defaultName: z
        .string()
        .max(255)
        .regex(/^[^/\\\0]+$/u, 'a file name, not a path')
        .optional(),
    }),
    z.object({ path: z.string().nullable() }),
    'Show the desktop file dialog; the chosen absolute path, or null if cancelled.',
  ),
};
