// Renderer entry: the client for this host (Electron bridge or HTTP), the app state built around it, and
// the component tree rendered into #app.
import 'ol/ol.css';
import 'ol-ext/dist/ol-ext.css';
import './styles/app.css';
import { render } from 'preact';
import { createClient } from './api/client';
import { App } from './app';
import { LANG_STORAGE_KEY, initialLang } from './i18n/i18n';
import { createAppState } from './state/app-state';

const state = createAppState(createClient(), {
  lang: initialLang(location.search, localStorage.getItem(LANG_STORAGE_KEY)),
  rememberLang: (lang) => localStorage.setItem(LANG_STORAGE_KEY, lang),
});
render(<App state={state} />, document.getElementById('app')!);
