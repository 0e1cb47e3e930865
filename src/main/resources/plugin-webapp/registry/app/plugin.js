// PhoiHop's "Danh mục đơn vị" in the Admin webapp's System settings (and so on the Admin
// dashboard's System section). Admin 7.24 imports this file as an ES module and renders each entry
// of its default export at its plugin point. Data, choices and every label come from the plugin's
// resources under /camunda/api/admin/plugin/registry/<engine>/, protected by the webapp session and
// its CSRF token and open to administrators only; this file holds no text but the entry's name.
// Stable hooks for browser tests: #phoihop-registry, #phoihop-registry-q, #phoihop-registry-search,
// .phoihop-registry-row[data-code], #phoihop-registry-detail, #phoihop-registry-changes,
// form[data-action=create|rename|move|close|coverage], #phoihop-registry-message.

function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : '';
}

function el(tag, attributes, children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === null || value === undefined) return;
    if (name === 'text') node.textContent = value;
    else if (name === 'className') node.className = value;
    else node.setAttribute(name, value);
  });
  (children || []).forEach((child) => child && node.appendChild(child));
  return node;
}

function date(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return d + '/' + m + '/' + y;
}

function select(name, options, empty) {
  const node = el('select', { name, className: 'form-control' });
  if (empty !== undefined) node.appendChild(el('option', { value: '', text: empty }));
  options.forEach((o) => node.appendChild(el('option', { value: o.code, text: o.label + ' (' + o.code + ')' })));
  return node;
}

function field(label, input) {
  return el('div', { className: 'form-group' }, [el('label', { text: label }), input]);
}

function input(name, type) {
  return el('input', { name, type: type || 'text', className: 'form-control' });
}

