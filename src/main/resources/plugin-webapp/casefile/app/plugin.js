// PhoiHop's case file ("Hồ sơ") beside every Tasklist task. Tasklist 7.24 imports this file as an
// ES module and renders each entry of its default export at its plugin point. Data and every label
// come from the plugin's resources under /camunda/api/tasklist/plugin/casefile/<engine>/task/<id>,
// protected by the webapp session and its CSRF token; this file holds no text but the tab's name.
// Stable hooks for browser tests: #phoihop-casefile, .phoihop-section[data-section=<id>],
// .phoihop-entry, .phoihop-diff-added / -removed, #phoihop-documents, .phoihop-document[data-id],
// .phoihop-download, .phoihop-remove, input[type=file]#phoihop-upload, #phoihop-upload-button,
// #phoihop-casefile-message.

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

function fieldList(fields) {
  if (!fields || !fields.length) return null;
  const dl = el('dl', { className: 'phoihop-fields dl-horizontal' });
  fields.forEach((f) => {
    dl.appendChild(el('dt', { text: f.label }));
    dl.appendChild(el('dd', { text: f.value }));
  });
  return dl;
}

function textBlock(text) {
  return text ? el('pre', { className: 'phoihop-text', text }) : null;
}

function diffBlock(diff, labels) {
  if (!diff || !diff.length) return null;
  const pre = el('pre', { className: 'phoihop-diff' });
  diff.forEach((line) => {
    const kind = line.change === 'ADDED' ? 'added' : line.change === 'REMOVED' ? 'removed' : 'same';
    const sign = kind === 'added' ? '+ ' : kind === 'removed' ? '- ' : '  ';
    pre.appendChild(el('div', { className: 'phoihop-diff-' + kind, text: sign + line.text }));
  });
  return el('details', { className: 'phoihop-changes', open: 'open' }, [
    el('summary', { text: labels.changes }),
    pre,
  ]);
}

function entryBlock(entry, labels) {
  const diff = diffBlock(entry.diff, labels);
  let text = textBlock(entry.text);
  if (diff && text) {
    text = el('details', { className: 'phoihop-full-text' }, [
      el('summary', { text: labels.fullText }),
      text,
    ]);
  }
  return el('div', { className: 'phoihop-entry panel panel-default' }, [
    el('div', { className: 'panel-heading' }, [el('strong', { text: entry.title })]),
    el('div', { className: 'panel-body' }, [fieldList(entry.fields), diff, text]),
  ]);
}

function sectionBlock(section, labels) {
  const node = el('section', { className: 'phoihop-section', 'data-section': section.id }, [
    el('h4', { text: section.title }),
    fieldList(section.fields),
    textBlock(section.text),
  ]);
  (section.entries || []).forEach((entry) => node.appendChild(entryBlock(entry, labels)));
  return node;
}

function message(root, text, kind) {
  const box = root.querySelector('#phoihop-casefile-message');
  if (!box) return;
  box.textContent = text || '';
  box.className = text ? 'alert alert-' + (kind || 'info') : '';
}

async function problemText(response, fallback) {
  try {
    const body = await response.json();
    return body.detail || body.message || fallback;
  } catch (e) {
    return fallback;
  }
}

