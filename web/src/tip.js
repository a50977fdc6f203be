// One floating tooltip for the whole app (mentions, events, map points).
const tip = () => document.getElementById('tip');

export function showTip(event, content) {
  const el = tip();
  el.replaceChildren(content);
  el.hidden = false;
  const pad = 14;
  const { innerWidth, innerHeight } = window;
  const rect = el.getBoundingClientRect();
  let x = event.clientX + pad;
  let y = event.clientY + pad;
  if (x + rect.width > innerWidth) x = Math.max(0, event.clientX - rect.width - pad);
  if (y + rect.height > innerHeight) y = Math.max(0, event.clientY - rect.height - pad);
  el.style.left = `${x}px`;
  el.style.top = `${y}px`;
}

export function hideTip() {
  tip().hidden = true;
}

// Attaches hover behaviour: `content(el)` builds the tooltip body for the hovered element.
export function hoverTip(el, content) {
  el.addEventListener('mouseenter', (e) => showTip(e, content(el)));
  el.addEventListener('mousemove', (e) => showTip(e, content(el)));
  el.addEventListener('mouseleave', hideTip);
}
