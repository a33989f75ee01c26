/**
 * The embeds index's script: show each embed code with full addresses (wherever the folder is
 * published, the page knows its own address) and copy it at a click.
 */

/** Attribute of the copy buttons: the id of the `<textarea>` they copy. */
export const COPY_ATTRIBUTE = 'data-copy';

/**
 * The script. The codes are written with paths relative to the report's folder; each `src` and each
 * `srcset` entry is resolved against the page's address, which is what a CMS needs. Copying uses the
 * Clipboard API, falling back to selecting the text (the reader copies it) where the API is refused.
 */
export const EMBEDS_INDEX_SCRIPT = `(function (w, d) {
  function absolute(url) { try { return new URL(url, w.location.href).href; } catch (error) { return url; } }
  function resolve(code) {
    return code.replace(/ (src|srcset)="([^"]*)"/g, function (match, name, value) {
      var resolved = name === 'src' ? absolute(value) : value.split(', ').map(function (entry) {
        var parts = entry.split(' ');
        parts[0] = absolute(parts[0]);
        return parts.join(' ');
      }).join(', ');
      return ' ' + name + '="' + resolved + '"';
    });
  }
  var areas = d.querySelectorAll('textarea.snippet');
  for (var i = 0; i < areas.length; i++) areas[i].value = resolve(areas[i].value);
  var buttons = d.querySelectorAll('button[${COPY_ATTRIBUTE}]');
  for (var j = 0; j < buttons.length; j++) {
    buttons[j].hidden = false;
    buttons[j].addEventListener('click', function (event) {
      var button = event.currentTarget;
      var area = d.getElementById(button.getAttribute('${COPY_ATTRIBUTE}'));
      var status = d.getElementById(button.getAttribute('data-status'));
      function say(text) { if (status) status.textContent = text; }
      area.focus();
      area.select();
      if (w.navigator.clipboard && w.navigator.clipboard.writeText) {
        w.navigator.clipboard.writeText(area.value).then(function () { say(button.getAttribute('data-done')); }, function () { say(button.getAttribute('data-failed')); });
      } else {
        say(button.getAttribute('data-failed'));
      }
    });
  }
})(window, document);`;
