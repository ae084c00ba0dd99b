/*
 * Cinechrome gallery: progressive enhancements. Every page works without this script.
 * - The index re-sorts and filters in place (the sort links still lead to the static pages by-year.html and so
 *   on, the colour chips to colours/<family>/), and searches by colour: films ranked by how much of their palette
 *   is close to a chosen colour, with the search in the address (#color=1e90ff) so it can be shared.
 * - A film's colours copy their hex code to the clipboard.
 * - The barcode tells the time under the pointer, or under the keyboard cursor (it becomes a slider).
 */
(function () {
  'use strict';

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

  /* Sorting, filtering and the colour search ----------------------------------------------------------------- */

  /* The cards' data-*-rank attribute of each sort key. */
  var SORT_KEYS = {
    title: 'titleRank', year: 'yearRank', director: 'directorRank', hue: 'hueRank',
    lightness: 'lightnessRank', colourfulness: 'colourfulnessRank'
  };
  var FILTERS = ['family', 'decade', 'director', 'collection'];
  var HEX = /^#?([0-9a-f]{6})$/i;

  /* sRGB hex to OKLab (Björn Ottosson), the space the build precomputed the palettes in. */
  function oklab(hex) {
    var v = parseInt(hex, 16);
    var c = [v >> 16 & 255, v >> 8 & 255, v & 255].map(function (x) {
      x /= 255;
      return x <= 0.04045 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4);
    });
    var l = Math.cbrt(0.4122214708 * c[0] + 0.5363325363 * c[1] + 0.0514459929 * c[2]);
    var m = Math.cbrt(0.2119034982 * c[0] + 0.6806995451 * c[1] + 0.1073969566 * c[2]);
    var s = Math.cbrt(0.0883024619 * c[0] + 0.2817188376 * c[1] + 0.6299787005 * c[2]);
    return [0.2104542553 * l + 0.7936177850 * m - 0.0040720468 * s,
      1.9779984951 * l - 2.4285922050 * m + 0.4505937099 * s,
      0.0259040371 * l + 0.7827717662 * m - 0.8086757660 * s];
  }

  /*
   * Scores every film for a colour: the sum over its palette of share * exp(-(distance / radius)^2), the same
   * formula as ColourSearch.java. A palette is a flat list of [hex, name index, L, a, b, share] per colour.
   */
  function score(data, hex) {
    var target = oklab(hex);
    var inverse = 1 / (data.radius * data.radius);
    var scores = {};
    var unknown = data.sharesUnknown || [];  /* imported palettes without shares: no percentages */
    Object.keys(data.films).forEach(function (slug) {
      var p = data.films[slug];
      var total = 0;
      var best = Infinity;
      var closest = 0;
      for (var k = 0; k < p.length; k += 6) {
        var dl = p[k + 2] - target[0];
        var da = p[k + 3] - target[1];
        var db = p[k + 4] - target[2];
        var d2 = dl * dl + da * da + db * db;
        total += p[k + 5] * Math.exp(-d2 * inverse);
        if (d2 < best) {
          best = d2;
          closest = k;
        }
      }
      scores[slug] = { score: total, distance: best, hex: '#' + p[closest], name: data.names[p[closest + 1]],
        share: p[closest + 5], index: closest / 6, sharesKnown: unknown.indexOf(slug) < 0 };
    });
    return scores;
  }

  function initFinder() {
    var grid = document.querySelector('[data-sortable]');
    var links = document.querySelectorAll('.sorter a[data-sort]');
    var form = document.querySelector('[data-finder]');
    var status = document.querySelector('[data-sort-status]');
    var empty = document.querySelector('[data-empty-result]');
    if (!grid || links.length === 0) {
      return;
    }
    var cards = Array.prototype.slice.call(grid.children);
    /* What sorting and filtering read, taken from each card once: dataset reads are slow in a sort. */
    var items = cards.map(function (card) {
      var item = { card: card, slug: card.dataset.slug, families: ' ' + (card.dataset.families || '') + ' ',
        decade: card.dataset.decade || '', director: card.dataset.director || '', ranks: {},
        collection: ' ' + (card.dataset.collection || '') + ' ',
        strip: card.querySelectorAll('.card-strip > span'), line: null, matched: -1, hidden: false };
      Object.keys(SORT_KEYS).forEach(function (key) {
        item.ranks[key] = Number(card.dataset[SORT_KEYS[key]]);
      });
      return item;
    });
    var chips = form ? document.querySelectorAll('.families a[data-family]') : [];
    var picker = form && form.querySelector('[data-colour-picker]');
    var hexField = form && form.querySelector('[data-colour-hex]');
    var clear = form && form.querySelector('[data-colour-clear]');
    var selects = form ? form.querySelectorAll('select[data-filter]') : [];
    var data = null;
    var state = { sort: keyOfLocation(), color: '', family: '', decade: '', director: '', collection: '' };

    function keyOfLocation() {
      var page = location.pathname.split('/').pop() || 'index.html';
      var match = Array.prototype.filter.call(links, function (link) {
        return link.getAttribute('href') === page;
      })[0];
      return match ? match.dataset.sort : 'title';
    }

    function readHash() {
      var next = { sort: keyOfLocation(), color: '', family: '', decade: '', director: '', collection: '' };
      location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
        var parts = pair.split('=');
        var key = parts[0] === 'colour' ? 'color' : parts[0];
        var value = decodeURIComponent(parts[1] || '').toLowerCase();
        if (key === 'color' && HEX.test(value)) {
          next.color = value.replace('#', '');
        } else if (FILTERS.indexOf(key) >= 0 && /^[a-z0-9-]+$/.test(value)) {
          next[key] = value;
        }
      });
      return next;
    }

    function hash() {
      var parts = [];
      if (state.color) {
        parts.push('color=' + state.color);
      }
      FILTERS.forEach(function (key) {
        if (state[key]) {
          parts.push(key + '=' + state[key]);
        }
      });
      return parts.length ? '#' + parts.join('&') : '';
    }

    function remember() {
      if (window.history && history.replaceState) {
        history.replaceState(history.state, '', location.pathname + location.search + hash());
      }
    }

    function visible(item) {
      return (!state.family || item.families.indexOf(' ' + state.family + ' ') >= 0)
        && (!state.decade || item.decade === state.decade)
        && (!state.director || item.director === state.director)
        && (!state.collection || item.collection.indexOf(' ' + state.collection + ' ') >= 0);
    }

    function showMatch(item, match) {
      var index = match ? match.index : -1;
      if (index !== item.matched) {
        if (item.matched >= 0 && item.strip[item.matched]) {
          item.strip[item.matched].classList.remove('is-match');
        }
        if (index >= 0 && item.strip[index]) {
          item.strip[index].classList.add('is-match');
        }
        item.matched = index;
      }
      if (!match) {
        if (item.line) {
          item.line.hidden = true;
        }
        return;
      }
      if (!item.line) {
        item.line = document.createElement('p');
        item.line.className = 'card-match';
        item.line.innerHTML = '<span class="card-match-chip" aria-hidden="true"></span><span></span>';
        item.card.appendChild(item.line);
      }
      item.line.hidden = false;
      item.line.firstChild.style.backgroundColor = match.hex;
      item.line.lastChild.textContent = 'Closest: ' + match.name + ' ' + match.hex + (!match.sharesKnown ? ''
        : ', ' + (match.share >= 0.01 ? Math.round(match.share * 100) : (match.share * 100).toFixed(1)) + '% of the film');
    }

    /* Puts the cards in order (colour first when searching, then the sort) and hides the filtered ones. */
    function render(announce) {
      var sort = SORT_KEYS[state.sort] ? state.sort : 'title';
      var scores = state.color && data ? score(data, state.color) : null;
      items.forEach(function (item) {
        item.match = scores && scores[item.slug];
      });
      var ordered = items.slice().sort(function (a, b) {
        var x = a.match;
        var y = b.match;
        if (x && y) {
          if (x.score !== y.score) {
            return y.score - x.score;
          }
          if (x.distance !== y.distance) {
            return x.distance - y.distance;
          }
        }
        return a.ranks[sort] - b.ranks[sort];
      });
      var shown = 0;
      var fragment = document.createDocumentFragment();
      ordered.forEach(function (item) {
        var hide = !visible(item);
        if (hide !== item.hidden) {
          item.card.hidden = hide;
          item.hidden = hide;
        }
        shown += hide ? 0 : 1;
        showMatch(item, item.match);
        fragment.appendChild(item.card);
      });
      grid.appendChild(fragment);
      Array.prototype.forEach.call(links, function (link) {
        if (link.dataset.sort === state.sort) {
          link.setAttribute('aria-current', 'page');
        } else {
          link.removeAttribute('aria-current');
        }
      });
      Array.prototype.forEach.call(chips, function (chip) {
        chip.setAttribute('aria-pressed', String(chip.dataset.family === state.family));
      });
      Array.prototype.forEach.call(selects, function (select) {
        select.value = state[select.dataset.filter] || '';
      });
      if (clear) {
        clear.disabled = !state.color;
      }
      if (empty) {
        empty.hidden = shown > 0;
      }
      if (announce && status) {
        status.textContent = describe(shown, Boolean(scores));
      }
      return shown;
    }

    function describe(shown, ranked) {
      var what = shown === cards.length ? 'All ' + cards.length + ' films' : shown + ' of ' + cards.length + ' films';
      if (ranked) {
        return what + ', closest to #' + state.color + ' first';
      }
      if (state.color && !data) {
        return 'Loading the colours…';
      }
      return what + ', sorted by ' + state.sort;
    }

    function searchColour(hex) {
      var match = HEX.exec(String(hex).trim());
      if (!match) {
        return false;
      }
      state.color = match[1].toLowerCase();
      if (picker) {
        picker.value = '#' + state.color;
      }
      if (hexField && hexField.value.replace('#', '').toLowerCase() !== state.color) {
        hexField.value = '#' + state.color;
      }
      hexField && hexField.removeAttribute('aria-invalid');
      render(true);
      remember();
      return true;
    }

    function clearColour() {
      state.color = '';
      if (hexField) {
        hexField.value = '';
      }
      render(true);
      remember();
    }

    function loadData(then) {
      if (!form || !form.dataset.colours) {
        return;
      }
      var script = document.createElement('script');
      script.src = form.dataset.colours;
      script.onload = function () {
        data = window.CinechromeColours || null;
        then();
      };
      script.onerror = function () {
        if (status) {
          status.textContent = 'The colour search could not load its data.';
        }
      };
      document.head.appendChild(script);
    }

    Array.prototype.forEach.call(links, function (link) {
      link.addEventListener('click', function (event) {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
          return;
        }
        event.preventDefault();
        state.sort = link.dataset.sort;
        state.color = '';
        if (hexField) {
          hexField.value = '';
        }
        render(true);
        if (window.history && history.pushState) {
          history.pushState({ sort: state.sort }, '', link.getAttribute('href') + hash());
        }
      });
    });

    window.addEventListener('popstate', function () {
      state = readHash();
      render(true);
    });
    window.addEventListener('hashchange', function () {
      state = readHash();
      if (state.color && picker) {
        picker.value = '#' + state.color;
        hexField.value = '#' + state.color;
      }
      render(true);
    });

    if (form) {
      form.hidden = false;
      Array.prototype.forEach.call(chips, function (chip) {
        chip.setAttribute('role', 'button');
        chip.addEventListener('click', function (event) {
          if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
            return;
          }
          event.preventDefault();
          state.family = state.family === chip.dataset.family ? '' : chip.dataset.family;
          render(true);
          remember();
        });
        chip.addEventListener('keydown', function (event) {
          if (event.key === ' ') {
            event.preventDefault();
            chip.click();
          }
        });
      });
      Array.prototype.forEach.call(selects, function (select) {
        select.addEventListener('change', function () {
          state[select.dataset.filter] = select.value;
          render(true);
          remember();
        });
      });
      picker.addEventListener('input', function () {
        searchColour(picker.value);
      });
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        if (!searchColour(hexField.value)) {
          hexField.setAttribute('aria-invalid', 'true');
          status.textContent = 'Type a colour as six hex digits, like 1e90ff.';
        }
      });
      clear.addEventListener('click', clearColour);
    }

    state = readHash();
    if (state.color) {
      picker.value = '#' + state.color;
      hexField.value = '#' + state.color;
    }
    if (state.color || state.family || state.decade || state.director || state.collection) {
      render(true);
    }
    loadData(function () {
      if (state.color) {
        render(true);
      }
    });

    /* For tests and benchmarks: rank the grid for a colour at once (data loaded), returns the films shown. */
    window.Cinechrome = {
      searchColour: function (hex) {
        return searchColour(hex) ? items.filter(function (i) { return !i.hidden; }).length : -1;
      },
      ready: function () {
        return data !== null;
      }
    };
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
    initFinder();
    initCopying();
    Array.prototype.forEach.call(document.querySelectorAll('.timeline[data-stripes]'), initTimeline);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
