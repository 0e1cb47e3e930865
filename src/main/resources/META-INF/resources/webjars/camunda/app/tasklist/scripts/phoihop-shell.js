/*
 * PhoiHop's additions to Tasklist (loaded by config.js customScripts, an ES module run before the
 * app starts):
 *
 * 1. form-js 1.8.7 has no translation hook: its validation messages and placeholders are English
 *    literals in lib/deps.js. When Tasklist is in Vietnamese, they are translated in the page, only
 *    inside form-js's own elements (.fjs-container), as form-js renders them. FORM_JS_TEXTS lists
 *    every text; webapp/FormJsTextsTests fails when the bundled form-js has a message it lacks.
 * 2. The start dialog closes only with its own buttons: Esc or a click beside it would throw away
 *    what was typed (ui-bootstrap's $uibModal: backdrop 'static', keyboard false).
 * 3. The link from a task to its instance leads to Cockpit: hidden for users without Cockpit.
 */

// PhoiHop form-js texts: begin (one entry a line: [English, Vietnamese]; {0}, {1} are values)
const FORM_JS_TEXTS = [
  ['Field is required.', 'Cần nhập thông tin này.'],
  ['Field must match pattern {0}.', 'Giá trị chưa đúng định dạng yêu cầu ({0}).'],
  ['Field must have minimum value of {0}.', 'Giá trị phải từ {0} trở lên.'],
  ['Field must have maximum value of {0}.', 'Giá trị không được lớn hơn {0}.'],
  ['Field must have minimum length of {0}.', 'Cần nhập ít nhất {0} ký tự.'],
  ['Field must have maximum length of {0}.', 'Chỉ được nhập tối đa {0} ký tự.'],
  ['Field must be a valid  international phone number. (e.g. +4930664040900)', 'Số điện thoại chưa đúng định dạng quốc tế (ví dụ +84912345678).'],
  ['Field must be a valid email.', 'Địa chỉ thư điện tử chưa hợp lệ.'],
  ['Value is not a number.', 'Giá trị phải là một số.'],
  ['Value is expected to be an integer.', 'Giá trị phải là số nguyên.'],
  ['Value is expected to have at most {0} decimal digit.', 'Giá trị chỉ được có tối đa {0} chữ số thập phân.'],
  ['Value is expected to have at most {0} decimal digits.', 'Giá trị chỉ được có tối đa {0} chữ số thập phân.'],
  ['Please select a valid value, the two nearest valid values are {0} and {1}.', 'Hãy chọn một giá trị hợp lệ; hai giá trị hợp lệ gần nhất là {0} và {1}.'],
  ['Date and time must both be entered.', 'Cần nhập cả ngày và giờ.'],
  ['Select', 'Chọn'],
  ['Search', 'Tìm kiếm'],
  ['No results', 'Không có kết quả'],
  ['All values selected', 'Đã chọn tất cả'],
  ['Remove tag', 'Bỏ mục này'],
  ['Skip to search', 'Chuyển đến ô tìm kiếm'],
  ['Nothing to show.', 'Không có dữ liệu.'],
  ['No content to show.', 'Không có nội dung để hiển thị.'],
  ["External content couldn't be loaded.", 'Không tải được nội dung bên ngoài.'],
  ['This is an image placeholder', 'Chỗ dành cho hình ảnh'],
  ['Previous page', 'Trang trước'],
  ['Next page', 'Trang sau'],
  ['of', 'trên'],
  ['Increment', 'Tăng'],
  ['Decrement', 'Giảm'],
  ['Add new', 'Thêm mới'],
  ['Collapse', 'Thu gọn'],
  ['Expand all ({0})', 'Mở rộng tất cả ({0})'],
  ['Remove list item {0}', 'Xóa mục {0}'],
  ['Click to sort by {0} ascending', 'Bấm để sắp xếp theo {0} tăng dần'],
  ['Click to sort by {0} descending', 'Bấm để sắp xếp theo {0} giảm dần'],
  ['Click to remove sorting', 'Bấm để bỏ sắp xếp'],
  ['Powered by bpmn.io', 'Xây dựng trên nền bpmn.io']
];
// PhoiHop form-js texts: end

// The language config.js chose (index.html always says lang="en").
const vietnamese = () => {
  try {
    return window.localStorage.getItem('phoihop.locale') !== 'en';
  } catch (e) {
    return !new URL(window.location.href).searchParams.has('lang');
  }
};

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const RULES = FORM_JS_TEXTS.map(([en, vi]) => ({
  pattern: new RegExp('^' + escape(en).replace(/\\\{(\d)\\\}/g, '(.+?)') + '$'),
  vi
}));

function translate(text) {
  const trimmed = text.trim();
  if (!trimmed) return null;
  for (const rule of RULES) {
    const match = rule.pattern.exec(trimmed);
    if (match) {
      const vi = rule.vi.replace(/\{(\d)\}/g, (_, i) => match[Number(i) + 1]);
      return text.replace(trimmed, vi);
    }
  }
  return null;
}

const ATTRIBUTES = ['placeholder', 'title', 'aria-label', 'alt'];
const FORM_JS = '.fjs-container';

function translateElement(element) {
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute && element.getAttribute(name);
    const vi = value && translate(value);
    if (vi) element.setAttribute(name, vi);
  }
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    const vi = translate(root.data);
    if (vi) root.data = vi;
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) return;
  translateElement(root);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const vi = translate(node.data);
      if (vi) node.data = vi;
    } else {
      translateElement(node);
    }
  }
}

const inFormJs = (node) => {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return !!(element && element.closest(FORM_JS));
};

function observeFormJs() {
  if (!vietnamese()) return;
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'childList') {
        mutation.addedNodes.forEach((node) => {
          if (inFormJs(node)) {
            translateTree(node);
          } else if (node.querySelectorAll) {
            node.querySelectorAll(FORM_JS).forEach(translateTree);
          }
        });
      } else if (inFormJs(mutation.target)) {
        translateTree(mutation.target);
      }
    }
  }).observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ATTRIBUTES
  });
}

// The start dialog keeps what was typed: only its own Close and Start buttons end it.
function keepStartDialog() {
  window.angular.module('ui.bootstrap').config([
    '$provide',
    ($provide) =>
      $provide.decorator('$uibModal', [
        '$delegate',
        ($delegate) => {
          const open = $delegate.open;
          $delegate.open = function (options) {
            if (options && options.controller === 'camProcessStartModalCtrl') {
              options = Object.assign({}, options, {backdrop: 'static', keyboard: false});
            }
            return open.call(this, options);
          };
          return $delegate;
        }
      ])
  ]);
}

// The task's instance link opens Cockpit, which only managers may use.
function hideCockpitLinks() {
  const root = document.querySelector('base').getAttribute('app-root');
  fetch(`${root}/api/admin/auth/user/default`, {credentials: 'same-origin'})
    .then((response) => (response.ok ? response.json() : {authorizedApps: []}))
    .then((user) => {
      document.body.classList.toggle(
        'phoihop-no-cockpit',
        !(user.authorizedApps || []).includes('cockpit')
      );
    })
    .catch(() => document.body.classList.add('phoihop-no-cockpit'));
}

observeFormJs();
keepStartDialog();
// Until the answer comes (and before login) the link stays hidden.
document.body.classList.add('phoihop-no-cockpit');
hideCockpitLinks();
window.addEventListener('hashchange', hideCockpitLinks);
