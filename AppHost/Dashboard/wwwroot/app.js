// Défis dashboard: plain JavaScript over the JSON API (/api/...). Hash routes: #/resources, #/console,
// #/logs, #/traces[/<trace id or its start>], #/trace/<id>, #/metrics, #/dossier/<reference>. Text always goes through textContent.
'use strict';

const page = document.getElementById('page');
let timer = null;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'style' && typeof value === 'object') Object.assign(node.style, value);
    else node.setAttribute(key, value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function api(path, options) {
  const response = await fetch('/api' + path, options);
  if (response.status === 401) { location.href = '/login'; throw new Error('401'); }
  const text = await response.text();
  const body = text ? JSON.parse(text) : null;
  if (response.status === 404) throw new Error('Introuvable (peut-être écarté par la rétention).');
  if (!response.ok) throw new Error((body && (body.error || Object.values(body.errors || {}).flat().join(' '))) || response.statusText);
  return body;
}

// One colour per resource, in the order the resources are declared (as the AppHost's console does).
const palette = ['#0e7c86', '#2e7d32', '#b26a00', '#8e24aa', '#1f4fd1', '#c2185b', '#5d4037', '#00897b', '#6d4c41', '#3949ab', '#7cb342', '#f4511e'];
const colours = {};
function colourOf(name) {
  if (!colours[name]) colours[name] = palette[Object.keys(colours).length % palette.length];
  return colours[name];
}

const time = ms => new Date(ms).toLocaleTimeString('fr-FR', { hour12: false }) + '.' + String(Math.floor(ms % 1000)).padStart(3, '0');
const date = ms => new Date(ms).toLocaleString('fr-FR');
const duration = ms => ms >= 1000 ? (ms / 1000).toFixed(2) + ' s' : ms.toFixed(ms < 10 ? 2 : 0) + ' ms';
const query = params => new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '' && v !== undefined && v !== null)).toString();
const uptime = s => s == null ? '' : s < 60 ? `${s} s` : s < 3600 ? `${Math.floor(s / 60)} min` : `${Math.floor(s / 3600)} h ${Math.floor(s % 3600 / 60)} min`;

function formOf(fields, onSubmit) {
  const form = el('form', { class: 'filters', onsubmit: e => { e.preventDefault(); onSubmit(Object.fromEntries(new FormData(form))); } },
    fields, el('button', { type: 'submit' }, 'Filtrer'));
  return form;
}

// A filtered list shows the answer to the last filter asked: an earlier, slower answer (the unfiltered first load)
// arriving after it is dropped instead of replacing it.
function listLoader(results, path, render) {
  let asked = 0;
  return async filters => {
    const mine = ++asked;
    let view;
    try { view = render(await api(path + '?' + query(filters))); } catch (e) { view = errorBox(e); }
    if (mine === asked) results.replaceChildren(view);
  };
}

function errorBox(e) { return el('p', { class: 'error' }, String(e.message || e)); }

function attributesTable(attributes) {
  const entries = Object.entries(attributes || {});
  if (!entries.length) return el('p', { class: 'muted' }, 'Aucun attribut.');
  return el('table', {}, entries.map(([k, v]) => el('tr', {}, el('th', {}, k), el('td', { class: 'mono' }, v))));
}

// ---- Resources -------------------------------------------------------------------------------

async function resources() {
  const render = async () => {
    const list = await api('/resources');
    const table = el('table', {},
      el('tr', {}, ['Ressource', 'Type', 'État', 'Santé', 'PID', 'Depuis', 'Redémarrages', 'Adresses', 'Actions', ''].map(h => el('th', {}, h))),
      list.map(r => [
        el('tr', {},
          el('td', {}, el('strong', { style: { color: colourOf(r.name) } }, r.name)),
          el('td', {}, r.type),
          el('td', {}, el('span', { class: 'badge ' + r.state }, r.state), r.exitCode != null ? el('span', { class: 'muted' }, ` (code ${r.exitCode})`) : ''),
          el('td', {}, r.health ? el('span', { class: 'badge ' + r.health }, r.health) : '—'),
          el('td', { class: 'mono' }, r.pid ?? '—'),
          el('td', {}, uptime(r.uptimeSeconds)),
          el('td', {}, r.restarts),
          el('td', {}, Object.entries(r.urls).map(([name, url]) =>
            el('div', {}, url.startsWith('http') ? el('a', { href: url, target: '_blank', rel: 'noopener' }, `${name}: ${url}`) : `${name}: ${url}`))),
          el('td', {}, r.commands.map(c => el('button', { onclick: () => command(r.name, c) }, { start: 'Démarrer', stop: 'Arrêter', restart: 'Redémarrer' }[c] || c))),
          el('td', {}, el('a', { href: '#/console/' + encodeURIComponent(r.name) }, 'console'))),
        Object.keys(r.environment).length ? el('tr', {}, el('td', { colspan: 10 },
          el('details', {}, el('summary', { class: 'muted' }, `Environnement (${Object.keys(r.environment).length} variables, secrets masqués)`),
            attributesTable(r.environment)))) : null,
      ]));
    page.replaceChildren(el('h1', {}, 'Ressources'), table);
  };
  await render();
  timer = setInterval(() => render().catch(() => {}), 3000);
}

