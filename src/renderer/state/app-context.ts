// Components reach the app state through this context (provided once by <App>, or by a test).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Messages } from '../i18n/i18n';
import type { AppState } from './app-state';

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const app = useContext(AppContext);
  if (!app) throw new Error('useApp() outside <AppContext.Provider>: render the component inside <App>');
  return app;
}

/** The texts of the current language; reading them makes the component follow a language switch. */
export function useTexts(): Messages {
  return useApp().language.texts.value;
}
