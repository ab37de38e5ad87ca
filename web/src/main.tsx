// Entry point: language, session and status providers around the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { StatusProvider } from './shared/Status.tsx';
import { I18nProvider } from './i18n/context.tsx';
import { SessionProvider } from './app/session.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <SessionProvider>
        <StatusProvider>
          <App />
        </StatusProvider>
      </SessionProvider>
    </I18nProvider>
  </StrictMode>,
);
