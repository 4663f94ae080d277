/*
 * Koers — tables that scroll sideways inside their card (on a phone) can be scrolled with the keyboard too: such a
 * table gets a tab stop while it is wider than its box, and loses it again when it fits. Tables with a link or a
 * button in them need none: tabbing to those scrolls them.
 */
(function () {
  'use strict';

  var BOXES = 'table, .table-scroll, pre';
  var FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

  function update() {
    document.querySelectorAll(BOXES).forEach(function (box) {
      var ours = box.hasAttribute('data-scroll-stop');
      var needed = box.scrollWidth > box.clientWidth + 1 && box.querySelector(FOCUSABLE) === null;
      if (needed && !ours && !box.hasAttribute('tabindex')) {
        box.setAttribute('tabindex', '0');
        box.setAttribute('data-scroll-stop', '');
      } else if (!needed && ours) {
        box.removeAttribute('tabindex');
        box.removeAttribute('data-scroll-stop');
      }
    });
  }

  document.addEventListener('DOMContentLoaded', update);
  window.addEventListener('resize', update);
  document.addEventListener('htmx:afterSettle', update);
})();