async function command(name, verb) {
  try { await api(`/resources/${encodeURIComponent(name)}/${verb}`, { method: 'POST' }); }
  catch (e) { alert(e.message); }
}

// ---- Console ---------------------------------------------------------------------------------

async function consolePage(resource) {
  const names = (await api('/resources')).map(r => r.name);
  let after = 0;
  const output = el('pre', { class: 'console' });
  const follow = el('input', { type: 'checkbox', checked: 'checked' });
  const pick = el('select', { onchange: () => { location.hash = '#/console/' + encodeURIComponent(pick.value); } },
    el('option', { value: '' }, 'Toutes les ressources (entrelacées)'), names.map(n => el('option', { value: n, selected: n === resource ? 'selected' : null }, n)));
  const poll = async () => {
    const lines = await api('/console?' + query({ resource, after, limit: 2000 }));
    for (const line of lines) {
      output.append(el('span', { style: { color: colourOf(line.resource) } }, line.resource.padEnd(14) + '| '), line.text + '\n');
      after = line.sequence;
    }
    while (output.childNodes.length > 20000) output.firstChild.remove();
    if (lines.length && follow.checked) output.scrollTop = output.scrollHeight;
  };
  page.replaceChildren(el('h1', {}, 'Console'), el('div', { class: 'filters' }, pick, el('label', {}, follow, ' suivre')), output);
  await poll();
  timer = setInterval(() => { if (follow.checked) poll().catch(() => {}); }, 1000);
}

// ---- Structured logs -------------------------------------------------------------------------

async function logs(initial) {
  const services = await api('/services');
  const results = el('div');
  const load = listLoader(results, '/logs', logTable);
  const filters = Object.assign({ service: '', level: '', text: '', traceId: '' }, initial);
  page.replaceChildren(el('h1', {}, 'Journaux structurés'), formOf([
    el('select', { name: 'service' }, el('option', { value: '' }, 'Tous les services'), services.map(s => el('option', { value: s, selected: s === filters.service ? 'selected' : null }, s))),
    el('select', { name: 'level' }, ['', 'trace', 'debug', 'information', 'warning', 'error', 'critical'].map(l => el('option', { value: l, selected: l === filters.level ? 'selected' : null }, l || 'Tous niveaux'))),
    el('input', { name: 'text', placeholder: 'texte (recherche plein texte)', value: filters.text, size: 30 }),
    el('input', { name: 'traceId', placeholder: 'trace id', value: filters.traceId, size: 34 }),
  ], load), results);
  await load(filters);
}

function logTable(list) {
  if (!list.length) return el('p', { class: 'muted' }, 'Aucun journal.');
  return el('table', {}, el('tr', {}, ['Heure', 'Service', 'Niveau', 'Message', 'Trace'].map(h => el('th', {}, h))),
    list.map(l => {
      const detail = el('tr', { hidden: 'hidden' }, el('td', { colspan: 5 }, attributesTable(Object.assign({ scope: l.scope, spanId: l.spanId }, l.attributes))));
      return [el('tr', { class: 'clickable', onclick: () => { detail.hidden = !detail.hidden; } },
        el('td', { class: 'mono' }, time(l.timeMs)),
        el('td', { style: { color: colourOf(l.service) } }, l.service),
        el('td', { class: 'level-' + l.level }, l.level),
        el('td', {}, l.body),
        el('td', {}, l.traceId ? el('a', { href: '#/trace/' + l.traceId, class: 'mono', onclick: e => e.stopPropagation() }, l.traceId.slice(0, 8)) : '')), detail];
    }));
}

// ---- Traces ----------------------------------------------------------------------------------

