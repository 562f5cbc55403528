"use strict";
// The explorer.  Everything from the articles arrives in DATA and reaches the
// document only through textContent (and vis-network's canvas and innerText
// tooltips), never as markup.
var DATA = /*DATA*/null;
var kg = { start: performance.now(), built: null, firstDraw: null, lastDraw: null, draws: 0,
           violations: [] };   // read by tests and the benchmark
document.addEventListener("securitypolicyviolation", function (e) {
  kg.violations.push(e.violatedDirective + " " + e.blockedURI);
});

var byId = {};
var typeOf = {};
DATA.types.forEach(function (t) { typeOf[t.type] = t; });
// The data is compact (see kg.render.html.page_data): fill in what was left out.
function pairs(refs) { return (refs || []).map(function (k) { return DATA.sentences[k]; }); }
DATA.nodes.forEach(function (n) {
  n.aliases = n.aliases || []; n.posts = n.posts || []; n.dates = n.dates || [];
  n.sector = n.sector || ""; n.degree = n.degree || 0; n.short = n.short || n.label;
  n.sources = pairs(n.sources);
  n.size = Math.round(10 * (8 + 3 * Math.pow(Math.min(n.degree, 20), 0.6))) / 10;
  byId[n.id] = n;
});
var adjacent = {};              // id -> [edge index]
DATA.edges.forEach(function (e, i) {
  e.from = DATA.nodes[e.from].id; e.to = DATA.nodes[e.to].id;
  e.role = e.role || ""; e.sources = pairs(e.sources);
  (adjacent[e.from] = adjacent[e.from] || []).push(i);
  if (e.to !== e.from) (adjacent[e.to] = adjacent[e.to] || []).push(i);
});
var big = DATA.nodes.length > 1000;
// Drawn nodes are those with a position: all of them, or on a big graph the
// overview's hubs, to which search and the neighbourhood add more (bringIn).
var drawnList = DATA.nodes.filter(function (n) { return n.x !== undefined; });
var drawn = {};
drawnList.forEach(function (n) { drawn[n.id] = true; });
var edgeDrawn = {};
var hiddenTypes = {};
var focusSet = null;
var filtersBeforeFocus = null;   // the type filters to restore when leaving a neighbourhood

var groups = {};           // one style per type, shared by its nodes (cheaper than per node)
DATA.types.forEach(function (t) {
  groups[t.type] = { shape: "dot", color: { background: t.color, border: "#ffffff",
                     highlight: { background: t.color, border: "#000000" },
                     hover: { background: t.color, border: "#555555" } } };
});
function visNode(n) {
  return { id: n.id, label: n.short, x: n.x, y: n.y, size: n.size, group: n.type,
           title: typeOf[n.type].zh + "：" + n.label };
}
function visEdge(i) {
  var e = DATA.edges[i];
  edgeDrawn[i] = true;
  return { id: i, from: e.from, to: e.to, label: e.label, arrows: "to" };
}
var nodes = new vis.DataSet(drawnList.map(visNode));
var edges = new vis.DataSet(DATA.edges.map(function (e, i) { return i; })
  .filter(function (i) { return drawn[DATA.edges[i].from] && drawn[DATA.edges[i].to]; }).map(visEdge));
var network = new vis.Network(document.getElementById("graph"), { nodes: nodes, edges: edges }, {
  physics: { enabled: false },
  groups: groups,
  layout: { improvedLayout: false, randomSeed: 1 },
  interaction: { hover: !big, tooltipDelay: 200, hideEdgesOnDrag: big, hideEdgesOnZoom: big },
  nodes: { borderWidth: 1, font: { size: 14, color: "#222" },
           scaling: { label: { drawThreshold: 6 } } },
  edges: { smooth: false, width: 1, color: { color: "#c4c4c4", highlight: "#333333", hover: "#888888" },
           font: { size: 11, color: "#555", strokeWidth: 3, align: "middle" },
           arrows: { to: { scaleFactor: 0.5 } } }
});
// Zoomed out on a big graph, vis-network's dots shrink below a pixel and only the
// edges show; draw each visible node as a dot of a few screen pixels instead.
var OVERVIEW_SCALE = 0.4;
var overviewLabels = drawnList.filter(function (n) { return n.degree >= 3; })
  .sort(function (a, b) { return b.degree - a.degree || (a.id < b.id ? -1 : 1); }).slice(0, 40);
