// The reader's span arithmetic, without a browser: code points vs UTF-16, nesting of
// overlapping annotations, and finding the sentence of an offset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CodePointText, nestSpans, spanIndexAt } from '../src/spans.js';

test('slices count code points, not UTF-16 units', () => {
  // 𝕏 and 🙂 take two UTF-16 units each; the API counts each as one code point.
  const text = new CodePointText('قال 𝕏 لافروف 🙂 أمس');
  const cps = Array.from(text.text);
  assert.equal(text.length, cps.length);
  assert.equal(text.slice(6, 12), cps.slice(6, 12).join(''));
  assert.equal(text.slice(6, 12), 'لافروف');
  assert.equal(text.slice(13, 14), '🙂');
  assert.equal(text.slice(0, text.length), text.text);
  assert.equal(text.slice(-5, 999), text.text); // clamped
});

function flatten(node, depth = 0, out = []) {
  for (const c of node.children) {
    out.push({ kind: c.kind, start: c.start, end: c.end, depth, part: Boolean(c.part) });
    flatten(c, depth + 1, out);
  }
  return out;
}

test('nested spans stay whole; outer layers come first', () => {
  const tree = nestSpans([
    { start: 0, end: 20, kind: 'sentence' },
    { start: 4, end: 10, kind: 'mention' },
    { start: 6, end: 10, kind: 'mention' },
    { start: 12, end: 15, kind: 'event' },
  ], 30);
  assert.deepEqual(flatten(tree), [
    { kind: 'sentence', start: 0, end: 20, depth: 0, part: false },
    { kind: 'mention', start: 4, end: 10, depth: 1, part: false },
    { kind: 'mention', start: 6, end: 10, depth: 2, part: false },
    { kind: 'event', start: 12, end: 15, depth: 1, part: false },
  ]);
});

test('a later span crossing an earlier one is cut at the crossing', () => {
  // A repair that runs over a sentence end (انقساماتها.التي) is drawn in two pieces.
  const tree = nestSpans([
    { start: 0, end: 10, kind: 'sentence' },
    { start: 10, end: 20, kind: 'sentence' },
    { start: 8, end: 13, kind: 'repair' },
  ], 20);
  const repairs = flatten(tree).filter((n) => n.kind === 'repair');
  assert.deepEqual(repairs.map((r) => [r.start, r.end, r.part]), [[8, 10, true], [10, 13, true]]);
});

test('a span that wraps earlier ones adopts them', () => {
  const tree = nestSpans([
    { start: 2, end: 4, kind: 'mention' },
    { start: 5, end: 7, kind: 'mention' },
    { start: 0, end: 9, kind: 'focus' },
  ], 10);
  const flat = flatten(tree);
  assert.deepEqual(flat.map((n) => [n.kind, n.depth]), [['focus', 0], ['mention', 1], ['mention', 1]]);
});

test('empty and out-of-range spans are dropped', () => {
  const tree = nestSpans([{ start: 3, end: 3 }, { start: -1, end: 2 }, { start: 5, end: 11 }], 10);
  assert.equal(tree.children.length, 0);
});

test('the sentence holding an offset', () => {
  const sentences = [{ start: 0, end: 5 }, { start: 6, end: 12 }, { start: 12, end: 20 }];
  assert.equal(spanIndexAt(sentences, 0), 0);
  assert.equal(spanIndexAt(sentences, 5), -1); // the gap between sentences
  assert.equal(spanIndexAt(sentences, 11), 1);
  assert.equal(spanIndexAt(sentences, 12), 2);
  assert.equal(spanIndexAt(sentences, 20), -1);
});