async function traces(traceId) {
  const services = await api('/services');
  const results = el('div');
  const load = listLoader(results, '/traces', traceTable);
  page.replaceChildren(el('h1', {}, 'Traces'), formOf([
    el('select', { name: 'service' }, el('option', { value: '' }, 'Tous les services'), services.map(s => el('option', { value: s }, s))),
    el('input', { name: 'minDurationMs', type: 'number', min: 0, placeholder: 'durée min (ms)' }),
    el('input', { name: 'attribute', placeholder: 'attribut (clé=valeur)', size: 28 }),
    el('input', { name: 'text', placeholder: 'nom de span contient…' }),
    el('input', { name: 'traceId', placeholder: 'trace id (X-Trace-Id, ou son début)', value: traceId || '', size: 34 }),
  ], load), results);
  await load({ traceId });
}

function traceTable(list) {
  if (!list.length) return el('p', { class: 'muted' }, 'Aucune trace.');
  return el('table', {}, el('tr', {}, ['Début', 'Trace', 'Services', 'Durée', 'Spans', 'Erreurs'].map(h => el('th', {}, h))),
    list.map(t => el('tr', { class: 'clickable', onclick: () => { location.hash = '#/trace/' + t.traceId; } },
      el('td', { class: 'mono' }, date(t.startMs)),
      el('td', {}, el('strong', {}, t.rootService + ': '), t.rootName, el('div', { class: 'mono muted' }, t.traceId)),
      el('td', {}, t.services.map(s => el('span', { class: 'badge', style: { color: colourOf(s) } }, s))),
      el('td', {}, duration(t.durationMs)),
      el('td', {}, t.spanCount),
      el('td', { class: t.errorCount ? 'error' : '' }, t.errorCount))));
}

async function trace(traceId) {
  const search = el('input', { placeholder: 'chercher dans la trace…', size: 30 });
  const view = el('div');
  const render = async () => {
    let spans;
    try { spans = await api(`/traces/${traceId}?` + query({ search: search.value })); }
    catch (e) { view.replaceChildren(errorBox(e)); return; }
    view.replaceChildren(waterfall(spans));
  };
  search.addEventListener('input', () => render());
  // Consumers' spans arrive seconds after the request's: the trace can be read again without leaving it.
  page.replaceChildren(el('h1', {}, 'Trace ', el('span', { class: 'mono' }, traceId)),
    el('div', { class: 'filters' }, search, el('button', { type: 'button', onclick: () => render() }, 'Rafraîchir'),
      el('a', { href: '#/logs/' + traceId }, 'journaux de cette trace')), view);
  await render();
}

// Where a trace crosses a process: shown on the row, so gateway → service → consumer reads at a glance.
const hops = ['server', 'client', 'producer', 'consumer'];

function waterfall(spans) {
  const start = Math.min(...spans.map(s => s.startMs));
  const end = Math.max(...spans.map(s => s.startMs + s.durationMs));
  const total = Math.max(end - start, 0.001);
  const ids = new Set(spans.map(s => s.spanId));
  const children = {};
  for (const s of spans) (children[ids.has(s.parentSpanId) ? s.parentSpanId : ''] ||= []).push(s);
  const ordered = [];
  const walk = (parent, depth) => (children[parent] || []).forEach(s => { ordered.push([s, depth]); walk(s.spanId, depth + 1); });
  walk('', 0);
  const details = el('div', { class: 'details' }, el('p', { class: 'muted' }, 'Cliquez un span pour ses attributs et événements.'));
  const rows = ordered.map(([s, depth]) => {
    const left = (s.startMs - start) / total * 100;
    const width = Math.max(s.durationMs / total * 100, 0.2);
    const row = el('div', { class: 'row' + (s.matches ? ' match' : ''), 'data-service': s.service, 'data-kind': s.kind },
      el('div', { class: 'name', style: { paddingLeft: (depth * 14 + 6) + 'px' }, title: `${s.name} (${s.kind})` },
        el('span', { style: { color: colourOf(s.service) } }, s.service),
        hops.includes(s.kind) ? el('span', { class: 'kind' }, s.kind) : null, ' ', s.name),
      el('div', { class: 'track' },
        el('div', { class: 'bar' + (s.status === 'error' ? ' error' : ''), style: { left: left + '%', width: width + '%', background: colourOf(s.service) } }),
        // A bar reaching the right edge has its duration on its left, where it stays readable.
        el('span', { class: 'label', style: left + width > 88 ? { right: (100 - left + 0.5) + '%' } : { left: (left + width + 0.5) + '%' } }, duration(s.durationMs))));
    row.addEventListener('click', () => {
      document.querySelectorAll('.waterfall .row.selected').forEach(r => r.classList.remove('selected'));
      row.classList.add('selected');
      details.replaceChildren(
        el('h2', {}, `${s.service}: ${s.name}`),
        el('p', { class: 'muted' }, `${s.kind} · ${duration(s.durationMs)} · début +${duration(s.startMs - start)} · statut ${s.status}${s.statusMessage ? ' (' + s.statusMessage + ')' : ''} · span ${s.spanId}`),
        attributesTable(s.attributes),
        el('h2', {}, `Événements (${s.events.length})`),
        s.events.map(e => el('div', {}, el('strong', {}, `+${duration(e.timeMs - start)} ${e.name}`), attributesTable(e.attributes))));
    });
    return row;
  });
  return el('div', {}, el('p', { class: 'muted' }, `${spans.length} spans, ${duration(total)}`), el('div', { class: 'waterfall' }, rows), details);
}