function drawOverview(ctx) {
  var scale = network.getScale();
  if (scale >= OVERVIEW_SCALE) return;
  var r = 3 / scale;
  var body = network.body.nodes;
  DATA.types.forEach(function (t) {
    ctx.beginPath();
    drawnList.forEach(function (n) {
      if (n.type !== t.type || n.hidden) return;
      var v = body[n.id];
      var rr = Math.max(r, n.size);
      ctx.moveTo(v.x + rr, v.y);
      ctx.arc(v.x, v.y, rr, 0, 2 * Math.PI);
    });
    ctx.fillStyle = t.color;
    ctx.fill();
  });
  // the names of the most connected nodes, at a readable size whatever the zoom
  ctx.font = (12 / scale) + "px \"Noto Sans CJK SC\", \"WenQuanYi Micro Hei\", sans-serif";
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  ctx.lineWidth = 4 / scale;
  ctx.strokeStyle = "#ffffff";
  ctx.fillStyle = "#222222";
  var placed = [];          // label boxes drawn so far: a label that would overlap one is left out
  overviewLabels.forEach(function (n) {
    if (n.hidden) return;
    var v = body[n.id];
    var y = v.y + Math.max(r, n.size) + 2 / scale;
    var half = ctx.measureText(n.short).width / 2;
    var box = [v.x - half, y, v.x + half, y + 14 / scale];
    if (placed.some(function (b) { return box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]; })) return;
    placed.push(box);
    ctx.strokeText(n.short, v.x, y);
    ctx.fillText(n.short, v.x, y);
  });
  ctx.lineWidth = 2 / scale;
  ctx.strokeStyle = "#000000";
  network.getSelectedNodes().forEach(function (id) {
    var v = body[id];
    ctx.beginPath();
    ctx.arc(v.x, v.y, 2.5 * r, 0, 2 * Math.PI);
    ctx.stroke();
  });
}
kg.built = performance.now();
network.on("afterDrawing", function (ctx) {
  drawOverview(ctx);
  kg.draws += 1;
  kg.lastDraw = performance.now();
  if (kg.firstDraw === null) kg.firstDraw = kg.lastDraw;
});

function el(tag, text, cls) {
  var e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}
function articleName(doc) {
  var title = DATA.articles[doc];
  return title ? "《" + title + "》 " + doc : doc;
}

// ---------------------------------------------------------------- visibility
function visible(n) {
  return !hiddenTypes[n.type] && (!focusSet || focusSet[n.id]);
}
function refresh() {
  var changes = [];
  drawnList.forEach(function (n) {
    var hide = !visible(n);
    if (!!n.hidden !== hide) { n.hidden = hide; changes.push({ id: n.id, hidden: hide }); }
  });
  if (changes.length) nodes.update(changes);
  var bar = document.getElementById("focus-bar");
  bar.style.display = focusSet ? "block" : "none";
}
function neighbours(id) {
  return (adjacent[id] || []).map(function (i) {
    var e = DATA.edges[i];
    return e.from === id ? e.to : e.from;
  });
}
// Bring a node that is not drawn yet, and its neighbours, into the drawing: the
// node goes right of everything drawn so far, its new neighbours on a ring around it.
var bounds = null;
function grow(n) {
  if (!bounds) bounds = [n.x, n.y, n.x, n.y];
  bounds = [Math.min(bounds[0], n.x), Math.min(bounds[1], n.y),
            Math.max(bounds[2], n.x), Math.max(bounds[3], n.y)];
}
drawnList.forEach(grow);
function addToDrawing(added) {
  added.forEach(function (m) { drawn[m.id] = true; drawnList.push(m); grow(m); m.hidden = !visible(m); });
  nodes.add(added.map(function (m) { var v = visNode(m); v.hidden = m.hidden; return v; }));
  var newEdges = [];
  added.forEach(function (m) {
    (adjacent[m.id] || []).forEach(function (i) {
      var e = DATA.edges[i];
      if (!edgeDrawn[i] && drawn[e.from] && drawn[e.to]) newEdges.push(visEdge(i));
    });
  });
  edges.add(newEdges);
}
// The most connected nodes of a type that are not drawn yet, in a block right of the drawing.
var TYPE_BLOCK = 100;
function bringInType(type) {
  var more = DATA.nodes.filter(function (n) { return n.type === type; })
    .sort(function (a, b) { return b.degree - a.degree || (a.id < b.id ? -1 : 1); })
    .slice(0, TYPE_BLOCK).filter(function (n) { return !drawn[n.id]; });
  if (!more.length) return;
  var cols = Math.ceil(Math.sqrt(more.length));
  var x0 = bounds ? bounds[2] + 400 : 0, y0 = bounds ? bounds[1] : 0;
  more.forEach(function (n, i) { n.x = x0 + 160 * (i % cols); n.y = y0 + 90 * Math.floor(i / cols); });
  addToDrawing(more);
}
function bringIn(id) {
  var n = byId[id];
  var ring = [], seen = {};
  neighbours(id).forEach(function (x) {
    if (!drawn[x] && x !== id && !seen[x]) { seen[x] = true; ring.push(x); }
  });
  if (drawn[id] && !ring.length) return;
  var added = [];
  var radius = Math.max(120, 80 * ring.length / (2 * Math.PI));
  if (!drawn[id]) {
    n.x = bounds ? Math.round(bounds[2] + 300 + radius) : 0;
    n.y = bounds ? Math.round((bounds[1] + bounds[3]) / 2) : 0;
    added.push(n);
  }
  ring.forEach(function (x, j) {
    var m = byId[x];
    var a = 2 * Math.PI * j / ring.length;
    m.x = Math.round(n.x + radius * Math.cos(a));
    m.y = Math.round(n.y + radius * Math.sin(a));
    added.push(m);
  });
  addToDrawing(added);
}
function focusOn(id) {
  var n = byId[id];
  bringIn(id);
  focusSet = {};
  focusSet[id] = true;
  neighbours(id).forEach(function (x) { focusSet[x] = true; });
  if (!filtersBeforeFocus) filtersBeforeFocus = hiddenTypes;
  hiddenTypes = {};
  syncCheckboxes();
  refresh();
  document.getElementById("focus-text").textContent =
    "只看“" + n.label + "”的邻居 (" + (Object.keys(focusSet).length - 1) + ")";
  network.fit({ nodes: Object.keys(focusSet), animation: false });
  select(id, false);
}
function showAll() {
  focusSet = null;
  if (filtersBeforeFocus) { hiddenTypes = filtersBeforeFocus; filtersBeforeFocus = null; }
  syncCheckboxes();
  refresh();
  network.fit({ animation: false });
}
function syncCheckboxes() {
  document.querySelectorAll("#legend input").forEach(function (box) {
    box.checked = !hiddenTypes[box.dataset.type];
  });
}

