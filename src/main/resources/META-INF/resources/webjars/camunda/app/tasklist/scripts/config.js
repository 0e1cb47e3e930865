/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// PhoiHop locale: begin (the same in the four webapps' config.js; WebappLocaleTests compares them)
// Camunda opens a webapp in the browser's first language when availableLocales lists it, else in
// fallbackLocale (camunda-commons-ui, ui/common/scripts/services/locales.js, the
// determinePreferredLanguage function reads navigator.languages[0]); the webapps have no language
// switch of their own. Office PCs often run English browsers, yet officers read Vietnamese, so the
// browser is not asked: Vietnamese, unless the user chose English with ?lang=en on a webapp address
// (the Welcome page, "Thông tin cá nhân" in the user menu, links to it). The choice is kept in this
// browser's localStorage for all four webapps; ?lang=vi takes it back.
const LOCALE_KEY = 'phoihop.locale';
const LOCALES = {
  vi: {availableLocales: ['vi'], fallbackLocale: 'vi'},
  en: {availableLocales: ['en'], fallbackLocale: 'en'}
};
const locale = (() => {
  const url = new URL(window.location.href);
  const asked = url.searchParams.get('lang');
  try {
    if (asked === 'vi' || asked === 'en') {
      window.localStorage.setItem(LOCALE_KEY, asked);
      // Out of the address bar, so a bookmark does not undo a later choice.
      url.searchParams.delete('lang');
      window.history.replaceState(window.history.state, '', url.href);
    }
    return window.localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'vi';
  } catch (e) {
    // No localStorage (blocked by a browser policy): the choice holds for this page only.
    return asked === 'en' ? 'en' : 'vi';
  }
})();
// PhoiHop locale: end

// PhoiHop: the keyboard-shortcut help shows these, so they follow the language (the English
// ones are Camunda's).
const SHORTCUT_HELP = {
  vi: {
    claimTask: 'nhận công việc đang chọn',
    focusFilter: 'chuyển đến bộ lọc đầu tiên trong danh sách',
    focusList: 'chuyển đến công việc đầu tiên trong danh sách',
    focusForm: 'chuyển đến ô nhập đầu tiên của biểu mẫu công việc',
    startProcess: 'mở hộp thoại khởi tạo quy trình'
  },
  en: {
    claimTask: 'claims the currently selected task',
    focusFilter: 'set the focus to the first filter in the list',
    focusList: 'sets the focus to the first task in the list',
    focusForm: 'sets the focus to the first input field in a task form',
    startProcess: 'opens the start process modal dialog'
  }
}[locale];

export default {
  // PhoiHop: the app shows "<vendor> <name>" in the header and the browser tab, and only <name>
  // on the login page, so the dash goes with the vendor.
  app: {
    name: locale === 'en' ? 'Tasklist' : 'Danh sách công việc',
    vendor: 'PhoiHop –'
  },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // Vietnamese unless this browser's user chose English, see the top of this file.
  locales: LOCALES[locale],
  // PhoiHop: form-js texts in Vietnamese, a start dialog that keeps what was typed, no Cockpit
  // link for users without Cockpit (scripts/phoihop-shell.js).
  customScripts: ['scripts/phoihop-shell'],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // The first-login message links to Camunda's English welcome page.
  disableWelcomeMessage: true,
  // assignProcessInstanceIdToTaskComment: true,

  // PhoiHop: descriptions are shown in the keyboard-shortcut help, see SHORTCUT_HELP.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: SHORTCUT_HELP.claimTask
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: SHORTCUT_HELP.focusFilter
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: SHORTCUT_HELP.focusList
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: SHORTCUT_HELP.focusForm
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: SHORTCUT_HELP.startProcess
    }
  }
};
