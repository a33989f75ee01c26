/**
 * The interactive embed's script: once the vendored Vega files have run, each static SVG is redrawn
 * live by vega-embed (same spec, same width), with tooltips. Until then, or if a script is blocked,
 * the static chart stays.
 */

/** Id of the JSON block holding the specs to draw live: `[{slot, spec}]`. */
export const SPECS_ID = 'copydesk-embed-specs';
/** Attribute set on the root element once every live chart is drawn (tests wait for it). */
export const LIVE_ATTRIBUTE = 'data-live';

/**
 * The loader. It waits for `DOMContentLoaded` (deferred vendor scripts have run by then), draws each
 * spec off-screen and swaps it in only when drawn, so the reader never sees an empty box. `ast: true`
 * makes Vega parse expressions to syntax trees that vega-embed's bundled vega-interpreter evaluates:
 * no `new Function`, so the page's CSP needs no `'unsafe-eval'`. vega-embed's and vega-tooltip's
 * injected `<style>`s are turned off (the page's own hashed stylesheet styles the tooltip), and so is
 * the actions menu, whose editor link would leave the machine.
 */
export const INTERACTIVE_LOADER = `document.addEventListener('DOMContentLoaded', function () {
  var w = window, d = document;
  var block = d.getElementById('${SPECS_ID}');
  if (!block || typeof w.vegaEmbed !== 'function') return;
  var items = JSON.parse(block.textContent);
  var pending = items.length;
  items.forEach(function (item) {
    var slot = d.getElementById(item.slot);
    var live = d.createElement('div');
    live.className = 'live';
    w.vegaEmbed(live, item.spec, {
      mode: 'vega-lite', renderer: 'svg', actions: false, ast: true, defaultStyle: false,
      tooltip: { disableDefaultStyle: true }
    }).then(function () {
      slot.replaceChildren(live);
      pending -= 1;
      if (pending === 0) d.documentElement.setAttribute('${LIVE_ATTRIBUTE}', '');
    }, function (error) {
      console.warn('copydesk: the interactive chart could not be drawn; the static one stays.', error);
    });
  });
});`;
