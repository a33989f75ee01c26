/**
 * The embed page's side of the resizing protocol: when the page is framed, it tells its host how tall
 * it is, on load and whenever its height changes (a new width reflows the text and swaps the chart).
 */

import { HEIGHT_MESSAGE, HEIGHT_REQUEST } from './host-script.js';

/**
 * The reporter script. It measures the root element (its height is the content's, not the frame's),
 * posts `{[HEIGHT_MESSAGE]: {id, height}}` to the parent with target `*` (a height is no secret, and
 * the page cannot know where it will be embedded), and answers a host's request. Framed, the page
 * also hides its own scrollbars: the host sizes the frame, and a scrollbar would narrow the page while
 * it waits.
 */
export const HEIGHT_REPORTER = `(function (w, d) {
  var root = d.documentElement;
  if (w.parent === w) return;
  root.classList.add('framed');
  var id = root.getAttribute('data-embed-id');
  var last = -1;
  function send(force) {
    var height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    w.parent.postMessage({ '${HEIGHT_MESSAGE}': { id: id, height: height } }, '*');
  }
  w.addEventListener('message', function (event) {
    if (event.source === w.parent && event.data && event.data['${HEIGHT_REQUEST}'] === true) send(true);
  });
  if (w.ResizeObserver) new w.ResizeObserver(function () { send(false); }).observe(root);
  w.addEventListener('load', function () { send(false); });
  send(false);
})(window, document);`;