// ---------------------------------------------------------------- details
function field(box, key, value) {
  var d = el("div", null, "field");
  d.appendChild(el("span", key + "：", "key"));
  d.appendChild(el("span", value));
  box.appendChild(d);
}
function sourceBlock(box, pairs, limit) {
  pairs.slice(0, limit).forEach(function (p) {
    var s = el("div", null, "src");
    s.appendChild(el("span", articleName(p[0]), "art"));
    s.appendChild(el("span", p[1], "sentence"));
    box.appendChild(s);
  });
  if (pairs.length > limit) box.appendChild(el("div", "… 另有 " + (pairs.length - limit) + " 句", "dim"));
}
function showDetails(id) {
  var n = byId[id];
  var box = document.getElementById("details");
  box.textContent = "";
  if (!n) { box.appendChild(el("em", "点击节点查看详情 (click a node for details)", "dim")); return; }
  var t = typeOf[n.type];
  var h = el("h2");
  var sw = el("span", null, "swatch");
  sw.style.background = t.color;
  h.appendChild(sw);
  h.appendChild(el("span", n.label, "label"));
  box.appendChild(h);
  field(box, "类型 type", t.zh + " " + n.type);
  if (n.aliases.length) field(box, "别名 aliases", n.aliases.join("、"));
  if (n.posts.length) field(box, "职务 posts", n.posts.join("、"));
  if (n.dates.length) field(box, "日期 date", n.dates.join("、"));
  if (n.sector) field(box, "板块 sector", n.sector);
  var b = el("button", "只看邻居 neighbourhood");
  b.id = "focus";
  b.onclick = function () { focusOn(id); };
  box.appendChild(b);
  var rels = adjacent[id] || [];
  box.appendChild(el("div", "关系 relations (" + rels.length + ")", "key"));
  var ul = el("ul", null, "relations");
  rels.forEach(function (i) {
    var e = DATA.edges[i];
    var otherId = e.from === id ? e.to : e.from;
    var other = byId[otherId];
    var li = el("li", null, "rel");
    var a = el("a", other ? other.label : otherId);
    a.onclick = function () { select(otherId, true); };
    if (e.from === id) { li.appendChild(el("span", e.label + " → ")); li.appendChild(a); }
    else { li.appendChild(a); li.appendChild(el("span", " → " + e.label)); }
    if (other) li.appendChild(el("span", "（" + typeOf[other.type].zh + "）", "dim"));
    if (e.sources.length) sourceBlock(li, e.sources, 2);
    ul.appendChild(li);
  });
  box.appendChild(ul);
  box.appendChild(el("div", "来源 sources (" + n.sources.length + ")", "key"));
  sourceBlock(box, n.sources, 30);
}
function select(id, move) {
  var n = byId[id];
  if (!n) return;
  if (typeNetwork && document.getElementById("types-graph").style.display === "block") hideTypes();
  if (!drawn[id]) bringIn(id);
  if (n.hidden) {           // a hit the filters hide: leave the neighbourhood, show its type
    if (focusSet && !focusSet[id]) {
      focusSet = null;
      if (filtersBeforeFocus) { hiddenTypes = filtersBeforeFocus; filtersBeforeFocus = null; }
    }
    hiddenTypes[n.type] = false;
    syncCheckboxes();
    refresh();
  }
  network.selectNodes([id]);
  if (move) network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
  showDetails(id);
}
network.on("click", function (p) { if (p.nodes.length) showDetails(p.nodes[0]); });
network.on("doubleClick", function (p) { if (p.nodes.length) focusOn(p.nodes[0]); });

