// Undo, redo and per-feature history.
import { z } from 'zod';
import { attributeValue, codedTextSchema, empty, layerSchema, method, uidSchema } from '../schemas';

const historyStateSchema = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  /** What undo would take back / redo would do again (code + values; English text for scripts). */
  undo: codedTextSchema.nullable(),
  redo: codedTextSchema.nullable(),
});

const historyEntrySchema = z.object({
  seq: z.number().int(),
  txId: z.string(),
  op: z.enum(['insert', 'update', 'delete']),
  kind: z.string(),
  /** What the transaction did (for undo/redo: the action undone or redone). */
  action: codedTextSchema,
  author: z.string(),
  time: z.string(),
  /** Fields whose values differ, old → new. */
  changes: z.array(z.object({ field: z.string(), before: attributeValue, after: attributeValue })),
  geometryChanged: z.boolean(),
});

export const HISTORY_METHODS = {
  'history.state': method(empty, historyStateSchema, 'What undo and redo would do now.'),
  'history.undo': method(empty, historyStateSchema, 'Undo the last edit.'),
  'history.redo': method(empty, historyStateSchema, 'Redo the last undone edit.'),
  'history.feature': method(
    z.strictObject({ layer: layerSchema, uid: uidSchema }),
    z.array(historyEntrySchema),
    'Who changed a feature, when, old → new.',
  ),
};
