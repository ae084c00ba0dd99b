/*
 * Cinechrome gallery: progressive enhancements. Every page works without this script.
 * - The index re-sorts and filters all films in place (the sort links still lead to the static pages
 *   by-year.html and so on, 120 films a page, the colour chips to colours/<family>/), and searches by colour: films
 *   ranked by how much of their palette is close to a chosen colour, with the search in the address
 *   (#color=1e90ff) so it can be shared.
 * - A film's colours copy their hex code to the clipboard.
 * - The barcode tells the time under the pointer, or under the keyboard cursor (it becomes a slider).
 * - In a gallery that leaves print files to the browser (--downloads browser), a film page draws its posters and
 *   palette card from img/<slug>/prints.json.deflate as they come near the viewport, one a task, and makes each
 *   SVG and PNG download when it is clicked; a click on a palette file unpacks it from films/<slug>/palette.deflate.
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
  /*
   * The index is cut into static pages of 120 films (index-2.html, by-year-3.html, ...). The script sorts,
   * filters and searches every film from data/colours.js, not just the page's: it then draws the grid itself,
   * 120 cards at a time with a "Show more" button, cloning the page's own cards so they look the same.
   */

  var SORTS = ['title', 'year', 'director', 'hue', 'lightness', 'colourfulness'];
  var FILTERS = ['family', 'decade', 'director', 'collection'];
  var HEX = /^#?([0-9a-f]{6})$/i;
  var COLOUR_CHARS = 11;

  /* sRGB hex to OKLab (Björn Ottosson), the space the build measures palettes in. */
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

  /* Unpacks data/colours.js once: palettes as flat typed arrays, sort positions, decades and directors. */
  function prepare(raw) {
    var films = raw.films;
    var n = films.length;
    var start = new Int32Array(n + 1);
    var count = 0;
    films.forEach(function (f, i) {
      start[i] = count;
      count += f[5].length / COLOUR_CHARS;
    });
    start[n] = count;
    var lab = new Float64Array(count * 3);
    var share = new Float64Array(count);
    var hex = new Array(count);
    var name = new Int32Array(count);
    films.forEach(function (f, i) {
      var code = f[5];
      for (var k = start[i], at = 0; k < start[i + 1]; k++, at += COLOUR_CHARS) {
        hex[k] = code.substr(at, 6);
        name[k] = parseInt(code.substr(at + 6, 2), 36);
        share[k] = parseInt(code.substr(at + 8, 3), 36) / 10000;
        var c = oklab(hex[k]);
        lab[3 * k] = c[0];
        lab[3 * k + 1] = c[1];
        lab[3 * k + 2] = c[2];
      }
    });
    var ranks = {};
    SORTS.forEach(function (key) {
      var rank = new Int32Array(n);
      var order = raw.orders[key];
      for (var p = 0; p < n; p++) {
        rank[order ? order[p] : p] = p;
      }
      ranks[key] = rank;
    });
    var bySlug = {};
    films.forEach(function (f, i) {
      bySlug[f[0]] = i;
    });
    /* Imported palettes without shares: their colours are weighted equally and shown without percentages. */
    var sharesKnown = new Uint8Array(n).fill(1);
    (raw.sharesUnknown || []).forEach(function (slug) {
      if (slug in bySlug) {
        sharesKnown[bySlug[slug]] = 0;
      }
    });
    return { raw: raw, n: n, start: start, lab: lab, share: share, hex: hex, name: name, ranks: ranks,
      bySlug: bySlug, sharesKnown: sharesKnown, pageSize: raw.pageSize || 120 };
  }

  /*
   * Scores every film for a colour: the sum over its palette of share * exp(-(distance / radius)^2), the same
   * formula as ColourSearch.java, with the closest colour of each film.
   */
  function score(data, hex) {
    var target = oklab(hex);
    var inverse = 1 / (data.raw.radius * data.raw.radius);
    var scores = new Float64Array(data.n);
    var distances = new Float64Array(data.n);
    var closest = new Int32Array(data.n);
    for (var i = 0; i < data.n; i++) {
      var total = 0;
      var best = Infinity;
      var at = data.start[i];
      for (var k = data.start[i]; k < data.start[i + 1]; k++) {
        var dl = data.lab[3 * k] - target[0];
        var da = data.lab[3 * k + 1] - target[1];
        var db = data.lab[3 * k + 2] - target[2];
        var d2 = dl * dl + da * da + db * db;
        total += data.share[k] * Math.exp(-d2 * inverse);
        if (d2 < best) {
          best = d2;
          at = k;
        }
      }
      scores[i] = total;
      distances[i] = best;
      closest[i] = at;
    }
    return { score: scores, distance: distances, closest: closest };
  }

  /*
   * A card names only itself and its colour strip (templates/fragments.html): its title is the span after the
   * strip, its byline its own p (not the p.card-match a colour search adds), its film the last folder of its link
   * (films/<slug>/, or ../<slug>/ between film pages).
   */
  var CARD_TITLE = '.card-strip + span';
  var CARD_BYLINE = ':scope > p:not(.card-match)';

  function slugOf(card) {
    return card.querySelector('a').getAttribute('href').split('/').slice(-2)[0];
  }

  /*
   * The blocks of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, ... and their presentation
   * forms; U+10800-U+10FFF and U+1E800-U+1EFFF as surrogate pairs) and the bidirectional controls: every character
   * for which the pages write dir="auto" (Bidi.java), and the few marks and digits of those blocks that Bidi.java
   * passes over, where dir="auto" changes nothing either.
   */
  var RIGHT_TO_LEFT = new RegExp('[\\u0590-\\u08FF\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFB1D-\\uFDFF\\uFE70-\\uFEFF]'
    + '|[\\uD802\\uD803\\uD83A\\uD83B][\\uDC00-\\uDFFF]');

  /** Sets an element's text with dir="auto" where it holds anything right to left, as the pages write it. */
  function setText(element, text) {
    element.textContent = text;
    if (RIGHT_TO_LEFT.test(text)) {
      element.dir = 'auto';
    } else {
      element.removeAttribute('dir');
    }
  }

  function initFinder() {
    var grid = document.querySelector('[data-sortable]');
    var links = document.querySelectorAll('.sorter a[data-sort]');
    var form = document.querySelector('[data-finder]');
    var status = document.querySelector('[data-sort-status]');
    var empty = document.querySelector('[data-empty-result]');
    var more = document.querySelector('[data-more]');
    var moreButton = document.querySelector('[data-more-button]');
    var pager = document.querySelector('[data-pager]');
    if (!grid || links.length === 0) {
      return;
    }
    var staticCards = Array.prototype.slice.call(grid.children);
    var prototype = staticCards[0];
    var chips = form ? document.querySelectorAll('.families a[data-family]') : [];
    var picker = form && form.querySelector('[data-colour-picker]');
    var hexField = form && form.querySelector('[data-colour-hex]');
    var clear = form && form.querySelector('[data-colour-clear]');
    var selects = form ? form.querySelectorAll('select[data-filter]') : [];
    var data = null;
    var pageSort = keyOfLocation();
    var state = { sort: pageSort, color: '', family: '', decade: '', director: '', collection: '' };
    var drawn = { list: null, limit: 0, scores: null, cards: [] };
    var cache = {};

    function keyOfLocation() {
      var page = (location.pathname.split('/').pop() || 'index.html').replace(/-[0-9]+\.html$/, '.html');
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

    /* The page as built: its own order, no filter, no colour. */
    function isStatic() {
      return !state.color && !state.family && !state.decade && !state.director && !state.collection
        && state.sort === pageSort;
    }

    function filter() {
      var raw = data.raw;
      var family = state.family ? raw.families.indexOf(state.family) : -1;
      var director = -1;
      if (state.director) {
        director = raw.directors.map(function (d) { return d[0]; }).indexOf(state.director);
      }
      var decade = state.decade ? Number(state.decade) : -1;
      var list = [];
      for (var i = 0; i < data.n; i++) {
        var f = raw.films[i];
        if ((state.family && (family < 0 || !(f[4] & (1 << family))))
            || (state.director && f[3] !== director)
            || (state.decade && (f[2] === 0 || Math.floor(f[2] / 10) * 10 !== decade))
            || (state.collection && (' ' + (f[7] || '') + ' ').indexOf(' ' + state.collection + ' ') < 0)) {
          continue;
        }
        list.push(i);
      }
      return list;
    }

    function card(i) {
      if (cache[i]) {
        return cache[i];
      }
      var f = data.raw.films[i];
      var old = slugOf(prototype);
      var node = prototype.cloneNode(true);
      node.hidden = false;
      var match = node.querySelector('.card-match');
      if (match) {
        match.parentNode.removeChild(match);
      }
      Array.prototype.forEach.call(node.querySelectorAll('[href],[src],[srcset]'), function (el) {
        ['href', 'src', 'srcset'].forEach(function (attr) {
          var value = el.getAttribute(attr);
          if (value) {
            el.setAttribute(attr, value.split('/' + old + '/').join('/' + f[0] + '/'));
          }
        });
      });
      var img = node.querySelector('img');
      if (img) {
        // The card's link names the film: its picture says the colours (FilmViews.cardAlt).
        img.setAttribute('alt', f[6] ? f[6].charAt(0).toUpperCase() + f[6].slice(1) : 'Fingerprint');
        img.setAttribute('loading', 'lazy');
      }
      setText(node.querySelector(CARD_TITLE), f[1]);
      var strip = node.querySelector('.card-strip');
      if (strip) {
        fillStrip(strip, i);
      }
      var director = f[3] >= 0 ? data.raw.directors[f[3]][1] : '';
      var byline = f[2] && director ? f[2] + ' · ' + director : (f[2] || '') + director;
      var meta = node.querySelector(CARD_BYLINE);
      if (!meta && byline) {
        meta = node.appendChild(document.createElement('p'));
      }
      if (meta) {
        if (byline) {
          setText(meta, byline);
        } else {
          meta.parentNode.removeChild(meta);
        }
      }
      cache[i] = node;
      return node;
    }

    /** The card strip's colours as a span each (a page's card paints them with one gradient), for marking one. */
    function fillStrip(strip, i) {
      strip.textContent = '';
      strip.removeAttribute('style');
      var first = data.start[i];
      var last = Math.min(data.start[i + 1], first + 5);
      for (var k = first; k < last; k++) {
        var span = document.createElement('span');
        span.setAttribute('style', 'background:#' + data.hex[k] + ';flex:' + (data.share[k] * 100).toFixed(2));
        strip.appendChild(span);
      }
    }

    function showMatch(node, i, scores) {
      var painted = node.querySelector('.card-strip');
      if (scores && painted && !painted.firstChild) {
        fillStrip(painted, i);
      }
      var strip = node.querySelectorAll('.card-strip > span');
      Array.prototype.forEach.call(strip, function (span) {
        span.classList.remove('is-match');
      });
      var line = node.querySelector('.card-match');
      if (!scores) {
        if (line) {
          line.hidden = true;
        }
        return;
      }
      var k = scores.closest[i];
      var index = k - data.start[i];
      if (strip[index]) {
        strip[index].classList.add('is-match');
      }
      if (!line) {
        line = document.createElement('p');
        line.className = 'card-match';
        line.innerHTML = '<span class="card-match-chip" aria-hidden="true"></span><span></span>';
        node.appendChild(line);
      }
      var share = data.share[k];
      line.hidden = false;
      line.firstChild.style.backgroundColor = '#' + data.hex[k];
      line.lastChild.textContent = 'Closest: ' + data.raw.names[data.name[k]] + ' #' + data.hex[k]
        + (!data.sharesKnown[i] ? ''
          : ', ' + (share >= 0.01 ? Math.round(share * 100) : (share * 100).toFixed(1)) + '% of the film');
    }

    /* Appends the next cards of the current list, up to the new limit. */
    function drawMore(limit) {
      var fragment = document.createDocumentFragment();
      var end = Math.min(limit, drawn.list.length);
      for (var p = drawn.limit; p < end; p++) {
        var node = card(drawn.list[p]);
        showMatch(node, drawn.list[p], drawn.scores);
        fragment.appendChild(node);
      }
      grid.appendChild(fragment);
      drawn.limit = end;
      if (more) {
        var left = drawn.list.length - end;
        more.hidden = left <= 0;
        if (moreButton && left > 0) {
          moreButton.textContent = 'Show ' + Math.min(left, data.pageSize) + ' more of ' + left + ' films';
        }
      }
    }

    function setControls() {
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
    }

    /* Shows the page's own cards, or all matching films in order (colour first when searching, then the sort). */
    function render(announce) {
      setControls();
      if (!isStatic()) {
        needData();
      }
      if (isStatic() || !data) {
        if (drawn.list) {
          grid.textContent = '';
          staticCards.forEach(function (node) {
            grid.appendChild(node);
          });
          drawn.list = null;
        }
        if (pager) {
          pager.hidden = !isStatic();
        }
        if (more) {
          more.hidden = true;
        }
        if (empty) {
          empty.hidden = true;
        }
        if (announce && status) {
          status.textContent = isStatic() ? describe(data ? data.n : staticCards.length, false, true)
            : 'Loading the films…';
        }
        return data ? data.n : staticCards.length;
      }
      var sort = SORTS.indexOf(state.sort) >= 0 ? state.sort : 'title';
      var rank = data.ranks[sort];
      var scores = state.color ? score(data, state.color) : null;
      var list = filter();
      if (scores) {
        list.sort(function (a, b) {
          return scores.score[b] - scores.score[a] || scores.distance[a] - scores.distance[b] || rank[a] - rank[b];
        });
      } else {
        list.sort(function (a, b) {
          return rank[a] - rank[b];
        });
      }
      grid.textContent = '';
      drawn = { list: list, limit: 0, scores: scores };
      drawMore(data.pageSize);
      if (pager) {
        pager.hidden = true;
      }
      if (empty) {
        empty.hidden = list.length > 0;
      }
      if (announce && status) {
        status.textContent = describe(list.length, Boolean(scores), false);
      }
      return list.length;
    }

    function describe(shown, ranked, onePage) {
      var total = data ? data.n : staticCards.length;
      var what = shown === total ? 'All ' + total + ' films' : shown + ' of ' + total + ' films';
      if (ranked) {
        return what + ', closest to #' + state.color + ' first';
      }
      if (onePage && staticCards.length < total) {
        return what + ', sorted by ' + state.sort + ', page by page';
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
      var shown = render(true);
      remember();
      return shown;
    }

    function clearColour() {
      state.color = '';
      if (hexField) {
        hexField.value = '';
      }
      render(true);
      remember();
    }

    /*
     * data/colours.js (about 100 KB gzipped for 1,000 films) loads only when it is needed: when the address asks
     * for a colour or a filter, or when the reader first reaches for the search, a filter or a sort link. Until
     * then the page is its own static listing, and a phone's first view pays for nothing it does not show.
     */
    var loading = false;
    var waiting = [];

    function needData() {
      if (loading || !form || !form.dataset.colours) {
        return;
      }
      loading = true;
      var script = document.createElement('script');
      script.src = form.dataset.colours;
      script.onload = function () {
        data = window.CinechromeColours ? prepare(window.CinechromeColours) : null;
        if (!isStatic()) {
          render(true);
        }
        settle(true);
      };
      script.onerror = function () {
        if (status) {
          status.textContent = 'The colour search could not load its data.';
        }
        script.remove();
        loading = false;
        settle(false);
      };
      document.head.appendChild(script);
    }

    function settle(loaded) {
      var calls = waiting;
      waiting = [];
      calls.forEach(function (call) {
        (loaded && data ? call.then : call.otherwise)();
      });
    }

    /*
     * Runs then() once the data is there, or otherwise() (e.g. follow the link to the static page) if it cannot
     * load; a failed load is tried again at the next such click.
     */
    function withData(then, otherwise) {
      if (data) {
        then();
        return;
      }
      if (!form || !form.dataset.colours) {
        otherwise();
        return;
      }
      waiting.push({ then: then, otherwise: otherwise });
      needData();
    }

    function follow(link) {
      return function () {
        location.href = link.href;
      };
    }

    function sortBy(link) {
      state.sort = link.dataset.sort;
      state.color = '';
      if (hexField) {
        hexField.value = '';
      }
      render(true);
      if (window.history && history.pushState) {
        var page = state.sort === pageSort ? location.pathname.split('/').pop() || link.getAttribute('href')
          : link.getAttribute('href');
        history.pushState({ sort: state.sort }, '', page + hash());
      }
    }

    function toggleFamily(chip) {
      state.family = state.family === chip.dataset.family ? '' : chip.dataset.family;
      render(true);
      remember();
    }

    Array.prototype.forEach.call(links, function (link) {
      link.addEventListener('click', function (event) {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
          return;
        }
        event.preventDefault();
        withData(function () {
          sortBy(link);
        }, follow(link));
      });
    });

    if (moreButton) {
      moreButton.addEventListener('click', function () {
        if (drawn.list && data) {
          drawMore(drawn.limit + data.pageSize);
        }
      });
    }

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
          withData(function () {
            toggleFamily(chip);
          }, follow(chip));
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
        if (searchColour(hexField.value) === false) {
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
    if (!isStatic()) {
      render(true);
    }
    var toolbar = form && form.parentNode;
    ['pointerdown', 'touchstart', 'focusin', 'mouseover'].forEach(function (type) {
      (toolbar || document).addEventListener(type, needData, { passive: true, once: true });
    });

    /*
     * For tests and benchmarks: rank all films for a colour at once (data loaded), returns how many match;
     * showAll() draws every matching film; ready() tells whether the data is loaded.
     */
    window.Cinechrome = {
      searchColour: function (hex) {
        var shown = searchColour(hex);
        return shown === false ? -1 : shown;
      },
      showAll: function () {
        if (drawn.list) {
          drawMore(drawn.list.length);
        }
        return grid.children.length;
      },
      ready: function () {
        needData();
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

  /** A film's colours: each button's first <b> is its hex code (see the palette in templates/film.html). */
  function initCopying() {
    var status = document.querySelector('.copy-status');
    var buttons = document.querySelectorAll('.swatches button');
    Array.prototype.forEach.call(buttons, function (button) {
      button.addEventListener('click', function () {
        var hex = button.querySelector('b').textContent;
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

  /** The scrubber over the barcode, the cursor and the time under it: the page leaves it to the script. */
  function addScrubber(timeline) {
    var scrubber = document.createElement('div');
    scrubber.className = 'timeline-scrubber';
    ['timeline-cursor', 'timeline-readout'].forEach(function (name) {
      var part = document.createElement('span');
      part.className = name;
      scrubber.appendChild(part);
    });
    timeline.appendChild(scrubber);
    return scrubber;
  }

  function initTimeline(timeline) {
    var stripes = (timeline.dataset.stripes || '').split(' ').filter(Boolean);
    var duration = Number(timeline.dataset.duration) || 0;
    if (stripes.length === 0) {
      return;
    }
    var scrubber = addScrubber(timeline);
    var cursor = scrubber.querySelector('.timeline-cursor');
    var readout = scrubber.querySelector('.timeline-readout');
    var index = 0;

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

  // ---- Print files made in the browser (see PrintSources.java for the format of prints.json) ----

  /** As SvgNumber.format in Java: at most two decimals (half-even on the shortest decimal), no "-0". */
  function svgNumber(value) {
    var text = Math.abs(value) < 1e-7 ? '0' : String(Math.abs(value));
    var dot = text.indexOf('.');
    var whole = dot < 0 ? text : text.slice(0, dot);
    var fraction = dot < 0 ? '' : text.slice(dot + 1);
    var hundredths = Number(whole) * 100 + Number((fraction + '00').slice(0, 2));
    var rest = fraction.slice(2);
    if (rest > '5' || (rest.charAt(0) === '5' && (/[1-9]/.test(rest.slice(1)) || hundredths % 2 === 1))) {
      hundredths += 1;
    }
    if (hundredths === 0) {
      return '0';
    }
    var out = String(Math.floor(hundredths / 100));
    var cents = hundredths % 100;
    if (cents !== 0) {
      out += '.' + (cents < 10 ? '0' : '') + (cents % 10 === 0 ? cents / 10 : cents);
    }
    return (value < 0 ? '-' : '') + out;
  }

  function hexes(packed) {
    var colours = [];
    for (var i = 0; i < packed.length; i += 6) {
      colours.push(packed.slice(i, i + 6));
    }
    return colours;
  }

  /** The ring poster's wedge lines, character for character as RingPosterSvg writes them. */
  function wedges(colours) {
    var step = 360 / colours.length;
    var lines = '';
    for (var i = 0; i < colours.length; i++) {
      var degrees = i * step;
      lines += '<use xlink:href="#' + (i === colours.length - 1 ? 'e' : 'w') + '"'
        + (degrees !== 0 ? ' transform="rotate(' + svgNumber(degrees) + ')"' : '')
        + ' fill="#' + colours[i] + '"/>\n';
    }
    return lines;
  }

  /** The stripes as `width` equal bands in a PNG one pixel high (Band.equal and StripeImage in Java). */
  function barsPicture(colours, width) {
    var canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = 1;
    // Kept in memory, not on the GPU: reading a GPU canvas back as a PNG stalls the page for several milliseconds.
    var context = canvas.getContext('2d', { willReadFrequently: true });
    var pixels = context.createImageData(width, 1);
    var start = 0;
    for (var i = 0; i < colours.length; i++) {
      var end = i === colours.length - 1 ? width : Math.round(width * (i + 1) / colours.length);
      var rgb = parseInt(colours[i], 16);
      for (var x = start; x < end; x++) {
        pixels.data[4 * x] = rgb >> 16;
        pixels.data[4 * x + 1] = (rgb >> 8) & 255;
        pixels.data[4 * x + 2] = rgb & 255;
        pixels.data[4 * x + 3] = 255;
      }
      start = Math.max(start, end);
    }
    context.putImageData(pixels, 0, 0);
    return canvas.toDataURL('image/png');
  }

  /** The SVG file of a print, as the gallery would have saved it. */
  function printSvg(prints, print) {
    var colours = hexes(prints.bars);
    return print.source
      .replace('@wedges@', function () { return wedges(colours); })
      .replace(/@bars:(\d+)@/g, function (token, width) { return barsPicture(colours, Number(width)); });
  }

  var fontData = {};

  function dataUrl(blob) {
    return new Promise(function (resolve, reject) {
      var reader = new FileReader();
      reader.onload = function () { resolve(reader.result); };
      reader.onerror = function () { reject(reader.error); };
      reader.readAsDataURL(blob);
    });
  }

  /** A font of the site as a data: URL, fetched once. */
  function font(url) {
    if (!fontData[url]) {
      fontData[url] = fetch(url).then(function (response) {
        if (!response.ok) {
          throw new Error('cannot load ' + url + ': ' + response.status);
        }
        return response.blob();
      }).then(dataUrl);
    }
    return fontData[url];
  }

  /**
   * The SVG with its fonts inside, as a browser needs it to draw the SVG as a picture (a picture loads nothing).
   * The CJK fallback font (3 MB) is only fetched for text beyond Latin.
   */
  function withFonts(svg, base) {
    var beyondLatin = /[^\u0000-\u024f\u2000-\u206f]/.test(svg.replace(/data:[^'")]+/g, ''));
    var urls = [];
    svg.replace(/url\('([^')]+\.ttf)'\)/g, function (all, url) { urls.push(url); return all; });
    return Promise.all(urls.map(function (url) {
      return /Fallback/.test(url) && !beyondLatin ? Promise.resolve('data:,') : font(new URL(url, base).href);
    })).then(function (fonts) {
      var i = 0;
      return svg.replace(/url\('([^')]+\.ttf)'\)/g, function () { return "url('" + fonts[i++] + "')"; });
    });
  }

  /**
   * The SVG with the page's own web fonts inside instead of the posters' full TTFs (1.3 MB): the same Lato, cut
   * to the Latin the page uses and already in the browser's cache, for the posters the page shows. The rules
   * come from the page's style sheet (weight 300 is the posters' 'Lato Light'), with their unicode ranges; only
   * the faces whose range covers a letter of the poster go in.
   */
  function withWebFonts(svg) {
    var text = svgText(svg);
    var rules = pageFaces().filter(function (rule) { return !rule.range || coversSome(rule.range, text); });
    return Promise.all(rules.map(function (rule) { return font(rule.url); })).then(function (fonts) {
      var faces = rules.map(function (rule, i) {
        return "@font-face { font-family: '" + rule.family + "'; src: url('" + fonts[i] + "');"
          + (rule.range ? ' unicode-range: ' + rule.range + ';' : '') + ' }';
      }).join('\n');
      return svg.replace(/@font-face[^}]*\}\s*/g, '').replace('<style type="text/css">',
        '<style type="text/css">\n' + faces);
    });
  }

  var pageFaceList;

  /**
   * The page's @font-face rules (family, font URL and unicode range), read once. A style sheet lists its faces
   * before its style rules, so reading stops at the first style rule after them: the browser builds a rule's
   * script object only when it is read, and the sheet has hundreds.
   */
  function pageFaces() {
    if (pageFaceList) {
      return pageFaceList;
    }
    pageFaceList = [];
    Array.prototype.forEach.call(document.styleSheets, function (sheet) {
      var list;
      try {
        list = sheet.cssRules || [];
      } catch (e) {
        return;
      }
      var seen = false;
      for (var i = 0; i < list.length; i++) {
        var rule = list[i];
        if (rule.type !== window.CSSRule.FONT_FACE_RULE) {
          if (seen) {
            break;
          }
          continue;
        }
        seen = true;
        var face = pageFace(rule, sheet);
        if (face) {
          pageFaceList.push(face);
        }
      }
    });
    return pageFaceList;
  }

  /** One @font-face rule as the posters name it (weight 300 of Lato is their 'Lato Light'). */
  function pageFace(rule, sheet) {
    var family = rule.style.getPropertyValue('font-family').replace(/["']/g, '').trim();
    var source = /url\(["']?([^"')]+)["']?\)/.exec(rule.style.getPropertyValue('src'));
    if (!source) {
      return undefined;
    }
    if (family === 'Lato') {
      family = /^300/.test(rule.style.getPropertyValue('font-weight')) ? 'Lato Light' : 'Lato';
    }
    return { family: family, url: new URL(source[1], sheet.href || document.baseURI).href,
      range: rule.style.getPropertyValue('unicode-range') };
  }

  /**
   * The characters an SVG's text shows: its markup without the style sheet and the tags, character references
   * read as their characters (the named ones are ASCII: &amp; and the like).
   */
  function svgText(svg) {
    return svg.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]*>/g, '')
      .replace(/&#(x?)([0-9a-f]+);/gi, function (all, hex, digits) {
        return String.fromCodePoint(parseInt(digits, hex ? 16 : 10));
      }).replace(/&\w+;/g, '&');
  }

  /**
   * Whether a CSS unicode-range (e.g. "U+0000-00FF, U+0131, U+4??") covers a character of the text: a poster
   * only needs the faces its own letters use, not the whole family's subsets (each one fetched, encoded and
   * parsed again in the poster's picture).
   */
  function coversSome(range, text) {
    var spans = range.split(',').map(function (part) {
      var bounds = part.trim().replace(/^U\+/i, '').split('-');
      var low = parseInt(bounds[0].replace(/\?/g, '0'), 16);
      var high = parseInt((bounds[1] || bounds[0]).replace(/\?/g, 'F'), 16);
      return [low, high];
    });
    for (var i = 0; i < text.length; i++) {
      var code = text.codePointAt(i);
      for (var j = 0; j < spans.length; j++) {
        if (code >= spans[j][0] && code <= spans[j][1]) {
          return true;
        }
      }
    }
    return false;
  }

  function svgSize(svg) {
    var root = /<svg[^>]*\swidth="(\d+)"[^>]*\sheight="(\d+)"/.exec(svg);
    return { width: Number(root[1]), height: Number(root[2]) };
  }

  /** The SVG drawn by the browser into a PNG of the SVG's own size. */
  function rasterised(svg, base) {
    return withFonts(svg, base).then(function (inline) {
      return new Promise(function (resolve, reject) {
        var url = URL.createObjectURL(new Blob([inline], { type: 'image/svg+xml' }));
        var picture = new Image();
        picture.onload = function () {
          var size = svgSize(svg);
          var canvas = document.createElement('canvas');
          canvas.width = size.width;
          canvas.height = size.height;
          canvas.getContext('2d').drawImage(picture, 0, 0, size.width, size.height);
          URL.revokeObjectURL(url);
          canvas.toBlob(function (png) {
            if (png) {
              resolve(png);
            } else {
              reject(new Error('the browser could not make the PNG'));
            }
          }, 'image/png');
        };
        picture.onerror = function () {
          URL.revokeObjectURL(url);
          reject(new Error('the browser could not draw the SVG'));
        };
        picture.src = url;
      });
    });
  }

  /** The print whose SVG or PNG has this name. */
  function printNamed(data, name) {
    var print = data.prints.filter(function (p) { return p.svg === name || p.png === name; })[0];
    if (!print) {
      throw new Error('no print file named ' + name);
    }
    return print;
  }

  /**
   * The stripes as packed hex, read from the barcode's picture when the print sources leave them to it: stripe i
   * starts at pixel round(width * i / count), as Band.equal draws them (see PrintSources.java).
   */
  function withBars(data, url) {
    if (typeof data.bars === 'string') {
      return Promise.resolve(data);
    }
    var barcode = new URL(data.barsFrom, url).href;
    return fetch(barcode).then(function (response) {
      if (!response.ok) {
        throw new Error('cannot load ' + barcode + ': ' + response.status);
      }
      return response.text();
    }).then(function (svg) {
      var found = /data:image\/png;base64,[A-Za-z0-9+\/=]+/.exec(svg);
      if (!found) {
        throw new Error('no picture of the stripes in ' + barcode);
      }
      var picture = new Image();
      picture.src = found[0];
      return picture.decode().then(function () {
        var width = picture.naturalWidth;
        var canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = 1;
        var context = canvas.getContext('2d', { willReadFrequently: true });
        context.drawImage(picture, 0, 0);
        var pixels = context.getImageData(0, 0, width, 1).data;
        var bars = '';
        for (var i = 0; i < data.barCount; i++) {
          var x = Math.round(width * i / data.barCount);
          bars += (0x1000000 + (pixels[4 * x] << 16) + (pixels[4 * x + 1] << 8) + pixels[4 * x + 2])
            .toString(16).slice(1);
        }
        data.bars = bars;
        return data;
      });
    });
  }

  function loadPrints(article) {
    var url = new URL(article.getAttribute('data-prints'), document.baseURI).href;
    var prints = unpacked(url).then(function (blob) { return blob.text(); }).then(JSON.parse).then(nextTask)
      .then(function (data) { return withBars(data, url); }).then(nextTask);
    prints.catch(function (error) {
      window.console.error('Cinechrome: the posters cannot be drawn: ' + error.message);
    });
    /** The named print file (e.g. poster-ring.svg or poster-ring.png) as a Blob. */
    function make(name) {
      return prints.then(function (data) {
        var print = printNamed(data, name);
        var svg = printSvg(data, print);
        return name === print.svg ? new Blob([svg], { type: 'image/svg+xml' }) : rasterised(svg, url);
      });
    }
    return { make: make, prints: prints, url: url };
  }

  /** Where the bundled JSON's stripes array was left out, after its key (see PaletteExports.STRIPES). */
  var STRIPES_LEFT_OUT = '"stripes" : @stripes@';

  /** The format of the palette bundle this script reads (PaletteBundle.VERSION). */
  var BUNDLE_VERSION = 1;

  /** Each export's type, as a static server sends the saved file (none knows .gpl or .ase). */
  var EXPORT_TYPES = {
    css: 'text/css', json: 'application/json', gpl: 'application/octet-stream', ase: 'application/octet-stream'
  };

  /** The JSON export with its stripes array written back from the print sources' bars, as Jackson writes it. */
  function withStripes(blob, prints) {
    if (blob.type !== EXPORT_TYPES.json) {
      return Promise.resolve(blob);
    }
    return blob.text().then(function (text) {
      if (text.indexOf(STRIPES_LEFT_OUT) < 0) {
        return blob;
      }
      return prints.then(function (data) {
        var stripes = '"stripes" : [ ' + hexes(data.bars).map(function (c) { return '"#' + c + '"'; }).join(', ')
          + ' ]';
        return new Blob([text.replace(STRIPES_LEFT_OUT, function () { return stripes; })], { type: blob.type });
      });
    });
  }

  /**
   * The files of an unpacked palette bundle by name, each its bytes as saved (see PaletteBundle.java): a line of
   * JSON that names each file and its size, then the files one after another.
   */
  function unbundled(blob, url) {
    return blob.arrayBuffer().then(function (buffer) {
      var bytes = new Uint8Array(buffer);
      var end = bytes.indexOf(10);
      var index = end < 0 ? {} : JSON.parse(new TextDecoder().decode(bytes.subarray(0, end)));
      if (index.version !== BUNDLE_VERSION) {
        throw new Error(url + ' is not a palette bundle of version ' + BUNDLE_VERSION);
      }
      var files = {};
      var at = end + 1;
      index.files.forEach(function (file) {
        var extension = file[0].slice(file[0].lastIndexOf('.') + 1);
        files[file[0]] = new Blob([bytes.subarray(at, at + file[1])],
          { type: EXPORT_TYPES[extension] || 'application/octet-stream' });
        at += file[1];
      });
      if (at !== bytes.length) {
        throw new Error(url + ' holds ' + bytes.length + ' bytes, not the ' + at + ' its index names');
      }
      return files;
    });
  }

  /** A file the gallery keeps deflated (raw deflate), unpacked. */
  function unpacked(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) {
        throw new Error('cannot load ' + url + ': ' + response.status);
      }
      return new Response(response.body.pipeThrough(new DecompressionStream('deflate-raw'))).blob();
    });
  }

  function fileName(href) {
    return href.slice(href.lastIndexOf('/') + 1).split('#')[0].split('?')[0];
  }

  /** How long a saved file's object URL is kept: the browser has read it long before. */
  var SAVED_URL_MILLIS = 60000;

  /** Resolves with the value in a task of its own, so that each step of the page's work as it loads stays short. */
  function nextTask(value) {
    return new Promise(function (resolve) {
      setTimeout(function () { resolve(value); }, 0);
    });
  }

  /** How near the viewport a poster is drawn: before it scrolls in, not while the page loads. */
  var PRINT_MARGIN = '600px 0px';

  /** Calls {@code draw} for each element once it comes near the viewport (at once without IntersectionObserver). */
  function whenNear(elements, draw) {
    if (!('IntersectionObserver' in window)) {
      Array.prototype.forEach.call(elements, draw);
      return;
    }
    var observer = new window.IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) {
          observer.unobserve(entry.target);
          draw(entry.target);
        }
      });
    }, { rootMargin: PRINT_MARGIN });
    Array.prototype.forEach.call(elements, function (element) { observer.observe(element); });
  }

  function initPrints(article) {
    var printer = loadPrints(article);
    var drawing = Promise.resolve();
    // For the console and the browser tests: cinechromePrints.make('poster-ring.png') gives the file as a Blob.
    window.cinechromePrints = printer;
    printer.prints.then(function (data) {
      Array.prototype.forEach.call(article.querySelectorAll('.timeline:not([data-stripes])'), function (timeline) {
        timeline.setAttribute('data-stripes', hexes(data.bars).map(function (c) { return '#' + c; }).join(' '));
        initTimeline(timeline);
      });
      var names = {};
      data.prints.forEach(function (p) { names[p.svg] = true; names[p.png] = true; });
      whenNear(article.querySelectorAll('img[data-print]'), function (img) {
        // One step a task (the SVG, its fonts, its file): the page stays responsive while a ring of 1,080
        // wedges is drawn.
        drawing = drawing.then(nextTask).then(function () {
          return nextTask(printSvg(data, printNamed(data, img.getAttribute('data-print'))));
        }).then(withWebFonts).then(function (svg) {
          return nextTask(URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })));
        }).then(function (url) {
          img.src = url;
        }).catch(function (error) {
          window.console.error('Cinechrome: cannot draw ' + img.getAttribute('data-print') + ': ' + error.message);
        });
      });
      Array.prototype.forEach.call(article.querySelectorAll('a[download]'), function (link) {
        var name = fileName(link.getAttribute('href'));
        if (!names[name] || link.closest('[data-deflated]')) {
          return;
        }
        link.addEventListener('click', function (event) {
          event.preventDefault();
          saved(printer.make(name), name);
        });
      });
    });
    Array.prototype.forEach.call(article.querySelectorAll('[data-deflated]'), function (list) {
      initExports(list, printer.prints);
    });
  }

  /**
   * The palette links of a gallery that keeps the exports in one deflated file: a click unpacks it (once) and
   * saves the file the link names, its bytes as a gallery with saved files holds them.
   */
  function initExports(list, prints) {
    var url = new URL(list.getAttribute('data-deflated'), document.baseURI).href;
    var files = null;
    Array.prototype.forEach.call(list.querySelectorAll('a[download]'), function (link) {
      var name = fileName(link.getAttribute('href'));
      link.addEventListener('click', function (event) {
        event.preventDefault();
        if (!files) {
          files = unpacked(url).then(function (blob) { return unbundled(blob, url); });
          // A file that did not come is asked for again at the next click.
          files.catch(function () { files = null; });
        }
        saved(files.then(function (all) {
          if (!all[name]) {
            throw new Error('no file named ' + name + ' in ' + url);
          }
          return withStripes(all[name], prints);
        }), name);
      });
    });
  }

  /** Saves the file a promise makes under this name, as a click on a link to it would. */
  function saved(made, name) {
    made.then(function (blob) {
      var save = document.createElement('a');
      save.href = URL.createObjectURL(blob);
      save.download = name;
      document.body.appendChild(save);
      save.click();
      save.remove();
      setTimeout(function () { URL.revokeObjectURL(save.href); }, SAVED_URL_MILLIS);
    }).catch(function (error) {
      window.console.error('Cinechrome: cannot make ' + name + ': ' + error.message);
    });
  }

  function init() {
    document.documentElement.classList.add('js');
    initFinder();
    initCopying();
    Array.prototype.forEach.call(document.querySelectorAll('.timeline[data-stripes]'), initTimeline);
    Array.prototype.forEach.call(document.querySelectorAll('[data-prints]'), initPrints);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
