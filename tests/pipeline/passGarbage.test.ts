/**
 * Between layout passes, a full collection is asked for of the build context's collector only once the garbage
 * since the last one is past the allowance and half the live heap (src/pipeline/passGarbage.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fullCollection, PassGarbage } from '../../src/pipeline/passGarbage.ts';

const MB = 1024 * 1024;

describe('garbage between layout passes', () => {
  it('asks the collector it was given for a collection only when the heap has grown past the allowance since the last', () => {
    let asked = 0;
    const garbage = new PassGarbage(() => asked++, 100 * MB);
    assert.equal(garbage.afterPass(50 * MB), false, 'under the allowance: no collection');
    assert.equal(asked, 0);
    assert.equal(garbage.afterPass(150 * MB), true, 'past the allowance: a collection');
    assert.equal(asked, 1);
    assert.equal(garbage.collections, 1);
  });

  it("makes V8's full collection callable without --expose-gc", () => {
    const collect = fullCollection();
    assert.doesNotThrow(() => collect());
    assert.doesNotThrow(() => collect());
  });
});