// ---- Metrics ---------------------------------------------------------------------------------

async function metrics(service, instrumentName) {
  const services = await api('/services');
  service = service || services[0] || '';
  const chartBox = el('div', {}, el('p', { class: 'muted' }, 'Choisissez un instrument.'));
  const queues = el('div');
  const outbox = el('div');
  const pick = el('select', { onchange: () => { location.hash = '#/metrics/' + encodeURIComponent(pick.value); } },
    services.map(s => el('option', { value: s, selected: s === service ? 'selected' : null }, s)));
  const instruments = service ? await api('/metrics/instruments?' + query({ service })) : [];
  const list = el('table', {}, el('tr', {}, ['Instrument', 'Type', 'Unité', 'Points'].map(h => el('th', {}, h))),
    instruments.map(i => el('tr', { class: 'clickable', onclick: () => { history.replaceState(null, '', `#/metrics/${encodeURIComponent(service)}/${encodeURIComponent(i.name)}`); showChart(chartBox, i); } },
      el('td', {}, i.name, el('div', { class: 'muted' }, i.description)), el('td', {}, i.kind), el('td', {}, i.unit), el('td', {}, i.points))));
  page.replaceChildren(el('h1', {}, 'Métriques'), el('div', { class: 'filters' }, pick),
    el('div', { class: 'grid2' }, el('div', {}, list), el('div', {}, chartBox, el('h2', {}, 'Files RabbitMQ'), queues, el('h2', {}, 'Outbox en attente par service'), outbox)));
  const infrastructure = async () => {
    const q = await api('/queues');
    queues.replaceChildren(!q.available ? el('p', { class: 'muted' }, q.error) : el('table', {},
      el('tr', {}, ['File', 'Messages', 'Prêts', 'Non acquittés', 'Consommateurs'].map(h => el('th', {}, h))),
      q.queues.map(x => el('tr', {}, el('td', {}, x.name), el('td', {}, x.messages), el('td', {}, x.ready), el('td', {}, x.unacknowledged), el('td', {}, x.consumers)))));
    const o = await api('/outbox');
    outbox.replaceChildren(!o.length ? el('p', { class: 'muted' }, 'Aucune base de service connue.') : el('table', {},
      el('tr', {}, ['Service', 'En attente', 'En échec', ''].map(h => el('th', {}, h))),
      o.map(x => el('tr', {}, el('td', {}, x.service), el('td', {}, x.pending ?? '—'), el('td', { class: x.failing ? 'error' : '' }, x.failing ?? '—'), el('td', { class: 'muted' }, x.error || '')))));
  };
  const chosen = instruments.find(i => i.name === instrumentName);
  if (chosen) await showChart(chartBox, chosen);
  await infrastructure();
  timer = setInterval(() => infrastructure().catch(() => {}), 5000);
}

// Cumulative OTLP sums become rates (per second) and histograms the mean of each interval (Δsum / Δcount):
// request rate and latency rather than ever-growing totals.
async function showChart(box, instrument) {
  const points = await api('/metrics/points?' + query({ service: instrument.service, name: instrument.name, limit: 2000 }));
  const raw = {};
  for (const p of points) {
    const key = Object.entries(p.attributes).map(([k, v]) => `${k}=${v}`).join(', ') || '(sans attribut)';
    (raw[key] ||= []).push(p);
  }
  const series = {};
  for (const [key, list] of Object.entries(raw)) {
    series[key] = !['sum', 'histogram'].includes(instrument.kind) || list.length < 2
      ? list.map(p => [p.timeMs, p.count ? p.value / p.count : p.value])
      : list.slice(1).map((p, i) => {
          const previous = list[i];
          if (instrument.kind === 'histogram') {
            const count = p.count - previous.count;
            return [p.timeMs, count > 0 ? (p.value - previous.value) / count : 0];
          }
          const seconds = Math.max((p.timeMs - previous.timeMs) / 1000, 0.001);
          return [p.timeMs, Math.max(p.value - previous.value, 0) / seconds];
        });
  }
  const unit = instrument.unit || 'unités';
  const what = instrument.kind.startsWith('histogram') ? `moyenne par intervalle, en ${unit}` : instrument.kind === 'sum' ? `taux par seconde, en ${unit}/s` : `valeur, en ${unit}`;
  box.replaceChildren(el('h2', {}, instrument.name, el('span', { class: 'muted' }, ` — ${what}`)), lineChart(series));
}

