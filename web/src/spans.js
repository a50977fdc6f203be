// Spans from the API count Unicode code points of the original text; JavaScript strings count
// UTF-16 units. These helpers convert once per text so slicing stays exact even for characters
// outside the Basic Multilingual Plane.

export class CodePointText {
  constructor(text) {
    this.text = text;
    // unit[i] = UTF-16 offset of code point i; unit[length] = text.length.
    this.unit = [];
    let u = 0;
    for (const ch of text) {
      this.unit.push(u);
      u += ch.length;
    }
    this.unit.push(u);
    this.length = this.unit.length - 1;
  }

  slice(start, end) {
    const s = this.unit[Math.max(0, Math.min(start, this.length))];
    const e = this.unit[Math.max(0, Math.min(end, this.length))];
    return this.text.slice(s, e);
  }
}

// Builds a tree of properly nested spans from annotations {start, end, ...} given in priority
// order (outer layers first). An annotation that crosses one already placed is cut at the
// crossing point into pieces marked `part: true`, so every element in the page stays nested.
export function nestSpans(annotations, length) {
  const root = { start: 0, end: length, children: [] };
  for (const a of annotations) {
    if (a.end <= a.start || a.start < 0 || a.end > length) continue;
    insert(root, { ...a, children: [] });
  }
  return root;
}

function insert(parent, node) {
  for (const child of parent.children) {
    if (child.start <= node.start && node.end <= child.end) {
      insert(child, node);
      return;
    }
  }
  for (const child of parent.children) {
    const crossesStart = node.start < child.start && child.start < node.end && node.end < child.end;
    const crossesEnd = child.start < node.start && node.start < child.end && child.end < node.end;
    if (crossesStart || crossesEnd) {
      const cut = crossesStart ? child.start : child.end;
      insert(parent, { ...node, end: cut, part: true, children: [] });
      insert(parent, { ...node, start: cut, part: true, children: [] });
      return;
    }
  }
  const inside = [];
  const outside = [];
  for (const child of parent.children) {
    (node.start <= child.start && child.end <= node.end ? inside : outside).push(child);
  }
  node.children = inside;
  outside.push(node);
  outside.sort((a, b) => a.start - b.start || b.end - a.end);
  parent.children = outside;
}

// Renders a nested span tree as DOM: text between children becomes text nodes; `make(node)`
// returns the element for an annotation (its children are appended to it).
export function renderSpans(tree, cpText, make) {
  const fragment = document.createDocumentFragment();
  fill(fragment, tree, cpText, make);
  return fragment;
}

function fill(el, node, cpText, make) {
  let at = node.start;
  for (const child of node.children) {
    if (child.start > at) el.append(cpText.slice(at, child.start));
    const childEl = make(child);
    fill(childEl, child, cpText, make);
    el.append(childEl);
    at = child.end;
  }
  if (node.end > at) el.append(cpText.slice(at, node.end));
}

// Index of the span (sorted, non-overlapping) that contains code point `at`, or -1.
export function spanIndexAt(spans, at) {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= at) lo = mid + 1;
    else if (spans[mid].start > at) hi = mid - 1;
    else return mid;
  }
  return -1;
}
