// The managers' dashboard: fetches every figure from the dashboard's Tasklist plugin resource with
// the webapps' session cookie and draws them (ECharts, canvas) with tables whose every number links
// to the list behind it (#list=<name>&<filter>), shown on this page from the same resource, with
// its CSV (?format=csv). Not signed in (401): to the Tasklist login. This file holds no user text.
// Hooks for browser tests: #ph-summary, #ph-list, .ph-chart canvas, a.ph-figure[data-list],
// #ph-list-table tbody tr, #ph-csv.
(function () {
  'use strict';

  const params = new URLSearchParams(window.location.search);
  const engine = params.get('engine') || 'default';
  const api = '/camunda/api/tasklist/plugin/phoihop-dashboard/' + encodeURIComponent(engine);
  const tasklist = '/camunda/app/tasklist/' + encodeURIComponent(engine) + '/';
  let labels = {};
  let summaryShown = false;
  const charts = [];

  function el(tag, attributes, children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (value === null || value === undefined) return;
      if (name === 'text') node.textContent = value;
      else if (name === 'className') node.className = value;
      else node.setAttribute(name, value);
    });
    (children || []).forEach((child) => child && node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child));
    return node;
  }

  async function get(path) {
    const response = await fetch(api + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (response.status === 401) {
      window.location.href = tasklist;
      throw new Error('unauthenticated');
    }
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const error = new Error((body && (body.detail || body.message)) || String(response.status));
      error.shown = true;
      throw error;
    }
    return body;
  }

  function hashOf(figure) {
    const query = new URLSearchParams(figure.filter || {});
    const rest = query.toString();
    return '#list=' + encodeURIComponent(figure.list) + (rest ? '&' + rest : '');
  }

  function figureLink(figure, text) {
    return el('a', {
      href: hashOf(figure),
      className: 'ph-figure',
      'data-list': figure.list,
      'data-code': figure.code,
      text: text === undefined ? String(figure.count) : text,
    });
  }

  function kpi(figure, kind) {
    return el('div', { className: 'ph-kpi' + (kind ? ' ph-' + kind : '') }, [figureLink(figure), figure.label]);
  }

  function table(headings, rows) {
    const thead = el('thead', {}, [el('tr', {}, headings.map((h) => el('th', { text: h })))]);
    const tbody = el('tbody');
    rows.forEach((cells) => {
      tbody.appendChild(el('tr', {}, cells.map((c) => {
        if (c instanceof Node) return el('td', { className: c.classList.contains('ph-figure') ? 'ph-num' : null }, [c]);
        return el('td', { text: c === null || c === undefined ? '' : String(c) });
      })));
    });
    return el('table', {}, [thead, tbody]);
  }

  function chart(container, option, figures) {
    const node = el('div', { className: 'ph-chart' });
    container.appendChild(node);
    const instance = window.echarts.init(node, null, { renderer: 'canvas' });
    instance.setOption(Object.assign({ animation: false, tooltip: {} }, option));
    if (figures) {
      instance.on('click', (event) => {
        const figure = figures[event.dataIndex];
        if (figure) window.location.hash = hashOf(figure);
      });
    }
    charts.push(instance);
    return node;
  }

  function card(id, title, children) {
    return el('section', { className: 'ph-card', id: id }, [el('h2', { text: title })].concat(children));
  }

  function nothing() {
    return el('p', { className: 'ph-hint', text: labels.nothing });
  }

  function agreementsCard(s) {
    const body = el('div');
    body.appendChild(el('div', { className: 'ph-kpis' }, [kpi(s.agreements)]));
    if (!s.agreements.count) {
      body.appendChild(nothing());
      return card('ph-agreements', labels.agreements, [body]);
    }
    body.appendChild(el('h3', { text: labels.byStatus }));
    chart(body, {
      series: [{ type: 'pie', radius: ['35%', '65%'], data: s.agreementsByStatus.map((f) => ({ name: f.label, value: f.count })) }],
    }, s.agreementsByStatus);
    body.appendChild(table([labels.byStatus, ''], s.agreementsByStatus.map((f) => [f.label, figureLink(f)])));
    body.appendChild(el('h3', { text: labels.byField }));
    chart(body, {
      grid: { left: 8, right: 16, top: 8, bottom: 24, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, axisLabel: { width: 240, overflow: 'truncate' }, data: s.agreementsByField.map((f) => f.label) },
      series: [{ type: 'bar', data: s.agreementsByField.map((f) => f.count), itemStyle: { color: '#1f4e79' } }],
    }, s.agreementsByField);
    body.appendChild(table([labels.byField, ''], s.agreementsByField.map((f) => [f.label, figureLink(f)])));
    return card('ph-agreements', labels.agreements, [body]);
  }

  function tasksCard(s) {
    const body = el('div');
    body.appendChild(el('div', { className: 'ph-kpis' }, [kpi(s.overdueTasks, 'bad'), kpi(s.dueSoonTasks, 'warn')]));
    body.appendChild(el('p', { className: 'ph-hint', text: labels.dueSoonHint.replace('{0}', s.dueSoonWorkingDays) }));
    if (!s.tasksByAgency.length) {
      body.appendChild(nothing());
      return card('ph-tasks', labels.tasks, [body]);
    }
    const names = s.tasksByAgency.map((a) => a.agencyName);
    const node = chart(body, {
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 28, bottom: 24, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, axisLabel: { width: 240, overflow: 'truncate' }, data: names },
      series: [
        { name: labels.overdue, type: 'bar', stack: 't', data: s.tasksByAgency.map((a) => a.overdue.count), itemStyle: { color: '#b00020' } },
        { name: labels.dueSoon, type: 'bar', stack: 't', data: s.tasksByAgency.map((a) => a.dueSoon.count), itemStyle: { color: '#e0a000' } },
      ],
    });
    charts[charts.length - 1].on('click', (event) => {
      const agency = s.tasksByAgency[event.dataIndex];
      if (agency) window.location.hash = hashOf(event.seriesIndex === 0 ? agency.overdue : agency.dueSoon);
    });
    node.style.height = Math.max(160, 40 + 28 * names.length) + 'px';
    body.appendChild(table([labels.agency, labels.overdue, labels.dueSoon],
      s.tasksByAgency.map((a) => [a.agencyName, figureLink(a.overdue), figureLink(a.dueSoon)])));
    return card('ph-tasks', labels.tasks, [body]);
  }

  function referralsCard(s) {
    const body = el('div');
    const rows = s.referralsByReceivingAgency;
    if (!rows.length) {
      body.appendChild(nothing());
      return card('ph-referrals', labels.referrals, [body]);
    }
    chart(body, {
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 28, bottom: 24, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, axisLabel: { width: 240, overflow: 'truncate' }, data: rows.map((r) => r.agencyName) },
      series: [
        { name: labels.averageDays, type: 'bar', data: rows.map((r) => r.averageDaysToDecision), itemStyle: { color: '#1f4e79' } },
        { name: labels.clockDays, type: 'bar', data: rows.map((r) => r.averageClockDays), itemStyle: { color: '#9bb7d4' } },
      ],
    }, rows.map((r) => r.handedOver));
    body.appendChild(table(
      [labels.receivingAgency, labels.handedOver, labels.decided, labels.decidedInTime, labels.waiting, labels.referralOverdue, labels.averageDays, labels.clockDays],
      rows.map((r) => [r.agencyName, figureLink(r.handedOver), figureLink(r.decided), r.decidedInTime,
        figureLink(r.waiting), figureLink(r.overdue), r.averageDaysToDecision, r.averageClockDays])));
    return card('ph-referrals', labels.referrals, [body]);
  }

  function campaignsCard(s) {
    const body = el('div');
    const rows = s.campaigns;
    if (!rows.length) {
      body.appendChild(nothing());
      return card('ph-campaigns', labels.campaigns, [body]);
    }
    const node = chart(body, {
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 28, bottom: 24, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, axisLabel: { width: 240, overflow: 'truncate' }, data: rows.map((c) => c.code) },
      series: [
        { name: labels.progress, type: 'bar', stack: 'c', data: rows.map((c) => c.submitted), itemStyle: { color: '#2e7d32' } },
        { name: labels.missing, type: 'bar', stack: 'c', data: rows.map((c) => c.total - c.submitted), itemStyle: { color: '#c62828' } },
      ],
    }, rows.map((c) => c.progress));
    node.style.height = Math.max(160, 40 + 28 * rows.length) + 'px';
    body.appendChild(table([labels.campaign, labels.period, labels.progress, labels.missing],
      rows.map((c) => [
        c.code + ' – ' + c.title,
        c.periodLabel,
        figureLink(c.progress, c.label),
        el('span', { className: 'ph-missing', text: c.missing.join('; ') }),
      ])));
    return card('ph-campaigns', labels.campaigns, [body]);
  }

  function requestsCard(s) {
    const body = el('div');
    body.appendChild(el('div', { className: 'ph-kpis' }, [kpi(s.informationRequests, 'warn')]));
    if (s.informationRequestsByReceiver.length) {
      body.appendChild(table([labels.receiver, labels.outstanding],
        s.informationRequestsByReceiver.map((f) => [f.label, figureLink(f)])));
    } else {
      body.appendChild(nothing());
    }
    return card('ph-requests', labels.requests, [body]);
  }

  function showSummary(s) {
    labels = s.labels;
    document.title = labels.title;
    document.getElementById('ph-title').textContent = labels.title;
    document.getElementById('ph-scope').textContent = labels.scope + ': ' + s.scope + '.';
    document.getElementById('ph-generated').textContent =
      labels.generatedAt + ' ' + new Date(s.generatedAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
    const link = document.getElementById('ph-tasklist');
    link.textContent = labels.tasklist;
    link.href = tasklist;
    const root = document.getElementById('ph-summary');
    root.replaceChildren();
    const grid = el('div', { className: 'ph-grid' });
    root.appendChild(grid);
    root.hidden = false;
    // Cards go into the page before their charts are drawn, so that ECharts measures real sizes.
    [campaignsCard, tasksCard, agreementsCard, referralsCard, requestsCard].forEach((make) => {
      const placeholder = el('div');
      grid.appendChild(placeholder);
      placeholder.replaceWith(make(s));
    });
    charts.forEach((c) => c.resize());
    summaryShown = true;
  }

  async function showList(hash) {
    const query = new URLSearchParams(hash.slice(1));
    const list = query.get('list');
    query.delete('list');
    const path = '/lists/' + encodeURIComponent(list) + (query.toString() ? '?' + query.toString() : '');
    const root = document.getElementById('ph-list');
    const table = await get(path);
    const csvQuery = new URLSearchParams(query);
    csvQuery.set('format', 'csv');
    const tbody = el('tbody');
    table.rows.forEach((row) => {
      tbody.appendChild(el('tr', {}, row.cells.map((cell, i) => {
        if (i === 0 && row.href) return el('td', {}, [el('a', { href: row.href, text: cell })]);
        return el('td', { text: cell === null ? '' : cell });
      })));
    });
    root.replaceChildren(card('ph-list-card', table.title, [
      el('div', { className: 'ph-toolbar' }, [
        el('a', { id: 'ph-back', href: '#', text: labels.back }),
        el('a', { id: 'ph-csv', href: api + '/lists/' + encodeURIComponent(list) + '?' + csvQuery.toString(), text: labels.csv }),
        el('span', { id: 'ph-count', className: 'ph-hint', text: table.rows.length + ' ' + labels.rows }),
      ]),
      el('table', { id: 'ph-list-table', 'data-list': list }, [
        el('thead', {}, [el('tr', {}, table.columns.map((c) => el('th', { text: c })))]),
        tbody,
      ]),
    ]));
    document.getElementById('ph-summary').hidden = true;
    root.hidden = false;
    window.scrollTo(0, 0);
  }

  async function route() {
    const message = document.getElementById('ph-message');
    try {
      if (!summaryShown) {
        message.textContent = '';
        showSummary(await get('/summary'));
      }
      if (window.location.hash.startsWith('#list=')) {
        await showList(window.location.hash);
      } else {
        document.getElementById('ph-list').hidden = true;
        document.getElementById('ph-summary').hidden = false;
        charts.forEach((c) => c.resize());
      }
      message.textContent = '';
      message.className = '';
    } catch (error) {
      if (error.message === 'unauthenticated') return;
      message.className = 'ph-error';
      message.textContent = error.shown ? error.message : labels.failed || error.message;
    }
  }

  window.addEventListener('hashchange', route);
  window.addEventListener('resize', () => charts.forEach((c) => c.resize()));
  route();
})();