// ---------------------------------------------------------------- search
function norm(s) { return s.normalize("NFKC").toLowerCase(); }
var searchKeys = null;     // made on the first search, not while the page opens
function search(q) {
  if (!searchKeys) searchKeys = DATA.nodes.map(function (n) { return [n.label].concat(n.aliases).map(norm); });
  q = norm(q.trim());
  var hits = [];
  if (!q) return hits;
  DATA.nodes.forEach(function (n, i) {
    var rank = 9;
    searchKeys[i].forEach(function (k) {
      if (k === q) rank = Math.min(rank, 0);
      else if (k.indexOf(q) === 0) rank = Math.min(rank, 1);
      else if (k.indexOf(q) >= 0) rank = Math.min(rank, 2);
    });
    if (rank < 9) hits.push([rank, n.label.length, n.label, n.id]);
  });
  hits.sort(function (a, b) {
    return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
  });
  return hits.map(function (h) { return h[3]; });
}
function onSearch() {
  var ids = search(document.getElementById("search").value);
  var list = document.getElementById("hits");
  list.textContent = "";
  var q = document.getElementById("search").value.trim();
  document.getElementById("hit-count").textContent = q ? ids.length + " 个结果 results" : "";
  ids.slice(0, 50).forEach(function (id, k) {
    var n = byId[id];
    var li = el("li", null, k === 0 ? "on" : "");
    var sw = el("span", null, "swatch");
    sw.style.background = typeOf[n.type].color;
    li.appendChild(sw);
    li.appendChild(el("span", n.label));
    li.onclick = function () {
      list.querySelectorAll("li").forEach(function (x) { x.className = ""; });
      li.className = "on";
      select(id, true);
    };
    list.appendChild(li);
  });
  if (ids.length) select(ids[0], true);
  else network.unselectAll();
}
var searchBox = document.getElementById("search");
var composing = false;   // wait for a Chinese input method to commit before searching
searchBox.addEventListener("compositionstart", function () { composing = true; });
searchBox.addEventListener("compositionend", function () { composing = false; onSearch(); });
searchBox.addEventListener("input", function () { if (!composing) onSearch(); });

// ---------------------------------------------------------------- legend, buttons
var counts = {};
DATA.nodes.forEach(function (n) { counts[n.type] = (counts[n.type] || 0) + 1; });
var legend = document.getElementById("legend");
DATA.types.forEach(function (t) {
  var label = el("label");
  var box = el("input");
  box.type = "checkbox";
  box.checked = true;
  box.dataset.type = t.type;
  box.onchange = function () { hiddenTypes[t.type] = !box.checked; refresh(); };
  var sw = el("span", null, "swatch");
  sw.style.background = t.color;
  label.appendChild(box);
  label.appendChild(sw);
  label.appendChild(el("span", t.zh + " " + t.type + " (" + counts[t.type] + ")"));
  legend.appendChild(label);
});
document.getElementById("summary").textContent =
  DATA.nodes.length + " 个节点 nodes · " + DATA.edges.length + " 条关系 relations · " +
  Object.keys(DATA.articles).length + " 篇文章 articles";