function lineChart(series) {
  const ns = 'http://www.w3.org/2000/svg';
  const width = 640, height = 260, pad = 40;
  const all = Object.values(series).flat();
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('class', 'chart');
  if (!all.length) return el('p', { class: 'muted' }, 'Aucun point.');
  const [x0, x1] = [Math.min(...all.map(p => p[0])), Math.max(...all.map(p => p[0]))];
  const [y0, y1] = [Math.min(0, ...all.map(p => p[1])), Math.max(...all.map(p => p[1]))];
  const x = t => pad + (t - x0) / Math.max(x1 - x0, 1) * (width - 2 * pad);
  const y = v => height - pad - (v - y0) / Math.max(y1 - y0, 1e-9) * (height - 2 * pad);
  const text = (tx, ty, content) => { const t = document.createElementNS(ns, 'text'); t.setAttribute('x', tx); t.setAttribute('y', ty); t.setAttribute('font-size', '10'); t.textContent = content; svg.append(t); };
  text(2, pad, y1.toPrecision(4)); text(2, height - pad, y0.toPrecision(3));
  text(pad, height - 10, time(x0)); text(width - pad - 60, height - 10, time(x1));
  const legend = el('div');
  Object.entries(series).slice(0, 10).forEach(([key, values]) => {
    const line = document.createElementNS(ns, 'polyline');
    line.setAttribute('fill', 'none'); line.setAttribute('stroke', colourOf(key)); line.setAttribute('stroke-width', '1.5');
    line.setAttribute('points', values.map(([t, v]) => `${x(t).toFixed(1)},${y(v).toFixed(1)}`).join(' '));
    svg.append(line);
    legend.append(el('div', { style: { color: colourOf(key) } }, `■ ${key} (dernier : ${values[values.length - 1][1].toPrecision(4)})`));
  });
  return el('div', {}, svg, legend);
}

// ---- Dossier flow ----------------------------------------------------------------------------

async function dossier(reference) {
  const results = el('div');
  page.replaceChildren(el('h1', {}, "Parcours d'un dossier"),
    formOf([el('input', { name: 'reference', placeholder: 'référence, ex. CB21-0001', value: reference || '' })],
      f => { location.hash = '#/dossier/' + encodeURIComponent(f.reference.trim()); }), results);
  if (!reference) return;
  try {
    const flow = await api('/dossiers/' + encodeURIComponent(reference));
    results.replaceChildren(el('h2', {}, `Traces qui touchent ${flow.reference} (${flow.traces.length})`), traceTable(flow.traces),
      el('h2', {}, `Journaux qui le mentionnent (${flow.logs.length})`), logTable(flow.logs));
  } catch (e) { results.replaceChildren(errorBox(e)); }
}

// ---- Router ----------------------------------------------------------------------------------

async function stats() {
  const s = await api('/stats');
  document.getElementById('stats').textContent =
    `${s.spans} spans · ${s.logs} journaux · ${s.points} points — écartés : ${s.droppedSpans + s.droppedLogs + s.droppedPoints} (rétention), ${s.rejectedRequests} requêtes refusées`;
}

async function route() {
  clearInterval(timer);
  const [, name = 'resources', arg = '', extra = ''] = location.hash.split('/');
  const value = decodeURIComponent(arg);
  document.querySelectorAll('header nav a').forEach(a => a.classList.toggle('active', a.getAttribute('href') === '#/' + (name === 'trace' ? 'traces' : name)));
  page.replaceChildren(el('p', { class: 'muted' }, 'Chargement…'));
  const pages = {
    resources, console: consolePage, logs: () => logs(value ? { traceId: value } : {}), traces, trace,
    metrics: service => metrics(service, decodeURIComponent(extra)), dossier,
  };
  try { await (pages[name] || resources)(value || undefined); } catch (e) { page.replaceChildren(errorBox(e)); }
  stats().catch(() => {});
}

window.addEventListener('hashchange', route);
api('/resources').then(list => list.forEach(r => colourOf(r.name))).catch(() => {}).finally(route);
setInterval(() => stats().catch(() => {}), 10000);
