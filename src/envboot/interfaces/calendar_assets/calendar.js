/* envboot calendar: draws the page from the JSON in #calendar-data. Plain JavaScript, no
   libraries, no network. Times are minutes relative to D.origin (minutes since the Unix epoch, UTC). */
(function () {
  "use strict";
  var t0 = performance.now();
  var D = JSON.parse(document.getElementById("calendar-data").textContent);
  var ZOOMS = D.zooms;
  var ZOOM_LABEL = { day: "1 day", week: "1 week", month: "1 month" };
  var state = { zoom: D.view.zoom, start: D.view.start, zone: "", type: "", pinned: false };
  var asked = /(?:^#|&)zoom=(day|week|month)\b/.exec(location.hash);  // e.g. calendar.html#zoom=month
  if (asked) { state.zoom = asked[1]; }

  // -- helpers ---------------------------------------------------------------------------------
  var ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  function esc(s) { return String(s).replace(/[&<>"']/g, function (c) { return ESC[c]; }); }
  function pad(n) { return n < 10 ? "0" + n : "" + n; }
  function date(rel) { return new Date((D.origin + rel) * 60000); }
  function fmt(rel) {
    var d = date(rel);
    return d.getUTCFullYear() + "-" + pad(d.getUTCMonth() + 1) + "-" + pad(d.getUTCDate()) + " " +
      pad(d.getUTCHours()) + ":" + pad(d.getUTCMinutes()) + "Z";
  }
  function iso(rel) { return fmt(rel).replace(" ", "T").replace("Z", ":00Z"); }
  function short(rel) { return fmt(rel).slice(5, 16); }
  function dur(m) {
    var d = Math.floor(m / 1440), h = Math.floor((m % 1440) / 60), mm = m % 60, out = [];
    if (d) { out.push(d + "d"); }
    if (h) { out.push(h + "h"); }
    if (mm || !out.length) { out.push(mm + "m"); }
    return out.join(" ");
  }
  var DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  function el(id) { return document.getElementById(id); }

  // -- indexes ----------------------------------------------------------------------------------
  var nodes = D.nodes.map(function (n, i) {
    return { i: i, uid: n[0], host: n[1], zone: n[2], cluster: n[3], type: n[4], status: n[5], reason: n[6],
             note: n[7], bars: [], gaps: [], fits: [] };
  });
  D.bars.forEach(function (b, k) { nodes[b[0]].bars.push(k); });
  D.gaps.forEach(function (g, k) { nodes[g[0]].gaps.push(k); });
  var plan = D.plan;
  if (plan) {
    plan.options.forEach(function (o) {
      o.nodes.forEach(function (ni) { if (ni >= 0) { nodes[ni].fits.push(o); } });
    });
  }

  // -- skeleton ---------------------------------------------------------------------------------
  function zoneLabel(z) { var p = D.zones[z]; return p[1] === p[0] ? p[0] : p[1] + " (" + p[0] + ")"; }
  function count(pred) { var c = 0; nodes.forEach(function (n) { if (pred(n)) { c++; } }); return c; }
  var zoneOpts = '<option value="">all zones (' + nodes.length + " nodes)</option>" + D.zones.map(function (z, i) {
    return '<option value="' + i + '">' + esc(zoneLabel(i)) + " — " + count(function (n) { return n.zone === i; }) +
      "</option>";
  }).join("");
  var typeOpts = '<option value="">all node types</option>' + D.types.map(function (t, i) {
    return '<option value="' + i + '">' + esc(t) + " — " + count(function (n) { return n.type === i; }) + "</option>";
  }).join("");
  var fetchText = D.fetch.label + (D.data.stale_sites.length ? " · STALE: " + D.data.stale_sites.join(", ") : "");
  document.body.innerHTML =
    "<header>" +
    "<h1>" + esc(document.title) + "</h1>" +
    '<p id="data-line">data: ' + esc(D.data.source) + ", <b id=\"fetch-time\">" + esc(fetchText) + "</b> · now " +
    esc(D.now_iso) + " · page generated " + esc(D.generated_at) + " · range " + esc(D.from) + " → " + esc(D.to) +
    (D.cleaning ? " · cleaning time " + D.cleaning + " min around every reservation" : "") + " · times in UTC</p>" +
    '<div id="controls">' +
    '<span role="group" aria-label="zoom">' + Object.keys(ZOOMS).map(function (z) {
      return '<button type="button" data-zoom="' + z + '">' + ZOOM_LABEL[z] + "</button>";
    }).join(" ") + "</span>" +
    '<span><button type="button" id="nav-prev" title="earlier">◀ earlier</button> <span id="view-label"></span> ' +
    '<button type="button" id="nav-next" title="later">later ▶</button></span>' +
    '<button type="button" id="nav-now">go to now</button>' +
    '<button type="button" id="nav-fetch">go to fetch time</button>' +
    (plan && plan.fit ? '<button type="button" id="nav-fit">go to earliest fit</button>' : "") +
    '<label>zone <select id="filter-zone">' + zoneOpts + "</select></label>" +
    '<label>node type <select id="filter-type">' + typeOpts + "</select></label>" +
    '<span id="shown-count" aria-live="polite"></span>' +
    "</div>" +
    '<p id="legend"><span class="swatch bar-s"></span> reserved (labelled; other users anonymous) · ' +
    '<span class="swatch free-s"></span> free: hover for the exact <code>envboot reserve</code> command, click to copy · ' +
    '<span class="swatch grey-s"></span> greyed: cannot be reserved (reason written on the row) · ' +
    (plan ? '<span class="swatch fit-s"></span> plan option (labelled "plan #rank") · ' : "") +
    "red line: now · dotted line: data fetch time</p>" +
    "</header>" +
    '<section id="plan-panel"></section>' +
    '<div id="timeline">' +
    '<div class="axis-row"><div class="label">UTC</div><div class="track" id="axis"></div></div>' +
    '<div class="lanes-title">free nodes per node type' + ((D.fip_lanes || []).length ? ", free floating IPs per zone" : "") +
    ' (capacity lanes; the number is the count from that minute)</div>' +
    '<section id="lanes"></section>' +
    '<div class="rows-title">nodes (rows grouped by zone / cluster / node type)</div>' +
    '<section id="rows"></section>' +
    '<div id="overlay"></div>' +
    "</div>" +
    '<div id="tooltip" role="tooltip" hidden></div>';

  // -- plan panel (static) ------------------------------------------------------------------------
  if (plan) {
    var r = plan.request;
    el("plan-panel").innerHTML =
      "<h2>plan: " + esc(r.amount) + " × " + esc(r.node_type || r.resource_properties || "any reservable") + " in " +
      esc(r.zone) + ", " + esc(fmt(r.start)) + " for " + esc(dur(r.duration_minutes)) + " — status " +
      '<span id="plan-status">' + esc(plan.status) + "</span></h2>" +
      "<div>" + esc(plan.explanation) + "</div>" +
      plan.warnings.map(function (w) { return "<div>warning: " + esc(w) + "</div>"; }).join("") +
      (plan.options.length ? "<ol>" + plan.options.map(function (o) {
        return '<li data-option-rank="' + o.rank + '" data-fit-start="' + esc(o.start_iso) + '">' +
          "<b>#" + o.rank + " " + esc(o.strategy) + "</b> " + esc(o.zone) + " " + esc(o.node_type || "") + ", " +
          esc(fmt(o.start)) + " → " + esc(fmt(o.end)) + ", " + o.amount + " host(s) Blazar would take: " +
          esc(o.hostnames.join(", ")) + (o.in_range ? "" : " <i>(outside this calendar's range)</i>") +
          "<br><code>" + esc(o.command) + "</code><br><small>" + esc(o.why) + "</small></li>";
      }).join("") + "</ol>" : "");
  }

  // -- drawing ----------------------------------------------------------------------------------
  function span() { return ZOOMS[state.zoom]; }
  function clampStart(s) { return Math.max(0, Math.min(s, Math.max(0, D.length - span()))); }
  function pct(rel) { return ((rel - state.start) / span()) * 100; }
  function box(s, e) {
    var a = Math.max(pct(s), 0), b = Math.min(pct(e), 100);
    return "left:" + a.toFixed(4) + "%;width:" + Math.max(b - a, 0).toFixed(4) + "%";
  }
  function shown(n) {
    return (state.zone === "" || n.zone === +state.zone) && (state.type === "" || n.type === +state.type);
  }

  function drawAxis(v0, v1) {
    var z = state.zoom, major = z === "day" ? 180 : 1440, minor = z === "day" ? 60 : z === "week" ? 360 : 0;
    var every = z === "month" ? 2 : 1, html = [], grid = [];
    function ticks(step, fn) {
      var first = Math.ceil((D.origin + v0) / step) * step - D.origin;
      for (var m = first; m < v1; m += step) { fn(m); }
    }
    if (minor) {
      ticks(minor, function (m) {
        if ((D.origin + m) % major !== 0) {
          html.push('<div class="axis-tick minor" style="left:' + pct(m).toFixed(4) + '%"></div>');
          grid.push('<div class="grid" style="left:' + pct(m).toFixed(4) + '%"></div>');
        }
      });
    }
    var k = 0;
    ticks(major, function (m) {
      var d = date(m), label = z === "day" ? pad(d.getUTCHours()) + ":00" :
        (z === "week" ? DAYS[d.getUTCDay()] + " " : "") + pad(d.getUTCMonth() + 1) + "-" + pad(d.getUTCDate());
      var isDay = (D.origin + m) % 1440 === 0;
      html.push('<div class="axis-tick" style="left:' + pct(m).toFixed(4) + '%">' +
        (k++ % every === 0 ? esc(label) : "") + "</div>");
      grid.push('<div class="grid' + (isDay ? " day" : "") + '" style="left:' + pct(m).toFixed(4) + '%"></div>');
    });
    el("axis").innerHTML = html.join("");
    return grid.join("");
  }

  function laneHtml(v0, v1, pts, top, attrs, title, label) {
    // a step curve of a free count (change points [minute, count, ...]) clipped to the view
    var segs = [];  // [start, end, count] clipped to the view
    for (var i = 0; i < pts.length; i += 2) {
      var s = pts[i], e = i + 2 < pts.length ? pts[i + 2] : D.length, c = pts[i + 1];
      if (e > v0 && s < v1) { segs.push([Math.max(s, v0), Math.min(e, v1), c]); }
    }
    var H = 100, W = 1000, d = "", lo = Infinity, hi = -Infinity, nums = [], lastLabel = -1e9;
    segs.forEach(function (sg, j) {
      var x0 = ((sg[0] - v0) / span()) * W, x1 = ((sg[1] - v0) / span()) * W, y = H - (sg[2] / top) * (H - 8);
      d += (j === 0 ? "M" + x0.toFixed(2) + " " + y.toFixed(2) : "V" + y.toFixed(2)) + "H" + x1.toFixed(2);
      lo = Math.min(lo, sg[2]); hi = Math.max(hi, sg[2]);
      var p = pct(sg[0]);
      if (p - lastLabel >= 3.2 && (sg[1] - sg[0]) / span() >= 0.012) {
        nums.push('<span class="lane-num" style="left:' + p.toFixed(3) + '%">' + sg[2] + "</span>");
        lastLabel = p;
      }
    });
    var area = segs.length ? d + "V" + H + "H" + (((segs[0][0] - v0) / span()) * W).toFixed(2) + "Z" : "";
    var free = segs.length ? (lo === hi ? lo : lo + "–" + hi) : "–";
    return '<div ' + attrs + ' data-free-min="' + (segs.length ? lo : "") + '" data-free-max="' +
      (segs.length ? hi : "") + '">' + '<div class="label" title="' + esc(title(free)) + '"><b>' + free + "</b>/" +
      label + "</div>" +
      '<div class="track"><svg viewBox="0 0 ' + W + " " + H + '" preserveAspectRatio="none" aria-hidden="true">' +
      '<path class="area" d="' + area + '"></path><path class="edge" d="' + d + '"></path></svg>' +
      nums.join("") + "</div></div>";
  }

  function drawLanes(v0, v1) {
    var html = [];
    D.lanes.forEach(function (lane) {
      var z = lane[0], t = lane[1];
      if ((state.zone !== "" && z !== +state.zone) || (state.type !== "" && t !== +state.type)) { return; }
      var reservable = lane[2], total = lane[3];
      html.push(laneHtml(v0, v1, lane[4], Math.max(reservable, 1),
        'class="lane" data-lane-zone="' + esc(D.zones[z][0]) + '" data-lane-type="' + esc(D.types[t]) + '"',
        function (free) {
          return D.types[t] + " in " + D.zones[z][0] + ": " + free + " of " + reservable + " reservable (" + total +
            " nodes) free in view";
        }, reservable + " free · " + esc(D.types[t]) + " · " + esc(D.zones[z][0])));
    });
    (D.fip_lanes || []).forEach(function (lane) {
      var z = lane[0], net = lane[1], addresses = lane[2];
      if (state.zone !== "" && z !== +state.zone) { return; }
      html.push(laneHtml(v0, v1, lane[3], Math.max(addresses, 1),
        'class="lane fip-lane" data-lane-zone="' + esc(D.zones[z][0]) + '" data-lane-kind="virtual:floatingip"' +
        ' data-lane-network="' + esc(net) + '"',
        function (free) {
          return "floating IPs of network " + net + " in " + D.zones[z][0] + ": " + free + " of " + addresses +
            " reservable free in view";
        }, addresses + " free · floating IPs · " + esc(D.zones[z][0])));
    });
    el("lanes").innerHTML = html.join("");
  }

  function drawRows(v0, v1) {
    var html = [], last = [-1, -1, -1], rowsShown = 0, barsShown = 0;
    nodes.forEach(function (n) {
      if (!shown(n)) { return; }
      if (n.zone !== last[0]) {
        html.push('<div class="group g-zone" data-group-zone="' + esc(D.zones[n.zone][0]) + '">' +
          esc(zoneLabel(n.zone)) + "</div>");
        last = [n.zone, -1, -1];
      }
      if (n.cluster !== last[1]) {
        html.push('<div class="group g-cluster">cluster ' + esc(D.clusters[n.cluster]) + "</div>");
        last = [n.zone, n.cluster, -1];
      }
      if (n.type !== last[2]) {
        html.push('<div class="group g-type" data-group-type="' + esc(D.types[n.type]) + '">' + esc(D.types[n.type]) +
          "</div>");
        last[2] = n.type;
      }
      rowsShown++;
      var inner = [];
      if (n.status !== "ok") {
        inner.push('<div class="unavail">' + esc(n.reason) + "</div>");
      }
      n.gaps.forEach(function (k) {
        var g = D.gaps[k];
        if (g[1] < v1 && g[2] > v0) {
          inner.push('<div class="gap" data-gap="' + k + '" data-gap-start="' + iso(g[1]) + '" data-gap-end="' +
            iso(g[2]) + '" style="' + box(g[1], g[2]) + '"></div>');
        }
      });
      n.bars.forEach(function (k) {
        var b = D.bars[k];
        if (b[1] < v1 && b[2] > v0) {
          barsShown++;
          var label = "reserved " + short(b[1]) + " → " + short(b[2]);
          inner.push('<div class="bar" data-bar="' + k + '" data-reservation-id="' + esc(b[3]) + '" data-lease-id="' +
            esc(b[4]) + '" data-start="' + iso(b[1]) + '" data-end="' + iso(b[2]) + '" style="' + box(b[1], b[2]) +
            '" aria-label="' + esc(label) + '">' + esc(label) + "</div>");
        }
      });
      var planned = false;
      n.fits.forEach(function (o) {
        planned = true;
        if (o.start < v1 && o.end > v0) {
          inner.push('<div class="fit" data-option-rank="' + o.rank + '" data-fit-start="' + esc(o.start_iso) +
            '" data-fit-end="' + esc(o.end_iso) + '" style="' + box(o.start, o.end) + '">plan #' + o.rank + " " +
            esc(o.strategy) + "</div>");
        }
      });
      var title = n.host + " · " + D.types[n.type] + " · " + n.uid + (n.note ? " · " + n.note : "") +
        (n.status !== "ok" ? " · " + n.reason : "");
      html.push('<div class="row s-' + n.status + (planned ? " planned" : "") + '" data-i="' + n.i + '" data-node-uid="' + esc(n.uid) +
        '" data-hostname="' + esc(n.host) + '" data-zone="' + esc(D.zones[n.zone][0]) + '" data-node-type="' +
        esc(D.types[n.type]) + '" data-status="' + n.status + '"><div class="label" title="' + esc(title) + '">' +
        '<span class="host">' + esc(n.host) + '</span> <span class="type">' + esc(D.types[n.type]) +
        (n.status !== "ok" ? " · " + (n.status === "not_in_blazar" ? "unknown to Blazar" : "not reservable") : "") +
        (n.note ? " · " + esc(n.note) : "") + "</span></div>" + '<div class="track">' + inner.join("") + "</div></div>");
    });
    if (!rowsShown) { html.push('<div id="empty-note">no node matches the filters</div>'); }
    el("rows").innerHTML = html.join("");
    return [rowsShown, barsShown];
  }

  function vline(id, rel, label, v0, v1) {
    if (rel === null || rel === undefined || rel < v0 || rel > v1) { return ""; }
    return '<div class="vline" id="' + id + '" style="left:' + pct(rel).toFixed(4) + '%"><span>' + esc(label) +
      "</span></div>";
  }

  function render() {
    state.start = clampStart(state.start);
    var v0 = state.start, v1 = state.start + span();
    var grid = drawAxis(v0, v1);
    drawLanes(v0, v1);
    var counts = drawRows(v0, v1);
    var over = [grid];
    if (plan) {
      var rq = plan.request;
      var rqEnd = rq.start + rq.duration_minutes;
      if (rq.start < v1 && rqEnd > v0) {
        over.push('<div id="requested" style="' + box(rq.start, rqEnd) + '" title="requested window"></div>');
      }
    }
    over.push(vline("fetch-line", D.fetch.at, D.fetch.label, v0, v1));
    over.push(vline("now-line", D.now, "now " + D.now_iso, v0, v1));
    el("overlay").innerHTML = over.join("");
    if (plan && plan.fit) {  // always in the DOM (tests and scripts read it); hidden out of view
      var f = plan.fit, inView = f.start >= v0 && f.start <= v1;
      var m = document.createElement("div");
      m.className = "vline" + (inView ? "" : " off");
      m.id = "earliest-fit";
      m.setAttribute("data-fit-start", f.start_iso);
      m.setAttribute("data-fit-end", f.end_iso);
      m.setAttribute("data-option-rank", f.rank);
      m.style.left = pct(f.start).toFixed(4) + "%";
      m.innerHTML = "<span>earliest fit " + esc(fmt(f.start)) + " (plan #" + f.rank + ")</span>";
      el("overlay").appendChild(m);
    }
    var tl = el("timeline");
    tl.setAttribute("data-view-start", iso(v0));
    tl.setAttribute("data-view-end", iso(v1));
    tl.setAttribute("data-zoom", state.zoom);
    el("view-label").textContent = fmt(v0) + " → " + fmt(v1) + " (" + ZOOM_LABEL[state.zoom] + ")";
    el("shown-count").textContent = counts[0] + " node(s) shown · " + counts[1] + " reservation bar(s) in view";
    document.querySelectorAll("[data-zoom]").forEach(function (b) {
      if (b.tagName === "BUTTON") { b.setAttribute("aria-pressed", String(b.getAttribute("data-zoom") === state.zoom)); }
    });
    el("nav-prev").disabled = v0 <= 0;
    el("nav-next").disabled = v1 >= D.length;
    hideTip(true);
  }

  // -- tooltip ----------------------------------------------------------------------------------
  var tip = el("tooltip");
  function nodeOf(target) { var row = target.closest(".row"); return row ? nodes[+row.getAttribute("data-i")] : null; }
  function tipFor(target) {
    var n = nodeOf(target), where = n ? " on <b>" + esc(n.host) + "</b> (" + esc(D.types[n.type]) + ", " +
      esc(D.zones[n.zone][0]) + ")" : "";
    if (target.classList.contains("gap")) {
      var g = D.gaps[+target.getAttribute("data-gap")];
      return "<b>free</b> " + esc(fmt(g[1])) + " → " + esc(fmt(g[2])) + " (" + dur(g[2] - g[1]) + ")" + where +
        (D.cleaning ? ", cleaning time included" : "") +
        '<br>reserve it:<br><code id="tooltip-command">' + esc(g[3]) + "</code>" +
        (g[4] ? "<small>" + esc(g[4]) + "</small>" : "") + "<small>click to copy</small>";
    }
    if (target.classList.contains("bar")) {
      var b = D.bars[+target.getAttribute("data-bar")];
      return "<b>reserved</b> " + esc(fmt(b[1])) + " → " + esc(fmt(b[2])) + " (" + dur(b[2] - b[1]) + ")" + where +
        "<small>reservation " + esc(b[3]) + " · lease " + esc(b[4]) + " (user not shown)</small>";
    }
    if (target.classList.contains("fit")) {
      var rank = +target.getAttribute("data-option-rank"), o = plan.options[rank - 1];
      return "<b>plan #" + rank + " " + esc(o.strategy) + "</b> " + esc(fmt(o.start)) + " → " + esc(fmt(o.end)) + where +
        '<br><code id="tooltip-command">' + esc(o.command) + "</code><small>" + esc(o.why) + "</small>";
    }
    return null;
  }
  function place(ev) {
    var w = tip.offsetWidth, h = tip.offsetHeight, x = ev.clientX + 14, y = ev.clientY + 14;
    if (x + w > window.innerWidth - 4) { x = Math.max(4, ev.clientX - w - 14); }
    if (y + h > window.innerHeight - 4) { y = Math.max(4, ev.clientY - h - 14); }
    tip.style.left = x + "px"; tip.style.top = y + "px";
  }
  function hideTip(force) { if (force || !state.pinned) { tip.hidden = true; state.pinned = false; } }
  var rowsEl = el("rows");
  rowsEl.addEventListener("mouseover", function (ev) {
    if (state.pinned) { return; }
    var t = ev.target.closest(".gap, .bar, .fit");
    var html = t ? tipFor(t) : null;
    if (!html) { hideTip(); return; }
    tip.innerHTML = html; tip.hidden = false; place(ev);
  });
  rowsEl.addEventListener("mousemove", function (ev) { if (!tip.hidden && !state.pinned) { place(ev); } });
  rowsEl.addEventListener("mouseleave", function () { hideTip(); });
  document.addEventListener("click", function (ev) {
    var t = ev.target.closest ? ev.target.closest("#rows .gap, #rows .fit") : null;
    if (!t) { if (!ev.target.closest || !ev.target.closest("#tooltip")) { hideTip(true); } return; }
    tip.innerHTML = tipFor(t); tip.hidden = false; place(ev); state.pinned = true;
    var code = el("tooltip-command");
    if (code && navigator.clipboard) { navigator.clipboard.writeText(code.textContent).catch(function () {}); }
  });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") { hideTip(true); } });

  // -- controls ---------------------------------------------------------------------------------
  function jump(rel) { state.start = Math.floor((D.origin + rel) / 1440) * 1440 - D.origin; render(); }
  document.querySelectorAll("button[data-zoom]").forEach(function (b) {
    b.addEventListener("click", function () {
      var center = state.start + span() / 2;
      state.zoom = b.getAttribute("data-zoom");
      state.start = Math.floor((D.origin + center - span() / 2) / 1440) * 1440 - D.origin;
      if (state.zoom === "day") { state.start = Math.floor((D.origin + center) / 1440) * 1440 - D.origin; }
      render();
    });
  });
  el("nav-prev").addEventListener("click", function () { state.start -= span(); render(); });
  el("nav-next").addEventListener("click", function () { state.start += span(); render(); });
  el("nav-now").addEventListener("click", function () { jump(D.now); });
  el("nav-fetch").addEventListener("click", function () { jump(D.fetch.at === null ? 0 : D.fetch.at); });
  if (el("nav-fit")) { el("nav-fit").addEventListener("click", function () { jump(plan.fit.start); }); }
  el("filter-zone").addEventListener("change", function (ev) { state.zone = ev.target.value; render(); });
  el("filter-type").addEventListener("change", function (ev) { state.type = ev.target.value; render(); });

  render();
  var t1 = performance.now();
  document.body.setAttribute("data-render-ms", (t1 - t0).toFixed(1));
  document.body.setAttribute("data-ready", "1");
  requestAnimationFrame(function () {
    setTimeout(function () { document.body.setAttribute("data-painted-at", performance.now().toFixed(1)); }, 0);
  });
})();