document.getElementById("show-all").onclick = function () {
  showAll();
  hiddenTypes = {};
  syncCheckboxes();
  refresh();
};
document.getElementById("back").onclick = showAll;
if (DATA.overview) {       // a big graph: say what is drawn, and what the whole graph holds by type
  var ov = document.getElementById("overview");
  ov.style.display = "block";
  ov.appendChild(el("div", "概览：画出连接最多的 " + DATA.overview.drawn + " 个节点（共 " +
    DATA.overview.total + " 个）；搜索可找到并画出任一节点。 Overview: the " + DATA.overview.drawn +
    " most connected of " + DATA.overview.total + " nodes are drawn; search finds and draws any node.",
    "note"));
  ov.appendChild(el("div", "类型之间的关系 relations between types", "key"));
  var table = el("table", null, "type-edges");
  DATA.overview.edges.slice(0, 30).forEach(function (r) {
    var tr = el("tr");
    tr.appendChild(el("td", (typeOf[r[0]] || { zh: r[0] }).zh + " → " + (typeOf[r[1]] || { zh: r[1] }).zh));
    tr.appendChild(el("td", r[2]));
    tr.appendChild(el("td", String(r[3]), "num"));
    table.appendChild(tr);
  });
  ov.appendChild(table);
  var tb = el("button", "按类型汇总 by type");
  tb.id = "by-type";
  tb.onclick = showTypes;
  ov.appendChild(tb);
}

// ---------------------------------------------------------------- the graph aggregated by type
// One node per type (sized by its count), one edge per pair of types (labelled with
// the count of each relation), in a second network over the first; a click on a
// type goes back to the nodes, showing only that type.
var typeNetwork = null;
function showTypes() {
  var box = document.getElementById("types-graph");
  document.getElementById("graph").style.display = "none";
  box.style.display = "block";
  document.getElementById("types-back").style.display = "inline-block";
  if (typeNetwork) { typeNetwork.fit({ animation: false }); return; }
  var counts = DATA.overview.counts;
  var shown = DATA.types.filter(function (t) { return counts[t.type]; });
  var tnodes = shown.map(function (t, i) {
    var a = 2 * Math.PI * i / shown.length - Math.PI / 2;
    return { id: t.type, label: t.zh + " " + t.type + "\n" + counts[t.type], x: Math.round(320 * Math.cos(a)),
             y: Math.round(320 * Math.sin(a)), shape: "dot", size: 10 + 6 * Math.log(1 + counts[t.type]),
             color: { background: t.color, border: "#ffffff" }, font: { size: 16 } };
  });
  var pairs = {};
  var order = [];
  DATA.overview.edges.forEach(function (r) {
    var k = r[0] + "|" + r[1];
    if (!pairs[k]) { pairs[k] = { from: r[0], to: r[1], lines: [], total: 0 }; order.push(k); }
    pairs[k].lines.push(r[2] + " " + r[3]);
    pairs[k].total += r[3];
  });
  var tedges = order.map(function (k, i) {
    var p = pairs[k];
    return { id: i, from: p.from, to: p.to, label: p.lines.join("\n"), arrows: "to",
             width: 1 + Math.log(1 + p.total) / 2, smooth: { enabled: true, type: "curvedCW", roundness: 0.15 } };
  });
  typeNetwork = new vis.Network(box, { nodes: new vis.DataSet(tnodes), edges: new vis.DataSet(tedges) }, {
    physics: { enabled: false }, layout: { improvedLayout: false },
    edges: { color: { color: "#aaaaaa" }, font: { size: 12, color: "#444", strokeWidth: 3, align: "middle" },
             arrows: { to: { scaleFactor: 0.6 } } }
  });
  typeNetwork.on("click", function (p) { if (p.nodes.length) showOnlyType(p.nodes[0]); });
}
function hideTypes() {
  document.getElementById("types-graph").style.display = "none";
  document.getElementById("types-back").style.display = "none";
  document.getElementById("graph").style.display = "";
  network.redraw();
}
function showOnlyType(type) {
  hideTypes();
  focusSet = null;
  filtersBeforeFocus = null;
  hiddenTypes = {};
  DATA.types.forEach(function (t) { if (t.type !== type) hiddenTypes[t.type] = true; });
  bringInType(type);        // the overview may hold few or none of this type
  syncCheckboxes();
  refresh();
  network.fit({ animation: false });
}
document.getElementById("types-back").onclick = hideTypes;
document.getElementById("fit").onclick = function () { network.fit({ animation: false }); };
document.addEventListener("keydown", function (e) { if (e.key === "Escape" && focusSet) showAll(); });
