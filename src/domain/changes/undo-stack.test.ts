import { describe, expect, it } from 'vitest';
import type { TxHeader } from './undo-stack';
import { undoStacks } from './undo-stack';

const tx = (txId: string, kind: TxHeader['kind'], reverses: string | null = null): TxHeader => ({
  txId,
  kind,
  action: { code: 'legacy', params: { text: txId } },
  reverses,
});

describe('undoStacks', () => {
  it('undo pops the last edit onto redo; a new edit clears redo', () => {
    const s1 = undoStacks([tx('a', 'edit'), tx('b', 'edit'), tx('u1', 'undo', 'b')]);
    expect(s1.undo.map((t) => t.txId)).toEqual(['a']);
    expect(s1.redo.map((t) => t.txId)).toEqual(['u1']);
    const s2 = undoStacks([tx('a', 'edit'), tx('b', 'edit'), tx('u1', 'undo', 'b'), tx('c', 'edit')]);
    expect(s2.undo.map((t) => t.txId)).toEqual(['a', 'c']);
    expect(s2.redo).toEqual([]);
  });
  it('redo puts the reapplied edit back on the undo stack', () => {
    const s = undoStacks([tx('a', 'edit'), tx('u1', 'undo', 'a'), tx('r1', 'redo', 'u1')]);
    expect(s.undo.map((t) => t.txId)).toEqual(['r1']);
    expect(s.redo).toEqual([]);
  });
  it('ignores pulled changes', () => {
    const s = undoStacks([tx('a', 'edit'), tx('p', 'pull')]);
    expect(s.undo.map((t) => t.txId)).toEqual(['a']);
  });
});