function documentsBlock(documents, labels, reload, root) {
  const list = el('ul', { className: 'phoihop-document-list list-unstyled' });
  if (!documents.items.length) {
    list.appendChild(el('li', { className: 'phoihop-no-documents', text: labels.noDocuments }));
  }
  documents.items.forEach((d) => {
    const item = el('li', { className: 'phoihop-document', 'data-id': String(d.id) }, [
      el('a', {
        className: 'phoihop-download',
        href: d.downloadPath,
        download: d.fileName,
        text: d.fileName,
        title: labels.download,
      }),
      el('span', {
        className: 'phoihop-document-meta',
        text: ' — ' + [d.kind, d.size, d.uploadedBy, d.uploadedAt].join(', '),
      }),
    ]);
    if (d.removePath) {
      const remove = el('button', {
        type: 'button',
        className: 'phoihop-remove btn btn-link btn-xs',
        text: labels.remove,
      });
      remove.addEventListener('click', async () => {
        if (!window.confirm(labels.confirmRemove)) return;
        const response = await fetch(d.removePath, {
          method: 'DELETE',
          credentials: 'same-origin',
          headers: { 'X-XSRF-TOKEN': csrfToken(), Accept: 'application/json' },
        });
        if (response.ok) {
          await reload();
          message(root, labels.removed, 'success');
        } else {
          message(root, await problemText(response, labels.failed), 'danger');
        }
      });
      item.appendChild(remove);
    }
    list.appendChild(item);
  });
  const block = el('section', { id: 'phoihop-documents', className: 'phoihop-section', 'data-section': 'documents' }, [
    el('h4', { text: documents.title }),
    el('p', { className: 'help-block', text: documents.hint }),
    list,
  ]);
  if (documents.uploadPath) {
    const input = el('input', {
      type: 'file',
      id: 'phoihop-upload',
      name: 'file',
      accept: '.pdf,.jpg,.jpeg,.png,.docx,.xlsx',
      'aria-label': labels.chooseFile,
    });
    const button = el('button', {
      type: 'button',
      id: 'phoihop-upload-button',
      className: 'btn btn-default',
      text: labels.upload,
    });
    button.addEventListener('click', async () => {
      if (!input.files || !input.files.length) {
        input.click();
        return;
      }
      const body = new FormData();
      body.append('file', input.files[0]);
      button.disabled = true;
      message(root, labels.uploading, 'info');
      try {
        const response = await fetch(documents.uploadPath, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'X-XSRF-TOKEN': csrfToken(), Accept: 'application/json' },
          body,
        });
        if (response.ok) {
          await reload();
          message(root, labels.uploaded, 'success');
        } else {
          message(root, await problemText(response, labels.failed), 'danger');
        }
      } finally {
        button.disabled = false;
      }
    });
    block.appendChild(
      el('div', { className: 'phoihop-upload form-inline' }, [
        el('label', { for: 'phoihop-upload', text: labels.chooseFile }),
        input,
        button,
      ])
    );
  }
  return block;
}

// The dossier form counts the documents when it opens; an upload or removal here happens while it
// stays open (with what the officer typed), so its count is brought up to date in place.
function showCountInForm(count, prefix) {
  if (!prefix) return;
  document.querySelectorAll('.fjs-form .fjs-form-field-text strong').forEach((strong) => {
    if (strong.textContent.startsWith(prefix)) {
      strong.textContent = prefix + ' ' + count + '.';
    }
  });
}

async function renderCaseFile(root, base) {
  const response = await fetch(base, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() },
  });
  if (!response.ok) {
    root.replaceChildren(
      el('div', { id: 'phoihop-casefile-message', className: 'alert alert-warning' })
    );
    message(root, await problemText(response, ''), 'warning');
    return;
  }
  const view = await response.json();
  const labels = view.labels || {};
  const reload = () => renderCaseFile(root, base);
  const content = [
    el('h3', { className: 'phoihop-heading', text: view.heading }),
    el('div', { id: 'phoihop-casefile-message', role: 'status' }),
  ];
  if (view.documents) content.push(documentsBlock(view.documents, labels, reload, root));
  (view.sections || []).forEach((section) => content.push(sectionBlock(section, labels)));
  root.replaceChildren(...content);
  if (view.documents) showCountInForm(view.documents.items.length, labels.formDocumentCount);
  root.setAttribute('data-kind', view.kind);
  root.setAttribute('data-code', view.code);
}

export default [
  {
    id: 'phoihop-casefile',
    pluginPoint: 'tasklist.task.detail',
    priority: 1100,
    label: 'Hồ sơ',
    properties: { label: 'Hồ sơ' },
    render: (node, { api, taskId }) => {
      const root = el('div', { id: 'phoihop-casefile', className: 'phoihop-casefile' });
      node.appendChild(root);
      const base = api.tasklistApi + '/plugin/casefile/' + api.engine + '/task/' + encodeURIComponent(taskId);
      renderCaseFile(root, base).catch(() => {
        root.textContent = '';
      });
    },
  },
];
