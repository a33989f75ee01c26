/**
 * The host side of an embed: a tiny script pasted with each `<iframe>`, the way Datawrapper's and
 * Flourish's embed codes carry one. It sizes every copydesk frame to the height its page reports.
 */

/** Key of the message an embed page posts to its host: `{[HEIGHT_MESSAGE]: {id, height}}`. */
export const HEIGHT_MESSAGE = 'copydesk-embed-height';
/** Key of the message a host posts to a frame to ask for its height again: `{[HEIGHT_REQUEST]: true}`. */
export const HEIGHT_REQUEST = 'copydesk-embed-request';
/** Attribute marking a copydesk `<iframe>` (its value is `<report>/<chart>`). */
export const EMBED_ATTRIBUTE = 'data-copydesk-embed';
/** Tallest frame the host accepts, in pixels: a runaway page cannot stretch the article without end. */
export const MAX_HEIGHT = 20000;

/**
 * The host script. Plain ES5 (it runs in whatever page a CMS builds) and safe to paste once per chart:
 * the message listener is added once per page. A height is taken only from the window of one of the
 * page's copydesk frames (`event.source`), never on a frame's word about which frame it is, so another
 * frame on the page cannot resize this one; it must be a positive number and is capped.
 */
export const HOST_SCRIPT = `(function (w, d) {
  var frames = function () { return d.querySelectorAll('iframe[${EMBED_ATTRIBUTE}]'); };
  if (!w.copydeskEmbedHost) {
    w.copydeskEmbedHost = true;
    w.addEventListener('message', function (event) {
      var data = event.data && event.data['${HEIGHT_MESSAGE}'];
      if (!data || typeof data.height !== 'number' || !(data.height > 0)) return;
      var list = frames();
      for (var i = 0; i < list.length; i++) {
        if (list[i].contentWindow === event.source) list[i].style.height = Math.min(Math.ceil(data.height), ${MAX_HEIGHT}) + 'px';
      }
    });
  }
  var list = frames();
  for (var i = 0; i < list.length; i++) {
    var frame = list[i];
    frame.style.border = '0';
    frame.style.display = 'block';
    frame.style.width = '1px';
    frame.style.minWidth = '100%';
    try { frame.contentWindow.postMessage({ '${HEIGHT_REQUEST}': true }, '*'); } catch (error) { /* not loaded yet: it reports on load */ }
  }
})(window, document);`;