async function call(base, path, method, body) {
  const response = await fetch(base + path, {
    method: method || 'GET',
    credentials: 'same-origin',
    headers: Object.assign(
      { Accept: 'application/json' },
      body ? { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrfToken() } : {}
    ),
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(data.detail || data.message || String(response.status));
  return data;
}

function formValues(form) {
  const values = {};
  new FormData(form).forEach((value, key) => {
    values[key] = value === '' ? null : value;
  });
  return values;
}

function render(root, base, options) {
  const L = options.labels;
  const message = el('div', { id: 'phoihop-registry-message' });
  const say = (text, kind) => {
    message.textContent = text || '';
    message.className = text ? 'alert alert-' + (kind || 'info') : '';
  };
  const q = el('input', { id: 'phoihop-registry-q', type: 'search', className: 'form-control', placeholder: L.searchHint });
  const type = select('type', options.types, L.anyType);
  const province = select('province', options.provinces, L.anyProvince);
  const searchButton = el('button', { id: 'phoihop-registry-search', type: 'submit', className: 'btn btn-primary', text: L.search });
  const searchForm = el('form', { className: 'form-inline phoihop-registry-search' }, [q, type, province, searchButton]);
  const table = el('table', { className: 'table table-condensed phoihop-registry-table' });
  const detail = el('div', { id: 'phoihop-registry-detail' });

  const header = el('tr', {}, [L.code, L.name, L.type, L.province, L.validity, L.successor, L.unconfirmed].map((t) => el('th', { text: t })));

  async function search() {
    const params = new URLSearchParams();
    if (q.value) params.set('q', q.value);
    if (type.value) params.set('type', type.value);
    if (province.value) params.set('province', province.value);
    const agencies = await call(base, '/agencies?' + params.toString());
    table.textContent = '';
    table.appendChild(header);
    agencies.slice(0, 200).forEach((a) => {
      const row = el('tr', { className: 'phoihop-registry-row' + (a.validTo ? ' text-muted' : ''), 'data-code': a.code }, [
        el('td', { text: a.code }),
        el('td', { text: a.name }),
        el('td', { text: a.typeLabel }),
        el('td', { text: a.provinceName || L.central }),
        el('td', { text: date(a.validFrom) + ' – ' + (a.validTo ? date(a.validTo) : '') }),
        el('td', { text: a.currentSuccessorCode || '' }),
        el('td', { text: a.unconfirmed ? '⚠' : '', title: a.unconfirmed || '' }),
      ]);
      row.addEventListener('click', () => show(a).catch((e) => say(e.message, 'danger')));
      table.appendChild(row);
    });
    say(agencies.length > 200 ? L.tooMany : agencies.length ? '' : L.nothingFound, 'info');
  }

  function changeForm(action, a, fields, build) {
    const form = el('form', { 'data-action': action, className: 'phoihop-registry-form' }, fields.concat([
      field(L.reason, el('textarea', { name: 'reason', className: 'form-control', rows: '2' })),
      el('button', { type: 'submit', className: 'btn btn-default', text: L['action.' + action] }),
    ]));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const path = a ? '/agencies/' + encodeURIComponent(a.code) + '/' + action : '/agencies';
      call(base, path, 'POST', build(formValues(form)))
        .then((saved) => {
          say(L.saved + ' ' + saved.name + ' (' + saved.code + ')', 'success');
          return show(saved);
        })
        .catch((e) => say(e.message, 'danger'));
    });
    return el('details', {}, [el('summary', { text: L['action.' + action] }), form]);
  }

  async function show(a) {
    const changes = await call(base, '/agencies/' + encodeURIComponent(a.code) + '/changes');
    detail.textContent = '';
    detail.appendChild(el('h4', { text: a.name + ' (' + a.code + ')' }));
    if (a.unconfirmed) detail.appendChild(el('p', { className: 'text-warning', text: L.unconfirmed + ': ' + a.unconfirmed }));
    const list = el('ul', { id: 'phoihop-registry-changes' });
    changes.forEach((c) => list.appendChild(el('li', { text: new Date(c.changedAt).toLocaleString('vi-VN') + ' — ' + c.changedBy + ': ' + c.details + ' ' + L.reason + ': ' + c.reason })));
    if (!changes.length) list.appendChild(el('li', { text: L.noChanges }));
    detail.appendChild(el('h5', { text: L.history }));
    detail.appendChild(list);
    if (a.servedProvinces && a.servedProvinces.length) {
      detail.appendChild(el('p', { text: L.served + ': ' + a.servedProvinces.join(', ') }));
    }
    if (a.validTo) return;
    if (a.type === 'CUSTOMS_BRANCH') {
      const form = el('form', { 'data-action': 'coverage', className: 'phoihop-registry-form' }, [
        field(L.province, select('provinceCode', options.provinces, '')),
        field(L.reason, el('textarea', { name: 'reason', className: 'form-control', rows: '2' })),
        el('button', { type: 'submit', className: 'btn btn-default', text: L['action.coverage'] }),
      ]);
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const v = formValues(form);
        call(base, '/provinces/' + encodeURIComponent(v.provinceCode || '-') + '/customs-branch', 'POST', { branchCode: a.code, reason: v.reason })
          .then((saved) => {
            say(L.saved + ' ' + saved.name + ' (' + saved.code + ')', 'success');
            return show(saved);
          })
          .catch((e) => say(e.message, 'danger'));
      });
      detail.appendChild(el('details', {}, [el('summary', { text: L['action.coverage'] }), form]));
    }
    detail.appendChild(changeForm('rename', a, [field(L.name, input('name')), field(L.shortName, input('shortName'))], (v) => v));
    detail.appendChild(changeForm('move', a, [field(L.province, select('provinceCode', options.provinces, L.central)), field(L.parent, input('parentCode'))], (v) => v));
    detail.appendChild(changeForm('close', a, [field(L.lastDay, input('validTo', 'date')), field(L.successor, input('successorCode'))], (v) => v));
  }

  const create = changeForm('create', null, [
    field(L.code, input('code')),
    field(L.name, input('name')),
    field(L.shortName, input('shortName')),
    field(L.type, select('type', options.types, '')),
    field(L.province, select('provinceCode', options.provinces, L.central)),
    field(L.parent, input('parentCode')),
    field(L.validFrom, input('validFrom', 'date')),
    field(L.email, input('email', 'email')),
    el('div', { className: 'checkbox' }, [el('label', {}, [el('input', { type: 'checkbox', name: 'borderArea', value: 'true' }), document.createTextNode(' ' + L.borderArea)])]),
  ], (v) => Object.assign(v, { borderArea: v.borderArea === 'true' }));

  searchForm.addEventListener('submit', (event) => {
    event.preventDefault();
    search().catch((e) => say(e.message, 'danger'));
  });
  root.appendChild(el('h3', { text: L.title }));
  root.appendChild(el('p', { text: L.intro }));
  [message, searchForm, create, table, detail].forEach((n) => root.appendChild(n));
  return search();
}

export default [
  {
    id: 'phoihop-registry',
    pluginPoint: 'admin.system',
    priority: 900,
    label: 'Danh mục đơn vị',
    properties: { label: 'Danh mục đơn vị' },
    render: (node, { api }) => {
      const root = el('div', { id: 'phoihop-registry', className: 'phoihop-registry' });
      node.appendChild(root);
      const base = (api.adminApi || '/camunda/api/admin') + '/plugin/registry/' + api.engine;
      call(base, '/options')
        .then((options) => render(root, base, options))
        .catch((e) => {
          root.textContent = e.message;
        });
    },
  },
];
