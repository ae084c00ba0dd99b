/*
 * Cinechrome gallery: progressive enhancements. Every page works without this script.
 * - The index re-sorts in place (the sort links still lead to the static pages by-year.html and so on).
 * - A film's colours copy their hex code to the clipboard.
 * - The barcode tells the time under the pointer, or under the keyboard cursor (it becomes a slider).
 */
(function () {
  'use strict';

  var SORT_KEYS = { title: 'titleRank', year: 'yearRank', director: 'directorRank' };

  function clock(seconds) {
    var total = Math.max(0, Math.floor(seconds));
    var h = Math.floor(total / 3600);
    var m = Math.floor(total % 3600 / 60);
    var s = total % 60;
    var ss = (s < 10 ? '0' : '') + s;
    if (h === 0) {
      return m + ':' + ss;
    }
    return h + ':' + (m < 10 ? '0' : '') + m + ':' + ss;
  }

  /* Sorting ------------------------------------------------------------------------------------------------ */

  function initSorting() {
    var grid = document.querySelector('[data-sortable]');
    var links = document.querySelectorAll('.sorter a[data-sort]');
    var status = document.querySelector('[data-sort-status]');
    if (!grid || links.length === 0) {
      return;
    }

    function sortBy(key, announce) {
      var field = SORT_KEYS[key];
      if (!field) {
        return;
      }
      var cards = Array.prototype.slice.call(grid.children);
      cards.sort(function (a, b) {
        return Number(a.dataset[field]) - Number(b.dataset[field]);
      });
      cards.forEach(function (card) {
        grid.appendChild(card);
      });
      Array.prototype.forEach.call(links, function (link) {
        if (link.dataset.sort === key) {
          link.setAttribute('aria-current', 'page');
        } else {
          link.removeAttribute('aria-current');
        }
      });
      if (announce && status) {
        status.textContent = 'Sorted by ' + key;
      }
    }

    function keyOfLocation() {
      var page = location.pathname.split('/').pop() || 'index.html';
      var match = Array.prototype.filter.call(links, function (link) {
        return link.getAttribute('href') === page;
      })[0];
      return match ? match.dataset.sort : 'title';
    }

    Array.prototype.forEach.call(links, function (link) {
      link.addEventListener('click', function (event) {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
          return;
        }
        event.preventDefault();
        sortBy(link.dataset.sort, true);
        if (window.history && history.pushState) {
          history.pushState({ sort: link.dataset.sort }, '', link.getAttribute('href'));
        }
      });
    });

    window.addEventListener('popstate', function () {
      sortBy(keyOfLocation(), true);
    });
  }

  /* Copying colours ---------------------------------------------------------------------------------------- */

  function copyWithSelection(text) {
    var active = document.activeElement;
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.top = '0';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    var copied = false;
    try {
      copied = document.execCommand('copy');
    } catch (e) {
      copied = false;
    }
    document.body.removeChild(area);
    if (active && active.focus) {
      active.focus();
    }
    return copied;
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(function () {
        return true;
      }, function () {
        return copyWithSelection(text);
      });
    }
    return Promise.resolve(copyWithSelection(text));
  }

  function initCopying() {
    var status = document.querySelector('[data-copy-status]');
    var buttons = document.querySelectorAll('.swatch[data-hex]');
    Array.prototype.forEach.call(buttons, function (button) {
      button.addEventListener('click', function () {
        var hex = button.dataset.hex;
        copy(hex).then(function (copied) {
          document.documentElement.dataset.lastCopied = copied ? hex : '';
          Array.prototype.forEach.call(buttons, function (b) {
            b.classList.remove('is-copied');
          });
          if (copied) {
            button.classList.add('is-copied');
          }
          if (status) {
            status.textContent = '';
            window.setTimeout(function () {
              status.textContent = copied ? 'Copied ' + hex + ' to the clipboard'
                : 'Could not reach the clipboard: the colour is ' + hex;
            }, 50);
          }
        });
      });
    });
  }

  /* Timeline ----------------------------------------------------------------------------------------------- */

  function initTimeline(timeline) {
    var stripes = (timeline.dataset.stripes || '').split(' ').filter(Boolean);
    var duration = Number(timeline.dataset.duration) || 0;
    var scrubber = timeline.querySelector('.timeline-scrubber');
    var cursor = timeline.querySelector('.timeline-cursor');
    var readout = timeline.querySelector('.timeline-readout');
    if (stripes.length === 0 || !scrubber) {
      return;
    }
    var index = 0;

    scrubber.hidden = false;
    scrubber.setAttribute('role', 'slider');
    scrubber.setAttribute('tabindex', '0');
    scrubber.setAttribute('aria-label', 'Moment in the film');
    scrubber.setAttribute('aria-valuemin', '0');
    scrubber.setAttribute('aria-valuemax', String(duration));
    scrubber.setAttribute('aria-orientation', 'horizontal');

    function show(stripe) {
      index = Math.max(0, Math.min(stripes.length - 1, stripe));
      var start = duration * index / stripes.length;
      var middle = (index + 0.5) / stripes.length;
      var time = clock(start);
      var colour = stripes[index];
      cursor.style.left = (middle * 100) + '%';
      readout.style.left = Math.max(6, Math.min(94, middle * 100)) + '%';
      readout.textContent = time + ' · ' + colour;
      timeline.classList.add('is-active');
      scrubber.setAttribute('aria-valuenow', String(Math.round(start)));
      scrubber.setAttribute('aria-valuetext', time + ', colour ' + colour);
    }

    function stripeAt(clientX) {
      var box = scrubber.getBoundingClientRect();
      return Math.floor((clientX - box.left) / box.width * stripes.length);
    }

    function hide() {
      if (document.activeElement !== scrubber) {
        timeline.classList.remove('is-active');
      }
    }

    scrubber.addEventListener('pointermove', function (event) {
      show(stripeAt(event.clientX));
    });
    scrubber.addEventListener('pointerdown', function (event) {
      show(stripeAt(event.clientX));
    });
    scrubber.addEventListener('pointerleave', hide);
    scrubber.addEventListener('focus', function () {
      show(index);
    });
    scrubber.addEventListener('blur', function () {
      timeline.classList.remove('is-active');
    });
    scrubber.addEventListener('keydown', function (event) {
      var big = Math.max(1, Math.round(stripes.length / 10));
      var moves = {
        ArrowLeft: index - 1, ArrowDown: index - 1, ArrowRight: index + 1, ArrowUp: index + 1,
        PageDown: index - big, PageUp: index + big, Home: 0, End: stripes.length - 1
      };
      if (Object.prototype.hasOwnProperty.call(moves, event.key)) {
        event.preventDefault();
        show(moves[event.key]);
      }
    });
    scrubber.setAttribute('aria-valuenow', '0');
    scrubber.setAttribute('aria-valuetext', clock(0) + ', colour ' + stripes[0]);
  }

  function init() {
    document.documentElement.classList.add('js');
    initSorting();
    initCopying();
    Array.prototype.forEach.call(document.querySelectorAll('.timeline[data-stripes]'), initTimeline);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
